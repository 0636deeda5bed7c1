package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.importers.CheXpertImporter;
import org.confounderlab.engine.data.importers.ChestXray14Importer;
import org.confounderlab.engine.data.importers.DataSetImporters;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.data.importers.MimicCxrJpgImporter;
import org.confounderlab.engine.data.importers.MuraImporter;
import org.confounderlab.model.experiment.DatasetFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataSetImportersTest {

    @TempDir
    Path folder;

    @Test
    void everyFormatHasItsImporter() {
        List<String> labels = List.of("abnormal");
        assertInstanceOf(GenericCsvImporter.class, DataSetImporters.forFormat(DatasetFormat.GENERIC_CSV, labels));
        assertInstanceOf(GenericCsvImporter.class, DataSetImporters.forFormat(DatasetFormat.SYNTHETIC, labels));
        assertInstanceOf(MuraImporter.class, DataSetImporters.forFormat(DatasetFormat.MURA, labels));
        assertInstanceOf(ChestXray14Importer.class, DataSetImporters.forFormat(DatasetFormat.CHESTXRAY14, labels));
        assertInstanceOf(CheXpertImporter.class, DataSetImporters.forFormat(DatasetFormat.CHEXPERT, labels));
        assertInstanceOf(MimicCxrJpgImporter.class, DataSetImporters.forFormat(DatasetFormat.MIMIC_CXR_JPG, labels));
        for (DatasetFormat format : DatasetFormat.VALUES) {
            DataSetImporters.forFormat(format, labels);
        }
    }

    @Test
    void syntheticFormatReadsTheGenericCsvWithTheExperimentsLabels() throws Exception {
        Fixtures.image(folder.resolve("a.png"));
        Fixtures.text(folder.resolve("manifest.csv"), "path,patient_id,abnormal,marker\na.png,p1,1,left\n");
        var result = DataSetImporters.forFormat(DatasetFormat.SYNTHETIC, List.of("abnormal"))
                .read(folder, ImportOptions.strict());
        assertEquals(List.of("abnormal"), result.manifest().labelNames());
        assertEquals("left", result.manifest().entries().get(0).attributes().get("marker"));
    }
}

package org.confounderlab.engine.tests.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.DataSetDetector;
import org.confounderlab.engine.data.DataSetDetector.Detection;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.DatasetFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data set detection on manifests in the public data sets' real layouts (headers as the data sets ship them). */
class DataSetDetectorTest {

    @TempDir
    Path folder;

    @Test
    void theSyntheticGeneratorsFolderIsSyntheticWithItsLabelAndAttributes() throws IOException {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(20).withSeed(3))
                .generate(folder.resolve("data"));
        Detection detection = DataSetDetector.detect(folder.resolve("data"));
        assertEquals(DatasetFormat.SYNTHETIC, detection.format());
        assertEquals(folder.resolve("data").resolve(SyntheticGenerator.MANIFEST), detection.manifest());
        assertEquals(List.of("finding"), detection.labels());
        assertTrue(detection.attributes().containsAll(List.of("site", "technologist", "sex", "age", "marker")),
                detection.attributes().toString());
        assertEquals(5, detection.preview().size());
    }

    @Test
    void chestXray14IsKnownByItsColumnsAndOffersItsFourteenPathologies() throws IOException {
        Files.writeString(folder.resolve("Data_Entry_2017.csv"), "Image Index,Finding Labels,Follow-up #,Patient ID,"
                + "Patient Age,Patient Gender,View Position,OriginalImage[Width,Height],OriginalImagePixelSpacing[x,y]\n"
                + "00000001_000.png,Cardiomegaly,0,1,58,M,PA,2682,2749,0.143,0.143\n");
        Detection detection = DataSetDetector.detect(folder);
        assertEquals(DatasetFormat.CHESTXRAY14, detection.format());
        assertEquals(14, detection.labels().size());
        // the importer's names, which an experiment's attribute columns must be (it reads "Patient Age" as "age")
        assertEquals(org.confounderlab.engine.data.importers.ChestXray14Importer.ATTRIBUTES, detection.attributes());
        assertEquals(detection.attributes(), detection.attributeChoices());
    }

    @Test
    void cheXpertAndMuraAndAPlainTableAreToldApart() throws IOException {
        Path chexpert = folder.resolve("train.csv");
        Files.writeString(chexpert, "Path,Sex,Age,Frontal/Lateral,AP/PA,No Finding,Enlarged Cardiomediastinum,"
                + "Cardiomegaly,Lung Opacity,Lung Lesion,Edema,Consolidation,Pneumonia,Atelectasis,Pneumothorax,"
                + "Pleural Effusion,Pleural Other,Fracture,Support Devices\n"
                + "CheXpert-v1.0-small/train/patient00001/study1/view1_frontal.jpg,Female,68,Frontal,AP,1.0,,,,,,,,,"
                + "0.0,,,,1.0\n");
        Detection detected = DataSetDetector.detect(chexpert);
        assertEquals(DatasetFormat.CHEXPERT, detected.format());
        assertEquals(14, detected.labels().size());
        assertEquals(org.confounderlab.engine.data.importers.CheXpertImporter.ATTRIBUTES, detected.attributes());

        Path mura = Files.createDirectories(folder.resolve("MURA-v1.1")).resolve("train_image_paths.csv");
        Files.writeString(mura, "MURA-v1.1/train/XR_SHOULDER/patient00001/study1_positive/image1.png\n");
        assertEquals(DatasetFormat.MURA, DataSetDetector.detect(mura).format());

        Path plain = folder.resolve("plain.csv");
        Files.writeString(plain, "file,effusion,site,note\na.png,1,A,x\nb.png,0,B,y\n");
        Detection table = DataSetDetector.detect(plain);
        assertEquals(DatasetFormat.GENERIC_CSV, table.format());
        assertEquals(List.of("effusion"), table.labels(), "columns of 0/1 values look like labels");
        assertEquals(List.of("site"), table.attributes());
    }

    @Test
    void aFolderWithoutAManifestOrAnEmptyFileIsAClearError() throws IOException {
        IOException none = assertThrows(IOException.class, () -> DataSetDetector.detect(folder));
        assertTrue(none.getMessage().contains("no CSV manifest"), none.getMessage());
        IOException missing = assertThrows(IOException.class, () -> DataSetDetector.detect(folder.resolve("nowhere")));
        assertTrue(missing.getMessage().endsWith("nowhere: no such file or folder"), missing.getMessage());
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        IOException emptyFile = assertThrows(IOException.class, () -> DataSetDetector.detect(empty));
        assertTrue(emptyFile.getMessage().contains("empty.csv: the file is empty"), emptyFile.getMessage());
    }
}

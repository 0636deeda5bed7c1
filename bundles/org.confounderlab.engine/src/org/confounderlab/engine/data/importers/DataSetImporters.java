package org.confounderlab.engine.data.importers;

import java.util.List;

import org.confounderlab.engine.data.DataSetImporter;
import org.confounderlab.model.experiment.DatasetFormat;

/** The importer for each data set format an experiment may name. */
public final class DataSetImporters {

    private DataSetImporters() {
    }

    /**
     * The importer for {@code format}. {@code labelNames} choose the label columns of the generic CSV format (and
     * of synthetic data, which the generator writes in that format); the public data sets' importers read all their
     * labels, from which the experiment picks.
     */
    public static DataSetImporter forFormat(DatasetFormat format, List<String> labelNames) {
        return switch (format) {
            case GENERIC_CSV, SYNTHETIC -> new GenericCsvImporter(labelNames);
            case MURA -> new MuraImporter();
            case CHESTXRAY14 -> new ChestXray14Importer();
            case CHEXPERT -> new CheXpertImporter();
            case MIMIC_CXR_JPG -> new MimicCxrJpgImporter();
            case DICOM -> new DicomImporter(labelNames);
        };
    }
}

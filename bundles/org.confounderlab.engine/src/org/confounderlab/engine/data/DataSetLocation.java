package org.confounderlab.engine.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.importers.DataSetImporters;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;

/**
 * A data set as a user names it: a generic manifest, a public data set's folder or label table (ChestX-ray14,
 * CheXpert, MIMIC-CXR-JPG, MURA; plain or gzipped), or an {@code .experiment} whose data set it is. Says where the
 * importer reads, in which format, and which labels the data set offers.
 *
 * @param dataSet     what the format's importer reads (a folder or a table)
 * @param format      the format, detected or as given
 * @param labels      the labels: the experiment's, else the format's, else the generic manifest's 0/1 columns
 * @param attributes  a generic manifest's columns that look like confounder attributes ({@link DataSetDetector});
 *                    empty for an experiment or a public format, whose importer names its own attributes
 * @param description how it was found, for the user
 */
public record DataSetLocation(Path dataSet, DatasetFormat format, List<String> labels, List<String> attributes,
        String description) {

    /** The data set at {@code location}; {@code format} (or {@code null}) overrides the detected one. */
    public static DataSetLocation of(Path location, DatasetFormat format) throws IOException, DataSetException {
        if (!Files.exists(location)) {
            throw new DataSetException(new DataProblem(location, 0, null, "no such file or folder"));
        }
        if (Files.isRegularFile(location) && location.getFileName().toString().endsWith(".experiment")) {
            Experiment experiment;
            try {
                experiment = ModelFiles.loadExperiment(location);
            } catch (ModelLoadException e) {
                throw new DataSetException(new DataProblem(location, 0, null, e.getMessage()));
            }
            if (experiment.getDataset() == null || experiment.getDataset().getLocation() == null) {
                throw new DataSetException(new DataProblem(location, 0, null, "the experiment names no data set"));
            }
            Path dataSet = of(experiment, location);
            DatasetFormat chosen = format != null ? format : experiment.getDataset().getFormat();
            return new DataSetLocation(dataSet, chosen, List.copyOf(experiment.getDataset().getLabelNames()),
                    List.of(), "the data set of " + location + ": " + dataSet + " (" + name(chosen) + ")");
        }
        DataSetDetector.Detection detection = DataSetDetector.detect(location);
        DatasetFormat chosen = format != null ? format : detection.format();
        boolean generic = chosen == DatasetFormat.GENERIC_CSV || chosen == DatasetFormat.SYNTHETIC
                || chosen == DatasetFormat.DICOM;
        // A format's importer finds its own files in the folder; a generic manifest is read as the file it is.
        Path dataSet = generic || Files.isRegularFile(location) ? detection.manifest() : location;
        return new DataSetLocation(dataSet, chosen, detection.labels(), generic ? detection.attributes() : List.of(),
                dataSet + " (" + name(chosen)
                + (format != null ? ", as asked" : ", detected") + ")");
    }

    /** Where {@code experiment}'s data set is: its location, a relative one read from {@code experimentFile}'s folder. */
    public static Path of(Experiment experiment, Path experimentFile) {
        Path location = Path.of(experiment.getDataset().getLocation());
        return location.isAbsolute() ? location : experimentFile.toAbsolutePath().getParent().resolve(location);
    }

    /**
     * Whether the format reads a table of the user's own columns (our manifest, the synthetic generator's, a DICOM
     * set's labels CSV), whose labels and attributes the user picks.
     */
    public boolean generic() {
        return format == DatasetFormat.GENERIC_CSV || format == DatasetFormat.SYNTHETIC || format == DatasetFormat.DICOM;
    }

    /** Reads the data set's table, {@code labels} chosen for a generic manifest, as {@code options} say. */
    public ImportResult read(List<String> chosenLabels, ImportOptions options) throws DataSetException, IOException {
        return DataSetImporters.forFormat(format, chosenLabels).read(dataSet, options);
    }

    /** The format's name as {@code --format} takes it. */
    public static String name(DatasetFormat format) {
        return format.getLiteral().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format named {@code text} ({@code chestxray14}, {@code mimic-cxr-jpg}, …), or {@code null}. */
    public static DatasetFormat format(String text) {
        for (DatasetFormat format : DatasetFormat.VALUES) {
            if (name(format).equals(text.toLowerCase(Locale.ROOT).replace('_', '-'))
                    || format.getLiteral().equalsIgnoreCase(text)) {
                return format;
            }
        }
        return text.equalsIgnoreCase("generic") || text.equalsIgnoreCase("csv") ? DatasetFormat.GENERIC_CSV : null;
    }
}

package org.confounderlab.engine.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.data.importers.CheXpertImporter;
import org.confounderlab.engine.data.importers.ChestXray14Importer;
import org.confounderlab.engine.data.importers.MimicCxrJpgImporter;
import org.confounderlab.engine.data.importers.DicomImporter;
import org.confounderlab.engine.data.importers.MuraImporter;
import org.confounderlab.model.experiment.DatasetFormat;

/**
 * Looks at a data set folder or manifest and says what it is: which format (from the files' names and the
 * manifest's columns), its columns and first rows, and which columns look like labels and which like confounder
 * attributes. The New Experiment wizard starts from this; the user confirms or changes every choice.
 */
public final class DataSetDetector {

    /** CheXpert's and MIMIC-CXR-JPG's 14 observations. */
    public static final List<String> CHEXPERT_OBSERVATIONS = List.of("No Finding", "Enlarged Cardiomediastinum",
            "Cardiomegaly", "Lung Opacity", "Lung Lesion", "Edema", "Consolidation", "Pneumonia", "Atelectasis",
            "Pneumothorax", "Pleural Effusion", "Pleural Other", "Fracture", "Support Devices");
    /** ChestX-ray14's pathologies (in its "Finding Labels" column, separated by |). */
    public static final List<String> CHESTXRAY14_PATHOLOGIES = List.of("Atelectasis", "Cardiomegaly", "Effusion",
            "Infiltration", "Mass", "Nodule", "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema",
            "Fibrosis", "Pleural_Thickening", "Hernia");

    private static final Set<String> ATTRIBUTE_HINTS = Set.of("sex", "gender", "age", "site", "hospital", "scanner",
            "manufacturer", "view", "view position", "frontal/lateral", "ap/pa", "laterality", "marker",
            "technologist", "race", "ethnicity", "patient gender", "patient age", "institution", "device");
    private static final int PREVIEW_ROWS = 5;

    /**
     * What a data set is.
     *
     * @param manifest   the table the importer reads
     * @param format     the detected format
     * @param columns    the manifest's columns
     * @param preview    its first rows
     * @param labels     suggested label columns (or, for ChestX-ray14, pathologies)
     * @param attributes suggested confounder attributes (a public format's own names, or a generic manifest's columns)
     */
    public record Detection(Path manifest, DatasetFormat format, List<String> columns, List<List<String>> preview,
            List<String> labels, List<String> attributes) {

        /** What may be chosen as an attribute: a public format's attributes, or a generic manifest's columns. */
        public List<String> attributeChoices() {
            if (format == DatasetFormat.DICOM) {
                List<String> choices = new ArrayList<>(columns);
                attributes.stream().filter(a -> !choices.contains(a)).forEach(choices::add);
                return choices;
            }
            return format == DatasetFormat.GENERIC_CSV || format == DatasetFormat.SYNTHETIC ? columns : attributes;
        }
    }

    private DataSetDetector() {
    }

    /** Detects the data set in {@code location}, a manifest file or a folder holding one. */
    public static Detection detect(Path location) throws IOException {
        if (!Files.exists(location)) {
            throw new IOException(location + ": no such file or folder");
        }
        Path manifest = Files.isDirectory(location) ? findManifest(location) : location;
        if (manifest == null) {
            throw new IOException(location + ": no CSV manifest found in this folder (looked for manifest.csv, "
                    + "Data_Entry_2017*.csv, train.csv, MURA's image path lists, any *.csv)");
        }
        List<String> columns;
        List<List<String>> preview = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(manifest)) {
            CsvRecord header = reader.readRecord();
            if (header == null) {
                throw new IOException(manifest + ": the file is empty");
            }
            columns = header.fields().stream().map(String::strip).toList();
            for (int i = 0; i < PREVIEW_ROWS; i++) {
                CsvRecord row = reader.readRecord();
                if (row == null) {
                    break;
                }
                preview.add(row.fields());
            }
        }
        DatasetFormat format = format(manifest, columns);
        if (format == DatasetFormat.GENERIC_CSV && columns.contains("path") && !preview.isEmpty()) {
            // a path column naming DICOM files: the header fields are attributes too
            int path = columns.indexOf("path");
            Path first = preview.get(0).size() > path ? manifest.toAbsolutePath().getParent().resolve(
                    preview.get(0).get(path).strip()) : null;
            if (first != null && Files.isRegularFile(first)
                    && org.confounderlab.engine.image.ImageDecoder.isDicom(first)) {
                format = DatasetFormat.DICOM;
            }
        }
        return new Detection(manifest, format, columns, List.copyOf(preview), labels(format, columns, preview),
                attributes(format, columns));
    }

    private static Path findManifest(Path folder) throws IOException {
        for (String name : List.of("manifest.csv", "Data_Entry_2017_v2020.csv", "Data_Entry_2017.csv", "train.csv",
                "CheXpert-v1.0/train.csv", "CheXpert-v1.0-small/train.csv", "MURA-v1.1/train_image_paths.csv",
                "train_image_paths.csv", "mimic-cxr-2.0.0-chexpert.csv", "sample_labels.csv")) {
            for (String candidate : List.of(name, name + ".gz")) {
                if (Files.isRegularFile(folder.resolve(candidate))) {
                    return folder.resolve(candidate);
                }
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".csv") || name.endsWith(".csv.gz");
            }).sorted().findFirst().orElse(null);
        }
    }

    static DatasetFormat format(Path manifest, List<String> columns) {
        String name = manifest.getFileName().toString().toLowerCase(Locale.ROOT);
        if (columns.contains("Finding Labels") && columns.contains("Image Index")) {
            return DatasetFormat.CHESTXRAY14;
        }
        if (columns.contains("subject_id") && columns.contains("study_id") && columns.contains("No Finding")) {
            return DatasetFormat.MIMIC_CXR_JPG;
        }
        if (columns.contains("Path") && columns.contains("No Finding")) {
            return DatasetFormat.CHEXPERT;
        }
        if (name.contains("image_paths") || name.contains("labeled_studies")) {
            return DatasetFormat.MURA;
        }
        if (columns.contains("sop_instance_uid") || columns.contains("study_instance_uid")) {
            return DatasetFormat.DICOM;
        }
        if (columns.contains("path") && columns.stream().anyMatch(c -> c.startsWith("region:"))) {
            return DatasetFormat.SYNTHETIC;
        }
        return DatasetFormat.GENERIC_CSV;
    }

    private static List<String> labels(DatasetFormat format, List<String> columns, List<List<String>> preview) {
        return switch (format) {
            case CHEXPERT, MIMIC_CXR_JPG -> CHEXPERT_OBSERVATIONS.stream().filter(columns::contains).toList();
            case CHESTXRAY14 -> CHESTXRAY14_PATHOLOGIES;
            case MURA -> List.of("abnormal");
            default -> {
                List<String> binary = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    final int column = c;
                    boolean allBinary = !preview.isEmpty() && preview.stream().allMatch(row -> column < row.size()
                            && Set.of("0", "1", "0.0", "1.0").contains(row.get(column).strip()));
                    if (allBinary && !ATTRIBUTE_HINTS.contains(columns.get(c).toLowerCase(Locale.ROOT))) {
                        binary.add(columns.get(c));
                    }
                }
                yield binary;
            }
        };
    }

    /**
     * The attributes to suggest: a public format's importer names its own (ChestX-ray14's {@code Patient Age} is
     * its attribute {@code age}), so an experiment's attribute columns are those names; a generic manifest's are
     * its columns that look like attributes.
     */
    private static List<String> attributes(DatasetFormat format, List<String> columns) {
        return switch (format) {
            case CHESTXRAY14 -> ChestXray14Importer.ATTRIBUTES;
            case CHEXPERT -> CheXpertImporter.ATTRIBUTES;
            case MIMIC_CXR_JPG -> MimicCxrJpgImporter.ATTRIBUTES;
            case MURA -> List.of(MuraImporter.BODY_PART);
            case DICOM -> {
                List<String> attributes = new ArrayList<>(columns.stream().filter(
                        c -> ATTRIBUTE_HINTS.contains(c.toLowerCase(Locale.ROOT))).toList());
                attributes.addAll(DicomImporter.headerAttributes());
                yield List.copyOf(new java.util.LinkedHashSet<>(attributes));
            }
            default -> columns.stream().filter(c -> ATTRIBUTE_HINTS.contains(c.toLowerCase(Locale.ROOT))).toList();
        };
    }
}

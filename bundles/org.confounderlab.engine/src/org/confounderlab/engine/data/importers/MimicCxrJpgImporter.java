package org.confounderlab.engine.data.importers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.DataSetImporter;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;

/**
 * Reads MIMIC-CXR-JPG 2.x: {@code mimic-cxr-2.0.0-metadata.csv} (one row per image), {@code
 * mimic-cxr-2.0.0-chexpert.csv} (the 14 CheXpert-labeler observations per study) and, optionally, {@code
 * mimic-cxr-2.0.0-split.csv} ({@code train}, {@code validate}, {@code test}); each may be gzipped ({@code .csv.gz}).
 * <p>
 * The location is the folder holding these files and {@code files/}; an image is
 * {@code files/pXX/p<subject_id>/s<study_id>/<dicom_id>.jpg} with XX the subject id's first two digits. Patient is
 * the subject id, study the study id; attribute {@code view} is the DICOM ViewPosition. Labels are kept as stated
 * (uncertain included): apply a policy with {@link UncertainLabelPolicies}.
 */
public final class MimicCxrJpgImporter implements DataSetImporter {

    /** The 14 observations, in the label file's column order. */
    public static final List<String> LABELS = List.of("Atelectasis", "Cardiomegaly", "Consolidation", "Edema",
            "Enlarged Cardiomediastinum", "Fracture", "Lung Lesion", "Lung Opacity", "No Finding", "Pleural Effusion",
            "Pleural Other", "Pneumonia", "Pneumothorax", "Support Devices");
    /** The attributes. */
    public static final List<String> ATTRIBUTES = List.of("view");

    private static final String METADATA = "mimic-cxr-2.0.0-metadata.csv";
    private static final String LABEL_FILE = "mimic-cxr-2.0.0-chexpert.csv";
    private static final String SPLIT_FILE = "mimic-cxr-2.0.0-split.csv";
    private static final Pattern NUMERIC_ID = Pattern.compile("\\d{2,}");

    @Override
    public ImportResult read(Path location, ImportOptions options) throws DataSetException, IOException {
        Path folder = location.toAbsolutePath();
        ProblemLog problems = new ProblemLog(options);
        Path metadata = required(folder, METADATA);
        Path labelFile = required(folder, LABEL_FILE);
        Map<String, Map<String, LabelValue>> labels = readLabels(labelFile, problems);
        Path splitFile = ImportSupport.findFile(folder, SPLIT_FILE);
        Map<String, SplitName> splits = splitFile == null ? null : readSplits(splitFile, problems);
        List<ManifestEntry> entries = new ArrayList<>();
        try (CsvReader reader = ImportSupport.openRequired(metadata)) {
            CsvRecord header = ImportSupport.readHeader(reader, metadata);
            Map<String, Integer> index = ImportSupport.columnIndex(header);
            int dicom = ImportSupport.requireColumn(index, "dicom_id", metadata);
            int subject = ImportSupport.requireColumn(index, "subject_id", metadata);
            int study = ImportSupport.requireColumn(index, "study_id", metadata);
            int view = ImportSupport.requireColumn(index, "ViewPosition", metadata);
            ImportSupport.forEachRecord(reader, metadata, problems, record -> {
                ImportSupport.checkFieldCount(record, header.size(), metadata);
                long row = record.line();
                String dicomId = record.field(dicom).trim();
                String subjectId = id(record.field(subject), metadata, row, "subject_id");
                String studyId = id(record.field(study), metadata, row, "study_id");
                if (dicomId.isEmpty()) {
                    throw ImportSupport.problem(metadata, row, "dicom_id", "dicom_id is blank");
                }
                Map<String, LabelValue> imageLabels = labels.get(studyId);
                if (imageLabels == null) {
                    throw ImportSupport.problem(metadata, row, "study_id", "study " + studyId + " has no row in "
                            + labelFile.getFileName());
                }
                SplitName split = null;
                if (splits != null) {
                    split = splits.get(dicomId);
                    if (split == null) {
                        throw ImportSupport.problem(metadata, row, "dicom_id", "image " + dicomId + " has no row in "
                                + splitFile.getFileName());
                    }
                }
                Path image = folder.resolve("files").resolve("p" + subjectId.substring(0, 2))
                        .resolve("p" + subjectId).resolve("s" + studyId).resolve(dicomId + ".jpg");
                ImportSupport.checkImage(image, options.requireImages(), metadata, row, "dicom_id");
                String viewPosition = record.field(view).trim();
                Map<String, String> attributes = viewPosition.isEmpty() ? Map.of() : Map.of("view", viewPosition);
                entries.add(new ManifestEntry(image, subjectId, studyId, imageLabels, attributes, Map.of(), split,
                        ImportSupport.source(metadata, row)));
            });
        }
        return new ImportResult(new Manifest(LABELS, ATTRIBUTES, List.of(), entries), problems.skipped());
    }

    private static Path required(Path folder, String name) throws DataSetException {
        Path file = ImportSupport.findFile(folder, name);
        if (file == null) {
            throw new DataSetException(new DataProblem(folder.resolve(name), 0, null, "file not found (nor "
                    + name + ".gz)"));
        }
        return file;
    }

    /** Study id → labels. */
    private static Map<String, Map<String, LabelValue>> readLabels(Path file, ProblemLog problems)
            throws DataSetException, IOException {
        Map<String, Map<String, LabelValue>> labels = new HashMap<>();
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            CsvRecord header = ImportSupport.readHeader(reader, file);
            Map<String, Integer> index = ImportSupport.columnIndex(header);
            int study = ImportSupport.requireColumn(index, "study_id", file);
            Map<String, Integer> columns = new HashMap<>();
            for (String label : LABELS) {
                columns.put(label, ImportSupport.requireColumn(index, label, file));
            }
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                ImportSupport.checkFieldCount(record, header.size(), file);
                String studyId = id(record.field(study), file, record.line(), "study_id");
                Map<String, LabelValue> values = new HashMap<>();
                for (Map.Entry<String, Integer> column : columns.entrySet()) {
                    values.put(column.getKey(), ImportSupport.label(record.field(column.getValue()), file,
                            record.line(), column.getKey()));
                }
                labels.put(studyId, Map.copyOf(values));
            });
        }
        return labels;
    }

    /** Dicom id → split. */
    private static Map<String, SplitName> readSplits(Path file, ProblemLog problems)
            throws DataSetException, IOException {
        Map<String, SplitName> splits = new HashMap<>();
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            CsvRecord header = ImportSupport.readHeader(reader, file);
            Map<String, Integer> index = ImportSupport.columnIndex(header);
            int dicom = ImportSupport.requireColumn(index, "dicom_id", file);
            int split = ImportSupport.requireColumn(index, "split", file);
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                ImportSupport.checkFieldCount(record, header.size(), file);
                String text = record.field(split).trim();
                SplitName name = switch (text) {
                    case "train" -> SplitName.TRAIN;
                    case "validate" -> SplitName.VALIDATION;
                    case "test" -> SplitName.TEST;
                    default -> throw ImportSupport.problem(file, record.line(), "split", "split '" + text
                            + "' is not train, validate or test");
                };
                splits.put(record.field(dicom).trim(), name);
            });
        }
        return splits;
    }

    /** A numeric id as text, without the ".0" a spreadsheet round trip may add. */
    private static String id(String text, Path file, long row, String column) throws RowProblem {
        String id = text.trim();
        if (id.endsWith(".0")) {
            id = id.substring(0, id.length() - 2);
        }
        if (!NUMERIC_ID.matcher(id).matches()) {
            throw ImportSupport.problem(file, row, column, column + " '" + text + "' is not a number");
        }
        return id;
    }
}

package org.confounderlab.engine.data.importers;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
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
 * Reads CheXpert v1.0 (full or small): {@code train.csv} (official {@link SplitName#TRAIN}) and {@code valid.csv}
 * ({@link SplitName#VALIDATION}) with the 14 observations as {@code 1.0}, {@code 0.0}, {@code -1.0} (uncertain)
 * or blank (missing), kept as stated: apply an uncertain-label policy with {@link UncertainLabelPolicies}.
 * <p>
 * The location is the {@code CheXpert-v1.0*} folder or the folder holding it. Attributes {@code sex}, {@code age},
 * {@code frontal_lateral}, {@code ap_pa}; patient and study come from the image path.
 */
public final class CheXpertImporter implements DataSetImporter {

    /** The 14 observations, in the files' column order. */
    public static final List<String> LABELS = List.of("No Finding", "Enlarged Cardiomediastinum", "Cardiomegaly",
            "Lung Opacity", "Lung Lesion", "Edema", "Consolidation", "Pneumonia", "Atelectasis", "Pneumothorax",
            "Pleural Effusion", "Pleural Other", "Fracture", "Support Devices");
    /** The attributes. */
    public static final List<String> ATTRIBUTES = List.of("sex", "age", "frontal_lateral", "ap_pa");

    private static final String TOP_PREFIX = "CheXpert-v1.0";
    private static final Pattern PATIENT = Pattern.compile("patient\\d+");
    private static final Pattern STUDY = Pattern.compile("study\\d+");
    private static final Map<String, String> ATTRIBUTE_COLUMNS = Map.of("sex", "Sex", "age", "Age",
            "frontal_lateral", "Frontal/Lateral", "ap_pa", "AP/PA");

    @Override
    public ImportResult read(Path location, ImportOptions options) throws DataSetException, IOException {
        Path dataFolder = dataFolder(location.toAbsolutePath());
        ProblemLog problems = new ProblemLog(options);
        List<ManifestEntry> entries = new ArrayList<>();
        Path train = ImportSupport.findFile(dataFolder, "train.csv"); // plain or gzipped
        Path valid = ImportSupport.findFile(dataFolder, "valid.csv");
        if (train == null && valid == null) {
            throw new DataSetException(new DataProblem(dataFolder.resolve("train.csv"), 0, null, "file not found "
                    + "(neither train.csv nor valid.csv, plain or .gz, is in " + dataFolder + ")"));
        }
        if (train != null) {
            readFile(train, dataFolder, SplitName.TRAIN, options.requireImages(), problems, entries);
        }
        if (valid != null) {
            readFile(valid, dataFolder, SplitName.VALIDATION, options.requireImages(), problems, entries);
        }
        return new ImportResult(new Manifest(LABELS, ATTRIBUTES, List.of(), entries), problems.skipped());
    }

    private static Path dataFolder(Path location) throws IOException {
        if (Files.isRegularFile(location)) {
            return location.getParent();
        }
        if (ImportSupport.findFile(location, "train.csv", "valid.csv") != null || !Files.isDirectory(location)) {
            return location;
        }
        // the folder holding the data set: take the first CheXpert-v1.0* child (sorted, so the choice is stable)
        try (DirectoryStream<Path> children = Files.newDirectoryStream(location, TOP_PREFIX + "*")) {
            List<Path> candidates = new ArrayList<>();
            children.forEach(candidates::add);
            candidates.sort(null);
            for (Path child : candidates) {
                if (ImportSupport.findFile(child, "train.csv", "valid.csv") != null) {
                    return child;
                }
            }
        }
        return location;
    }

    private static void readFile(Path file, Path dataFolder, SplitName split, boolean requireImages,
            ProblemLog problems, List<ManifestEntry> entries) throws DataSetException, IOException {
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            CsvRecord header = ImportSupport.readHeader(reader, file);
            Map<String, Integer> index = ImportSupport.columnIndex(header);
            int path = ImportSupport.requireColumn(index, "Path", file);
            Map<String, Integer> labels = new HashMap<>();
            for (String label : LABELS) {
                labels.put(label, ImportSupport.requireColumn(index, label, file));
            }
            Map<String, Integer> attributes = new HashMap<>();
            for (String attribute : ATTRIBUTES) {
                attributes.put(attribute, ImportSupport.requireColumn(index, ATTRIBUTE_COLUMNS.get(attribute), file));
            }
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                ImportSupport.checkFieldCount(record, header.size(), file);
                entries.add(entry(record, file, dataFolder, split, path, labels, attributes, requireImages));
            });
        }
    }

    private static ManifestEntry entry(CsvRecord record, Path file, Path dataFolder, SplitName split, int pathColumn,
            Map<String, Integer> labelColumns, Map<String, Integer> attributeColumns, boolean requireImages)
            throws RowProblem {
        long row = record.line();
        String path = record.field(pathColumn).trim().replace('\\', '/');
        String patient = null;
        String study = null;
        for (String segment : path.split("/")) {
            if (patient == null && PATIENT.matcher(segment).matches()) {
                patient = segment;
            } else if (patient != null && study == null && STUDY.matcher(segment).matches()) {
                study = patient + "/" + segment;
            }
        }
        if (study == null) {
            throw ImportSupport.problem(file, row, "Path", "path '" + path
                    + "' is not like CheXpert-v1.0/<split>/patientNNNNN/studyN/viewN_frontal.jpg");
        }
        Map<String, LabelValue> labels = new HashMap<>();
        for (Map.Entry<String, Integer> label : labelColumns.entrySet()) {
            labels.put(label.getKey(), ImportSupport.label(record.field(label.getValue()), file, row, label.getKey()));
        }
        Map<String, String> attributes = new HashMap<>();
        for (Map.Entry<String, Integer> attribute : attributeColumns.entrySet()) {
            String value = record.field(attribute.getValue()).trim();
            if (value.isEmpty()) {
                continue;
            }
            if (attribute.getKey().equals("age") && !ImportSupport.isNumber(value)) {
                throw ImportSupport.problem(file, row, "Age", "age '" + value + "' is not a number");
            }
            attributes.put(attribute.getKey(), value);
        }
        Path image = ImportSupport.resolveUnder(dataFolder, path, TOP_PREFIX);
        ImportSupport.checkImage(image, requireImages, file, row, "Path");
        return new ManifestEntry(image, patient, study, labels, attributes, Map.of(), split,
                ImportSupport.source(file, row));
    }
}

package org.confounderlab.engine.data.importers;

import java.io.IOException;
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
 * Reads MURA v1.1 (Stanford musculoskeletal radiographs): {@code train_image_paths.csv},
 * {@code valid_image_paths.csv} (one image path per row, no header) and {@code train_labeled_studies.csv},
 * {@code valid_labeled_studies.csv} ({@code study folder,0|1}, no header).
 * <p>
 * The location is the folder holding {@code MURA-v1.1/}, or {@code MURA-v1.1/} itself. One label,
 * {@value #LABEL}, is the study's label given to each of its images; attribute {@value #BODY_PART} comes from the
 * {@code XR_<PART>} folder. MURA's {@code valid} split is the one published results are reported on (the real test
 * set is hidden), so it becomes the official {@link SplitName#TEST} split; {@code train} becomes
 * {@link SplitName#TRAIN}.
 */
public final class MuraImporter implements DataSetImporter {

    /** The label name. */
    public static final String LABEL = "abnormal";
    /** The body part attribute, e.g. {@code SHOULDER}. */
    public static final String BODY_PART = "body_part";

    private static final String TOP_FOLDER = "MURA-v1.1";
    private static final Pattern PATIENT = Pattern.compile("patient\\d+");
    private static final Pattern STUDY = Pattern.compile("study\\d+(_.*)?");
    private static final String COLUMN_PATH = "path";
    private static final String COLUMN_LABEL = "label";

    @Override
    public ImportResult read(Path location, ImportOptions options) throws DataSetException, IOException {
        Path dataFolder = dataFolder(location.toAbsolutePath());
        ProblemLog problems = new ProblemLog(options);
        List<ManifestEntry> entries = new ArrayList<>();
        boolean any = false;
        for (String split : List.of("train", "valid")) {
            Path images = ImportSupport.findFile(dataFolder, split + "_image_paths.csv"); // plain or gzipped
            if (images == null) {
                continue;
            }
            any = true;
            Path found = ImportSupport.findFile(dataFolder, split + "_labeled_studies.csv");
            Path studies = found != null ? found : dataFolder.resolve(split + "_labeled_studies.csv");
            Map<String, StudyLabel> labels = readStudyLabels(studies, problems);
            readImages(images, dataFolder, labels, split.equals("train") ? SplitName.TRAIN : SplitName.TEST,
                    options.requireImages(), problems, entries);
        }
        if (!any) {
            throw new DataSetException(new DataProblem(dataFolder.resolve("train_image_paths.csv"), 0, null,
                    "file not found (neither train_image_paths.csv nor valid_image_paths.csv is in " + dataFolder
                            + ")"));
        }
        return new ImportResult(new Manifest(List.of(LABEL), List.of(BODY_PART), List.of(), entries),
                problems.skipped());
    }

    private static Path dataFolder(Path location) {
        Path nested = location.resolve(TOP_FOLDER);
        if (Files.isDirectory(nested)) {
            return nested;
        }
        return location;
    }

    /** A study's label, or the problem that made its label row unusable. */
    private record StudyLabel(LabelValue value, DataProblem problem) {
    }

    private static Map<String, StudyLabel> readStudyLabels(Path file, ProblemLog problems)
            throws DataSetException, IOException {
        Map<String, StudyLabel> labels = new HashMap<>();
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                String study = studyKey(record.field(0));
                try {
                    ImportSupport.checkFieldCount(record, 2, file);
                    String text = record.field(1).trim();
                    LabelValue value = switch (text) {
                        case "1" -> LabelValue.POSITIVE;
                        case "0" -> LabelValue.NEGATIVE;
                        default -> throw ImportSupport.problem(file, record.line(), COLUMN_LABEL,
                                "label value '" + text + "' is not 0 or 1");
                    };
                    labels.put(study, new StudyLabel(value, null));
                } catch (RowProblem e) {
                    // Remembered so that the study's images can point back at the bad label row.
                    labels.put(study, new StudyLabel(null, e.problem()));
                    throw e;
                }
            });
        }
        return labels;
    }

    private static String studyKey(String path) {
        String key = path.trim().replace('\\', '/');
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }

    private static void readImages(Path file, Path dataFolder, Map<String, StudyLabel> labels, SplitName split,
            boolean requireImages, ProblemLog problems, List<ManifestEntry> entries)
            throws DataSetException, IOException {
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                entries.add(image(record, file, dataFolder, labels, split, requireImages));
            });
        }
    }

    private static ManifestEntry image(CsvRecord record, Path file, Path dataFolder, Map<String, StudyLabel> labels,
            SplitName split, boolean requireImages) throws RowProblem {
        long row = record.line();
        ImportSupport.checkFieldCount(record, 1, file);
        String path = record.field(0).trim().replace('\\', '/');
        String[] segments = path.split("/");
        String bodyPart = null;
        String patient = null;
        String study = null;
        int studyEnd = -1;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("XR_") && bodyPart == null) {
                bodyPart = segment.substring(3);
            } else if (PATIENT.matcher(segment).matches() && patient == null) {
                patient = segment;
            } else if (patient != null && study == null && STUDY.matcher(segment).matches()) {
                int underscore = segment.indexOf('_');
                study = patient + "/" + (underscore < 0 ? segment : segment.substring(0, underscore));
                studyEnd = i;
            }
        }
        if (bodyPart == null || patient == null || study == null || studyEnd == segments.length - 1) {
            throw ImportSupport.problem(file, row, COLUMN_PATH, "path '" + path
                    + "' is not like MURA-v1.1/<split>/XR_<PART>/patientNNNNN/studyN_<label>/imageN.png");
        }
        String studyFolder = String.join("/", List.of(segments).subList(0, studyEnd + 1));
        StudyLabel label = labels.get(studyFolder);
        if (label == null) {
            throw ImportSupport.problem(file, row, COLUMN_PATH, "study " + studyFolder + " has no label row");
        }
        if (label.value() == null) {
            throw ImportSupport.problem(file, row, COLUMN_PATH, "study " + studyFolder
                    + " has an unusable label row (" + label.problem() + ")");
        }
        Path image = ImportSupport.resolveUnder(dataFolder, path, "MURA");
        ImportSupport.checkImage(image, requireImages, file, row, COLUMN_PATH);
        return new ManifestEntry(image, patient, study, Map.of(LABEL, label.value()), Map.of(BODY_PART, bodyPart),
                Map.of(), split, ImportSupport.source(file, row));
    }
}

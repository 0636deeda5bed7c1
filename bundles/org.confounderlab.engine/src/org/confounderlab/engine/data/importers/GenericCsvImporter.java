package org.confounderlab.engine.data.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.confounderlab.engine.data.Box;
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
 * Reads the project's own manifest CSV (also what the synthetic generator writes).
 * <p>
 * Header row required. Reserved columns: {@code path} (relative to the CSV's folder, or absolute),
 * {@code patient_id}, optional {@code study_id}, optional {@code split} ({@code train}, {@code validation},
 * {@code test}, blank for none). Label columns (named by the constructor) hold {@code 1}/{@code 0}, {@code -1} for
 * uncertain, blank for missing. Columns {@code region:<name>} hold {@code x y w h} in pixels (blank: no region).
 * Every other column is an attribute (blank: unknown). The location is the CSV file, or a folder holding
 * {@value #DEFAULT_FILE_NAME}.
 */
public final class GenericCsvImporter implements DataSetImporter {

    /** The manifest file name looked for when the location is a folder. */
    public static final String DEFAULT_FILE_NAME = "manifest.csv";

    private static final String PATH = "path";
    private static final String PATIENT = "patient_id";
    private static final String STUDY = "study_id";
    private static final String SPLIT = "split";
    private static final String REGION_PREFIX = "region:";

    private final List<String> labelColumns;

    /** An importer reading the given columns as labels. */
    public GenericCsvImporter(List<String> labelColumns) {
        this.labelColumns = List.copyOf(labelColumns);
    }

    @Override
    public ImportResult read(Path location, ImportOptions options) throws DataSetException, IOException {
        Path file = (Files.isDirectory(location) ? location.resolve(DEFAULT_FILE_NAME) : location).toAbsolutePath();
        Path folder = file.getParent();
        ProblemLog problems = new ProblemLog(options);
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            CsvRecord header = ImportSupport.readHeader(reader, file);
            Columns columns = columns(header, file);
            List<ManifestEntry> entries = new ArrayList<>();
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                entries.add(entry(record, columns, file, folder, options.requireImages()));
            });
            Manifest manifest = new Manifest(labelColumns, List.copyOf(columns.attributes.keySet()),
                    List.copyOf(columns.regions.keySet()), entries);
            return new ImportResult(manifest, problems.skipped());
        }
    }

    /** Where each kind of column is. */
    private record Columns(int width, int path, int patient, int study, int split, Map<String, Integer> labels,
            Map<String, Integer> attributes, Map<String, Integer> regions) {
    }

    private Columns columns(CsvRecord header, Path file) throws DataSetException {
        Map<String, Integer> index = ImportSupport.columnIndex(header);
        int path = ImportSupport.requireColumn(index, PATH, file);
        int patient = ImportSupport.requireColumn(index, PATIENT, file);
        Map<String, Integer> labels = new LinkedHashMap<>();
        List<DataProblem> unknown = new ArrayList<>();
        for (String label : labelColumns) {
            Integer i = index.get(label);
            if (i == null) {
                unknown.add(new DataProblem(file, 1, label, "label column '" + label
                        + "' requested by the experiment is missing from the header"));
            } else {
                labels.put(label, i);
            }
        }
        if (!unknown.isEmpty()) {
            throw new DataSetException(unknown);
        }
        Map<String, Integer> attributes = new LinkedHashMap<>();
        Map<String, Integer> regions = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.field(i).trim();
            if (index.get(name) != i || labels.containsKey(name)
                    || List.of(PATH, PATIENT, STUDY, SPLIT).contains(name)) {
                continue;
            }
            if (name.startsWith(REGION_PREFIX)) {
                regions.put(name.substring(REGION_PREFIX.length()), i);
            } else if (!name.isEmpty()) {
                attributes.put(name, i);
            }
        }
        return new Columns(header.size(), path, patient, index.getOrDefault(STUDY, -1),
                index.getOrDefault(SPLIT, -1), labels, attributes, regions);
    }

    private ManifestEntry entry(CsvRecord record, Columns columns, Path file, Path folder, boolean requireImages)
            throws RowProblem {
        long row = record.line();
        ImportSupport.checkFieldCount(record, columns.width(), file);
        String pathText = record.field(columns.path()).trim();
        if (pathText.isEmpty()) {
            throw ImportSupport.problem(file, row, PATH, "image path is blank");
        }
        Path image;
        try {
            image = folder.resolve(pathText).normalize();
        } catch (InvalidPathException e) {
            throw ImportSupport.problem(file, row, PATH, "not a valid path: " + pathText);
        }
        String patient = record.field(columns.patient()).trim();
        if (patient.isEmpty()) {
            throw ImportSupport.problem(file, row, PATIENT, "patient id is blank");
        }
        String study = columns.study() < 0 ? null : record.field(columns.study()).trim();
        SplitName split = columns.split() < 0 ? null : split(record.field(columns.split()), file, row);
        Map<String, LabelValue> labels = new HashMap<>();
        for (Map.Entry<String, Integer> label : columns.labels().entrySet()) {
            labels.put(label.getKey(), ImportSupport.label(record.field(label.getValue()), file, row, label.getKey()));
        }
        Map<String, String> attributes = new HashMap<>();
        for (Map.Entry<String, Integer> attribute : columns.attributes().entrySet()) {
            String value = record.field(attribute.getValue()).trim();
            if (!value.isEmpty()) {
                attributes.put(attribute.getKey(), value);
            }
        }
        Map<String, Box> regions = new HashMap<>();
        for (Map.Entry<String, Integer> region : columns.regions().entrySet()) {
            String value = record.field(region.getValue()).trim();
            if (!value.isEmpty()) {
                regions.put(region.getKey(), box(value, file, row, REGION_PREFIX + region.getKey()));
            }
        }
        ImportSupport.checkImage(image, requireImages, file, row, PATH);
        return new ManifestEntry(image, patient, study == null || study.isEmpty() ? null : study, labels,
                attributes, regions, split, ImportSupport.source(file, row));
    }

    private static SplitName split(String text, Path file, long row) throws RowProblem {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "train" -> SplitName.TRAIN;
            case "validation", "valid", "val" -> SplitName.VALIDATION;
            case "test" -> SplitName.TEST;
            default -> throw ImportSupport.problem(file, row, SPLIT, "split '" + text
                    + "' is not train, validation or test");
        };
    }

    private static Box box(String text, Path file, long row, String column) throws RowProblem {
        String[] parts = text.split("\\s+");
        if (parts.length != 4) {
            throw ImportSupport.problem(file, row, column, "region '" + text + "' is not 'x y width height'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            if (!ImportSupport.isNumber(parts[i])) {
                throw ImportSupport.problem(file, row, column, "region '" + text + "' has a non-numeric value");
            }
            v[i] = Double.parseDouble(parts[i]);
        }
        if (!(v[2] > 0) || !(v[3] > 0)) {
            throw ImportSupport.problem(file, row, column, "region '" + text + "' has no positive width and height");
        }
        return new Box(v[0], v[1], v[2], v[3]);
    }
}

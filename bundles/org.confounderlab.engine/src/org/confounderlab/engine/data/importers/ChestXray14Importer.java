package org.confounderlab.engine.data.importers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
 * Reads NIH ChestX-ray14: {@code Data_Entry_2017.csv}, optionally {@code BBox_List_2017.csv},
 * {@code train_val_list.txt} and {@code test_list.txt}; images in {@code images/} or {@code images_NNN/images/}.
 * <p>
 * The location is the folder holding the files (or {@code Data_Entry_2017.csv} itself). The real files' headers
 * hold unquoted bracketed names with commas ({@code OriginalImage[Width,Height]}), so columns are read by position:
 * a data row has 11 fields (a 12th, blank, trailing field is accepted). Labels are the 14 findings, each positive
 * when listed in {@code Finding Labels}, negative otherwise; attributes {@code age}, {@code sex}, {@code view},
 * {@code follow_up}; regions are the bounding boxes, named after their finding.
 */
public final class ChestXray14Importer implements DataSetImporter {

    /** The 14 findings, in the data set's usual order. */
    public static final List<String> LABELS = List.of("Atelectasis", "Cardiomegaly", "Effusion", "Infiltration",
            "Mass", "Nodule", "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis",
            "Pleural_Thickening", "Hernia");
    /** The attributes. */
    public static final List<String> ATTRIBUTES = List.of("age", "sex", "view", "follow_up");

    private static final String NO_FINDING = "No Finding";
    private static final String DATA_ENTRY = "Data_Entry_2017.csv";
    private static final String DATA_ENTRY_2020 = "Data_Entry_2017_v2020.csv";
    /** An age as the tables write it: years, or (the Kaggle sample) a number with a unit Y, M, W or D. */
    private static final Pattern AGE = Pattern.compile("(\\d{1,3})([YMWD]?)");
    private static final String BBOX_LIST = "BBox_List_2017.csv";
    private static final List<String> ENTRY_HEADER = List.of("Image Index", "Finding Labels", "Follow-up #",
            "Patient ID", "Patient Age", "Patient Gender", "View Position");

    private static Path dataEntryFile(Path location, Path folder) {
        if (Files.isRegularFile(location)) {
            return location;
        }
        // the 2017 table, or the 2020 re-release of it, plain or gzipped
        Path found = ImportSupport.findFile(folder, DATA_ENTRY, DATA_ENTRY_2020);
        return found != null ? found : folder.resolve(DATA_ENTRY);
    }

    @Override
    public ImportResult read(Path location, ImportOptions options) throws DataSetException, IOException {
        Path absolute = location.toAbsolutePath();
        Path folder = Files.isRegularFile(absolute) ? absolute.getParent() : absolute;
        Path dataEntry = dataEntryFile(absolute, folder);
        ProblemLog problems = new ProblemLog(options);
        Map<String, Path> images = indexImages(folder);
        Map<String, SplitName> splits = new HashMap<>();
        readList(folder.resolve("train_val_list.txt"), SplitName.TRAIN, splits);
        readList(folder.resolve("test_list.txt"), SplitName.TEST, splits);
        Path bboxFile = ImportSupport.findFile(folder, BBOX_LIST);
        Map<String, Map<String, Box>> boxes = bboxFile != null ? readBoxes(bboxFile, problems) : Map.of();
        List<ManifestEntry> entries = new ArrayList<>();
        try (CsvReader reader = ImportSupport.openRequired(dataEntry)) {
            CsvRecord header = ImportSupport.readHeader(reader, dataEntry);
            for (int i = 0; i < ENTRY_HEADER.size(); i++) {
                String name = header.field(i).trim();
                // the 2020 re-release renames "Patient Gender" to "Patient Sex"
                if (!name.equals(ENTRY_HEADER.get(i)) && !(i == 5 && name.equals("Patient Sex"))) {
                    throw new DataSetException(new DataProblem(dataEntry, header.line(), ENTRY_HEADER.get(i),
                            "not a ChestX-ray14 Data_Entry file: column " + (i + 1) + " is '" + header.field(i)
                                    + "', expected '" + ENTRY_HEADER.get(i) + "'"));
                }
            }
            ImportSupport.forEachRecord(reader, dataEntry, problems, record -> {
                entries.add(entry(record, dataEntry, folder, images, splits, boxes, options.requireImages()));
            });
        }
        Set<String> regionNames = new LinkedHashSet<>();
        for (String label : LABELS) {
            for (Map<String, Box> imageBoxes : boxes.values()) {
                if (imageBoxes.containsKey(label)) {
                    regionNames.add(label);
                    break;
                }
            }
        }
        return new ImportResult(new Manifest(LABELS, ATTRIBUTES, List.copyOf(regionNames), entries),
                problems.skipped());
    }

    /** Image file name → file, over {@code images/}, {@code images_* /images/} and {@code images_* /}. */
    private static Map<String, Path> indexImages(Path folder) throws IOException {
        Map<String, Path> index = new HashMap<>();
        List<Path> imageFolders = new ArrayList<>();
        imageFolders.add(folder.resolve("images"));
        try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, "images_*")) {
            for (Path child : children) {
                imageFolders.add(child.resolve("images"));
                imageFolders.add(child);
            }
        }
        for (Path imageFolder : imageFolders) {
            if (!Files.isDirectory(imageFolder)) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(imageFolder)) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        index.putIfAbsent(file.getFileName().toString(), file);
                    }
                }
            }
        }
        return index;
    }

    private static void readList(Path file, SplitName split, Map<String, SplitName> splits) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.map(String::trim).filter(name -> !name.isEmpty()).forEach(name -> splits.put(name, split));
        }
    }

    private static Map<String, Map<String, Box>> readBoxes(Path file, ProblemLog problems)
            throws DataSetException, IOException {
        Map<String, Map<String, Box>> boxes = new HashMap<>();
        try (CsvReader reader = ImportSupport.openRequired(file)) {
            ImportSupport.readHeader(reader, file); // "Bbox [x,y,w,h]" spans four unquoted columns: read by position
            ImportSupport.forEachRecord(reader, file, problems, record -> {
                long row = record.line();
                if (record.size() < 6 || !record.fields().subList(6, record.size()).stream()
                        .allMatch(String::isBlank)) {
                    throw ImportSupport.problem(file, row, null, "expected 6 fields (image, finding, x, y, w, h), "
                            + "found " + record.size());
                }
                String finding = finding(record.field(1).trim());
                if (!LABELS.contains(finding)) {
                    throw ImportSupport.problem(file, row, "Finding Label", "unknown finding '"
                            + record.field(1) + "'");
                }
                double[] v = new double[4];
                for (int i = 0; i < 4; i++) {
                    String text = record.field(2 + i).trim();
                    if (!ImportSupport.isNumber(text)) {
                        throw ImportSupport.problem(file, row, "Bbox [x,y,w,h]", "box value '" + text
                                + "' is not a number");
                    }
                    v[i] = Double.parseDouble(text);
                }
                if (!(v[2] > 0) || !(v[3] > 0)) {
                    throw ImportSupport.problem(file, row, "Bbox [x,y,w,h]", "box has no positive size");
                }
                // two boxes of one finding on one image: keep the box enclosing both
                boxes.computeIfAbsent(record.field(0).trim(), k -> new HashMap<>()).merge(finding,
                        new Box(v[0], v[1], v[2], v[3]), ChestXray14Importer::enclosing);
            });
        }
        return boxes;
    }

    /** The bounding-box file spells Infiltration as "Infiltrate". */
    private static String finding(String name) {
        return name.equals("Infiltrate") ? "Infiltration" : name;
    }

    private static Box enclosing(Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Box(x, y, Math.max(a.x() + a.width(), b.x() + b.width()) - x,
                Math.max(a.y() + a.height(), b.y() + b.height()) - y);
    }

    private static ManifestEntry entry(CsvRecord record, Path file, Path folder, Map<String, Path> images,
            Map<String, SplitName> splits, Map<String, Map<String, Box>> boxes, boolean requireImages)
            throws RowProblem {
        long row = record.line();
        if (!(record.size() == 11 || record.size() == 12 && record.field(11).isBlank())) {
            throw ImportSupport.problem(file, row, null, "expected 11 fields, found " + record.size());
        }
        String name = record.field(0).trim();
        if (name.isEmpty()) {
            throw ImportSupport.problem(file, row, "Image Index", "image name is blank");
        }
        Map<String, LabelValue> labels = new HashMap<>();
        LABELS.forEach(label -> labels.put(label, LabelValue.NEGATIVE));
        String findings = record.field(1).trim();
        if (!findings.equals(NO_FINDING)) {
            for (String finding : findings.split("\\|")) {
                String label = finding.trim();
                if (!LABELS.contains(label)) {
                    throw ImportSupport.problem(file, row, "Finding Labels", "unknown finding '" + label + "'");
                }
                labels.put(label, LabelValue.POSITIVE);
            }
        }
        String patient = record.field(3).trim();
        if (patient.isEmpty()) {
            throw ImportSupport.problem(file, row, "Patient ID", "patient id is blank");
        }
        Map<String, String> attributes = new HashMap<>();
        String age = record.field(4).trim();
        // early releases (and the Kaggle sample) wrote ages with a unit: "058Y", a few "006M" or "010D"
        java.util.regex.Matcher written = AGE.matcher(age.toUpperCase(java.util.Locale.ROOT));
        if (!written.matches()) {
            throw ImportSupport.problem(file, row, "Patient Age", "age '" + age + "' is not a number of years");
        }
        int number = Integer.parseInt(written.group(1));
        String unit = written.group(2);
        attributes.put("age", switch (unit) {
            case "M" -> years(number / 12.0);
            case "W" -> years(number / 52.1775);
            case "D" -> years(number / 365.25);
            default -> Integer.toString(number);
        });
        if (!unit.isEmpty()) {
            attributes.put(ManifestEntry.AGE_AS_WRITTEN, age);
        }
        putIfPresent(attributes, "sex", record.field(5));
        putIfPresent(attributes, "view", record.field(6));
        putIfPresent(attributes, "follow_up", record.field(2));
        Path image = images.getOrDefault(name, folder.resolve("images").resolve(name));
        ImportSupport.checkImage(image, requireImages, file, row, "Image Index");
        return new ManifestEntry(image, patient, null, labels, attributes, boxes.getOrDefault(name, Map.of()),
                splits.get(name), ImportSupport.source(file, row));
    }

    private static String years(double years) {
        return String.format(java.util.Locale.ROOT, "%.2f", years);
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (!value.isBlank()) {
            attributes.put(name, value.trim());
        }
    }
}

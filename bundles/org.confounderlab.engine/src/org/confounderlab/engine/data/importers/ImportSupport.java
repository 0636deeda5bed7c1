package org.confounderlab.engine.data.importers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.data.csv.CsvSyntaxException;

/** Small helpers the importers share: opening files, header look-up, label parsing, image checks. */
final class ImportSupport {

    private ImportSupport() {
    }

    /** Opens a CSV file that the data set needs, or fails naming it. */
    static CsvReader openRequired(Path file) throws DataSetException, IOException {
        if (!Files.isRegularFile(file)) {
            throw new DataSetException(new DataProblem(file, 0, null, "file not found"));
        }
        return CsvReader.open(file);
    }

    /** The first existing file among {@code names} in {@code folder} (plain, then {@code .gz}), or {@code null}. */
    static Path findFile(Path folder, String... names) {
        for (String name : names) {
            for (String candidate : List.of(name, name + ".gz")) {
                Path file = folder.resolve(candidate);
                if (Files.isRegularFile(file)) {
                    return file;
                }
            }
        }
        return null;
    }

    /** Reads the header record, failing when the file is empty. */
    static CsvRecord readHeader(CsvReader reader, Path file) throws DataSetException, IOException {
        CsvRecord header = reader.readRecord();
        if (header == null) {
            throw new DataSetException(new DataProblem(file, 0, null, "file is empty (no header row)"));
        }
        return header;
    }

    /** Column name → index of a header row (names trimmed). */
    static Map<String, Integer> columnIndex(CsvRecord header) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.field(i).trim(), i);
        }
        return index;
    }

    /** The index of a required column, or a file-level failure naming it. */
    static int requireColumn(Map<String, Integer> index, String column, Path file) throws DataSetException {
        Integer i = index.get(column);
        if (i == null) {
            throw new DataSetException(new DataProblem(file, 1, column, "required column '" + column
                    + "' is missing from the header"));
        }
        return i;
    }

    /**
     * A label value as the public data sets write it: {@code 1}/{@code 1.0} positive, {@code 0}/{@code 0.0}
     * negative, {@code -1}/{@code -1.0} uncertain, blank missing; {@code null} for anything else.
     */
    static LabelValue parseLabel(String text) {
        return switch (text.trim()) {
            case "1", "1.0" -> LabelValue.POSITIVE;
            case "0", "0.0", "-0.0" -> LabelValue.NEGATIVE;
            case "-1", "-1.0" -> LabelValue.UNCERTAIN;
            case "" -> LabelValue.MISSING;
            default -> null;
        };
    }

    /** Parses a label value or abandons the row with a problem naming the column. */
    static LabelValue label(String text, Path file, long row, String column) throws RowProblem {
        LabelValue value = parseLabel(text);
        if (value == null) {
            throw new RowProblem(new DataProblem(file, row, column, "label value '" + text
                    + "' is not 1, 0, -1 or blank"));
        }
        return value;
    }

    /** Abandons the row unless the image exists (when images are required). */
    static void checkImage(Path image, boolean required, Path file, long row, String column) throws RowProblem {
        if (required && !Files.isRegularFile(image)) {
            throw new RowProblem(new DataProblem(file, row, column, "image not found: " + image));
        }
    }

    /** Abandons the row unless it has exactly {@code expected} fields. */
    static void checkFieldCount(CsvRecord record, int expected, Path file) throws RowProblem {
        if (record.size() != expected) {
            throw new RowProblem(new DataProblem(file, record.line(), null, "expected " + expected
                    + " fields, found " + record.size()));
        }
    }

    /** A problem for one row. */
    static RowProblem problem(Path file, long row, String column, String message) {
        return new RowProblem(new DataProblem(file, row, column, message));
    }

    /** The {@code file:row} source of an entry. */
    static String source(Path file, long row) {
        return file.getFileName() + ":" + row;
    }

    /** Whether a text is a decimal number (as an attribute that must be numeric). */
    static boolean isNumber(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Resolves a data set path like {@code MURA-v1.1/train/...} whose first segment is the data set's own top
     * folder (starting with {@code topPrefix}): against {@code dataFolder}'s parent when {@code dataFolder} is that
     * folder, else inside {@code dataFolder} without the top segment (the folder was unpacked under another name).
     */
    static Path resolveUnder(Path dataFolder, String relative, String topPrefix) {
        String path = relative.replace('\\', '/');
        int slash = path.indexOf('/');
        if (slash > 0) {
            String first = path.substring(0, slash);
            Path name = dataFolder.getFileName();
            if (name != null && name.toString().equals(first) && dataFolder.getParent() != null) {
                return dataFolder.getParent().resolve(path).normalize();
            }
            if (first.startsWith(topPrefix)) {
                return dataFolder.resolve(path.substring(slash + 1)).normalize();
            }
        }
        return dataFolder.resolve(path).normalize();
    }

    /** What to do with one record; a {@link RowProblem} skips it. */
    interface RecordHandler {
        void handle(CsvRecord record) throws RowProblem;
    }

    /** Hands every remaining record to {@code handler}; malformed records and {@link RowProblem}s go to {@code problems}. */
    static void forEachRecord(CsvReader reader, Path file, ProblemLog problems, RecordHandler handler)
            throws DataSetException, IOException {
        while (true) {
            CsvRecord record;
            try {
                record = reader.readRecord();
            } catch (CsvSyntaxException e) {
                problems.report(file, e.line(), null, e.getMessage());
                continue;
            }
            if (record == null) {
                return;
            }
            try {
                handler.handle(record);
            } catch (RowProblem e) {
                problems.report(e.problem());
            }
        }
    }
}

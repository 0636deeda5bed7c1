package org.confounderlab.engine.data.csv;

/** One field of a CSV row as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line end. */
public final class CsvField {

    private CsvField() {
    }

    /** {@code value} as a CSV field; {@code null} is the empty field. */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}

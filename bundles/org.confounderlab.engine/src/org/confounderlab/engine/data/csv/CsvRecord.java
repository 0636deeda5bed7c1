package org.confounderlab.engine.data.csv;

import java.util.List;

/**
 * One CSV record.
 *
 * @param line   1-based physical line where the record starts
 * @param fields the record's fields, unquoted
 */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The number of fields. */
    public int size() {
        return fields.size();
    }

    /** The field at {@code index}, or {@code ""} when the record is shorter. */
    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}

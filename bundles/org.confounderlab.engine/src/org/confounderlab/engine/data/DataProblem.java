package org.confounderlab.engine.data;

import java.nio.file.Path;

/**
 * Something wrong in a data set file, located as precisely as known.
 *
 * @param file    the file
 * @param row     1-based line or row number in the file, 0 when not row-specific
 * @param column  the column name, or {@code null}
 * @param message what is wrong, in words a user understands
 */
public record DataProblem(Path file, long row, String column, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.toString());
        if (row > 0) {
            text.append(':').append(row);
        }
        if (column != null) {
            text.append(" [").append(column).append(']');
        }
        return text.append(": ").append(message).toString();
    }
}

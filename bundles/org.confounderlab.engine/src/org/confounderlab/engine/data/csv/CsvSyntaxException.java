package org.confounderlab.engine.data.csv;

import java.io.IOException;

/** A record that is not valid RFC 4180 CSV; names the line where the record starts. */
public class CsvSyntaxException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long line;

    public CsvSyntaxException(long line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based physical line where the bad record starts. */
    public long line() {
        return line;
    }
}

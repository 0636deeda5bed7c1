package org.confounderlab.engine.data.csv;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * A streaming RFC 4180 CSV reader: comma-separated, fields optionally in double quotes (with doubled quotes for a
 * quote, and commas and line breaks inside), CR LF, LF or CR line ends, an optional UTF-8 byte order mark.
 * Completely empty lines are skipped (they carry no record in any data set format the engine reads).
 * <p>
 * A malformed record throws a {@link CsvSyntaxException} naming the line where it starts; the reader then resumes
 * at the next line, so a caller may skip the record and go on.
 */
public final class CsvReader implements Closeable, Iterable<CsvRecord> {

    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** Opens a UTF-8 CSV file, gunzipping it when its name ends in {@code .gz}. */
    public static CsvReader open(Path file) throws IOException {
        InputStream stream = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
                stream = new GZIPInputStream(stream, 1 << 16);
            }
        } catch (IOException e) {
            stream.close();
            throw e;
        }
        return new CsvReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    /** The next record, or {@code null} at the end of the input. */
    public CsvRecord readRecord() throws IOException {
        if (!started) {
            started = true;
            if (peek() == '\uFEFF') {
                read();
            }
        }
        int c = peek();
        // skip blank lines between records
        while (c == '\n' || c == '\r') {
            readLineEnd();
            c = peek();
        }
        if (c == EOF) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            c = read();
            if (c == '"' && field.isEmpty()) {
                readQuoted(field, start);
                c = peek();
                if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    skipRestOfLine();
                    throw new CsvSyntaxException(start, "unexpected text after a closing quote (a quote inside a "
                            + "quoted field must be doubled)");
                }
                continue;
            }
            if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r' || c == EOF) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != EOF) {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(start, fields);
            } else if (c == '"') {
                skipRestOfLine();
                throw new CsvSyntaxException(start, "a quote inside an unquoted field (the field must be quoted "
                        + "and the quote doubled)");
            } else {
                field.append((char) c);
            }
        }
    }

    private void readQuoted(StringBuilder field, long start) throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvSyntaxException(start, "unterminated quoted field (no closing quote before the end "
                        + "of the file)");
            }
            if (c == '"') {
                if (peek() == '"') {
                    read();
                    field.append('"');
                } else {
                    return;
                }
            } else {
                if (c == '\n' || (c == '\r' && peek() != '\n')) {
                    line++;
                }
                field.append((char) c);
            }
        }
    }

    private void skipRestOfLine() throws IOException {
        int c = peek();
        while (c != '\n' && c != '\r' && c != EOF) {
            read();
            c = peek();
        }
        if (c != EOF) {
            readLineEnd();
        }
    }

    private void readLineEnd() throws IOException {
        if (read() == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    /**
     * The remaining records; a malformed record or a read error surfaces as an {@link UncheckedIOException}
     * (wrapping the {@link CsvSyntaxException}). Use {@link #readRecord()} to skip malformed records and go on.
     */
    @Override
    public Iterator<CsvRecord> iterator() {
        return new Iterator<>() {
            private CsvRecord next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = readRecord();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public CsvRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRecord record = next;
                next = null;
                return record;
            }
        };
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

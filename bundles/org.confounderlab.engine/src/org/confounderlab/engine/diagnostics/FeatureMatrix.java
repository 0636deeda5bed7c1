package org.confounderlab.engine.diagnostics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Per-image feature vectors as float32, filled a row at a time. Small matrices stay in the heap; one larger than the
 * limit given to {@link #builder} is spilled to a file of little-endian float32 rows and read back a row at a time
 * (positional reads, as the preprocessed cache), so the penultimate features of a large test split (20,000 images ×
 * 1,024 DenseNet features is 80 MB) do not have to fit beside the model. Closing deletes the file.
 */
public final class FeatureMatrix implements FeatureRows, AutoCloseable {

    private final int rows;
    private final int columns;
    private final float[][] memory;
    private final Path file;
    private final FileChannel channel;
    private final ByteBuffer buffer;

    private FeatureMatrix(int rows, int columns, float[][] memory, Path file, FileChannel channel) {
        this.rows = rows;
        this.columns = columns;
        this.memory = memory;
        this.file = file;
        this.channel = channel;
        this.buffer = channel == null ? null : ByteBuffer.allocate(4 * columns).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * A builder of {@code rows} rows, kept in the heap while rows × columns × 4 bytes is at most {@code limitBytes},
     * else written to {@code spillFile} (replaced if it exists).
     */
    public static Builder builder(int rows, long limitBytes, Path spillFile) {
        return new Builder(rows, limitBytes, spillFile);
    }

    /** Fills a {@link FeatureMatrix} in row order. */
    public static final class Builder {

        private final int rows;
        private final long limitBytes;
        private final Path spillFile;
        private int columns = -1;
        private int next;
        private float[][] memory;
        private FileChannel channel;
        private ByteBuffer buffer;

        private Builder(int rows, long limitBytes, Path spillFile) {
            this.rows = rows;
            this.limitBytes = limitBytes;
            this.spillFile = spillFile;
        }

        /** Appends the next row; the first fixes the number of columns. */
        public Builder add(double[] row) throws IOException {
            if (next >= rows) {
                throw new IllegalStateException("all " + rows + " rows are in");
            }
            if (columns < 0) {
                start(row.length);
            } else if (row.length != columns) {
                throw new IllegalArgumentException("row " + next + " has " + row.length + " features, row 0 has "
                        + columns);
            }
            if (memory != null) {
                float[] single = new float[columns];
                for (int f = 0; f < columns; f++) {
                    single[f] = (float) row[f];
                }
                memory[next] = single;
            } else {
                buffer.clear();
                for (double value : row) {
                    buffer.putFloat((float) value);
                }
                buffer.flip();
                long position = (long) next * 4 * columns;
                while (buffer.hasRemaining()) {
                    position += channel.write(buffer, position);
                }
            }
            next++;
            return this;
        }

        private void start(int width) throws IOException {
            columns = width;
            if ((long) rows * width * 4 <= limitBytes || spillFile == null) {
                memory = new float[rows][];
            } else {
                channel = FileChannel.open(spillFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                buffer = ByteBuffer.allocate(4 * width).order(ByteOrder.LITTLE_ENDIAN);
            }
        }

        /** The matrix of the rows added (all of them). */
        public FeatureMatrix build() {
            if (next != rows) {
                throw new IllegalStateException(next + " of " + rows + " rows added");
            }
            return new FeatureMatrix(rows, Math.max(columns, 0), memory != null || rows == 0 ? memory : null,
                    channel == null ? null : spillFile, channel);
        }
    }

    /** True when the rows are in a file, not in the heap. */
    public boolean spilled() {
        return channel != null;
    }

    /** The spill file, or {@code null} when the rows are in the heap. */
    public Path file() {
        return file;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public void row(int row, double[] into) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " of " + rows);
        }
        if (memory != null) {
            float[] values = memory[row];
            for (int f = 0; f < columns; f++) {
                into[f] = values[f];
            }
            return;
        }
        try {
            buffer.clear();
            long position = (long) row * 4 * columns;
            while (buffer.hasRemaining()) {
                int read = channel.read(buffer, position + buffer.position());
                if (read < 0) {
                    throw new IOException(file + " ends before row " + row);
                }
            }
            buffer.flip();
            FloatBuffer floats = buffer.asFloatBuffer();
            for (int f = 0; f < columns; f++) {
                into[f] = floats.get(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spilled features in " + file, e);
        }
    }

    /** Deletes the spill file, if any. */
    @Override
    public void close() throws IOException {
        if (channel != null) {
            channel.close();
            Files.deleteIfExists(file);
        }
    }
}

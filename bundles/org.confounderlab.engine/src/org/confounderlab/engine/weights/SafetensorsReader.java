package org.confounderlab.engine.weights;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tensors of a safetensors file: an 8-byte little-endian header length N, N bytes of UTF-8 JSON that
 * describe each tensor, then the tensors' raw little-endian bytes, at offsets relative to byte 8 + N. Reads the file
 * and nothing else; never executes anything.
 *
 * @see <a href="https://github.com/huggingface/safetensors#format">the safetensors format</a>
 */
final class SafetensorsReader {

    /** The name {@link StateDict#format()} gives this format. */
    static final String FORMAT = "safetensors";

    /** The largest header the reader accepts, as the safetensors library does. */
    static final long MAX_HEADER = 100_000_000L;

    private SafetensorsReader() {
    }

    /** Whether the first bytes {@code head} of a file look like safetensors: a plausible length, then '{'. */
    static boolean looksLike(byte[] head) {
        if (head.length < 10 || head[8] != '{') {
            return false;
        }
        long length = ByteBuffer.wrap(head, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        return length >= 2 && length <= MAX_HEADER;
    }

    /** The tensors of {@code file} in header order. */
    static List<StateTensor> read(Path file) throws WeightsFileException, IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 8) {
                throw new WeightsFileException(file, "is too short for safetensors (" + size + " bytes)");
            }
            long headerLength = bytes(channel, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            if (headerLength < 2 || headerLength > MAX_HEADER) {
                throw new WeightsFileException(file, "its safetensors header length " + Long.toUnsignedString(
                        headerLength) + " is implausible (at most " + MAX_HEADER + " bytes)");
            }
            if (headerLength > size - 8) {
                throw new WeightsFileException(file, "its safetensors header of " + headerLength
                        + " bytes runs past the end of the file of " + size + " bytes (truncated?)");
            }
            byte[] header = new byte[(int) headerLength];
            bytes(channel, 8, (int) headerLength).get(header);
            if (header[0] != '{') {
                throw new WeightsFileException(file, "its safetensors header does not start with '{'");
            }
            long dataStart = 8 + headerLength;
            List<StateTensor> tensors = new ArrayList<>();
            for (SafetensorsHeader.Entry entry : SafetensorsHeader.parse(file, header, size - dataStart).tensors()) {
                tensors.add(tensor(file, channel, dataStart, entry));
            }
            return tensors;
        }
    }

    private static StateTensor tensor(Path file, FileChannel channel, long dataStart, SafetensorsHeader.Entry entry)
            throws WeightsFileException, IOException {
        long bytes = entry.end() - entry.begin();
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new WeightsFileException(file, "tensor " + entry.name() + ": its " + bytes
                    + " bytes are more than this reader holds in one array (2 GB)");
        }
        ByteBuffer data;
        try {
            data = bytes(channel, dataStart + entry.begin(), (int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        } catch (EOFException e) {
            throw new WeightsFileException(file, "tensor " + entry.name() + ": the file ends inside its data"
                    + " (truncated?)", e);
        }
        float[] values = new float[(int) (bytes / entry.type().size())];
        entry.type().readRun(data, 0, values);
        return new StateTensor(entry.name(), entry.shape(), entry.type().name(), values);
    }

    /** {@code length} bytes of {@code channel} from {@code position}, as a buffer positioned at 0. */
    private static ByteBuffer bytes(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file ends at byte " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }
}

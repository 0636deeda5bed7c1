package org.confounderlab.engine.onnx;

import java.util.Arrays;

/**
 * The values of a repeated numeric field, gathered from its occurrences, each either one value (unpacked) or a
 * length-delimited run of them (packed), as protobuf allows for both. Fixed-width values are kept as their bits.
 */
final class RepeatedNumbers {

    private long[] values = new long[8];

    private int size;

    /** Adds the varint, or the packed varints, of {@code field}. */
    void addVarints(ProtoField field) throws ProtoException {
        if (!field.isLengthDelimited()) {
            add(field.int64());
            return;
        }
        ProtoReader run = new ProtoReader(field.bytes(), field.payloadStart(), field.end());
        while (run.hasNext()) {
            add(run.varint());
        }
    }

    /** Adds the fixed32 bits, or the packed fixed32 bits, of {@code field}. */
    void addFixed32(ProtoField field) throws ProtoException {
        addFixed(field, ProtoReader.FIXED32, 4);
    }

    /** Adds the fixed64 bits, or the packed fixed64 bits, of {@code field}. */
    void addFixed64(ProtoField field) throws ProtoException {
        addFixed(field, ProtoReader.FIXED64, 8);
    }

    /** The number of values. */
    int size() {
        return size;
    }

    /** The values (fixed-width ones as their bits, zero-extended). */
    long[] longs() {
        return Arrays.copyOf(values, size);
    }

    /** The values as the floats whose bits they are. */
    float[] floatsFromBits() {
        float[] floats = new float[size];
        for (int i = 0; i < size; i++) {
            floats[i] = Float.intBitsToFloat((int) values[i]);
        }
        return floats;
    }

    private void addFixed(ProtoField field, int wireType, int width) throws ProtoException {
        if (!field.isLengthDelimited()) {
            field.expect(wireType);
            add(field.value());
            return;
        }
        if (field.payloadLength() % width != 0) {
            throw new ProtoException("at byte " + field.start() + ": field " + field.number() + " packs "
                    + field.payloadLength() + " bytes, not a whole number of " + width + "-byte values");
        }
        byte[] bytes = field.bytes();
        for (int at = field.payloadStart(); at < field.end(); at += width) {
            long bits = 0;
            for (int i = width - 1; i >= 0; i--) {
                bits = (bits << 8) | (bytes[at + i] & 0xff);
            }
            add(bits);
        }
    }

    private void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.max(8, size * 2));
        }
        values[size++] = value;
    }
}

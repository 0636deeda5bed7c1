package org.confounderlab.engine.onnx;

/**
 * Reads the fields of one protobuf message, in the order they lie in the bytes, from the protobuf wire format:
 * each field a varint tag (field number and wire type), then a varint, 8 or 4 little-endian bytes, or a varint
 * length and that many bytes. Groups (wire types 3 and 4), which ONNX never writes, are refused.
 *
 * @see <a href="https://protobuf.dev/programming-guides/encoding/">the protobuf encoding</a>
 */
final class ProtoReader {

    /** Wire type 0: a varint (int32, int64, uint, bool, enum). */
    static final int VARINT = 0;

    /** Wire type 1: 8 little-endian bytes (fixed64, double). */
    static final int FIXED64 = 1;

    /** Wire type 2: a varint length, then that many bytes (string, bytes, message, packed repeated). */
    static final int LENGTH_DELIMITED = 2;

    /** Wire type 5: 4 little-endian bytes (fixed32, float). */
    static final int FIXED32 = 5;

    private final byte[] bytes;

    private final int limit;

    private final boolean wholeArray;

    private int position;

    /** A reader of the message that is all of {@code bytes}. */
    ProtoReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** A reader of the message in {@code bytes[from .. to - 1]}. */
    ProtoReader(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.position = from;
        this.limit = to;
        this.wholeArray = from == 0 && to == bytes.length;
    }

    /** Whether another field follows. */
    boolean hasNext() {
        return position < limit;
    }

    /** The next field, its payload skipped over. */
    ProtoField next() throws ProtoException {
        int start = position;
        long tag = varint();
        if ((tag >>> 3) == 0 || (tag >>> 3) > 0x1fff_ffffL) {
            throw new ProtoException("at byte " + start + ": field number " + (tag >>> 3) + " is not a protobuf"
                    + " field number");
        }
        int number = (int) (tag >>> 3);
        int wireType = (int) (tag & 7);
        return switch (wireType) {
            case VARINT -> {
                int valueStart = position;
                long value = varint();
                yield new ProtoField(number, wireType, value, bytes, start, valueStart, position);
            }
            case FIXED64 -> {
                int valueStart = need(start, number, 8);
                yield new ProtoField(number, wireType, littleEndian(valueStart, 8), bytes, start, valueStart,
                        position);
            }
            case FIXED32 -> {
                int valueStart = need(start, number, 4);
                yield new ProtoField(number, wireType, littleEndian(valueStart, 4), bytes, start, valueStart,
                        position);
            }
            case LENGTH_DELIMITED -> {
                long length = varint();
                if (length < 0 || length > limit - position) {
                    throw new ProtoException("at byte " + start + ": field " + number + " of "
                            + Long.toUnsignedString(length) + " bytes runs past the end of " + (wholeArray
                                    ? "the file" : "its message") + " at byte " + limit + " (truncated?)");
                }
                int payloadStart = position;
                position += (int) length;
                yield new ProtoField(number, wireType, length, bytes, start, payloadStart, position);
            }
            default -> throw new ProtoException("at byte " + start + ": field " + number + " has wire type "
                    + wireType + " (" + wireTypeName(wireType) + "), which ONNX files do not use");
        };
    }

    /** A few words for wire type {@code wireType}. */
    static String wireTypeName(int wireType) {
        return switch (wireType) {
            case VARINT -> "varint";
            case FIXED64 -> "64-bit";
            case LENGTH_DELIMITED -> "length-delimited";
            case 3, 4 -> "a protobuf group";
            case FIXED32 -> "32-bit";
            default -> "no protobuf wire type";
        };
    }

    /** Reads a varint of at most 10 bytes at the position. */
    long varint() throws ProtoException {
        int start = position;
        long result = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (position >= limit) {
                throw new ProtoException("at byte " + start + ": " + (wholeArray ? "the file" : "its message")
                        + " ends inside a varint (truncated?)");
            }
            byte b = bytes[position++];
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw new ProtoException("at byte " + start + ": a varint longer than 10 bytes");
    }

    /** The position of {@code count} more bytes, which it skips; fails when they run past the limit. */
    private int need(int fieldStart, int number, int count) throws ProtoException {
        if (limit - position < count) {
            throw new ProtoException("at byte " + fieldStart + ": field " + number + " needs " + count
                    + " bytes, and " + (wholeArray ? "the file" : "its message") + " ends at byte " + limit
                    + " (truncated?)");
        }
        int at = position;
        position += count;
        return at;
    }

    private long littleEndian(int at, int count) {
        long result = 0;
        for (int i = count - 1; i >= 0; i--) {
            result = (result << 8) | (bytes[at + i] & 0xff);
        }
        return result;
    }
}

package org.confounderlab.engine.onnx;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One field of a protobuf message as it lies in the bytes: its number, its wire type, its value (a varint, the bits
 * of a fixed32 or fixed64, or the length of a length-delimited payload) and where the whole field and its payload
 * lie, so that a rewrite can copy it byte for byte.
 *
 * @param number the field number, 1 or more
 * @param wireType {@link ProtoReader#VARINT}, {@link ProtoReader#FIXED64}, {@link ProtoReader#LENGTH_DELIMITED} or
 *        {@link ProtoReader#FIXED32}
 * @param value the varint, the fixed bits (zero-extended), or the payload's length
 * @param bytes the array the field lies in (not a copy)
 * @param start the index of the field's first byte (its tag)
 * @param payloadStart the index of a length-delimited payload's first byte; for other wire types, of the value's
 * @param end the index after the field's last byte
 */
record ProtoField(int number, int wireType, long value, byte[] bytes, int start, int payloadStart, int end) {

    /** Whether the payload is length-delimited: a string, bytes, an embedded message or a packed repeated field. */
    boolean isLengthDelimited() {
        return wireType == ProtoReader.LENGTH_DELIMITED;
    }

    /** A reader of the embedded message this length-delimited field holds. */
    ProtoReader message() throws ProtoException {
        expect(ProtoReader.LENGTH_DELIMITED);
        return new ProtoReader(bytes, payloadStart, end);
    }

    /** The payload as UTF-8 text. */
    String string() throws ProtoException {
        expect(ProtoReader.LENGTH_DELIMITED);
        return new String(bytes, payloadStart, end - payloadStart, StandardCharsets.UTF_8);
    }

    /** A copy of the length-delimited payload. */
    byte[] payload() throws ProtoException {
        expect(ProtoReader.LENGTH_DELIMITED);
        return Arrays.copyOfRange(bytes, payloadStart, end);
    }

    /** The length of the length-delimited payload. */
    int payloadLength() {
        return end - payloadStart;
    }

    /** The varint as a (two's complement) int64. */
    long int64() throws ProtoException {
        expect(ProtoReader.VARINT);
        return value;
    }

    /** The varint as an int32, as protobuf reads an int32 or enum field (the low 32 bits). */
    int int32() throws ProtoException {
        return (int) int64();
    }

    /** The fixed32 as a float. */
    float float32() throws ProtoException {
        expect(ProtoReader.FIXED32);
        return Float.intBitsToFloat((int) value);
    }

    /** Fails unless the field has {@code expected} wire type. */
    void expect(int expected) throws ProtoException {
        if (wireType != expected) {
            throw new ProtoException("at byte " + start + ": field " + number + " has wire type " + wireType
                    + " (" + ProtoReader.wireTypeName(wireType) + "), where wire type " + expected + " ("
                    + ProtoReader.wireTypeName(expected) + ") belongs");
        }
    }
}

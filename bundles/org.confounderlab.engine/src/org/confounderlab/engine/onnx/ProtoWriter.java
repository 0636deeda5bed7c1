package org.confounderlab.engine.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Writes protobuf fields in the wire format, and copies fields read by a {@link ProtoReader} byte for byte. */
final class ProtoWriter {

    private final ByteArrayOutputStream out;

    /** A writer with room for about {@code expectedSize} bytes. */
    ProtoWriter(int expectedSize) {
        out = new ByteArrayOutputStream(Math.max(16, expectedSize));
    }

    /** Writes a varint field. */
    ProtoWriter varintField(int number, long value) {
        tag(number, ProtoReader.VARINT);
        varint(value);
        return this;
    }

    /** Writes a length-delimited field holding {@code payload}. */
    ProtoWriter bytesField(int number, byte[] payload) {
        tag(number, ProtoReader.LENGTH_DELIMITED);
        varint(payload.length);
        out.writeBytes(payload);
        return this;
    }

    /** Writes a length-delimited field holding {@code text} in UTF-8. */
    ProtoWriter stringField(int number, String text) {
        return bytesField(number, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a length-delimited field holding the message {@code message} wrote. */
    ProtoWriter messageField(int number, ProtoWriter message) {
        return bytesField(number, message.toByteArray());
    }

    /** Copies {@code field}, tag and all, as it lies in its bytes. */
    ProtoWriter copy(ProtoField field) {
        out.write(field.bytes(), field.start(), field.end() - field.start());
        return this;
    }

    /** The bytes written so far. */
    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void tag(int number, int wireType) {
        varint(((long) number << 3) | wireType);
    }

    private void varint(long value) {
        long rest = value;
        while ((rest & ~0x7fL) != 0) {
            out.write((int) ((rest & 0x7f) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }
}

package org.confounderlab.engine.onnx;

/**
 * Bytes that are not the protobuf wire format, or not the message expected there: a varint that does not end, a
 * length past the end of its message, a field of the wrong wire type. The message says where, as
 * {@code "at byte 1234: field 7 of 5000 bytes runs past the end of its message at byte 2000"}.
 */
final class ProtoException extends Exception {

    private static final long serialVersionUID = 1L;

    /** {@code problem} says at which byte, and what is wrong. */
    ProtoException(String problem) {
        super(problem);
    }
}

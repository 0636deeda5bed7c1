package org.confounderlab.engine.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A {@code TensorProto} as a file stores it (an initializer, or the value of a Constant node): its name, element
 * type and dims, and its data, either little-endian {@code raw_data} (read when asked for) or the typed repeated
 * field for its type ({@code float_data}, {@code int32_data}, {@code int64_data}, {@code double_data},
 * {@code uint64_data}).
 */
final class StoredTensor {

    /** TensorProto field numbers. */
    static final int DIMS = 1;
    static final int DATA_TYPE = 2;
    static final int FLOAT_DATA = 4;
    static final int INT32_DATA = 5;
    static final int INT64_DATA = 7;
    static final int NAME = 8;
    static final int RAW_DATA = 9;
    static final int DOUBLE_DATA = 10;
    static final int UINT64_DATA = 11;
    static final int EXTERNAL_DATA = 13;
    static final int DATA_LOCATION = 14;

    /** The {@code data_location} of a tensor whose data lie in another file. */
    static final int EXTERNAL = 1;

    private final String name;

    private final int dataType;

    private final long[] dims;

    private final boolean external;

    private final ProtoField raw;

    private final RepeatedNumbers typed;

    private StoredTensor(String name, int dataType, long[] dims, boolean external, ProtoField raw,
            RepeatedNumbers typed) {
        this.name = name;
        this.dataType = dataType;
        this.dims = dims;
        this.external = external;
        this.raw = raw;
        this.typed = typed;
    }

    /** The tensor in {@code message}, a length-delimited {@code TensorProto} field. */
    static StoredTensor decode(ProtoField message) throws ProtoException {
        ProtoReader reader = message.message();
        String name = "";
        int dataType = OnnxElementType.UNDEFINED;
        RepeatedNumbers dims = new RepeatedNumbers();
        boolean external = false;
        ProtoField raw = null;
        RepeatedNumbers floats = new RepeatedNumbers();
        RepeatedNumbers int32s = new RepeatedNumbers();
        RepeatedNumbers int64s = new RepeatedNumbers();
        RepeatedNumbers doubles = new RepeatedNumbers();
        RepeatedNumbers uint64s = new RepeatedNumbers();
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            switch (field.number()) {
                case DIMS -> dims.addVarints(field);
                case DATA_TYPE -> dataType = field.int32();
                case FLOAT_DATA -> floats.addFixed32(field);
                case INT32_DATA -> int32s.addVarints(field);
                case INT64_DATA -> int64s.addVarints(field);
                case NAME -> name = field.string();
                case RAW_DATA -> {
                    field.expect(ProtoReader.LENGTH_DELIMITED);
                    raw = field;
                }
                case DOUBLE_DATA -> doubles.addFixed64(field);
                case UINT64_DATA -> uint64s.addVarints(field);
                case EXTERNAL_DATA -> external = true;
                case DATA_LOCATION -> external |= field.int32() == EXTERNAL;
                default -> {
                    // segment, string_data, doc_string, metadata: not needed
                }
            }
        }
        RepeatedNumbers typed = switch (dataType) {
            case OnnxElementType.FLOAT -> floats;
            case OnnxElementType.INT64 -> int64s;
            case OnnxElementType.DOUBLE -> doubles;
            case OnnxElementType.UINT32, OnnxElementType.UINT64 -> uint64s;
            default -> int32s;
        };
        return new StoredTensor(name, dataType, dims.longs(), external, raw, typed);
    }

    /** The tensor's name; empty for the value of a Constant node, which may have none. */
    String name() {
        return name;
    }

    /** The element type, one of {@link OnnxElementType}'s numbers. */
    int dataType() {
        return dataType;
    }

    /** The dims (a copy); empty for a scalar. */
    long[] dims() {
        return dims.clone();
    }

    /** Whether the data lie in another file ({@code data_location} EXTERNAL, or {@code external_data} given). */
    boolean isExternal() {
        return external;
    }

    /**
     * What is wrong with the dims or the amount of data, worded to follow the tensor's name; null when nothing is,
     * or when the type is not one this package reads.
     */
    String dataProblem() {
        long count = 1;
        for (long size : dims) {
            if (size < 0) {
                return "has a negative size in its dims " + Arrays.toString(dims);
            }
            if (size != 0 && count > Long.MAX_VALUE / size) {
                return "has dims " + Arrays.toString(dims) + " too large to hold";
            }
            count *= size;
        }
        if (!OnnxElementType.isReadAsFloat(dataType) && !OnnxElementType.isReadAsInteger(dataType)) {
            return null;
        }
        int size = OnnxElementType.sizeOf(dataType);
        long stored = raw == null ? typed.size() : raw.payloadLength() / size;
        if (raw != null && raw.payloadLength() % size != 0) {
            return "has " + raw.payloadLength() + " bytes of raw_data, not a whole number of " + size + "-byte "
                    + OnnxElementType.nameOf(dataType) + " values";
        }
        if (stored != count) {
            return "holds " + stored + " " + OnnxElementType.nameOf(dataType) + " values where its dims "
                    + Arrays.toString(dims) + " need " + count;
        }
        return null;
    }

    /** The number of elements the data hold. */
    int count() {
        return raw == null ? typed.size() : raw.payloadLength() / Math.max(1, OnnxElementType.sizeOf(dataType));
    }

    /** The values of a float, float16, bfloat16 or double tensor as floats (doubles rounded to nearest). */
    float[] floats() {
        int count = count();
        float[] values = new float[count];
        if (raw != null) {
            ByteBuffer data = ByteBuffer.wrap(raw.bytes(), raw.payloadStart(), raw.payloadLength()).slice()
                    .order(ByteOrder.LITTLE_ENDIAN);
            switch (dataType) {
                case OnnxElementType.FLOAT -> data.asFloatBuffer().get(values);
                case OnnxElementType.DOUBLE -> {
                    for (int i = 0; i < count; i++) {
                        values[i] = (float) data.getDouble(i * 8);
                    }
                }
                case OnnxElementType.FLOAT16, OnnxElementType.BFLOAT16 -> {
                    for (int i = 0; i < count; i++) {
                        values[i] = halfToFloat(data.getShort(i * 2) & 0xffff);
                    }
                }
                default -> throw notFloating();
            }
            return values;
        }
        long[] stored = typed.longs();
        for (int i = 0; i < count; i++) {
            values[i] = switch (dataType) {
                case OnnxElementType.FLOAT -> Float.intBitsToFloat((int) stored[i]);
                case OnnxElementType.DOUBLE -> (float) Double.longBitsToDouble(stored[i]);
                case OnnxElementType.FLOAT16, OnnxElementType.BFLOAT16 -> halfToFloat((int) stored[i] & 0xffff);
                default -> throw notFloating();
            };
        }
        return values;
    }

    /** The values of an integer or bool tensor (unsigned ones zero-extended). */
    long[] longs() {
        if (!OnnxElementType.isReadAsInteger(dataType)) {
            throw new IllegalStateException("tensor " + name + " holds " + OnnxElementType.nameOf(dataType)
                    + " values, not integers");
        }
        if (raw == null) {
            long[] values = typed.longs();
            if (dataType != OnnxElementType.INT64 && dataType != OnnxElementType.UINT64) {
                for (int i = 0; i < values.length; i++) {
                    values[i] = dataType == OnnxElementType.UINT32 ? values[i] & 0xffff_ffffL : (int) values[i];
                }
            }
            return values;
        }
        int count = count();
        long[] values = new long[count];
        ByteBuffer data = ByteBuffer.wrap(raw.bytes(), raw.payloadStart(), raw.payloadLength()).slice()
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            values[i] = switch (dataType) {
                case OnnxElementType.UINT8, OnnxElementType.BOOL -> data.get(i) & 0xff;
                case OnnxElementType.INT8 -> data.get(i);
                case OnnxElementType.UINT16 -> data.getShort(i * 2) & 0xffff;
                case OnnxElementType.INT16 -> data.getShort(i * 2);
                case OnnxElementType.INT32 -> data.getInt(i * 4);
                case OnnxElementType.UINT32 -> data.getInt(i * 4) & 0xffff_ffffL;
                default -> data.getLong(i * 8);
            };
        }
        return values;
    }

    private float halfToFloat(int bits) {
        return dataType == OnnxElementType.BFLOAT16 ? Float.intBitsToFloat(bits << 16)
                : Float.float16ToFloat((short) bits);
    }

    private IllegalStateException notFloating() {
        return new IllegalStateException("tensor " + name + " holds " + OnnxElementType.nameOf(dataType)
                + " values, not floating-point ones");
    }
}

package org.confounderlab.engine.weights;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * An element type a weights file can store, named as safetensors names it, with its size and its conversion to
 * float32. Torch's storage types ({@code torch.FloatStorage}) and dtypes ({@code torch.float32}) map onto it.
 */
enum ElementType {

    F64(8), F32(4), F16(2), BF16(2), I64(8), I32(4), I16(2), I8(1), U8(1), BOOL(1);

    private static final Map<String, ElementType> TORCH_GLOBALS = Map.ofEntries(
            Map.entry("torch.DoubleStorage", F64), Map.entry("torch.FloatStorage", F32),
            Map.entry("torch.HalfStorage", F16), Map.entry("torch.BFloat16Storage", BF16),
            Map.entry("torch.LongStorage", I64), Map.entry("torch.IntStorage", I32),
            Map.entry("torch.ShortStorage", I16), Map.entry("torch.CharStorage", I8),
            Map.entry("torch.ByteStorage", U8), Map.entry("torch.BoolStorage", BOOL),
            Map.entry("torch.float64", F64), Map.entry("torch.double", F64),
            Map.entry("torch.float32", F32), Map.entry("torch.float", F32),
            Map.entry("torch.float16", F16), Map.entry("torch.half", F16),
            Map.entry("torch.bfloat16", BF16),
            Map.entry("torch.int64", I64), Map.entry("torch.long", I64),
            Map.entry("torch.int32", I32), Map.entry("torch.int", I32),
            Map.entry("torch.int16", I16), Map.entry("torch.short", I16),
            Map.entry("torch.int8", I8), Map.entry("torch.uint8", U8), Map.entry("torch.bool", BOOL));

    private final int size;

    ElementType(int size) {
        this.size = size;
    }

    /** Bytes per element. */
    int size() {
        return size;
    }

    /** The type of a safetensors {@code dtype} such as {@code "F32"}; null when not one of these. */
    static ElementType ofSafetensors(String dtype) {
        for (ElementType type : values()) {
            if (type.name().equals(dtype)) {
                return type;
            }
        }
        return null;
    }

    /** The type a torch storage type or dtype global such as {@code torch.FloatStorage} stands for; null if none. */
    static ElementType ofTorchGlobal(String qualifiedName) {
        return TORCH_GLOBALS.get(qualifiedName);
    }

    /** Element {@code index} of {@code data} (whose byte order is set) as float32. */
    float read(ByteBuffer data, int index) {
        int at = index * size;
        return switch (this) {
            case F64 -> (float) data.getDouble(at);
            case F32 -> data.getFloat(at);
            case F16 -> Float.float16ToFloat(data.getShort(at));
            case BF16 -> Float.intBitsToFloat((data.getShort(at) & 0xffff) << 16);
            case I64 -> data.getLong(at);
            case I32 -> data.getInt(at);
            case I16 -> data.getShort(at);
            case I8 -> data.get(at);
            case U8 -> data.get(at) & 0xff;
            case BOOL -> data.get(at) != 0 ? 1f : 0f;
        };
    }

    /** Elements {@code first .. first + into.length - 1} of {@code data} (whose byte order is set) as float32. */
    void readRun(ByteBuffer data, int first, float[] into) {
        if (this == F32) {
            data.slice(first * size, into.length * size).order(data.order()).asFloatBuffer().get(into);
            return;
        }
        for (int i = 0; i < into.length; i++) {
            into[i] = read(data, first + i);
        }
    }
}

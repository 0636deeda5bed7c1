package org.confounderlab.engine.onnx;

/**
 * The element types of ONNX tensors ({@code TensorProto.DataType}), as the numbers a file stores, with their names
 * and sizes.
 *
 * @see <a href="https://github.com/onnx/onnx/blob/main/onnx/onnx.proto">onnx.proto</a>
 */
public final class OnnxElementType {

    /** No element type given. */
    public static final int UNDEFINED = 0;

    /** 32-bit float. */
    public static final int FLOAT = 1;

    /** Unsigned 8-bit integer. */
    public static final int UINT8 = 2;

    /** Signed 8-bit integer. */
    public static final int INT8 = 3;

    /** Unsigned 16-bit integer. */
    public static final int UINT16 = 4;

    /** Signed 16-bit integer. */
    public static final int INT16 = 5;

    /** Signed 32-bit integer. */
    public static final int INT32 = 6;

    /** Signed 64-bit integer. */
    public static final int INT64 = 7;

    /** UTF-8 string. */
    public static final int STRING = 8;

    /** Boolean. */
    public static final int BOOL = 9;

    /** IEEE 754 half precision. */
    public static final int FLOAT16 = 10;

    /** 64-bit float. */
    public static final int DOUBLE = 11;

    /** Unsigned 32-bit integer. */
    public static final int UINT32 = 12;

    /** Unsigned 64-bit integer. */
    public static final int UINT64 = 13;

    /** bfloat16: the upper half of a float32. */
    public static final int BFLOAT16 = 16;

    private static final String[] NAMES = {"undefined", "float", "uint8", "int8", "uint16", "int16", "int32", "int64",
        "string", "bool", "float16", "double", "uint32", "uint64", "complex64", "complex128", "bfloat16",
        "float8e4m3fn", "float8e4m3fnuz", "float8e5m2", "float8e5m2fnuz", "uint4", "int4"};

    private static final int[] SIZES = {0, 4, 1, 1, 2, 2, 4, 8, 0, 1, 2, 8, 4, 8, 8, 16, 2, 1, 1, 1, 1, 0, 0};

    private OnnxElementType() {
    }

    /** The name ONNX gives {@code elementType}, as {@code "float"} for 1, or {@code "type 42"} for an unknown one. */
    public static String nameOf(int elementType) {
        return elementType >= 0 && elementType < NAMES.length ? NAMES[elementType] : "type " + elementType;
    }

    /** Bytes per element in raw data; 0 for strings, 4-bit types and unknown types. */
    static int sizeOf(int elementType) {
        return elementType >= 0 && elementType < SIZES.length ? SIZES[elementType] : 0;
    }

    /** Whether the type is one whose values this package reads as floats: float, float16, bfloat16 or double. */
    static boolean isReadAsFloat(int elementType) {
        return elementType == FLOAT || elementType == FLOAT16 || elementType == BFLOAT16 || elementType == DOUBLE;
    }

    /** Whether the type is one whose values this package reads as integers: the (u)int and bool types. */
    static boolean isReadAsInteger(int elementType) {
        return switch (elementType) {
            case UINT8, INT8, UINT16, INT16, INT32, INT64, BOOL, UINT32, UINT64 -> true;
            default -> false;
        };
    }
}

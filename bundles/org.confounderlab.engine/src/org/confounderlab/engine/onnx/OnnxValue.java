package org.confounderlab.engine.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A value of the graph: a graph input or output (or a value_info entry), with its element type and shape.
 *
 * @param name the value's name, as nodes refer to it
 * @param elementType the element type of a tensor value, one of {@link OnnxElementType}'s numbers ({@code 1} for
 *        float); {@link OnnxElementType#UNDEFINED} when the value is not a tensor or its type is not given
 * @param dims the size of each dimension, -1 for a symbolic or unknown one; empty when the shape is not given (or
 *        the value is a scalar)
 * @param dimNames for each dimension, its symbolic name ({@code dim_param}, as {@code "batch"}), or {@code ""} when
 *        it has a fixed size or none is given
 */
public record OnnxValue(String name, int elementType, long[] dims, List<String> dimNames) {

    public OnnxValue {
        Objects.requireNonNull(name, "name");
        dims = dims.clone();
        dimNames = List.copyOf(dimNames);
        if (dimNames.size() != dims.length) {
            throw new IllegalArgumentException("value " + name + ": " + dims.length + " dims but " + dimNames.size()
                    + " dimension names");
        }
    }

    /** The size of each dimension, -1 for a symbolic one (a copy). */
    @Override
    public long[] dims() {
        return dims.clone();
    }

    /** The number of dimensions; 0 when the shape is not given. */
    public int rank() {
        return dims.length;
    }

    /**
     * Name, element type and shape, a symbolic dimension by its name and an unknown one as {@code ?}, as
     * {@code "input float [batch, 3, 224, 224]"}.
     */
    public String describe() {
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < dims.length; i++) {
            sizes.add(dims[i] >= 0 ? Long.toString(dims[i]) : dimNames.get(i).isEmpty() ? "?" : dimNames.get(i));
        }
        return name + " " + OnnxElementType.nameOf(elementType) + " [" + String.join(", ", sizes) + "]";
    }

    /** Equal when name, element type, dims and dimension names are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OnnxValue that && name.equals(that.name) && elementType == that.elementType
                && Arrays.equals(dims, that.dims) && dimNames.equals(that.dimNames);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, elementType, Arrays.hashCode(dims), dimNames);
    }

    /** As {@link #describe()}. */
    @Override
    public String toString() {
        return describe();
    }
}

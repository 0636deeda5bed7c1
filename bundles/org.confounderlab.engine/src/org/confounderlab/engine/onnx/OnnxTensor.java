package org.confounderlab.engine.onnx;

import java.util.Arrays;
import java.util.Objects;

/**
 * A float tensor of the model: an initializer, or the value of a Constant node.
 *
 * @param name the initializer's name; for a Constant node's value, the name the file gives it (often empty)
 * @param dims the size of each dimension, outermost first; empty for a scalar
 * @param values the elements in row-major order; the array itself, not a copy
 */
public record OnnxTensor(String name, long[] dims, float[] values) {

    public OnnxTensor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        dims = dims.clone();
    }

    /** The size of each dimension (a copy). */
    @Override
    public long[] dims() {
        return dims.clone();
    }

    /** Equal when name, dims and every value are (values bit for bit, as {@link Arrays#equals}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof OnnxTensor that && name.equals(that.name) && Arrays.equals(dims, that.dims)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(dims), Arrays.hashCode(values));
    }

    /** Name and dims, as {@code fc.weight [2, 512]}; not the values. */
    @Override
    public String toString() {
        return name + " " + Arrays.toString(dims);
    }
}

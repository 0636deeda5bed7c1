package org.confounderlab.engine.weights;

import java.util.Arrays;
import java.util.Objects;

/**
 * One tensor of a state dict, as float32 in row-major (C) order.
 *
 * @param name the tensor's key in the state dict, e.g. {@code layer1.0.conv1.weight}
 * @param shape the sizes of its dimensions, outermost first; empty for a scalar (0-dim) tensor
 * @param storedType the element type in the file, as a safetensors dtype name whichever the format: {@code F32},
 *        {@code F16}, {@code BF16}, {@code F64}, {@code I64}, {@code I32}, {@code I16}, {@code I8}, {@code U8} or
 *        {@code BOOL}
 * @param values the {@link #count()} elements converted to float32 (rounded to nearest where float32 cannot hold
 *        them, as integers above 2^24 or doubles); the array itself, not a copy
 */
public record StateTensor(String name, long[] shape, String storedType, float[] values) {

    public StateTensor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(storedType, "storedType");
        Objects.requireNonNull(values, "values");
        shape = shape.clone();
        long count = countOf(shape);
        if (count != values.length) {
            throw new IllegalArgumentException(
                    "tensor " + name + ": shape " + Arrays.toString(shape) + " needs " + count + " values, not "
                            + values.length);
        }
    }

    /** The sizes of its dimensions (a copy). */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** The number of elements: the product of the shape, 1 for a scalar. */
    public long count() {
        return values.length;
    }

    /** The number of dimensions, 0 for a scalar. */
    public int rank() {
        return shape.length;
    }

    /** Equal when name, shape, stored type and every value are (values bit for bit, as {@link Arrays#equals}). */
    @Override
    public boolean equals(Object other) {
        return other instanceof StateTensor that && name.equals(that.name) && Arrays.equals(shape, that.shape)
                && storedType.equals(that.storedType) && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(shape), storedType, Arrays.hashCode(values));
    }

    /** Name, stored type and shape, e.g. {@code conv1.weight F32 [64, 3, 7, 7]}; not the values. */
    @Override
    public String toString() {
        return name + " " + storedType + " " + Arrays.toString(shape);
    }

    /** The product of {@code shape}, 1 for an empty shape; fails on a negative size or an overflow. */
    static long countOf(long[] shape) {
        long count = 1;
        for (long size : shape) {
            if (size < 0) {
                throw new IllegalArgumentException("negative size in shape " + Arrays.toString(shape));
            }
            count = Math.multiplyExact(count, size);
        }
        return count;
    }
}

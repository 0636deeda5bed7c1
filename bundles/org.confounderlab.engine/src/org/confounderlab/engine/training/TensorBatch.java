package org.confounderlab.engine.training;

import java.util.List;

/**
 * Images ready for a model: {@code count} tensors of {@code channels × size × size} floats, back to back in
 * channel-major order, with a 0/1 target per label (uncertain or missing labels count as 0).
 */
public record TensorBatch(float[] tensors, float[][] targets, int count, int channels, int size, List<String> labels) {

    public TensorBatch {
        if (tensors.length != (long) count * channels * size * size || targets.length != count) {
            throw new IllegalArgumentException("tensor data does not match " + count + " images of " + channels + "×"
                    + size + "×" + size);
        }
        labels = List.copyOf(labels);
    }

    /** Floats per image. */
    public int tensorLength() {
        return channels * size * size;
    }

    /** The targets of one label, as 0/1 flags. */
    public boolean[] positives(int label) {
        boolean[] positives = new boolean[count];
        for (int i = 0; i < count; i++) {
            positives[i] = targets[i][label] == 1f;
        }
        return positives;
    }
}

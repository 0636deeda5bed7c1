package org.confounderlab.engine.training;

import java.util.List;

/**
 * Images ready for a model: {@code count} tensors of {@code channels × size × size} floats, back to back in
 * channel-major order, with a 0/1 target per label (uncertain or missing labels count as 0). One mini-batch of a
 * stream, or a small set held in memory: as an {@link ImageSource} it hands out copies of its own images.
 */
public record TensorBatch(float[] tensors, float[][] targets, int count, int channels, int size, List<String> labels)
        implements ImageSource {

    public TensorBatch {
        if (tensors.length != (long) count * channels * size * size || targets.length != count) {
            throw new IllegalArgumentException("tensor data does not match " + count + " images of " + channels + "×"
                    + size + "×" + size);
        }
        labels = List.copyOf(labels);
    }

    @Override
    public int tensorLength() {
        return channels * size * size;
    }

    @Override
    public float[] target(int index) {
        return targets[index].clone();
    }

    @Override
    public float[][] targets() {
        return targets;
    }

    @Override
    public TensorBatch batch(int[] indices, int epoch) {
        int length = tensorLength();
        float[] picked = new float[indices.length * length];
        float[][] pickedTargets = new float[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(tensors, indices[k] * length, picked, k * length, length);
            pickedTargets[k] = targets[indices[k]].clone();
        }
        return new TensorBatch(picked, pickedTargets, indices.length, channels, size, labels);
    }

    /** The targets of one label, as 0/1 flags. */
    @Override
    public boolean[] positives(int label) {
        boolean[] positives = new boolean[count];
        for (int i = 0; i < count; i++) {
            positives[i] = targets[i][label] == 1f;
        }
        return positives;
    }
}

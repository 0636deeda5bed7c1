package org.confounderlab.engine.training;

import java.util.List;

/**
 * Model-ready images read by index, a batch at a time, so that no stage needs a whole data set in memory: the
 * training, validation and test splits, the teacher's images and every arm of a study are image sources. A
 * {@link TensorBatch} is the in-memory kind; {@code org.confounderlab.engine.input.StreamedImages} reads from the
 * files or the preprocessed cache.
 */
public interface ImageSource {

    /** The number of images. */
    int count();

    /** Channels per image. */
    int channels();

    /** Side of the square input. */
    int size();

    /** The label names, in target order. */
    List<String> labels();

    /** Image {@code index}'s 0/1 targets, one per label. */
    float[] target(int index);

    /**
     * Images {@code indices} (in that order, repeats allowed), as epoch {@code epoch} of training sees them: random
     * augmentation draws come from the source's seed, the epoch and the image, so the same call gives the same
     * batch. Epoch 0 is evaluation: no augmentation.
     *
     * @throws ImageReadException when an image cannot be read and the source's policy is to stop
     */
    TensorBatch batch(int[] indices, int epoch);

    /** Threads that should prepare this source's batches ahead of the consumer; 0 prepares them on the caller's. */
    default int readThreads() {
        return 0;
    }

    /** Batches prepared ahead of the consumer at most (with {@link #readThreads()} &gt; 0). */
    default int prefetchDepth() {
        return 2;
    }

    /** Floats per image. */
    default int tensorLength() {
        return channels() * size() * size();
    }

    /** The targets of one label, as 0/1 flags. */
    default boolean[] positives(int label) {
        boolean[] positives = new boolean[count()];
        for (int i = 0; i < positives.length; i++) {
            positives[i] = target(i)[label] == 1f;
        }
        return positives;
    }

    /** Every image's targets {@code [image][label]}. */
    default float[][] targets() {
        float[][] targets = new float[count()][];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = target(i);
        }
        return targets;
    }

    /** Images {@code from..to-1}, not augmented. */
    default TensorBatch range(int from, int to) {
        int[] indices = new int[to - from];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = from + i;
        }
        return batch(indices, 0);
    }
}

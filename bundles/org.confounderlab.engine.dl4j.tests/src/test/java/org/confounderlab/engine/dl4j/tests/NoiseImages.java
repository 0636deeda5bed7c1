package org.confounderlab.engine.dl4j.tests;

import java.util.List;
import java.util.Random;
import java.util.function.BiPredicate;

import org.confounderlab.engine.training.TensorBatch;

/** Gray uniform-noise images with chosen targets: enough to exercise shapes, gradients and the optimiser. */
final class NoiseImages {

    private NoiseImages() {
    }

    /**
     * {@code count} images of {@code size}×{@code size}, one target per label, positive where
     * {@code positive.test(image, label)}.
     */
    static TensorBatch of(int count, int size, List<String> labels, long seed,
            BiPredicate<Integer, Integer> positive) {
        Random random = new Random(seed);
        float[] tensors = new float[count * size * size];
        for (int i = 0; i < tensors.length; i++) {
            tensors[i] = random.nextFloat();
        }
        float[][] targets = new float[count][labels.size()];
        for (int i = 0; i < count; i++) {
            for (int l = 0; l < labels.size(); l++) {
                targets[i][l] = positive.test(i, l) ? 1f : 0f;
            }
        }
        return new TensorBatch(tensors, targets, count, 1, size, labels);
    }

    /** Both classes in every label column, alternating, so that each AUC is defined. */
    static TensorBatch alternating(int count, int size, List<String> labels, long seed) {
        return of(count, size, labels, seed, (i, l) -> (i + l) % 2 == 1);
    }
}

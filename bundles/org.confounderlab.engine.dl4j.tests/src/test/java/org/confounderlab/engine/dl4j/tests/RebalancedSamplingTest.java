package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.confounderlab.engine.dl4j.ClassifierTrainer;
import org.junit.jupiter.api.Test;

/** Re-balanced epochs draw each image as often as its weight says, reproducibly per seed and epoch. */
class RebalancedSamplingTest {

    @Test
    void imagesAreDrawnInProportionToTheirWeights() {
        double[] weights = {0.5, 0.5, 2, 2, 5, 0};
        int[] counts = new int[weights.length];
        int draws = 0;
        for (int epoch = 1; epoch <= 20_000; epoch++) {
            for (long index : ClassifierTrainer.weightedSample(weights, 3, epoch)) {
                counts[(int) index]++;
                draws++;
            }
        }
        double total = Arrays.stream(weights).sum();
        for (int i = 0; i < weights.length; i++) {
            assertEquals(weights[i] / total, (double) counts[i] / draws, 0.005, "image " + i);
        }
        assertEquals(0, counts[5], "a zero weight is never drawn");
    }

    @Test
    void anEpochsDrawDependsOnlyOnTheSeedAndTheEpoch() {
        double[] weights = {1, 2, 3, 4, 5, 6, 7, 8};
        assertArrayEquals(ClassifierTrainer.weightedSample(weights, 42, 3),
                ClassifierTrainer.weightedSample(weights, 42, 3));
        assertFalse(Arrays.equals(ClassifierTrainer.weightedSample(weights, 42, 3),
                ClassifierTrainer.weightedSample(weights, 42, 4)));
        assertEquals(weights.length, ClassifierTrainer.weightedSample(weights, 42, 3).length);
    }

    @Test
    void negativeOrInfiniteWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ClassifierTrainer.weightedSample(new double[] {1, -1}, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ClassifierTrainer.weightedSample(new double[] {1, Double.POSITIVE_INFINITY}, 1, 1));
    }
}

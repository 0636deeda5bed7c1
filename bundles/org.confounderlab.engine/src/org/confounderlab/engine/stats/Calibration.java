package org.confounderlab.engine.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Calibration of predicted probabilities against 0/1 outcomes: a reliability diagram of K equal-width bins on
 * [0, 1] and the Brier score, the mean squared difference between probability and outcome.
 *
 * @param bins the K bins, from [0, 1/K) up
 * @param brierScore the Brier score
 */
public record Calibration(List<ReliabilityBin> bins, double brierScore) {

    /** Compacts {@code bins} into an unmodifiable list. */
    public Calibration {
        bins = List.copyOf(bins);
    }

    /** Bins {@code probabilities} (each in [0, 1]) with their 0/1 {@code labels} into {@code binCount} bins. */
    public static Calibration of(double[] probabilities, int[] labels, int binCount) {
        CaseControlScores.checkLabels(probabilities.length, labels);
        if (binCount < 1) {
            throw new IllegalArgumentException("need at least one bin, got " + binCount);
        }
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("no predictions to calibrate");
        }
        int[] counts = new int[binCount];
        double[] predictedSums = new double[binCount];
        int[] positives = new int[binCount];
        double squaredError = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double p = probabilities[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("probability " + i + " is " + p + ", not in [0, 1]");
            }
            // p = 1 belongs to the last bin, not to a bin K
            int bin = Math.min((int) (p * binCount), binCount - 1);
            counts[bin]++;
            predictedSums[bin] += p;
            positives[bin] += labels[i];
            squaredError += (p - labels[i]) * (p - labels[i]);
        }
        List<ReliabilityBin> bins = new ArrayList<>(binCount);
        for (int k = 0; k < binCount; k++) {
            bins.add(new ReliabilityBin((double) k / binCount, (double) (k + 1) / binCount, counts[k],
                    counts[k] == 0 ? Double.NaN : predictedSums[k] / counts[k],
                    counts[k] == 0 ? Double.NaN : (double) positives[k] / counts[k]));
        }
        return new Calibration(bins, squaredError / probabilities.length);
    }
}

package org.confounderlab.engine.diagnostics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.stats.StratifiedBootstrapAuc;

/**
 * The equal-opportunity gap: the largest minus the smallest true positive rate over the subgroups, at a fixed
 * threshold (a score ≥ threshold is called positive), with a percentile bootstrap interval that re-samples each
 * subgroup's positives with replacement (only positives enter a true positive rate, so the subgroups' sizes stay).
 *
 * @param gap   max − min of the subgroups' true positive rates; NaN with fewer than two subgroups with positives
 * @param lower the interval's lower bound (NaN without resamples)
 * @param upper its upper bound
 */
public record TprGap(double gap, double lower, double upper) {

    /**
     * The gap of {@code scores} with labels {@code positives} over the subgroups {@code groups} (null: left out),
     * and its interval at {@code confidenceLevel} from {@code resamples} resamples drawn from {@code seed}.
     */
    public static TprGap of(double[] scores, boolean[] positives, String[] groups, double threshold, int resamples,
            long seed, double confidenceLevel) {
        if (scores.length != positives.length || scores.length != groups.length) {
            throw new IllegalArgumentException(scores.length + " scores, " + positives.length + " labels and "
                    + groups.length + " groups; they must match");
        }
        Map<String, List<Double>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            if (positives[i] && groups[i] != null && !groups[i].isBlank()) {
                byGroup.computeIfAbsent(groups[i], g -> new ArrayList<>()).add(scores[i]);
            }
        }
        List<double[]> positiveScores = byGroup.values().stream()
                .map(list -> list.stream().mapToDouble(Double::doubleValue).toArray()).toList();
        if (positiveScores.size() < 2) {
            return new TprGap(Double.NaN, Double.NaN, Double.NaN);
        }
        double gap = gap(positiveScores, threshold, null);
        if (resamples <= 0) {
            return new TprGap(gap, Double.NaN, Double.NaN);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] gaps = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            gaps[r] = gap(positiveScores, threshold, random);
        }
        java.util.Arrays.sort(gaps);
        double tail = (1 - confidenceLevel) / 2;
        return new TprGap(gap, StratifiedBootstrapAuc.quantile(gaps, tail),
                StratifiedBootstrapAuc.quantile(gaps, 1 - tail));
    }

    /** max − min true positive rate; with {@code random}, of one resample of every subgroup's positives. */
    private static double gap(List<double[]> positiveScores, double threshold, SplittableRandom random) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] group : positiveScores) {
            int hits = 0;
            for (int k = 0; k < group.length; k++) {
                double score = random == null ? group[k] : group[random.nextInt(group.length)];
                hits += score >= threshold ? 1 : 0;
            }
            double rate = (double) hits / group.length;
            min = Math.min(min, rate);
            max = Math.max(max, rate);
        }
        return max - min;
    }
}

package org.confounderlab.engine.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile confidence interval of the AUC by stratified bootstrap, like pROC's
 * {@code ci.auc(method = "bootstrap", boot.stratified = TRUE)}: each resample draws m cases from the cases and n
 * controls from the controls with replacement, so every resample has both classes. Quantiles are R's type 7.
 *
 * @param auc the AUC of the original sample
 * @param lower the lower percentile bound
 * @param upper the upper percentile bound
 * @param confidenceLevel the interval's level
 * @param resamples the number of bootstrap resamples
 * @param seed the seed of the {@link SplittableRandom}
 */
public record StratifiedBootstrapAuc(double auc, double lower, double upper, double confidenceLevel, int resamples,
        long seed) {

    /** The default number of resamples, pROC's {@code boot.n}. */
    public static final int DEFAULT_RESAMPLES = 2000;

    /** The bootstrap interval of {@code scores} with {@code resamples} resamples drawn from {@code seed}. */
    public static StratifiedBootstrapAuc of(CaseControlScores scores, double confidenceLevel, int resamples,
            long seed) {
        DeLongAuc.checkLevel(confidenceLevel);
        if (resamples < 1) {
            throw new IllegalArgumentException("need at least one resample, got " + resamples);
        }
        int m = scores.caseCount();
        int n = scores.controlCount();
        if (m == 0 || n == 0) {
            throw new IllegalArgumentException("a bootstrap AUC needs cases and controls, got " + m + " and " + n);
        }
        // map every score to its index among the distinct pooled scores once, so a resample needs no sorting
        double[] distinct = distinct(scores);
        int[] caseLevel = levels(scores.cases(), distinct);
        int[] controlLevel = levels(scores.controls(), distinct);
        SplittableRandom random = new SplittableRandom(seed);
        int[] caseCounts = new int[distinct.length];
        int[] controlCounts = new int[distinct.length];
        double[] aucs = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            Arrays.fill(caseCounts, 0);
            Arrays.fill(controlCounts, 0);
            for (int i = 0; i < m; i++) {
                caseCounts[caseLevel[random.nextInt(m)]]++;
            }
            for (int j = 0; j < n; j++) {
                controlCounts[controlLevel[random.nextInt(n)]]++;
            }
            aucs[r] = auc(caseCounts, controlCounts, m, n);
        }
        Arrays.sort(aucs);
        double alpha = 1 - confidenceLevel;
        return new StratifiedBootstrapAuc(DeLongPlacements.of(scores).auc(), quantile(aucs, alpha / 2),
                quantile(aucs, 1 - alpha / 2), confidenceLevel, resamples, seed);
    }

    /** The 95 % interval with {@value #DEFAULT_RESAMPLES} resamples. */
    public static StratifiedBootstrapAuc of(CaseControlScores scores, long seed) {
        return of(scores, 0.95, DEFAULT_RESAMPLES, seed);
    }

    /** Σ over levels of cases × (controls below + ½ controls tied), over m n. */
    private static double auc(int[] caseCounts, int[] controlCounts, int m, int n) {
        double wins = 0;
        long controlsBelow = 0;
        for (int k = 0; k < caseCounts.length; k++) {
            wins += caseCounts[k] * (controlsBelow + 0.5 * controlCounts[k]);
            controlsBelow += controlCounts[k];
        }
        return wins / ((double) m * n);
    }

    private static double[] distinct(CaseControlScores scores) {
        double[] pooled = new double[scores.caseCount() + scores.controlCount()];
        System.arraycopy(scores.cases(), 0, pooled, 0, scores.caseCount());
        System.arraycopy(scores.controls(), 0, pooled, scores.caseCount(), scores.controlCount());
        double[] sorted = MidRanks.sortedCopy(pooled);
        int size = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[size - 1]) {
                sorted[size++] = sorted[k];
            }
        }
        return Arrays.copyOf(sorted, size);
    }

    private static int[] levels(double[] values, double[] distinct) {
        int[] levels = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            levels[i] = MidRanks.countBelow(distinct, values[i] + 0.0);
        }
        return levels;
    }

    /** R's default (type 7) quantile of the ascending {@code sorted}. */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int low = (int) Math.floor(h);
        int high = Math.min(low + 1, sorted.length - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }
}

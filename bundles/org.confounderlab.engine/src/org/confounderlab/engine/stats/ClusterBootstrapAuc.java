package org.confounderlab.engine.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile confidence interval of the AUC by a cluster (patient-level) bootstrap: each resample draws as many
 * clusters as there are, with replacement, and takes all images of every cluster drawn, so images of one patient
 * stay together and the interval widens by as much as they are alike. A resample with no case or no control is drawn
 * again (counted in {@code redrawn}). Quantiles are R's type 7, as in {@link StratifiedBootstrapAuc}.
 *
 * @param auc the AUC of the original sample
 * @param lower the lower percentile bound
 * @param upper the upper percentile bound
 * @param confidenceLevel the interval's level
 * @param resamples the number of bootstrap resamples kept
 * @param clusters the number of clusters resampled
 * @param redrawn the resamples drawn again because they lacked a class
 * @param seed the seed of the {@link SplittableRandom}
 */
public record ClusterBootstrapAuc(double auc, double lower, double upper, double confidenceLevel, int resamples,
        int clusters, int redrawn, long seed) {

    /** The bootstrap interval of {@code scores} for {@code labels}, resampling {@code clusters}. */
    public static ClusterBootstrapAuc of(double[] scores, int[] labels, Clusters clusters, double confidenceLevel,
            int resamples, long seed) {
        DeLongAuc.checkLevel(confidenceLevel);
        CaseControlScores.checkLabels(scores.length, labels);
        if (clusters.size() != scores.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + clusters.size() + " clustered");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("need at least one resample, got " + resamples);
        }
        CaseControlScores split = CaseControlScores.of(scores, labels);
        if (split.caseCount() == 0 || split.controlCount() == 0) {
            throw new IllegalArgumentException("a bootstrap AUC needs cases and controls, got " + split.caseCount()
                    + " and " + split.controlCount());
        }
        // every image as its level among the distinct scores, grouped by cluster: a resample needs no sorting
        double[] distinct = MidRanks.sortedCopy(scores);
        int size = 0;
        for (int k = 0; k < distinct.length; k++) {
            if (k == 0 || distinct[k] != distinct[size - 1]) {
                distinct[size++] = distinct[k];
            }
        }
        distinct = Arrays.copyOf(distinct, size);
        int count = clusters.count();
        int[] start = new int[count + 1];
        for (int cluster : clusters.of()) {
            start[cluster + 1]++;
        }
        for (int c = 0; c < count; c++) {
            start[c + 1] += start[c];
        }
        int[] level = new int[scores.length];
        boolean[] isCase = new boolean[scores.length];
        int[] fill = Arrays.copyOf(start, count);
        for (int i = 0; i < scores.length; i++) {
            int at = fill[clusters.of()[i]]++;
            level[at] = MidRanks.countBelow(distinct, scores[i] + 0.0);
            isCase[at] = labels[i] == 1;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] caseCounts = new int[size];
        int[] controlCounts = new int[size];
        double[] aucs = new double[resamples];
        int redrawn = 0;
        for (int r = 0; r < resamples;) {
            Arrays.fill(caseCounts, 0);
            Arrays.fill(controlCounts, 0);
            long m = 0;
            long n = 0;
            for (int draw = 0; draw < count; draw++) {
                int c = random.nextInt(count);
                for (int at = start[c]; at < start[c + 1]; at++) {
                    if (isCase[at]) {
                        caseCounts[level[at]]++;
                        m++;
                    } else {
                        controlCounts[level[at]]++;
                        n++;
                    }
                }
            }
            if (m == 0 || n == 0) {
                redrawn++;
                if (redrawn > 100 * resamples) {
                    throw new IllegalArgumentException("cluster bootstrap: almost no resample holds both classes");
                }
                continue;
            }
            double wins = 0;
            long controlsBelow = 0;
            for (int k = 0; k < size; k++) {
                wins += caseCounts[k] * (controlsBelow + 0.5 * controlCounts[k]);
                controlsBelow += controlCounts[k];
            }
            aucs[r++] = wins / ((double) m * n);
        }
        Arrays.sort(aucs);
        double alpha = 1 - confidenceLevel;
        return new ClusterBootstrapAuc(DeLongPlacements.of(split).auc(), StratifiedBootstrapAuc.quantile(aucs,
                alpha / 2), StratifiedBootstrapAuc.quantile(aucs, 1 - alpha / 2), confidenceLevel, resamples, count,
                redrawn, seed);
    }
}

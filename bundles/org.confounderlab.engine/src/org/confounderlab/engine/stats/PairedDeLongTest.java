package org.confounderlab.engine.stats;

import java.util.concurrent.CompletableFuture;

/**
 * DeLong's test for two correlated AUCs (two score sets on the same cases), as pROC 1.18's
 * {@code roc.test(roc1, roc2, method = "delong", paired = TRUE)}: z = (θ₁ − θ₂) / √(L S Lᵀ) with L = (1, −1) and S
 * the DeLong covariance matrix, a two-sided normal p-value, and the unclipped normal CI of θ₁ − θ₂.
 *
 * @param first the first AUC with its DeLong interval
 * @param second the second AUC with its DeLong interval
 * @param covariance DeLong's covariance of the two AUCs
 * @param z the statistic (pROC's "Z"); 0 when both AUCs and their variances are equal
 * @param pValue the two-sided p-value 2 Φ(−|z|)
 * @param lower the lower bound of the CI of the difference (first − second)
 * @param upper the upper bound of the CI of the difference
 * @param confidenceLevel the level of all intervals
 */
public record PairedDeLongTest(DeLongAuc first, DeLongAuc second, double covariance, double z, double pValue,
        double lower, double upper, double confidenceLevel) {

    /** Cases from which the two placements are computed on two threads (below, a thread costs more than it saves). */
    static final int PARALLEL_FROM = 20_000;

    /** Tests {@code first} against {@code second}, scored on the same cases with 0/1 {@code labels}. */
    public static PairedDeLongTest of(double[] first, double[] second, int[] labels, double confidenceLevel) {
        if (first.length != second.length) {
            throw new IllegalArgumentException(first.length + " first scores but " + second.length + " second scores");
        }
        DeLongAuc.checkLevel(confidenceLevel);
        CaseControlScores a = CaseControlScores.of(first, labels);
        CaseControlScores b = CaseControlScores.of(second, labels);
        DeLongPlacements pa;
        DeLongPlacements pb;
        if (first.length >= PARALLEL_FROM) {
            // the two score sets are independent: their placements are computed side by side
            CompletableFuture<DeLongPlacements> later = CompletableFuture.supplyAsync(() -> DeLongPlacements.of(b));
            pa = DeLongPlacements.of(a);
            pb = later.join();
        } else {
            pa = DeLongPlacements.of(a);
            pb = DeLongPlacements.of(b);
        }
        double varianceA = pa.variance();
        double varianceB = pb.variance();
        double covariance = pa.covariance(pb);
        double difference = pa.auc() - pb.auc();
        double sigma = Math.sqrt(varianceA + varianceB - 2 * covariance);
        double z = difference / sigma;
        if (Double.isNaN(z) && pa.auc() == pb.auc()) {
            // identical curves: 0/0, which pROC also reports as z = 0
            z = 0;
        }
        double crit = NormalDistribution.quantile(1 - (1 - confidenceLevel) / 2);
        return new PairedDeLongTest(interval(pa, varianceA, crit, confidenceLevel),
                interval(pb, varianceB, crit, confidenceLevel), covariance, z, NormalDistribution.twoSidedP(z),
                difference - crit * sigma, difference + crit * sigma, confidenceLevel);
    }

    /** Tests at the 95 % level. */
    public static PairedDeLongTest of(double[] first, double[] second, int[] labels) {
        return of(first, second, labels, 0.95);
    }

    /** θ₁ − θ₂. */
    public double difference() {
        return first.auc() - second.auc();
    }

    private static DeLongAuc interval(DeLongPlacements placements, double variance, double crit, double level) {
        double auc = placements.auc();
        double half = crit * Math.sqrt(variance);
        return new DeLongAuc(auc, variance, Math.max(0, auc - half), Math.min(1, auc + half), level);
    }
}

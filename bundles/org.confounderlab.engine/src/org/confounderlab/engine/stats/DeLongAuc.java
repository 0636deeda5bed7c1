package org.confounderlab.engine.stats;

/**
 * One AUC with DeLong's variance and its normal confidence interval clipped to [0, 1], as pROC's
 * {@code ci.auc(roc, method = "delong")} and {@code var(roc)}.
 *
 * @param auc the AUC (direction "&lt;": higher score = case)
 * @param variance DeLong's variance of the AUC
 * @param lower the lower confidence bound, at least 0
 * @param upper the upper confidence bound, at most 1
 * @param confidenceLevel the interval's level, e.g. 0.95
 */
public record DeLongAuc(double auc, double variance, double lower, double upper, double confidenceLevel) {

    /** The AUC of {@code scores} with its DeLong interval at {@code confidenceLevel}. */
    public static DeLongAuc of(CaseControlScores scores, double confidenceLevel) {
        checkLevel(confidenceLevel);
        DeLongPlacements placements = DeLongPlacements.of(scores);
        double auc = placements.auc();
        double variance = placements.variance();
        double half = NormalDistribution.quantile(1 - (1 - confidenceLevel) / 2) * Math.sqrt(variance);
        return new DeLongAuc(auc, variance, Math.max(0, auc - half), Math.min(1, auc + half), confidenceLevel);
    }

    /** The AUC of {@code scores} for 0/1 {@code labels} with its 95 % DeLong interval. */
    public static DeLongAuc of(double[] scores, int[] labels) {
        return of(CaseControlScores.of(scores, labels), 0.95);
    }

    static void checkLevel(double confidenceLevel) {
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level " + confidenceLevel + " is not in (0, 1)");
        }
    }
}

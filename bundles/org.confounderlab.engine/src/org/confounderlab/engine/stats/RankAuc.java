package org.confounderlab.engine.stats;

/**
 * The area under the ROC curve by the Mann–Whitney U statistic: AUC = (R₊ − n₊(n₊+1)/2) / (n₊ n₋), with tied
 * scores given their mid-rank, so a tie between a positive and a negative counts one half.
 */
public final class RankAuc {

    private RankAuc() {
    }

    /** The AUC of {@code scores} for the binary {@code positive} flags; NaN when either class is empty. */
    public static double auc(double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
        }
        double[] ranks = MidRanks.of(scores);
        double positiveRankSum = 0;
        long positives = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i]) {
                positiveRankSum += ranks[i];
                positives++;
            }
        }
        long negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** The AUC of {@code cases} (label 1) against {@code controls} (label 0), direction "&lt;"; NaN when one is empty. */
    public static double auc(CaseControlScores scores) {
        return DeLongPlacements.of(scores).auc();
    }
}

package org.confounderlab.engine.diagnostics;

import java.util.Locale;

/**
 * How well frozen features predict a binary attribute under cross-validation: the AUC of the pooled out-of-fold
 * probabilities with its DeLong confidence interval, as {@link FeatureProbe} computes it. An AUC near 0.5 means
 * the features carry little linearly decodable information about the attribute; near 1, that they encode it.
 *
 * @param auc the AUC of the pooled out-of-fold probabilities
 * @param ciLower the lower DeLong confidence bound, at least 0
 * @param ciUpper the upper DeLong confidence bound, at most 1
 * @param folds the number of cross-validation folds
 * @param n the number of cases
 * @param positives the number of cases whose attribute is true
 * @param outOfFoldProbabilities every case's probability from the model fitted without its fold (kept, not copied)
 */
public record ProbeResult(double auc, double ciLower, double ciUpper, int folds, int n, int positives,
        double[] outOfFoldProbabilities) {

    /** One line, e.g. {@code AUC 0.748 (0.709–0.787), 5-fold, n = 600, 281 positive}. */
    public String summary() {
        return String.format(Locale.ROOT, "AUC %.3f (%.3f\u2013%.3f), %d-fold, n = %d, %d positive", auc, ciLower,
                ciUpper, folds, n, positives);
    }
}

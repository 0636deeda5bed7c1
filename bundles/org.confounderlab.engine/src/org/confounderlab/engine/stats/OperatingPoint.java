package org.confounderlab.engine.stats;

/**
 * A decision threshold chosen on validation data by Youden's J = sensitivity + specificity − 1 (maximal J; among
 * ties the higher threshold, the more conservative call), with the sensitivity and specificity it gives on test
 * data. A score ≥ threshold is called a case.
 *
 * @param threshold the chosen threshold
 * @param youdenJ J on the validation data
 * @param validationSensitivity sensitivity on the validation data
 * @param validationSpecificity specificity on the validation data
 * @param testSensitivity sensitivity on the test data at the same threshold
 * @param testSpecificity specificity on the test data at the same threshold
 */
public record OperatingPoint(double threshold, double youdenJ, double validationSensitivity,
        double validationSpecificity, double testSensitivity, double testSpecificity) {

    /** Chooses the threshold on {@code validation} and applies it to {@code test}. */
    public static OperatingPoint choose(CaseControlScores validation, CaseControlScores test) {
        double threshold = youdenThreshold(validation);
        double sensitivity = sensitivity(validation, threshold);
        double specificity = specificity(validation, threshold);
        return new OperatingPoint(threshold, sensitivity + specificity - 1, sensitivity, specificity,
                sensitivity(test, threshold), specificity(test, threshold));
    }

    /** The Youden-optimal threshold among the distinct scores of {@code validation}; ties → the higher one. */
    public static double youdenThreshold(CaseControlScores validation) {
        double best = Double.NEGATIVE_INFINITY;
        double threshold = Double.NaN;
        // the curve runs from the highest threshold down, so only a strictly better J moves the choice
        for (RocPoint point : RocCurve.of(validation).points()) {
            double j = point.tpr() - point.fpr();
            if (j > best && !Double.isInfinite(point.threshold())) {
                best = j;
                threshold = point.threshold();
            }
        }
        return threshold;
    }

    /** The share of cases scored ≥ {@code threshold}; NaN without cases. */
    public static double sensitivity(CaseControlScores scores, double threshold) {
        return share(scores.cases(), threshold, true);
    }

    /** The share of controls scored &lt; {@code threshold}; NaN without controls. */
    public static double specificity(CaseControlScores scores, double threshold) {
        return share(scores.controls(), threshold, false);
    }

    private static double share(double[] values, double threshold, boolean atOrAbove) {
        long count = 0;
        for (double value : values) {
            if ((value >= threshold) == atOrAbove) {
                count++;
            }
        }
        return values.length == 0 ? Double.NaN : (double) count / values.length;
    }
}

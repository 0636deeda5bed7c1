package org.confounderlab.engine.stats;

/**
 * Scores split by binary label: {@code cases} (label 1) and {@code controls} (label 0). As in pROC with
 * {@code direction = "<"}, a higher score means "more likely a case".
 */
public record CaseControlScores(double[] cases, double[] controls) {

    /** Checks that no score is NaN; the arrays are kept, not copied. */
    public CaseControlScores {
        checkNotNaN(cases, "case");
        checkNotNaN(controls, "control");
    }

    /** Splits {@code scores} by {@code labels} (each 0 or 1); throws on mismatched lengths, other labels or NaN. */
    public static CaseControlScores of(double[] scores, int[] labels) {
        checkLabels(scores.length, labels);
        int caseCount = 0;
        for (int label : labels) {
            caseCount += label;
        }
        double[] cases = new double[caseCount];
        double[] controls = new double[labels.length - caseCount];
        int c = 0;
        int k = 0;
        for (int i = 0; i < labels.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
            if (labels[i] == 1) {
                cases[c++] = scores[i];
            } else {
                controls[k++] = scores[i];
            }
        }
        return new CaseControlScores(cases, controls);
    }

    /** Throws unless {@code labels} has {@code n} entries, each 0 or 1. */
    static void checkLabels(int n, int[] labels) {
        if (labels.length != n) {
            throw new IllegalArgumentException(n + " scores but " + labels.length + " labels");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("label " + i + " is " + labels[i] + ", not 0 or 1");
            }
        }
    }

    private static void checkNotNaN(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(what + " score " + i + " is NaN");
            }
        }
    }

    /** The number of cases. */
    public int caseCount() {
        return cases.length;
    }

    /** The number of controls. */
    public int controlCount() {
        return controls.length;
    }
}

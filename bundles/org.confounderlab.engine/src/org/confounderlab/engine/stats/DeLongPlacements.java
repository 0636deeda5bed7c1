package org.confounderlab.engine.stats;

/**
 * DeLong's structural components (placement values) of one AUC, as in the mid-rank algorithm of Sun &amp; Xu (2014),
 * computed from one radix-sorted order of the pooled scores: for case i, V10ᵢ = (T_Z(xᵢ) − T_X(xᵢ)) / n, for control j, V01ⱼ = 1 − (T_Z(yⱼ) − T_Y(yⱼ)) / m, where
 * T_Z, T_X, T_Y are mid-ranks in the pooled, case and control samples, m cases, n controls. V10ᵢ is the share of
 * controls that case i outranks (ties one half); the mean of either vector is the AUC (θ).
 */
public record DeLongPlacements(double[] caseComponents, double[] controlComponents, double auc) {

    /**
     * The placements of {@code scores}; the AUC is NaN when either class is empty. One ascending order of the pooled
     * scores ({@link ScoreOrder}, O(n)), then one sweep over its tie groups: a case's V10 is (controls below + half
     * the controls tied with it) / n, a control's V01 is (cases above + half the cases tied with it) / m, which equals
     * the mid-rank formula above.
     */
    public static DeLongPlacements of(CaseControlScores scores) {
        double[] cases = scores.cases();
        double[] controls = scores.controls();
        int m = cases.length;
        int n = controls.length;
        if (m == 0 || n == 0) {
            return new DeLongPlacements(new double[m], new double[n], Double.NaN);
        }
        double[] pooled = new double[m + n];
        System.arraycopy(cases, 0, pooled, 0, m);
        System.arraycopy(controls, 0, pooled, m, n);
        ScoreOrder.Sorted sorted = ScoreOrder.sorted(pooled);
        int[] order = sorted.order(); // index < m: case index; otherwise control m + j
        long[] keys = sorted.keys(); // equal keys, equal scores: the tie groups, read in order
        double[] v10 = new double[m];
        double[] v01 = new double[n];
        double caseSum = 0;
        long casesBelow = 0;
        long controlsBelow = 0;
        for (int start = 0; start < order.length;) {
            long key = keys[start];
            int end = start;
            long tiedCases = 0;
            while (end < order.length && keys[end] == key) {
                if (order[end] < m) {
                    tiedCases++;
                }
                end++;
            }
            long tiedControls = (end - start) - tiedCases;
            double casePlacement = (controlsBelow + tiedControls / 2.0) / n;
            double controlPlacement = ((m - casesBelow - tiedCases) + tiedCases / 2.0) / m;
            for (int k = start; k < end; k++) {
                int index = order[k];
                if (index < m) {
                    v10[index] = casePlacement;
                    caseSum += casePlacement;
                } else {
                    v01[index - m] = controlPlacement;
                }
            }
            casesBelow += tiedCases;
            controlsBelow += tiedControls;
            start = end;
        }
        return new DeLongPlacements(v10, v01, caseSum / m);
    }

    /** Σ (aᵢ − θa)(bᵢ − θb) / (len − 1): the sample covariance of two placement vectors around their AUCs. */
    static double covariance(double[] a, double thetaA, double[] b, double thetaB) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - thetaA) * (b[i] - thetaB);
        }
        return sum / (a.length - 1);
    }

    /** DeLong's variance of the AUC, S10/m + S01/n, as pROC's {@code var(roc)}; NaN with fewer than 2 of a class. */
    public double variance() {
        return covariance(this, this);
    }

    /** DeLong's covariance of this AUC with that of {@code other}, computed on the same cases and controls. */
    public double covariance(DeLongPlacements other) {
        return covariance(this, other);
    }

    private static double covariance(DeLongPlacements a, DeLongPlacements b) {
        int m = a.caseComponents.length;
        int n = a.controlComponents.length;
        if (b.caseComponents.length != m || b.controlComponents.length != n) {
            throw new IllegalArgumentException("paired placements need the same cases and controls");
        }
        if (m < 2 || n < 2) {
            return Double.NaN;
        }
        double s10 = covariance(a.caseComponents, a.auc, b.caseComponents, b.auc);
        double s01 = covariance(a.controlComponents, a.auc, b.controlComponents, b.auc);
        return s10 / m + s01 / n;
    }
}

package org.confounderlab.engine.stats;

/**
 * DeLong's structural components (placement values) of one AUC, by the O(n log n) mid-rank algorithm of Sun &amp;
 * Xu (2014): for case i, V10ᵢ = (T_Z(xᵢ) − T_X(xᵢ)) / n, for control j, V01ⱼ = 1 − (T_Z(yⱼ) − T_Y(yⱼ)) / m, where
 * T_Z, T_X, T_Y are mid-ranks in the pooled, case and control samples, m cases, n controls. V10ᵢ is the share of
 * controls that case i outranks (ties one half); the mean of either vector is the AUC (θ).
 */
public record DeLongPlacements(double[] caseComponents, double[] controlComponents, double auc) {

    /** The placements of {@code scores}; the AUC is NaN when either class is empty. */
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
        double[] pooledSorted = MidRanks.sortedCopy(pooled);
        double[] casesSorted = MidRanks.sortedCopy(cases);
        double[] controlsSorted = MidRanks.sortedCopy(controls);
        double[] v10 = new double[m];
        double caseSum = 0;
        for (int i = 0; i < m; i++) {
            double x = cases[i] + 0.0;
            v10[i] = (MidRanks.midRank(pooledSorted, x) - MidRanks.midRank(casesSorted, x)) / n;
            caseSum += v10[i];
        }
        double[] v01 = new double[n];
        for (int j = 0; j < n; j++) {
            double y = controls[j] + 0.0;
            v01[j] = 1 - (MidRanks.midRank(pooledSorted, y) - MidRanks.midRank(controlsSorted, y)) / m;
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

package org.confounderlab.engine.stats;

/** Spearman's rank correlation: Pearson's correlation of the mid-ranks (ties share their mean rank). */
public final class SpearmanCorrelation {

    private SpearmanCorrelation() {
    }

    /** ρ of the paired values; NaN when either side is constant. */
    public static double of(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " values against " + b.length);
        }
        return pearson(MidRanks.of(a), MidRanks.of(b));
    }

    /** Pearson's correlation; NaN when either side is constant. */
    public static double pearson(double[] a, double[] b) {
        int n = a.length;
        double meanA = 0;
        double meanB = 0;
        for (int i = 0; i < n; i++) {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= n;
        meanB /= n;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            double da = a[i] - meanA;
            double db = b[i] - meanB;
            ab += da * db;
            aa += da * da;
            bb += db * db;
        }
        return aa == 0 || bb == 0 ? Double.NaN : ab / Math.sqrt(aa * bb);
    }
}

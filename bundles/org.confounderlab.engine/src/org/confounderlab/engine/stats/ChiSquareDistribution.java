package org.confounderlab.engine.stats;

/** The chi-square distribution: CDF and survival function via the regularised incomplete gamma functions. */
public final class ChiSquareDistribution {

    private ChiSquareDistribution() {
    }

    /** P(X ≤ x) for X ~ χ²(df), df &gt; 0. */
    public static double cdf(double x, double df) {
        checkDf(df);
        return x <= 0 ? 0 : GammaFunctions.regularizedGammaP(df / 2, x / 2);
    }

    /** P(X &gt; x) for X ~ χ²(df), df &gt; 0: the p-value of a chi-square statistic x. */
    public static double survival(double x, double df) {
        checkDf(df);
        return x <= 0 ? 1 : GammaFunctions.regularizedGammaQ(df / 2, x / 2);
    }

    private static void checkDf(double df) {
        if (!(df > 0)) {
            throw new IllegalArgumentException("chi-square degrees of freedom must be positive, got " + df);
        }
    }
}

package org.confounderlab.engine.stats;

/**
 * A Pearson chi-square test of independence (no continuity correction).
 *
 * @param statistic        the chi-square statistic, NaN when the table has fewer than two non-empty rows or columns
 * @param degreesOfFreedom (rows − 1)(columns − 1) of the non-empty rows and columns, 0 when undefined
 * @param pValue           upper-tail probability, NaN when undefined
 */
public record ChiSquareTest(double statistic, int degreesOfFreedom, double pValue) {

    /** The test of a table on which independence cannot be tested (a constant attribute or label). */
    public static ChiSquareTest undefined() {
        return new ChiSquareTest(Double.NaN, 0, Double.NaN);
    }

    /** Whether the statistic is defined. */
    public boolean isDefined() {
        return degreesOfFreedom > 0;
    }
}

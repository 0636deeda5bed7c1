package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.confounderlab.engine.stats.NormalDistribution;
import org.junit.jupiter.api.Test;

class NormalDistributionTest {

    @Test
    void knownValues() {
        assertEquals(0.5, NormalDistribution.cdf(0), 1e-16);
        assertEquals(0.975, NormalDistribution.cdf(1.959963984540054), 1e-15);
        // erfc(1) and erfc(3) from tables (Abramowitz & Stegun), erfc(2) at the series / fraction switch
        assertEquals(0.157299207050285130, NormalDistribution.erfc(1), 1e-15);
        assertEquals(4.6777349810472658e-3, NormalDistribution.erfc(2), 1e-17);
        assertEquals(2.2090496998585441e-5, NormalDistribution.erfc(3), 1e-20);
        assertEquals(2 - 0.157299207050285130, NormalDistribution.erfc(-1), 1e-15);
    }

    @Test
    void continuousAcrossTheSwitchToTheContinuedFraction() {
        double below = NormalDistribution.erfc(Math.nextDown(2.0));
        double above = NormalDistribution.erfc(2.0);
        assertEquals(1, below / above, 1e-13);
    }

    @Test
    void upperTailStaysRelativelyAccurate() {
        // Q(10) = 7.619853024160527e-24 (R: pnorm(-10))
        assertEquals(1, NormalDistribution.upperTail(10) / 7.619853024160527e-24, 1e-13);
        assertEquals(0, NormalDistribution.upperTail(40));
    }

    @Test
    void quantileInvertsTheCdf() {
        for (double p : new double[] {1e-300, 1e-20, 0.001, 0.02425, 0.3, 0.5, 0.7, 0.97575, 0.999}) {
            assertEquals(1, NormalDistribution.cdf(NormalDistribution.quantile(p)) / p, 1e-12, "p = " + p);
        }
        assertEquals(Double.NEGATIVE_INFINITY, NormalDistribution.quantile(0));
        assertThrows(IllegalArgumentException.class, () -> NormalDistribution.quantile(1.5));
    }
}

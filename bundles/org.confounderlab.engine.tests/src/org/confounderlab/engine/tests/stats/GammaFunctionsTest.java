package org.confounderlab.engine.tests.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.confounderlab.engine.stats.ChiSquareDistribution;
import org.confounderlab.engine.stats.GammaFunctions;
import org.junit.jupiter.api.Test;

class GammaFunctionsTest {

    @Test
    void logGammaMatchesFactorialsAndHalfIntegers() {
        double factorial = 1;
        for (int n = 1; n <= 20; n++) {
            assertEquals(Math.log(factorial), GammaFunctions.logGamma(n), 1e-13 * Math.max(1, Math.log(factorial)));
            factorial *= n;
        }
        assertEquals(0.5 * Math.log(Math.PI), GammaFunctions.logGamma(0.5), 1e-14);
        assertEquals(Math.log(0.75 * Math.sqrt(Math.PI)), GammaFunctions.logGamma(2.5), 1e-14);
        // ln Γ(1000.5) by Stirling with three correction terms is far more accurate than the tolerance
        double x = 1000.5;
        double stirling = (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x)
                - 1 / (360 * x * x * x);
        assertEquals(stirling, GammaFunctions.logGamma(x), 1e-10);
    }

    @Test
    void lowerAndUpperSumToOne() {
        double[][] points = {{0.5, 0.1}, {1, 1}, {3, 2}, {3, 5}, {50, 45}, {50, 60}, {500, 499}, {2.5, 100}};
        for (double[] p : points) {
            double sum = GammaFunctions.regularizedGammaP(p[0], p[1]) + GammaFunctions.regularizedGammaQ(p[0], p[1]);
            assertEquals(1, sum, 1e-14, "a=" + p[0] + " x=" + p[1]);
        }
    }

    @Test
    void shapeOneIsTheExponentialDistribution() {
        for (double x : new double[] {0.01, 0.5, 1, 1.99, 2, 7.5, 40, 300}) {
            assertEquals(Math.exp(-x), GammaFunctions.regularizedGammaQ(1, x), 1e-13 * Math.exp(-x), "x=" + x);
        }
    }

    @Test
    void chiSquareSurvivalWithTwoDegreesOfFreedomIsExponential() {
        for (double x : new double[] {0.1, 1, 3, 10, 100, 1000}) {
            double expected = Math.exp(-x / 2);
            assertEquals(expected, ChiSquareDistribution.survival(x, 2), 1e-13 * expected);
            assertEquals(1 - expected, ChiSquareDistribution.cdf(x, 2), 1e-13);
        }
    }

    @Test
    void chiSquareSurvivalAgreesWithScipy() {
        int checked = 0;
        for (Object item : MiniJson.array(ReferenceData.get().get("chi2_survival"))) {
            Map<String, Object> point = MiniJson.object(item);
            double x = MiniJson.number(point.get("x"));
            double df = MiniJson.number(point.get("df"));
            double expected = MiniJson.number(point.get("sf"));
            double actual = ChiSquareDistribution.survival(x, df);
            assertEquals(expected, actual, 1e-8 * expected, "chi2.sf(" + x + ", " + df + ")");
            checked++;
        }
        assertTrue(checked >= 15, "reference points read: " + checked);
    }

    @Test
    void edgesAndBadArguments() {
        assertEquals(1, ChiSquareDistribution.survival(0, 3));
        assertEquals(1, ChiSquareDistribution.survival(-1, 3));
        assertEquals(0, ChiSquareDistribution.survival(Double.POSITIVE_INFINITY, 3));
        assertEquals(0, ChiSquareDistribution.cdf(0, 3));
        assertThrows(IllegalArgumentException.class, () -> ChiSquareDistribution.survival(1, 0));
        assertThrows(IllegalArgumentException.class, () -> GammaFunctions.logGamma(0));
        assertThrows(IllegalArgumentException.class, () -> GammaFunctions.regularizedGammaQ(1, -1));
        assertThrows(IllegalArgumentException.class, () -> GammaFunctions.regularizedGammaP(Double.NaN, 1));
    }
}

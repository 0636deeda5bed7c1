package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.stats.Calibration;
import org.confounderlab.engine.stats.ReliabilityBin;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void binsAndBrierScoreByHand() {
        double[] p = {0.1, 0.2, 0.6, 0.8, 1.0, 0.55};
        int[] y = {0, 1, 1, 1, 1, 0};
        Calibration calibration = Calibration.of(p, y, 2);
        ReliabilityBin low = calibration.bins().get(0);
        ReliabilityBin high = calibration.bins().get(1);
        assertEquals(new ReliabilityBin(0, 0.5, 2, 0.15000000000000002, 0.5), low);
        assertEquals(0.5, high.lower());
        assertEquals(1, high.upper());
        assertEquals(4, high.count(), "p = 1 falls in the last bin");
        assertEquals((0.6 + 0.8 + 1.0 + 0.55) / 4, high.meanPredicted(), 1e-15);
        assertEquals(0.75, high.observedFrequency());
        // (0.01 + 0.64 + 0.16 + 0.04 + 0 + 0.3025) / 6 = 1.1525 / 6
        assertEquals(1.1525 / 6, calibration.brierScore(), 1e-15);
    }

    @Test
    void emptyBinsAreNaN() {
        Calibration calibration = Calibration.of(new double[] {0.05, 0.95}, new int[] {0, 1}, 10);
        assertEquals(10, calibration.bins().size());
        assertEquals(0, calibration.bins().get(5).count());
        assertTrue(Double.isNaN(calibration.bins().get(5).meanPredicted()));
        assertEquals(0.3, calibration.bins().get(3).lower(), 1e-15);
        assertEquals(0.0025, calibration.brierScore(), 1e-15);
    }

    @Test
    void rejectsProbabilitiesOutsideTheUnitInterval() {
        assertThrows(IllegalArgumentException.class, () -> Calibration.of(new double[] {1.2}, new int[] {1}, 4));
        assertThrows(IllegalArgumentException.class, () -> Calibration.of(new double[] {0.5}, new int[] {3}, 4));
        assertThrows(IllegalArgumentException.class, () -> Calibration.of(new double[] {0.5}, new int[] {1}, 0));
    }
}

package org.confounderlab.engine.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.confounderlab.engine.training.EarlyStopping;
import org.confounderlab.engine.training.EpochSummary;
import org.junit.jupiter.api.Test;

/** Early stopping on the mean validation AUC, also when rebuilt from a resumed run's epochs. */
class EarlyStoppingTest {

    private static EpochSummary epoch(int index, double... aucs) {
        return new EpochSummary(index, 0.5, 0.5, aucs, 1);
    }

    @Test
    void stopsAfterPatienceEpochsWithoutABetterMean() {
        EarlyStopping stopping = new EarlyStopping(2);
        assertTrue(stopping.record(epoch(1, 0.70, 0.60)));
        assertTrue(stopping.record(epoch(2, 0.80, 0.60)));
        assertFalse(stopping.record(epoch(3, 0.60, 0.80))); // same mean 0.70 is no improvement
        assertFalse(stopping.shouldStop());
        assertFalse(stopping.record(epoch(4, 0.50, 0.50)));
        assertTrue(stopping.shouldStop());
        assertEquals(2, stopping.bestEpoch());
        assertEquals(0.70, stopping.bestAuc(), 1e-12);
    }

    @Test
    void anImprovementResetsTheCount() {
        EarlyStopping stopping = EarlyStopping.after(2, List.of(epoch(1, 0.6), epoch(2, 0.5)));
        assertFalse(stopping.shouldStop());
        assertTrue(stopping.record(epoch(3, 0.65)));
        assertFalse(stopping.record(epoch(4, 0.64)));
        assertFalse(stopping.shouldStop());
        assertEquals(3, stopping.bestEpoch());
    }

    @Test
    void undefinedAucsAreLeftOutOfTheMean() {
        assertEquals(0.8, EarlyStopping.meanAuc(new double[] {Double.NaN, 0.8}), 1e-12);
        assertTrue(Double.isNaN(EarlyStopping.meanAuc(new double[] {Double.NaN})));
        EarlyStopping stopping = new EarlyStopping(1);
        assertTrue(stopping.record(epoch(1, Double.NaN)));
        assertTrue(stopping.record(epoch(2, 0.55)), "any defined AUC beats an undefined one");
    }

    @Test
    void patienceZeroNeverStops() {
        EarlyStopping stopping = new EarlyStopping(0);
        stopping.record(epoch(1, 0.9));
        for (int i = 2; i < 50; i++) {
            stopping.record(epoch(i, 0.1));
        }
        assertFalse(stopping.shouldStop());
        assertFalse(stopping.enabled());
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(-1));
    }
}

package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.diagnostics.TprGap;
import org.junit.jupiter.api.Test;

/** The equal-opportunity gap across subgroups and its bootstrap interval. */
class TprGapTest {

    @Test
    void theGapIsTheLargestMinusTheSmallestTruePositiveRate() {
        // Group a: positives 0.9, 0.8, 0.2, 0.1 → TPR 0.5 at 0.5; group b: 0.7, 0.6, 0.55, 0.3 → 0.75; c: no positive.
        double[] scores = {0.9, 0.8, 0.2, 0.1, 0.7, 0.6, 0.55, 0.3, 0.95, 0.4, 0.7, 0.2};
        boolean[] positives = {true, true, true, true, true, true, true, true, false, false, false, false};
        String[] groups = {"a", "a", "a", "a", "b", "b", "b", "b", "c", "a", "b", null};
        TprGap gap = TprGap.of(scores, positives, groups, 0.5, 0, 1, 0.95);
        assertEquals(0.25, gap.gap(), 1e-12);
        assertTrue(Double.isNaN(gap.lower()) && Double.isNaN(gap.upper()), "no resamples, no interval");

        TprGap interval = TprGap.of(scores, positives, groups, 0.5, 2000, 3, 0.9);
        assertEquals(0.25, interval.gap(), 1e-12);
        assertTrue(interval.lower() >= 0 && interval.lower() <= interval.upper() && interval.upper() <= 1,
                interval.toString());
        // With four positives per group the rates move in steps of 0.25: the interval is wide and holds 0.25.
        assertTrue(interval.lower() <= 0.25 && interval.upper() >= 0.5, interval.toString());
        assertEquals(interval, TprGap.of(scores, positives, groups, 0.5, 2000, 3, 0.9), "seeded");
    }

    @Test
    void equalRatesGiveNoGapAndOneGroupGivesNone() {
        double[] scores = {0.9, 0.1, 0.8, 0.2};
        boolean[] positives = {true, true, true, true};
        assertEquals(0, TprGap.of(scores, positives, new String[] {"a", "a", "b", "b"}, 0.5, 0, 1, 0.95).gap());
        assertTrue(Double.isNaN(TprGap.of(scores, positives, new String[] {"a", "a", "a", "a"}, 0.5, 100, 1, 0.95)
                .gap()));
    }
}

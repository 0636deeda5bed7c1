package org.confounderlab.engine.tests.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.stats.RankAuc;
import org.junit.jupiter.api.Test;

class RankAucTest {

    @Test
    void perfectAndReversedRankings() {
        boolean[] positive = {false, false, true, true};
        assertEquals(1, RankAuc.auc(new double[] {1, 2, 3, 4}, positive));
        assertEquals(0, RankAuc.auc(new double[] {4, 3, 2, 1}, positive));
    }

    @Test
    void tiesCountOneHalf() {
        assertEquals(0.5, RankAuc.auc(new double[] {7, 7, 7, 7}, new boolean[] {true, false, true, false}));
        // pairs (pos, neg): (2 vs 1) win, (2 vs 2) tie, (3 vs 1) win, (3 vs 2) win → 3.5 / 4
        assertEquals(0.875, RankAuc.auc(new double[] {1, 2, 2, 3}, new boolean[] {false, false, true, true}));
    }

    @Test
    void matchesPairCountingOnRandomData() {
        java.util.Random random = new java.util.Random(5);
        double[] scores = new double[300];
        boolean[] positive = new boolean[300];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextInt(12);
            positive[i] = random.nextDouble() < 0.2 + scores[i] / 30;
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.length; i++) {
            for (int j = 0; j < scores.length; j++) {
                if (positive[i] && !positive[j]) {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }
        assertEquals(wins / pairs, RankAuc.auc(scores, positive), 1e-12);
    }

    @Test
    void oneClassIsUndefined() {
        assertTrue(Double.isNaN(RankAuc.auc(new double[] {1, 2}, new boolean[] {true, true})));
        assertTrue(Double.isNaN(RankAuc.auc(new double[0], new boolean[0])));
        assertThrows(IllegalArgumentException.class, () -> RankAuc.auc(new double[] {1}, new boolean[2]));
        assertThrows(IllegalArgumentException.class,
                () -> RankAuc.auc(new double[] {Double.NaN, 1}, new boolean[] {true, false}));
    }
}

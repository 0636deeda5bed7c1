package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.confounderlab.engine.stats.CaseControlScores;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.DeLongPlacements;
import org.confounderlab.engine.stats.MidRanks;
import org.confounderlab.engine.stats.PairedDeLongTest;
import org.confounderlab.engine.stats.RankAuc;
import org.junit.jupiter.api.Test;

class DeLongAucTest {

    @Test
    void midRanksShareTies() {
        assertArrayEquals(new double[] {2.5, 1, 2.5, 4}, MidRanks.of(new double[] {5, 1, 5, 9}));
        assertArrayEquals(new double[] {1.5, 1.5}, MidRanks.of(new double[] {-0.0, 0.0}));
    }

    @Test
    void perfectSeparationHasAucOneAndZeroVariance() {
        DeLongAuc auc = DeLongAuc.of(new double[] {0.1, 0.2, 0.3, 0.8, 0.9}, new int[] {0, 0, 0, 1, 1});
        assertEquals(1, auc.auc());
        assertEquals(0, auc.variance());
        assertEquals(1, auc.lower());
        assertEquals(1, auc.upper());
    }

    @Test
    void reversedScoresGiveZero() {
        DeLongAuc auc = DeLongAuc.of(new double[] {0.9, 0.8, 0.3, 0.2, 0.1}, new int[] {0, 0, 0, 1, 1});
        assertEquals(0, auc.auc());
        assertEquals(0, auc.lower());
    }

    @Test
    void allTiesGiveOneHalf() {
        DeLongAuc auc = DeLongAuc.of(new double[] {3, 3, 3, 3, 3, 3}, new int[] {0, 1, 0, 1, 0, 1});
        assertEquals(0.5, auc.auc());
        assertEquals(0, auc.variance());
    }

    @Test
    void handWorkedPlacements() {
        // cases 2, 3 against controls 1, 2: case 2 beats 1, ties 2 → 0.75; case 3 beats both → 1
        CaseControlScores scores = new CaseControlScores(new double[] {2, 3}, new double[] {1, 2});
        DeLongPlacements placements = DeLongPlacements.of(scores);
        assertArrayEquals(new double[] {0.75, 1}, placements.caseComponents());
        // control 1 is beaten by both cases → 1; control 2 ties one case, is beaten by one → 0.75
        assertArrayEquals(new double[] {1, 0.75}, placements.controlComponents());
        assertEquals(0.875, placements.auc());
        // S10 = S01 = ((−0.125)² + 0.125²) / 1 = 0.03125; var = 0.03125/2 + 0.03125/2
        assertEquals(0.03125, placements.variance(), 1e-15);
    }

    @Test
    void placementsMatchPairCounting() {
        SplittableRandom random = new SplittableRandom(11);
        double[] scores = new double[400];
        int[] labels = new int[400];
        for (int i = 0; i < scores.length; i++) {
            labels[i] = random.nextDouble() < 0.3 ? 1 : 0;
            scores[i] = random.nextInt(25) + labels[i] * random.nextInt(8);
        }
        CaseControlScores split = CaseControlScores.of(scores, labels);
        DeLongPlacements placements = DeLongPlacements.of(split);
        double[] cases = split.cases();
        double[] controls = split.controls();
        for (int i = 0; i < cases.length; i++) {
            double wins = 0;
            for (double control : controls) {
                wins += psi(cases[i], control);
            }
            assertEquals(wins / controls.length, placements.caseComponents()[i], 1e-12);
        }
        for (int j = 0; j < controls.length; j++) {
            double wins = 0;
            for (double c : cases) {
                wins += psi(c, controls[j]);
            }
            assertEquals(wins / cases.length, placements.controlComponents()[j], 1e-12);
        }
        boolean[] positive = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            positive[i] = labels[i] == 1;
        }
        assertEquals(RankAuc.auc(scores, positive), placements.auc(), 1e-12);
    }

    @Test
    void invariantToInputOrder() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 1000;
        double[] a = new double[n];
        double[] b = new double[n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = random.nextInt(4) == 0 ? 1 : 0;
            a[i] = random.nextInt(50) + 10 * labels[i];
            b[i] = a[i] / 2 + random.nextInt(30);
        }
        PairedDeLongTest original = PairedDeLongTest.of(a, b, labels);
        // reverse, then shuffle (Fisher–Yates) all three columns together
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = n - 1 - i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] a2 = new double[n];
        double[] b2 = new double[n];
        int[] labels2 = new int[n];
        for (int i = 0; i < n; i++) {
            a2[i] = a[order[i]];
            b2[i] = b[order[i]];
            labels2[i] = labels[order[i]];
        }
        PairedDeLongTest shuffled = PairedDeLongTest.of(a2, b2, labels2);
        assertEquals(original.first().auc(), shuffled.first().auc(), 1e-14);
        assertEquals(original.second().variance(), shuffled.second().variance(), 1e-15);
        assertEquals(original.covariance(), shuffled.covariance(), 1e-15);
        assertEquals(original.z(), shuffled.z(), 1e-10);
        assertEquals(original.pValue(), shuffled.pValue(), 1e-12);
    }

    @Test
    void identicalScoresGiveZeroStatistic() {
        double[] a = {0.1, 0.4, 0.35, 0.8, 0.2, 0.9};
        int[] labels = {0, 0, 1, 1, 0, 1};
        PairedDeLongTest test = PairedDeLongTest.of(a, a.clone(), labels);
        assertEquals(0, test.z());
        assertEquals(1, test.pValue());
        assertEquals(0, test.difference());
    }

    @Test
    void swappingTheScoresFlipsTheSign() {
        double[] a = {0.1, 0.4, 0.35, 0.8, 0.2, 0.9, 0.5, 0.45};
        double[] b = {0.3, 0.2, 0.6, 0.7, 0.1, 0.4, 0.55, 0.5};
        int[] labels = {0, 0, 1, 1, 0, 1, 1, 0};
        PairedDeLongTest ab = PairedDeLongTest.of(a, b, labels);
        PairedDeLongTest ba = PairedDeLongTest.of(b, a, labels);
        assertEquals(-ab.z(), ba.z(), 1e-12);
        assertEquals(ab.pValue(), ba.pValue(), 1e-12);
        assertEquals(-ab.upper(), ba.lower(), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> DeLongAuc.of(new double[] {1, 2}, new int[] {0, 2}));
        assertThrows(IllegalArgumentException.class, () -> DeLongAuc.of(new double[] {1, 2}, new int[] {0}));
        assertThrows(IllegalArgumentException.class,
                () -> DeLongAuc.of(new double[] {Double.NaN, 2}, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> PairedDeLongTest.of(new double[] {1, 2}, new double[] {1}, new int[] {0, 1}));
        assertTrue(Double.isNaN(DeLongAuc.of(new double[] {1, 2, 3}, new int[] {0, 0, 1}).variance()),
                "one case: no variance, as pROC");
    }

    private static double psi(double caseScore, double controlScore) {
        return caseScore > controlScore ? 1 : caseScore == controlScore ? 0.5 : 0;
    }

    private static void assertArrayEquals(double[] expected, double[] actual) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-15);
    }
}

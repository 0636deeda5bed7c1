package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.diagnostics.FeatureProbe;
import org.confounderlab.engine.diagnostics.ProbeResult;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link FeatureProbe} against scikit-learn (StandardScaler + LogisticRegression per fold) on the same folds. */
class FeatureProbeTest {

    private static final double TOLERANCE = 1e-6;

    @TestFactory
    List<DynamicTest> agreesWithScikitLearnOnTheSameFolds() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> reference : ProbeReference.cases("probe")) {
            tests.add(DynamicTest.dynamicTest((String) reference.get("name"), () -> check(reference)));
        }
        assertEquals(5, tests.size());
        return tests;
    }

    private static void check(Map<String, Object> reference) {
        String name = (String) reference.get("name");
        String dataset = (String) reference.get("dataset");
        boolean[] target = ProbeReference.labels(dataset);
        ProbeResult result = FeatureProbe.probe(ProbeReference.features(dataset), target,
                ProbeReference.ints(reference.get("fold_of_case")), MiniJson.number(reference.get("alpha")),
                MiniJson.number(reference.get("c")));
        assertEquals((int) MiniJson.number(reference.get("folds")), result.folds(), name);
        assertEquals(target.length, result.n(), name);
        assertEquals((int) MiniJson.number(reference.get("positives")), result.positives(), name);
        double[] expected = ProbeReference.doubles(reference.get("out_of_fold"));
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], result.outOfFoldProbabilities()[i], TOLERANCE, name + " case " + i);
        }
        assertEquals(MiniJson.number(reference.get("auc")), result.auc(), TOLERANCE, name + " AUC");
        assertEquals(MiniJson.number(reference.get("ci_lower")), result.ciLower(), TOLERANCE, name + " lower");
        assertEquals(MiniJson.number(reference.get("ci_upper")), result.ciUpper(), TOLERANCE, name + " upper");
    }

    @Test
    void realisticProbeFindsTheSignal() {
        ProbeResult result = FeatureProbe.probe(ProbeReference.features("realistic"),
                ProbeReference.labels("realistic"), 5, 42, 0.05);
        // sklearn's AUC on its own folds is 0.748; other folds move it a little
        assertEquals(0.748, result.auc(), 0.03);
        assertTrue(result.ciLower() < result.auc() && result.auc() < result.ciUpper());
        assertEquals(600, result.n());
        assertEquals(281, result.positives());
        assertTrue(result.summary().startsWith("AUC 0.7"), result.summary());
        assertTrue(result.summary().endsWith(", 5-fold, n = 600, 281 positive"), result.summary());
    }

    @Test
    void sameSeedSameResultOtherSeedOtherFolds() {
        double[][] x = ProbeReference.features("imbalanced");
        boolean[] y = ProbeReference.labels("imbalanced");
        ProbeResult first = FeatureProbe.probe(x, y, 5, 7, 0.05);
        ProbeResult second = FeatureProbe.probe(x, y, 5, 7, 0.05);
        assertArrayEquals(first.outOfFoldProbabilities(), second.outOfFoldProbabilities());
        assertEquals(first.auc(), second.auc());
        assertArrayEquals(FeatureProbe.stratifiedFolds(y, 5, 7), FeatureProbe.stratifiedFolds(y, 5, 7));
        assertFalse(Arrays.equals(FeatureProbe.stratifiedFolds(y, 5, 7), FeatureProbe.stratifiedFolds(y, 5, 8)));
    }

    @Test
    void foldsAreStratifiedAndBalanced() {
        boolean[] y = ProbeReference.labels("imbalanced"); // 24 positives, 376 negatives
        int[] folds = FeatureProbe.stratifiedFolds(y, 5, 3);
        int[] size = new int[5];
        int[] positives = new int[5];
        for (int i = 0; i < y.length; i++) {
            size[folds[i]]++;
            positives[folds[i]] += y[i] ? 1 : 0;
        }
        for (int k = 0; k < 5; k++) {
            assertEquals(80, size[k], "fold " + k);
            assertTrue(positives[k] == 4 || positives[k] == 5, "fold " + k + ": " + positives[k] + " positives");
        }
        assertEquals(24, Arrays.stream(positives).sum());
    }

    @Test
    void noSignalGivesAnAucNearOneHalfOnAverage() {
        // one data set's AUC strays by chance (sd ≈ 0.03 here); the mean of eight may not
        double sum = 0;
        for (long seed = 1; seed <= 8; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            double[][] x = new double[400][16];
            boolean[] y = new boolean[400];
            for (int i = 0; i < x.length; i++) {
                y[i] = random.nextBoolean();
                for (int j = 0; j < 16; j++) {
                    x[i][j] = random.nextGaussian();
                }
            }
            ProbeResult result = FeatureProbe.probe(x, y, 5, 1, 0.05);
            assertTrue(result.ciUpper() - result.ciLower() > 0.08, result.summary());
            sum += result.auc();
        }
        assertEquals(0.5, sum / 8, 0.03);
    }

    @Test
    void tooFewCasesOfAClassIsAClearError() {
        double[][] x = new double[20][2];
        boolean[] y = new boolean[20];
        y[0] = y[1] = y[2] = true;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FeatureProbe.probe(x, y, 5, 1, 0.05));
        assertEquals("5-fold stratified cross-validation needs at least 5 cases of each class, got 3 positive and 17"
                + " negative", e.getMessage());
        assertEquals("cross-validation needs at least 2 folds, got 1", assertThrows(IllegalArgumentException.class,
                () -> FeatureProbe.stratifiedFolds(y, 1, 1)).getMessage());
    }

    @Test
    void rejectsBadFoldsAndAlpha() {
        double[][] x = {{0}, {1}, {2}, {3}, {4}, {5}};
        boolean[] y = {false, true, false, true, false, true};
        assertEquals("fold 1 of 0..2 has no cases", assertThrows(IllegalArgumentException.class,
                () -> FeatureProbe.probe(x, y, new int[] {0, 0, 2, 2, 0, 2}, 0.05)).getMessage());
        assertEquals("the training set without fold 0 has 0 positive and 2 negative cases; it needs both",
                assertThrows(IllegalArgumentException.class,
                        () -> FeatureProbe.probe(x, y, new int[] {1, 0, 1, 0, 0, 0}, 0.05)).getMessage());
        assertEquals("5 fold ids but 6 targets", assertThrows(IllegalArgumentException.class,
                () -> FeatureProbe.probe(x, y, new int[5], 0.05)).getMessage());
        assertEquals("alpha 1.5 is not in (0, 1)", assertThrows(IllegalArgumentException.class,
                () -> FeatureProbe.probe(x, y, new int[] {0, 0, 0, 1, 1, 1}, 1.5)).getMessage());
    }
}

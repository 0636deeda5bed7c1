package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.diagnostics.LogisticRegression;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@link LogisticRegression} against scikit-learn and its optimality conditions. */
class LogisticRegressionTest {

    private static final double COEFFICIENT = 1e-4;
    private static final double PROBABILITY = 1e-6;

    @TestFactory
    List<DynamicTest> agreesWithScikitLearn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> reference : ProbeReference.cases("logistic")) {
            tests.add(DynamicTest.dynamicTest((String) reference.get("name"), () -> check(reference)));
        }
        assertEquals(8, tests.size());
        return tests;
    }

    private static void check(Map<String, Object> reference) {
        String name = (String) reference.get("name");
        double[][] x = ProbeReference.features((String) reference.get("dataset"));
        LogisticRegression model = LogisticRegression.fit(x, ProbeReference.labels((String) reference.get("dataset")),
                MiniJson.number(reference.get("c")));
        assertEquals(MiniJson.number(reference.get("intercept")), model.intercept(), COEFFICIENT, name + " b");
        double[] weights = ProbeReference.doubles(reference.get("weights"));
        assertEquals(weights.length, model.featureCount());
        double[] fitted = model.weights();
        for (int j = 0; j < weights.length; j++) {
            assertEquals(weights[j], fitted[j], COEFFICIENT, name + " w" + j);
        }
        double[] probabilities = ProbeReference.doubles(reference.get("probabilities"));
        double[] predicted = model.probabilities(x);
        for (int i = 0; i < probabilities.length; i++) {
            assertEquals(probabilities[i], predicted[i], PROBABILITY, name + " p" + i);
        }
        assertTrue(model.steps() < 50, name + " Newton steps: " + model.steps());
    }

    @Test
    void constantFeatureGetsNoWeight() {
        LogisticRegression model = LogisticRegression.fit(ProbeReference.features("constant_feature"),
                ProbeReference.labels("constant_feature"), 1.0);
        // ∂/∂w₂ = w₂ + 3 ∂/∂b, and both partials vanish at the optimum
        assertEquals(0, model.weights()[2], 1e-9);
        assertTrue(Math.abs(model.weights()[0]) > 0.3, "the informative feature keeps its weight");
    }

    @Test
    void separableDataGetFiniteWeightsThatGrowWithC() {
        double[][] x = {{-2}, {-1}, {1}, {2}};
        boolean[] y = {false, false, true, true};
        LogisticRegression weak = LogisticRegression.fit(x, y, 1);
        LogisticRegression strong = LogisticRegression.fit(x, y, 100);
        // scikit-learn (newton-cg, tol 1e-10): 1.0065943147848284 and 3.9452991775064077
        assertEquals(1.0065943147848284, weak.weights()[0], 1e-9);
        assertEquals(3.9452991775064077, strong.weights()[0], 1e-9);
        // symmetric data: the intercept is 0 and p(−x) = 1 − p(x)
        assertEquals(0, strong.intercept(), 1e-12);
        assertEquals(1, strong.probability(new double[] {1}) + strong.probability(new double[] {-1}), 1e-12);
        assertEquals(1 / (1 + Math.exp(-3.9452991775064077)), strong.probability(new double[] {1}), 1e-9);
    }

    @Test
    void wideLargeProblemMeetsTheOptimalityConditions() {
        // more features than cases, at a size where the Newton system is 401 × 401
        SplittableRandom random = new SplittableRandom(5);
        int n = 300;
        int d = 400;
        double[][] x = new double[n][d];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            y[i] = random.nextBoolean();
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian() + (j < 10 && y[i] ? 0.5 : 0);
            }
        }
        double c = 0.5;
        LogisticRegression model = LogisticRegression.fit(x, y, c);
        double[] p = model.probabilities(x);
        double[] w = model.weights();
        // ∇ = w + C Xᵀ(p − y) = 0 and Σ (p − y) = 0
        double interceptGradient = 0;
        for (int i = 0; i < n; i++) {
            interceptGradient += p[i] - (y[i] ? 1 : 0);
        }
        assertEquals(0, interceptGradient, 1e-9);
        for (int j = 0; j < d; j++) {
            double g = w[j];
            for (int i = 0; i < n; i++) {
                g += c * (p[i] - (y[i] ? 1 : 0)) * x[i][j];
            }
            assertEquals(0, g, 1e-9, "gradient " + j);
        }
    }

    @Test
    void sameDataSameModel() {
        double[][] x = ProbeReference.features("realistic");
        boolean[] y = ProbeReference.labels("realistic");
        LogisticRegression first = LogisticRegression.fit(x, y, 1);
        LogisticRegression second = LogisticRegression.fit(x, y, 1);
        assertEquals(first.intercept(), second.intercept());
        assertEquals(java.util.Arrays.toString(first.weights()), java.util.Arrays.toString(second.weights()));
        assertEquals(1.0, first.c());
    }

    @Test
    void rejectsBadInput() {
        double[][] x = {{0}, {1}, {2}};
        assertEquals("logistic regression needs both classes, got 0 positives among 3 cases",
                assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(x, new boolean[3], 1)).getMessage());
        assertEquals("3 feature rows but 2 labels", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(x, new boolean[] {true, false}, 1)).getMessage());
        assertEquals("C must be positive and finite, got 0.0", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(x, new boolean[] {true, false, true}, 0)).getMessage());
        assertEquals("row 1 has 2 features, row 0 has 1", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(new double[][] {{0}, {1, 2}}, new boolean[] {true, false}, 1))
                .getMessage());
        assertEquals("feature 0 of row 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.fit(new double[][] {{0}, {Double.NaN}}, new boolean[] {true, false}, 1))
                .getMessage());
        LogisticRegression model = LogisticRegression.fit(x, new boolean[] {false, true, true}, 1);
        assertEquals("row has 2 features, the model 1", assertThrows(IllegalArgumentException.class,
                () -> model.probability(new double[] {1, 2})).getMessage());
    }
}

package org.confounderlab.engine.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.confounderlab.engine.diagnostics.LogisticRegression;
import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.training.DeepFeatureReweighting;
import org.junit.jupiter.api.Test;

/**
 * Deep feature reweighting on features with a planted shortcut: feature 0 carries the finding weakly in every group,
 * feature 1 is the group (a scanner's brightness), which goes with the label in 90 % of the images. A read-out fitted
 * to all images leans on feature 1 and ranks the minority cells (group A negatives, group B positives) badly; the
 * group-balanced read-out leans on feature 0 and ranks every group. With equal cells the fit is one logistic
 * regression on the standardised features, mapped back to raw ones exactly.
 */
class DeepFeatureReweightingTest {

    private record Data(double[][] features, int[][] labels, String[] groups) {
    }

    private static Data data(int n, double agreement, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] features = new double[n][3];
        int[][] labels = new int[1][n];
        String[] groups = new String[n];
        for (int i = 0; i < n; i++) {
            int y = random.nextDouble() < 0.5 ? 1 : 0;
            boolean a = random.nextDouble() < agreement ? y == 1 : y == 0;
            labels[0][i] = y;
            groups[i] = a ? "A" : "B";
            features[i][0] = 0.8 * y + random.nextGaussian(); // the finding, weak
            features[i][1] = 5 + 3 * (a ? 1 : 0) + 0.3 * random.nextGaussian(); // the scanner's brightness
            features[i][2] = 100 + 10 * random.nextGaussian(); // noise on another scale
        }
        return new Data(features, labels, groups);
    }

    private static double worstGroupAuc(double[] scores, Data data) {
        double worst = 1;
        for (String group : new String[] {"A", "B"}) {
            int count = 0;
            for (String g : data.groups()) {
                count += g.equals(group) ? 1 : 0;
            }
            double[] s = new double[count];
            boolean[] y = new boolean[count];
            int k = 0;
            for (int i = 0; i < scores.length; i++) {
                if (data.groups()[i].equals(group)) {
                    s[k] = scores[i];
                    y[k++] = data.labels()[0][i] == 1;
                }
            }
            worst = Math.min(worst, RankAuc.auc(s, y));
        }
        return worst;
    }

    @Test
    void theBalancedReadOutLeansOnTheFindingNotTheShortcut() {
        Data train = data(2000, 0.9, 1);
        Data test = data(4000, 0.5, 2); // the association gone
        DeepFeatureReweighting dfr = DeepFeatureReweighting.fit(train.features(), train.labels(), train.groups(), 10,
                1.0, 7);
        boolean[] y = new boolean[train.features().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = train.labels()[0][i] == 1;
        }
        LogisticRegression plain = LogisticRegression.fit(train.features(), y, 1.0);
        double[] dfrScores = new double[test.features().length];
        double[] plainScores = new double[test.features().length];
        for (int i = 0; i < dfrScores.length; i++) {
            dfrScores[i] = dfr.logOdds(test.features()[i], 0);
            plainScores[i] = plain.logOdds(test.features()[i]);
        }
        double dfrWorst = worstGroupAuc(dfrScores, test);
        double plainWorst = worstGroupAuc(plainScores, test);
        System.out.printf("DeepFeatureReweightingTest: worst-group AUC %.3f (all images) → %.3f (DFR); shortcut "
                + "weight per finding weight %.2f → %.2f%n", plainWorst, dfrWorst, plain.weights()[1]
                        / plain.weights()[0], dfr.weights()[0][1] / dfr.weights()[0][0]);
        assertTrue(Math.abs(dfr.weights()[0][1] / dfr.weights()[0][0]) < 0.25 * Math.abs(plain.weights()[1]
                / plain.weights()[0]), "DFR leans on the shortcut far less");
        assertTrue(dfrWorst > 0.65 && dfrWorst > plainWorst + 0.03, plainWorst + " → " + dfrWorst);
        assertEquals(1, dfr.subsetSizes().length);
        assertEquals(1.0, dfr.regularisations()[0]);
        DeepFeatureReweighting tuned = DeepFeatureReweighting.fit(train.features(), train.labels(), train.groups(),
                10, 0, 7);
        assertTrue(java.util.Arrays.stream(DeepFeatureReweighting.GRID).anyMatch(c -> c == tuned
                .regularisations()[0]), "C from the grid: " + tuned.regularisations()[0]);
        double[] tunedScores = new double[test.features().length];
        for (int i = 0; i < tunedScores.length; i++) {
            tunedScores[i] = tuned.logOdds(test.features()[i], 0);
        }
        System.out.printf("DeepFeatureReweightingTest: C chosen %.2f, worst-group AUC %.3f%n",
                tuned.regularisations()[0], worstGroupAuc(tunedScores, test));
        assertTrue(worstGroupAuc(tunedScores, test) > plainWorst + 0.03);
        assertTrue(dfr.cells().stream().anyMatch(c -> c.startsWith("A/negative ")), dfr.cells().toString());
    }

    @Test
    void withEqualCellsItIsOneLogisticRegressionOnStandardisedFeatures() {
        // 4 cells of 25: every subset is all 100 images, so the fit is deterministic
        double[][] features = new double[100][2];
        int[][] labels = new int[1][100];
        String[] groups = new String[100];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 100; i++) {
            labels[0][i] = i % 2;
            groups[i] = i % 4 < 2 ? "A" : "B";
            features[i][0] = 3 + 2 * labels[0][i] + 4 * random.nextGaussian();
            features[i][1] = -1 + 0.01 * random.nextGaussian();
        }
        DeepFeatureReweighting dfr = DeepFeatureReweighting.fit(features, labels, groups, 3, 0.5, 9);
        assertEquals(25, dfr.subsetSizes()[0]);
        double[] mean = new double[2];
        double[] sd = new double[2];
        for (double[] row : features) {
            mean[0] += row[0] / 100;
            mean[1] += row[1] / 100;
        }
        for (double[] row : features) {
            sd[0] += (row[0] - mean[0]) * (row[0] - mean[0]) / 100;
            sd[1] += (row[1] - mean[1]) * (row[1] - mean[1]) / 100;
        }
        double[][] standardised = new double[100][2];
        boolean[] y = new boolean[100];
        for (int i = 0; i < 100; i++) {
            standardised[i][0] = (features[i][0] - mean[0]) / Math.sqrt(sd[0]);
            standardised[i][1] = (features[i][1] - mean[1]) / Math.sqrt(sd[1]);
            y[i] = labels[0][i] == 1;
        }
        LogisticRegression reference = LogisticRegression.fit(standardised, y, 0.5);
        for (int i = 0; i < 100; i++) {
            assertEquals(reference.logOdds(standardised[i]), dfr.logOdds(features[i], 0), 1e-9);
        }
    }

    @Test
    void tooFewImagesInACellIsSaidWithTheCells() {
        Data train = data(200, 0.9, 3);
        // group B: every positive, and a single negative
        boolean single = false;
        for (int i = 0; i < 200; i++) {
            boolean negative = train.labels()[0][i] == 0;
            train.groups()[i] = !negative || !single ? "B" : "A";
            single |= negative;
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DeepFeatureReweighting.fit(
                train.features(), train.labels(), train.groups(), 10, 1.0, 7));
        assertTrue(e.getMessage().startsWith("deep feature reweighting: the smallest group and class among the "
                + "held-out images has 1 image ("), e.getMessage());
        assertTrue(e.getMessage().contains("B/negative 1"), e.getMessage());
        String[] oneGroup = new String[200];
        java.util.Arrays.fill(oneGroup, "A");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DeepFeatureReweighting.fit(train.features(),
                train.labels(), oneGroup, 10, 1.0, 7)).getMessage().contains("at least two groups"));
    }
}

package org.confounderlab.engine.diagnostics;

import java.util.SplittableRandom;

import org.confounderlab.engine.stats.CaseControlScores;
import org.confounderlab.engine.stats.DeLongAuc;

/**
 * A linear probe: how well a model's frozen (e.g. penultimate-layer) features predict a binary attribute such as
 * the acquisition site or a confounder. Stratified k-fold cross-validation; in each fold the features are
 * standardised with the training fold's mean and (population) standard deviation, a column constant on the
 * training fold only centred, as scikit-learn's {@code StandardScaler}; an L2 {@link LogisticRegression} is fitted
 * on the training fold and predicts the held-out fold. The result is the AUC of the pooled out-of-fold
 * probabilities with its DeLong interval ({@link DeLongAuc}).
 */
public final class FeatureProbe {

    private FeatureProbe() {
    }

    /**
     * Probes with {@code folds} stratified folds drawn from {@code seed} ({@link #stratifiedFolds}), C =
     * {@link LogisticRegression#DEFAULT_C} and a 1 − {@code alpha} confidence interval.
     */
    public static ProbeResult probe(double[][] features, boolean[] target, int folds, long seed, double alpha) {
        return probe(features, target, stratifiedFolds(target, folds, seed), alpha, LogisticRegression.DEFAULT_C);
    }

    /** Probes with the given fold of every case (0 … k−1, every fold used), C = 1 and a 1 − {@code alpha} interval. */
    public static ProbeResult probe(double[][] features, boolean[] target, int[] foldOfCase, double alpha) {
        return probe(features, target, foldOfCase, alpha, LogisticRegression.DEFAULT_C);
    }

    /**
     * Probes with the given fold of every case (0 … k−1, every fold used), inverse regularisation strength
     * {@code c} and a 1 − {@code alpha} DeLong interval.
     */
    public static ProbeResult probe(double[][] features, boolean[] target, int[] foldOfCase, double alpha,
            double c) {
        if (features.length != target.length) {
            throw new IllegalArgumentException(features.length + " feature rows but " + target.length + " targets");
        }
        return probe(FeatureRows.of(features), target, foldOfCase, alpha, c);
    }

    /**
     * Probes {@code features} (in the heap or in a file) with {@code folds} stratified folds drawn from {@code seed},
     * C = {@link LogisticRegression#DEFAULT_C} and a 1 − {@code alpha} interval. The rows are read one at a time: what
     * is held besides them is one fold's standardised training rows, which the Newton steps need.
     */
    public static ProbeResult probe(FeatureRows features, boolean[] target, int folds, long seed, double alpha) {
        return probe(features, target, stratifiedFolds(target, folds, seed), alpha, LogisticRegression.DEFAULT_C);
    }

    /** Probes {@code features} with the given fold of every case, C = {@code c} and a 1 − {@code alpha} interval. */
    public static ProbeResult probe(FeatureRows features, boolean[] target, int[] foldOfCase, double alpha,
            double c) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha " + alpha + " is not in (0, 1)");
        }
        int n = target.length;
        if (features.rows() != n) {
            throw new IllegalArgumentException(features.rows() + " feature rows but " + n + " targets");
        }
        int folds = checkFolds(target, foldOfCase);
        int d = features.columns();
        double[] row = new double[d];
        double[] outOfFold = new double[n];
        for (int fold = 0; fold < folds; fold++) {
            Standardiser standardiser = Standardiser.of(features, foldOfCase, fold);
            int trainSize = 0;
            for (int k : foldOfCase) {
                trainSize += k == fold ? 0 : 1;
            }
            double[][] train = new double[trainSize][];
            boolean[] trainTarget = new boolean[trainSize];
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (foldOfCase[i] != fold) {
                    features.row(i, row);
                    train[t] = standardiser.augmented(row, i);
                    trainTarget[t++] = target[i];
                }
            }
            LogisticRegression model = LogisticRegression.fitAugmented(train, trainTarget, c);
            train = null; // the fold's copy goes before the next fold makes its own
            for (int i = 0; i < n; i++) {
                if (foldOfCase[i] == fold) {
                    features.row(i, row);
                    outOfFold[i] = model.probability(standardiser.apply(row));
                }
            }
        }
        int[] labels = new int[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            labels[i] = target[i] ? 1 : 0;
            positives += labels[i];
        }
        DeLongAuc delong = DeLongAuc.of(CaseControlScores.of(outOfFold, labels), 1 - alpha);
        return new ProbeResult(delong.auc(), delong.lower(), delong.upper(), folds, n, positives, outOfFold);
    }

    /**
     * Assigns every case one of {@code folds} folds, stratified by {@code target}: each class is shuffled with a
     * {@link SplittableRandom} seeded by {@code seed} and dealt round-robin (negatives first, positives continuing
     * where they stopped), so every fold gets ⌊m/k⌋ or ⌈m/k⌉ of each class and the fold sizes differ by at most 1.
     * Throws when a class has fewer cases than folds.
     */
    public static int[] stratifiedFolds(boolean[] target, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        int positives = 0;
        for (boolean t : target) {
            positives += t ? 1 : 0;
        }
        int negatives = target.length - positives;
        if (positives < folds || negatives < folds) {
            throw new IllegalArgumentException(folds + "-fold stratified cross-validation needs at least " + folds
                    + " cases of each class, got " + positives + " positive and " + negatives + " negative");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] foldOfCase = new int[target.length];
        int dealt = 0;
        for (boolean cls : new boolean[] {false, true}) {
            int[] members = new int[cls ? positives : negatives];
            int m = 0;
            for (int i = 0; i < target.length; i++) {
                if (target[i] == cls) {
                    members[m++] = i;
                }
            }
            for (int i = members.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = members[i];
                members[i] = members[j];
                members[j] = swap;
            }
            for (int member : members) {
                foldOfCase[member] = dealt++ % folds;
            }
        }
        return foldOfCase;
    }

    /** The number of folds k; throws unless the ids are 0 … k−1, all used, and every training set has both classes. */
    private static int checkFolds(boolean[] target, int[] foldOfCase) {
        if (foldOfCase.length != target.length) {
            throw new IllegalArgumentException(foldOfCase.length + " fold ids but " + target.length + " targets");
        }
        int folds = 0;
        for (int i = 0; i < foldOfCase.length; i++) {
            if (foldOfCase[i] < 0) {
                throw new IllegalArgumentException("case " + i + " has negative fold " + foldOfCase[i]);
            }
            folds = Math.max(folds, foldOfCase[i] + 1);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
        }
        int[] size = new int[folds];
        int[] positivesIn = new int[folds];
        int positives = 0;
        for (int i = 0; i < target.length; i++) {
            size[foldOfCase[i]]++;
            positivesIn[foldOfCase[i]] += target[i] ? 1 : 0;
            positives += target[i] ? 1 : 0;
        }
        int negatives = target.length - positives;
        for (int fold = 0; fold < folds; fold++) {
            if (size[fold] == 0) {
                throw new IllegalArgumentException("fold " + fold + " of 0.." + (folds - 1) + " has no cases");
            }
            int trainPositives = positives - positivesIn[fold];
            int trainNegatives = negatives - (size[fold] - positivesIn[fold]);
            if (trainPositives == 0 || trainNegatives == 0) {
                throw new IllegalArgumentException("the training set without fold " + fold + " has "
                        + trainPositives + " positive and " + trainNegatives + " negative cases; it needs both");
            }
        }
        return folds;
    }

    /** Column means and standard deviations of a training fold, applied to any row. */
    private record Standardiser(double[] mean, double[] scale) {

        /** Of the rows of {@code features} outside fold {@code fold}, read in two passes (means, then squares). */
        static Standardiser of(FeatureRows features, int[] foldOfCase, int fold) {
            int d = features.columns();
            double[] sum = new double[d];
            double[] min = new double[d];
            double[] max = new double[d];
            java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
            java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
            double[] row = new double[d];
            int count = 0;
            for (int i = 0; i < foldOfCase.length; i++) {
                if (foldOfCase[i] == fold) {
                    continue;
                }
                features.row(i, row);
                count++;
                for (int j = 0; j < d; j++) {
                    sum[j] += row[j];
                    min[j] = Math.min(min[j], row[j]);
                    max[j] = Math.max(max[j], row[j]);
                }
            }
            double[] mean = new double[d];
            for (int j = 0; j < d; j++) {
                mean[j] = sum[j] / count;
            }
            double[] squares = new double[d];
            for (int i = 0; i < foldOfCase.length; i++) {
                if (foldOfCase[i] == fold) {
                    continue;
                }
                features.row(i, row);
                for (int j = 0; j < d; j++) {
                    squares[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
                }
            }
            double[] scale = new double[d];
            for (int j = 0; j < d; j++) {
                double sd = Math.sqrt(squares[j] / count);
                // a constant column is only centred (its deviations are rounding noise, not signal)
                scale[j] = min[j] == max[j] || sd == 0 ? 1 : sd;
            }
            return new Standardiser(mean, scale);
        }

        double[] apply(double[] row) {
            if (row.length != mean.length) {
                throw new IllegalArgumentException("row has " + row.length + " features, expected " + mean.length);
            }
            double[] out = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                out[j] = (row[j] - mean[j]) / scale[j];
            }
            return out;
        }

        /** The standardised row {@code index} with a last column of ones, for the regression; throws on NaN. */
        double[] augmented(double[] row, int index) {
            double[] out = new double[row.length + 1];
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("feature " + j + " of row " + index + " is " + row[j]);
                }
                out[j] = (row[j] - mean[j]) / scale[j];
            }
            out[row.length] = 1;
            return out;
        }
    }
}

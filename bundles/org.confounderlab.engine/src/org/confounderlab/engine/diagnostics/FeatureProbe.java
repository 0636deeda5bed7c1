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
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha " + alpha + " is not in (0, 1)");
        }
        int n = target.length;
        if (features.length != n) {
            throw new IllegalArgumentException(features.length + " feature rows but " + n + " targets");
        }
        int folds = checkFolds(target, foldOfCase);
        double[] outOfFold = new double[n];
        for (int fold = 0; fold < folds; fold++) {
            int trainSize = 0;
            for (int k : foldOfCase) {
                trainSize += k == fold ? 0 : 1;
            }
            double[][] train = new double[trainSize][];
            boolean[] trainTarget = new boolean[trainSize];
            int t = 0;
            for (int i = 0; i < n; i++) {
                if (foldOfCase[i] != fold) {
                    train[t] = features[i];
                    trainTarget[t++] = target[i];
                }
            }
            Standardiser standardiser = Standardiser.of(train);
            LogisticRegression model = LogisticRegression.fit(standardiser.apply(train), trainTarget, c);
            for (int i = 0; i < n; i++) {
                if (foldOfCase[i] == fold) {
                    outOfFold[i] = model.probability(standardiser.apply(features[i]));
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

    /** Column means and standard deviations of a training set, applied to any row. */
    private record Standardiser(double[] mean, double[] scale) {

        static Standardiser of(double[][] rows) {
            int d = rows[0].length;
            double[] mean = new double[d];
            double[] scale = new double[d];
            for (int j = 0; j < d; j++) {
                double sum = 0;
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (double[] row : rows) {
                    sum += row[j];
                    min = Math.min(min, row[j]);
                    max = Math.max(max, row[j]);
                }
                mean[j] = sum / rows.length;
                double squares = 0;
                for (double[] row : rows) {
                    squares += (row[j] - mean[j]) * (row[j] - mean[j]);
                }
                double sd = Math.sqrt(squares / rows.length);
                // a constant column is only centred (its deviations are rounding noise, not signal)
                scale[j] = min == max || sd == 0 ? 1 : sd;
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

        double[][] apply(double[][] rows) {
            double[][] out = new double[rows.length][];
            for (int i = 0; i < rows.length; i++) {
                out[i] = apply(rows[i]);
            }
            return out;
        }
    }
}

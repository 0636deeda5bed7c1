package org.confounderlab.engine.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.diagnostics.LogisticRegression;
import org.confounderlab.engine.stats.RandomSubset;

/**
 * Deep feature reweighting (DFR; Kirichenko, Izmailov and Wilson, "Last layer re-training is sufficient for
 * robustness to spurious correlations", ICLR 2023), the final layer only: the penultimate features of held-out images
 * are standardised; for each label, every group (a confounder's subgroup × the label's class) is subsampled without
 * replacement to the size of the smallest, an L2 logistic regression is fitted to that balanced subset, and the
 * coefficients of {@code subsets} such fits are averaged, then mapped back to the raw features, so the network's
 * final layer can take them as they are: logit = bias + Σₖ weightₖ fₖ. Groups with no image of a class do not set
 * the size (they have nothing to balance) but their images of the other class are drawn to the same size.
 *
 * @param weights the final layer's weights {@code [label][feature]}
 * @param bias the final layer's bias per label
 * @param subsetSizes the images per group and class in each subset, per label
 * @param cells per label, each group's held-out images per class, as "group/class n"
 * @param regularisations the inverse regularisation strength C used per label (given, or tuned)
 */
public record DeepFeatureReweighting(double[][] weights, double[] bias, int[] subsetSizes, List<String> cells,
        double[] regularisations) {

    /** The fewest images a group and class may have for the balanced subsets to say anything. */
    public static final int MIN_CELL = 2;

    /**
     * Fits the final layer to {@code features [image][feature]} of held-out images with 0/1 {@code labels
     * [label][image]}, balancing the groups {@code groupOf[image]} (null: unknown, left out), with inverse
     * regularisation strength {@code c}, or, when {@code c ≤ 0}, the C of {@link #GRID} that ranks the worst group
     * best on held-out halves of the images.
     *
     * @throws IllegalArgumentException when a label has fewer than {@link #MIN_CELL} images in its smallest group and
     *             class with images, or when fewer than two groups are known
     */
    public static DeepFeatureReweighting fit(double[][] features, int[][] labels, String[] groupOf, int subsets,
            double c, long seed) {
        int n = features.length;
        if (n == 0 || groupOf.length != n) {
            throw new IllegalArgumentException(n + " feature rows and " + groupOf.length + " groups");
        }
        int d = features[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : features) {
            for (int k = 0; k < d; k++) {
                mean[k] += row[k] / n;
            }
        }
        for (double[] row : features) {
            for (int k = 0; k < d; k++) {
                scale[k] += (row[k] - mean[k]) * (row[k] - mean[k]) / n;
            }
        }
        for (int k = 0; k < d; k++) {
            scale[k] = scale[k] > 1e-24 ? Math.sqrt(scale[k]) : 1; // a constant feature stays 0 when standardised
        }
        double[][] standardised = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                standardised[i][k] = (features[i][k] - mean[k]) / scale[k];
            }
        }
        double[][] weights = new double[labels.length][d];
        double[] bias = new double[labels.length];
        int[] sizes = new int[labels.length];
        double[] regularisations = new double[labels.length];
        List<String> cells = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        for (int l = 0; l < labels.length; l++) {
            Map<String, List<Integer>> byCell = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                if (groupOf[i] != null && !groupOf[i].isBlank()) {
                    byCell.computeIfAbsent(groupOf[i] + "/" + (labels[l][i] == 1 ? "positive" : "negative"),
                            k -> new ArrayList<>()).add(i);
                }
            }
            long groups = byCell.keySet().stream().map(k -> k.substring(0, k.lastIndexOf('/'))).distinct().count();
            if (groups < 2) {
                throw new IllegalArgumentException("deep feature reweighting needs at least two groups among the "
                        + "held-out images; they have " + groups);
            }
            int size = byCell.values().stream().mapToInt(List::size).min().orElse(0);
            if (size < MIN_CELL) {
                throw new IllegalArgumentException("deep feature reweighting: the smallest group and class among "
                        + "the held-out images has " + size + " image" + (size == 1 ? "" : "s") + " (" + byCell
                        .entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList()
                        + "); at least " + MIN_CELL + " are needed");
            }
            sizes[l] = size;
            byCell.forEach((cell, members) -> cells.add(cell + " " + members.size()));
            double chosen = c > 0 ? c : tuned(standardised, labels[l], groupOf, byCell, subsets, random);
            regularisations[l] = chosen;
            double[] fitted = averagedFit(standardised, labels[l], new ArrayList<>(byCell.values()), size, subsets,
                    chosen, random);
            System.arraycopy(fitted, 0, weights[l], 0, d);
            bias[l] = fitted[d];
            // back to raw features: w·(f − μ)/σ + b = (w/σ)·f + (b − Σ w μ/σ)
            for (int k = 0; k < d; k++) {
                weights[l][k] /= scale[k];
                bias[l] -= weights[l][k] * mean[k];
            }
        }
        return new DeepFeatureReweighting(weights, bias, sizes, cells, regularisations);
    }

    /** The regularisation grid searched when none is given: the DFR paper's. */
    public static final double[] GRID = {1, 0.7, 0.3, 0.1, 0.07, 0.03, 0.01};

    /**
     * The C of {@link #GRID} whose read-out ranks the worst group best on held-out halves: each cell's images dealt
     * into two halves, the balanced subsets of one half fitted and the other half's worst-group AUC taken, both ways
     * round; the mean decides (ties: the stronger regularisation).
     */
    private static double tuned(double[][] x, int[] y, String[] groupOf, Map<String, List<Integer>> byCell,
            int subsets, SplittableRandom random) {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        for (List<Integer> members : byCell.values()) {
            List<Integer> shuffled = RandomSubset.of(members, members.size(), random);
            first.add(new ArrayList<>(shuffled.subList(0, (shuffled.size() + 1) / 2)));
            second.add(new ArrayList<>(shuffled.subList((shuffled.size() + 1) / 2, shuffled.size())));
        }
        int firstSize = first.stream().mapToInt(List::size).min().orElse(0);
        int secondSize = second.stream().mapToInt(List::size).min().orElse(0);
        if (firstSize < 1 || secondSize < 1) {
            return 1;
        }
        double best = Double.NEGATIVE_INFINITY;
        double chosen = 1;
        for (double c : GRID) {
            double score = 0;
            for (int fold = 0; fold < 2; fold++) {
                List<List<Integer>> fit = fold == 0 ? first : second;
                List<List<Integer>> held = fold == 0 ? second : first;
                double[] model = averagedFit(x, y, fit, fold == 0 ? firstSize : secondSize, subsets, c, random);
                score += worstGroupAuc(x, y, groupOf, held, model) / 2;
            }
            if (score > best + 1e-12 || score >= best - 1e-12 && c < chosen) {
                best = Math.max(best, score);
                chosen = c;
            }
        }
        return chosen;
    }

    /** Weights (then the intercept) averaged over {@code subsets} fits, each on {@code size} images of every cell. */
    private static double[] averagedFit(double[][] x, int[] y, List<List<Integer>> cells, int size, int subsets,
            double c, SplittableRandom random) {
        int d = x[0].length;
        double[] model = new double[d + 1];
        for (int s = 0; s < subsets; s++) {
            List<Integer> chosen = new ArrayList<>();
            for (List<Integer> members : cells) {
                chosen.addAll(RandomSubset.of(members, size, random));
            }
            double[][] rows = new double[chosen.size()][];
            boolean[] positive = new boolean[chosen.size()];
            for (int k = 0; k < rows.length; k++) {
                rows[k] = x[chosen.get(k)];
                positive[k] = y[chosen.get(k)] == 1;
            }
            LogisticRegression fit = LogisticRegression.fit(rows, positive, c);
            double[] w = fit.weights();
            for (int k = 0; k < d; k++) {
                model[k] += w[k] / subsets;
            }
            model[d] += fit.intercept() / subsets;
        }
        return model;
    }

    /** The smallest AUC, over the groups with both classes among {@code cells}' images, of {@code model}'s log-odds. */
    private static double worstGroupAuc(double[][] x, int[] y, String[] groupOf, List<List<Integer>> cells,
            double[] model) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (List<Integer> members : cells) {
            for (int i : members) {
                byGroup.computeIfAbsent(groupOf[i], g -> new ArrayList<>()).add(i);
            }
        }
        double worst = Double.POSITIVE_INFINITY;
        int d = x[0].length;
        for (List<Integer> members : byGroup.values()) {
            double[] scores = new double[members.size()];
            boolean[] positive = new boolean[members.size()];
            for (int k = 0; k < scores.length; k++) {
                double z = model[d];
                for (int j = 0; j < d; j++) {
                    z += model[j] * x[members.get(k)][j];
                }
                scores[k] = z;
                positive[k] = y[members.get(k)] == 1;
            }
            double auc = org.confounderlab.engine.stats.RankAuc.auc(scores, positive);
            if (!Double.isNaN(auc)) {
                worst = Math.min(worst, auc);
            }
        }
        return Double.isInfinite(worst) ? 0.5 : worst;
    }

    /** The log-odds of label {@code label} for one raw feature row. */
    public double logOdds(double[] row, int label) {
        double z = bias[label];
        for (int k = 0; k < row.length; k++) {
            z += weights[label][k] * row[k];
        }
        return z;
    }
}

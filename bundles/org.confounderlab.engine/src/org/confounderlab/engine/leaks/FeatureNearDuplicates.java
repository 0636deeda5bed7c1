package org.confounderlab.engine.leaks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.confounderlab.engine.diagnostics.FeatureRows;

/**
 * Pairs of images in different groups (splits) whose feature vectors, centred on the mean of all of them, have a
 * cosine of at least {@code minCosine}: the same radiograph cropped, shifted or windowed differently, which a
 * perceptual hash misses, looks the same to the model. Centring matters: features after a ReLU and global pooling are
 * all positive, so raw cosines of unrelated images are high (0.77 on average for the clustered vectors of {@code FeatureNearDuplicatesTest}, whose centred cosines average below 0.3).
 *
 * <p>Found without comparing every pair, by random-hyperplane locality-sensitive hashing (Charikar 2002): two
 * vectors at angle θ fall on the same side of a random hyperplane with probability 1 − θ/π. Each of {@value #TABLES}
 * tables keys an image by the sides of {@code k} hyperplanes, {@code k} chosen so that a pair exactly at the threshold
 * shares a key in at least one table with probability {@value #RECALL} (closer pairs more often); only pairs that
 * share a key are compared exactly. The rows are read once for the keys and once more per candidate pair, so they may
 * stay in a file ({@link org.confounderlab.engine.diagnostics.FeatureMatrix}).
 */
public final class FeatureNearDuplicates {

    /** A pair of images by index, {@code first < second}, and the cosine of their centred features. */
    public record Pair(int first, int second, double cosine) {
    }

    /**
     * The outcome: the pairs, how many candidate pairs were compared exactly to find them, whether the comparisons
     * stopped at {@link #MOST_COMPARISONS}, and the share of {@value #SAMPLED_PAIRS} random pairs across groups at
     * or above the threshold. When that share exceeds {@link #CROWDED} the features cannot tell a copy from an
     * unrelated image (a model whose features collapsed onto a few directions, as a small one trained on one label
     * does), so no pairs are returned and {@link #crowded()} says so.
     */
    public record Result(List<Pair> pairs, long compared, boolean stopped, double randomPairShare) {

        /** Whether the threshold failed to separate: too many random pairs pass it. */
        public boolean crowded() {
            return randomPairShare > CROWDED;
        }
    }

    /** Random pairs across groups drawn to see whether the threshold separates. */
    public static final int SAMPLED_PAIRS = 20_000;
    /** The largest share of random pairs at the threshold for the search to go on: duplicates are rare. */
    public static final double CROWDED = 0.002;

    /** Tables of hyperplane keys. */
    public static final int TABLES = 32;
    /** The chance that a pair exactly at the threshold is compared. */
    public static final double RECALL = 0.99;
    /** The lowest threshold: below it the "duplicates" are merely similar images, and too many to compare. */
    public static final double LOWEST_COSINE = 0.8;
    /** Exact comparisons after which the search stops (a feature space where everything is alike). */
    public static final long MOST_COMPARISONS = 50_000_000L;

    private FeatureNearDuplicates() {
    }

    /** The number of hyperplanes per table for {@code minCosine}: 1 to 31. */
    public static int bitsPerTable(double minCosine) {
        double sameSide = 1 - Math.acos(minCosine) / Math.PI;
        // a pair at the threshold misses one table with probability 1 − p^k; all of them with (1 − p^k)^TABLES
        double perTable = 1 - Math.pow(1 - RECALL, 1.0 / TABLES);
        int bits = (int) Math.floor(Math.log(perTable) / Math.log(sameSide));
        return Math.max(1, Math.min(31, bits));
    }

    /**
     * The pairs of rows of {@code features} with different {@code groups} (rows whose group is null take no part)
     * whose centred cosine is at least {@code minCosine}, ordered by first and second index; the hyperplanes are
     * drawn from {@code seed}.
     */
    public static Result across(FeatureRows features, Object[] groups, double minCosine, long seed) {
        if (!(minCosine >= LOWEST_COSINE && minCosine < 1)) {
            throw new IllegalArgumentException("a near-duplicate feature cosine is at least " + LOWEST_COSINE
                    + " and below 1, got " + minCosine);
        }
        if (groups.length != features.rows()) {
            throw new IllegalArgumentException(groups.length + " groups for " + features.rows() + " feature rows");
        }
        int rows = features.rows();
        int columns = features.columns();
        double[] mean = new double[columns];
        double[] row = new double[columns];
        int counted = 0;
        for (int i = 0; i < rows; i++) {
            if (groups[i] != null) {
                features.row(i, row);
                for (int f = 0; f < columns; f++) {
                    mean[f] += row[f];
                }
                counted++;
            }
        }
        if (counted < 2) {
            return new Result(List.of(), 0, false, 0);
        }
        for (int f = 0; f < columns; f++) {
            mean[f] /= counted;
        }
        double share = randomPairShare(features, groups, mean, minCosine, seed);
        if (share > CROWDED) {
            return new Result(List.of(), 0, false, share);
        }
        int bits = bitsPerTable(minCosine);
        Random random = new Random(seed);
        double[][] planes = new double[TABLES * bits][columns];
        for (double[] plane : planes) {
            for (int f = 0; f < columns; f++) {
                plane[f] = random.nextGaussian();
            }
        }
        int[][] keys = new int[TABLES][rows];
        for (int i = 0; i < rows; i++) {
            if (groups[i] == null) {
                continue;
            }
            features.row(i, row);
            for (int f = 0; f < columns; f++) {
                row[f] -= mean[f];
            }
            for (int t = 0; t < TABLES; t++) {
                int key = 0;
                for (int b = 0; b < bits; b++) {
                    double[] plane = planes[t * bits + b];
                    double dot = 0;
                    for (int f = 0; f < columns; f++) {
                        dot += plane[f] * row[f];
                    }
                    key = key << 1 | (dot >= 0 ? 1 : 0);
                }
                keys[t][i] = key;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        long compared = 0;
        double[] first = new double[columns];
        double[] second = new double[columns];
        Integer[] order = new Integer[rows];
        boolean stopped = false;
        tables:
        for (int t = 0; t < TABLES; t++) {
            int[] key = keys[t];
            int n = 0;
            for (int i = 0; i < rows; i++) {
                if (groups[i] != null) {
                    order[n++] = i;
                }
            }
            Integer[] members = Arrays.copyOf(order, n);
            Arrays.sort(members, Comparator.comparingInt((Integer i) -> key[i]).thenComparingInt(i -> i));
            for (int from = 0; from < n;) {
                int to = from + 1;
                while (to < n && key[members[to]] == key[members[from]]) {
                    to++;
                }
                for (int x = from; x < to; x++) {
                    int i = members[x];
                    for (int y = x + 1; y < to; y++) {
                        int j = members[y];
                        if (groups[i].equals(groups[j]) || sharedEarlier(keys, t, i, j)) {
                            continue;
                        }
                        if (++compared > MOST_COMPARISONS) {
                            stopped = true;
                            break tables;
                        }
                        double cosine = cosine(features, i, j, mean, first, second);
                        if (cosine >= minCosine) {
                            pairs.add(new Pair(i, j, cosine));
                        }
                    }
                }
                from = to;
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::first).thenComparingInt(Pair::second));
        return new Result(List.copyOf(pairs), compared, stopped, share);
    }

    /** The share of {@value #SAMPLED_PAIRS} random pairs of rows in different groups whose centred cosine passes. */
    static double randomPairShare(FeatureRows features, Object[] groups, double[] mean, double minCosine, long seed) {
        int[] members = java.util.stream.IntStream.range(0, groups.length).filter(i -> groups[i] != null).toArray();
        Random random = new Random(seed ^ 0x5DEECE66DL);
        double[] first = new double[features.columns()];
        double[] second = new double[features.columns()];
        int drawn = 0;
        int passed = 0;
        for (int attempt = 0; attempt < 20 * SAMPLED_PAIRS && drawn < SAMPLED_PAIRS; attempt++) {
            int i = members[random.nextInt(members.length)];
            int j = members[random.nextInt(members.length)];
            if (i == j || groups[i].equals(groups[j])) {
                continue;
            }
            drawn++;
            if (cosine(features, i, j, mean, first, second) >= minCosine) {
                passed++;
            }
        }
        return drawn == 0 ? 0 : (double) passed / drawn;
    }

    /** Whether rows {@code i} and {@code j} share a key in a table before {@code table}: compared there already. */
    private static boolean sharedEarlier(int[][] keys, int table, int i, int j) {
        for (int t = 0; t < table; t++) {
            if (keys[t][i] == keys[t][j]) {
                return true;
            }
        }
        return false;
    }

    /** The cosine of rows {@code i} and {@code j} of {@code features} centred on {@code mean}. */
    public static double cosine(FeatureRows features, int i, int j, double[] mean, double[] first, double[] second) {
        features.row(i, first);
        features.row(j, second);
        double dot = 0;
        double a = 0;
        double b = 0;
        for (int f = 0; f < first.length; f++) {
            double x = first[f] - mean[f];
            double y = second[f] - mean[f];
            dot += x * y;
            a += x * x;
            b += y * y;
        }
        return a == 0 || b == 0 ? 0 : dot / Math.sqrt(a * b);
    }
}

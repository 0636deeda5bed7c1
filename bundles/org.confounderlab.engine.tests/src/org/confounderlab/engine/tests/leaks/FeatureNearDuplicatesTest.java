package org.confounderlab.engine.tests.leaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.confounderlab.engine.diagnostics.FeatureMatrix;
import org.confounderlab.engine.diagnostics.FeatureRows;
import org.confounderlab.engine.leaks.FeatureNearDuplicates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feature near-duplicate search against a comparison of every pair: on 3,000 ReLU-like feature vectors (positive,
 * clustered, 128 features) in three splits with 40 planted copies (the original plus a little noise) in other
 * splits, the hashed search finds every pair the full comparison finds above the threshold, and no other; raw
 * cosines would call unrelated vectors of one cluster duplicates, the centred ones do not.
 */
class FeatureNearDuplicatesTest {

    private static final int COLUMNS = 128;

    private record Planted(double[][] rows, String[] groups, Set<Long> copies) {
    }

    private static Planted planted(long seed) {
        Random random = new Random(seed);
        int base = 2960;
        double[][] centres = new double[6][COLUMNS];
        for (double[] centre : centres) {
            for (int f = 0; f < COLUMNS; f++) {
                centre[f] = 2 + random.nextGaussian();
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        String[] splits = {"train", "validation", "test"};
        for (int i = 0; i < base; i++) {
            double[] centre = centres[random.nextInt(centres.length)];
            double[] row = new double[COLUMNS];
            for (int f = 0; f < COLUMNS; f++) {
                row[f] = Math.max(0, centre[f] + 0.6 * random.nextGaussian());
            }
            rows.add(row);
            groups.add(splits[i % 3 == 0 ? 2 : i % 5 == 0 ? 1 : 0]);
        }
        Set<Long> copies = new HashSet<>();
        for (int c = 0; c < 40; c++) {
            int original = random.nextInt(base);
            double[] copy = rows.get(original).clone();
            for (int f = 0; f < COLUMNS; f++) {
                copy[f] = Math.max(0, copy[f] + 0.03 * random.nextGaussian());
            }
            copies.add((long) original << 32 | rows.size());
            rows.add(copy);
            groups.add(groups.get(original).equals("test") ? "train" : "test");
        }
        return new Planted(rows.toArray(double[][]::new), groups.toArray(String[]::new), copies);
    }

    private static List<FeatureNearDuplicates.Pair> everyPair(double[][] rows, String[] groups, double minCosine) {
        FeatureRows features = FeatureRows.of(rows);
        double[] mean = new double[COLUMNS];
        for (double[] row : rows) {
            for (int f = 0; f < COLUMNS; f++) {
                mean[f] += row[f] / rows.length;
            }
        }
        List<FeatureNearDuplicates.Pair> pairs = new ArrayList<>();
        double[] a = new double[COLUMNS];
        double[] b = new double[COLUMNS];
        for (int i = 0; i < rows.length; i++) {
            for (int j = i + 1; j < rows.length; j++) {
                if (!groups[i].equals(groups[j])) {
                    double cosine = FeatureNearDuplicates.cosine(features, i, j, mean, a, b);
                    if (cosine >= minCosine) {
                        pairs.add(new FeatureNearDuplicates.Pair(i, j, cosine));
                    }
                }
            }
        }
        return pairs;
    }

    @Test
    void theHashedSearchFindsWhatComparingEveryPairFinds() {
        Planted data = planted(3);
        for (double minCosine : new double[] {0.97, 0.9}) {
            List<FeatureNearDuplicates.Pair> expected = everyPair(data.rows(), data.groups(), minCosine);
            FeatureNearDuplicates.Result found = FeatureNearDuplicates.across(FeatureRows.of(data.rows()),
                    data.groups(), minCosine, 11);
            assertEquals(expected.stream().map(p -> List.of(p.first(), p.second())).toList(),
                    found.pairs().stream().map(p -> List.of(p.first(), p.second())).toList(), "at " + minCosine);
            assertFalse(found.stopped());
            long all = (long) data.rows().length * (data.rows().length - 1) / 2;
            assertTrue(found.compared() < all / (minCosine > 0.95 ? 100 : 10), found.compared() + " of " + all
                    + " pairs compared at " + minCosine);
            Set<Long> foundPairs = new HashSet<>();
            found.pairs().forEach(p -> foundPairs.add((long) p.first() << 32 | p.second()));
            assertTrue(foundPairs.containsAll(data.copies()), "every planted copy at " + minCosine);
        }
        // the planted copies and nothing else at 0.97: unrelated vectors of one cluster stay below it when centred
        List<FeatureNearDuplicates.Pair> strict = FeatureNearDuplicates.across(FeatureRows.of(data.rows()),
                data.groups(), 0.97, 11).pairs();
        assertEquals(data.copies().size(), strict.size());
    }

    @Test
    void rawCosinesOfPositiveFeaturesAreHighCentredOnesAreNot() {
        Planted data = planted(3);
        double[] mean = new double[COLUMNS];
        for (double[] row : data.rows()) {
            for (int f = 0; f < COLUMNS; f++) {
                mean[f] += row[f] / data.rows().length;
            }
        }
        FeatureRows features = FeatureRows.of(data.rows());
        double[] a = new double[COLUMNS];
        double[] b = new double[COLUMNS];
        double raw = 0;
        double centred = 0;
        int n = 2000;
        for (int i = 1; i <= n; i++) {
            raw += FeatureNearDuplicates.cosine(features, 0, i, new double[COLUMNS], a, b) / n;
            centred += FeatureNearDuplicates.cosine(features, 0, i, mean, a, b) / n;
        }
        assertTrue(raw > 0.7, "mean raw cosine " + raw);
        assertTrue(centred < 0.3, "mean centred cosine " + centred);
    }

    @Test
    void featuresCollapsedOntoOneDirectionAreDeclined() {
        Random random = new Random(9);
        double[][] rows = new double[600][COLUMNS];
        String[] groups = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double along = random.nextGaussian();
            for (int f = 0; f < COLUMNS; f++) {
                rows[i][f] = 1 + along * (1 + f % 3) + 0.001 * random.nextGaussian();
            }
            groups[i] = i % 2 == 0 ? "train" : "test";
        }
        FeatureNearDuplicates.Result result = FeatureNearDuplicates.across(FeatureRows.of(rows), groups, 0.97, 4);
        assertTrue(result.crowded(), "share " + result.randomPairShare());
        assertTrue(result.randomPairShare() > 0.3, "share " + result.randomPairShare());
        assertTrue(result.pairs().isEmpty());
        assertEquals(0, result.compared());
        FeatureNearDuplicates.Result rich = FeatureNearDuplicates.across(FeatureRows.of(planted(3).rows()),
                planted(3).groups(), 0.97, 4);
        assertFalse(rich.crowded(), "share " + rich.randomPairShare());
    }

    @Test
    void spilledFeaturesGiveTheSamePairs(@TempDir Path folder) throws Exception {
        Planted data = planted(5);
        FeatureMatrix.Builder builder = FeatureMatrix.builder(data.rows().length, 0, folder.resolve("f.f32"));
        for (double[] row : data.rows()) {
            builder.add(row);
        }
        try (FeatureMatrix spilled = builder.build()) {
            assertTrue(spilled.spilled());
            List<FeatureNearDuplicates.Pair> fromFile = FeatureNearDuplicates.across(spilled, data.groups(), 0.97, 2)
                    .pairs();
            List<FeatureNearDuplicates.Pair> inHeap = FeatureNearDuplicates.across(FeatureRows.of(data.rows()),
                    data.groups(), 0.97, 2).pairs();
            assertEquals(inHeap.stream().map(p -> List.of(p.first(), p.second())).toList(),
                    fromFile.stream().map(p -> List.of(p.first(), p.second())).toList());
        }
    }

    @Test
    void thresholdsOutsideTheRangeAreRefused() {
        Planted data = planted(1);
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> FeatureNearDuplicates.across(FeatureRows.of(data.rows()), data.groups(), 0.5, 1));
        assertTrue(low.getMessage().contains("at least 0.8"), low.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> FeatureNearDuplicates.across(FeatureRows.of(data.rows()), data.groups(), 1.0, 1));
        assertEquals(31, FeatureNearDuplicates.bitsPerTable(0.999));
        assertTrue(FeatureNearDuplicates.bitsPerTable(0.97) > FeatureNearDuplicates.bitsPerTable(0.9));
    }
}

package org.confounderlab.engine.tests.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.confounderlab.engine.stats.ScoreOrder;
import org.junit.jupiter.api.Test;

/** The radix argsort orders like a stable comparison sort, over the whole range of doubles. */
class ScoreOrderTest {

    @Test
    void ordersLikeAStableComparisonSortWithTiesNegativesZerosAndInfinities() {
        SplittableRandom random = new SplittableRandom(5);
        for (int n : new int[] {0, 1, 2, 17, 1000, 70_000}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = switch (random.nextInt(8)) {
                    case 0 -> -0.0;
                    case 1 -> 0.0;
                    case 2 -> Double.NEGATIVE_INFINITY;
                    case 3 -> Double.POSITIVE_INFINITY;
                    case 4 -> random.nextInt(5) / 4.0; // heavy ties on a coarse grid
                    case 5 -> -random.nextDouble() * 1e300;
                    case 6 -> Double.MIN_VALUE * random.nextInt(3);
                    default -> random.nextDouble();
                };
            }
            // Double.compare puts -0.0 before 0.0; the order treats them as one value, as == does
            int[] expected = IntStream.range(0, n).boxed()
                    .sorted(Comparator.comparingDouble(i -> values[i] + 0.0)).mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, ScoreOrder.ascending(values), "n = " + n);
        }
    }

    @Test
    void scoresInTheUnitIntervalSkipTheSharedHighDigitsAndStillSort() {
        double[] values = new SplittableRandom(9).doubles(50_000).toArray();
        int[] order = ScoreOrder.ascending(values);
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < values.length; i++) {
            assertEquals(sorted[i], values[order[i]]);
        }
        assertTrue(IntStream.of(order).distinct().count() == values.length, "a permutation");
    }

    @Test
    void refusesNaNNamingItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScoreOrder.ascending(new double[] {0.5, Double.NaN}));
        assertEquals("value 1 is NaN", e.getMessage());
    }
}

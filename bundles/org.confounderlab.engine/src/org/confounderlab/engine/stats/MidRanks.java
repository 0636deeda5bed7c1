package org.confounderlab.engine.stats;

import java.util.Arrays;

/**
 * Mid-ranks (1-based, tied values share the mean of their ranks), the building block of the Mann–Whitney AUC and
 * of the fast DeLong algorithm (Sun &amp; Xu 2014).
 */
public final class MidRanks {

    private MidRanks() {
    }

    /** The mid-rank of each value in {@code values}; throws on NaN, O(n log n). */
    public static double[] of(double[] values) {
        double[] sorted = sortedCopy(values);
        double[] ranks = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = midRank(sorted, values[i]);
        }
        return ranks;
    }

    /** The mid-rank {@code value} would have among the ascending {@code sorted}: #{&lt; value} + (#{= value} + 1) / 2. */
    public static double midRank(double[] sorted, double value) {
        long below = countBelow(sorted, value);
        long atOrBelow = countAtOrBelow(sorted, value);
        return below + (atOrBelow - below + 1) / 2.0;
    }

    /** An ascending copy of {@code values}, with -0.0 folded into 0.0 (they compare equal); throws on NaN. */
    public static double[] sortedCopy(double[] values) {
        double[] sorted = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("value " + i + " is NaN");
            }
            // Arrays.sort orders -0.0 before 0.0, which would split one tie group in two
            sorted[i] = values[i] + 0.0;
        }
        Arrays.sort(sorted);
        return sorted;
    }

    /** How many of the ascending {@code sorted} are strictly below {@code value}. */
    public static int countBelow(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** How many of the ascending {@code sorted} are at or below {@code value}. */
    public static int countAtOrBelow(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}

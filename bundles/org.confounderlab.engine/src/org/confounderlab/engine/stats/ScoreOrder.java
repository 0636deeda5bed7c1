package org.confounderlab.engine.stats;

/**
 * The ascending order of a score array as indices (an argsort), by a stable least-significant-digit radix sort on
 * the scores' IEEE bits: O(n) passes of 11 bits over primitive arrays, with the passes in which every key has the
 * same digit skipped (scores in [0, 1] share their top bits). -0.0 and 0.0 sort as one value, as they compare equal.
 * Throws on NaN.
 */
public final class ScoreOrder {

    private static final int DIGIT_BITS = 16;
    private static final int BUCKETS = 1 << DIGIT_BITS;

    private ScoreOrder() {
    }

    /** Indices of {@code values} from the smallest value to the largest; equal values keep their index order. */
    public static int[] ascending(double[] values) {
        return sorted(values).order();
    }

    /**
     * The ascending order with each position's key ({@link #sortableBits}): equal keys mean equal values, so callers
     * can find tie groups by reading the keys in order instead of looking the values up.
     *
     * @param order indices of the values, smallest value first
     * @param keys  the sortable bits of {@code values[order[k]]} at position k
     */
    public record Sorted(int[] order, long[] keys) {
    }

    /** The ascending order and the sorted keys of {@code values}. */
    public static Sorted sorted(double[] values) {
        int n = values.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            double value = values[i];
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("value " + i + " is NaN");
            }
            keys[i] = sortableBits(value);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        long[] keyBuffer = new long[n];
        int[] orderBuffer = new int[n];
        int passes = (Long.SIZE + DIGIT_BITS - 1) / DIGIT_BITS;
        int[][] counts = new int[passes][BUCKETS];
        for (int i = 0; i < n; i++) { // every pass's histogram in one read of the keys
            long key = keys[i];
            for (int pass = 0; pass < passes; pass++) {
                counts[pass][(int) (key >>> (pass * DIGIT_BITS)) & (BUCKETS - 1)]++;
            }
        }
        for (int pass = 0; pass < passes; pass++) {
            int shift = pass * DIGIT_BITS;
            int[] count = counts[pass];
            if (n == 0 || count[(int) (keys[0] >>> shift) & (BUCKETS - 1)] == n) {
                continue; // one digit for all: this pass would not move anything
            }
            int sum = 0;
            for (int b = 0; b < BUCKETS; b++) {
                int c = count[b];
                count[b] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int at = count[(int) (keys[i] >>> shift) & (BUCKETS - 1)]++;
                keyBuffer[at] = keys[i];
                orderBuffer[at] = order[i];
            }
            long[] swapKeys = keys;
            keys = keyBuffer;
            keyBuffer = swapKeys;
            int[] swapOrder = order;
            order = orderBuffer;
            orderBuffer = swapOrder;
        }
        return new Sorted(order, keys);
    }

    /**
     * The bits of {@code value} as a long whose unsigned order is the numeric order: negative values have all bits
     * flipped, others only the sign bit; -0.0 is folded into 0.0 first.
     */
    static long sortableBits(double value) {
        long bits = Double.doubleToRawLongBits(value + 0.0);
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }
}

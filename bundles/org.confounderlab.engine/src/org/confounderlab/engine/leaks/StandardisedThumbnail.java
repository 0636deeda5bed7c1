package org.confounderlab.engine.leaks;

/**
 * The check that confirms a perceptual-hash match: both images averaged down to 56 × 56, each standardised (zero
 * mean, unit standard deviation, so that another window or brightness does not count), and the mean absolute
 * difference of the two. A JPEG re-encoding at quality 60 or a copy at half the size differs by at most 0.013; two
 * different generated radiographs of one template, which hash alike, differ by 0.0128 at the least and 0.09 typically.
 */
public final class StandardisedThumbnail {

    /** The side of a thumbnail. */
    static final int SIDE = 56;

    /** The largest mean absolute difference of two near-duplicates' thumbnails. */
    public static final double NEAR_DUPLICATE = 0.02;

    private final float[] values;

    private StandardisedThumbnail(float[] values) {
        this.values = values;
    }

    /** The thumbnail of the first channel of {@code pixels} ({@code width × height}). */
    public static StandardisedThumbnail of(float[] pixels, int width, int height) {
        double[] sums = PerceptualHash.cellMeans(pixels, width, height, SIDE);
        double mean = 0;
        int filled = 0;
        for (double v : sums) {
            if (!Double.isNaN(v)) {
                mean += v;
                filled++;
            }
        }
        mean /= Math.max(1, filled);
        double variance = 0;
        for (double v : sums) {
            if (!Double.isNaN(v)) {
                variance += (v - mean) * (v - mean);
            }
        }
        double deviation = Math.sqrt(variance / Math.max(1, filled));
        float[] values = new float[sums.length];
        for (int i = 0; i < sums.length; i++) {
            values[i] = Double.isNaN(sums[i]) ? 0 : (float) ((sums[i] - mean) / (deviation == 0 ? 1 : deviation));
        }
        return new StandardisedThumbnail(values);
    }

    /** The mean absolute difference from {@code other}. */
    public double difference(StandardisedThumbnail other) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += Math.abs(values[i] - other.values[i]);
        }
        return sum / values.length;
    }
}

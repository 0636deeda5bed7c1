package org.confounderlab.engine.leaks;

import java.util.Arrays;

/**
 * The 64-bit DCT perceptual hash of a gray image (Zauner 2010, as the pHash library and Python's {@code imagehash}
 * compute it): the image averaged down to 32 × 32, its two-dimensional DCT-II, the 8 × 8 lowest frequencies, each bit
 * set where a coefficient exceeds their median. A re-encoded, rescaled, slightly brightened or letterboxed copy of an
 * image hashes within a few bits of it; different radiographs differ in about half the bits.
 *
 * <p>Written here rather than taken from a library: no perceptual-hash library is on the Maven Central mirror this
 * build reaches, and the algorithm is short.
 */
public final class PerceptualHash {

    static final int SIDE = 32;
    static final int LOW = 8;

    /** cos(π (2x + 1) u / 64) for u &lt; 8, x &lt; 32: the DCT-II basis (the scale does not change the bits). */
    private static final double[][] BASIS = new double[LOW][SIDE];

    static {
        for (int u = 0; u < LOW; u++) {
            for (int x = 0; x < SIDE; x++) {
                BASIS[u][x] = Math.cos(Math.PI * (2 * x + 1) * u / (2.0 * SIDE));
            }
        }
    }

    private PerceptualHash() {
    }

    /** The hash of the first channel of {@code pixels} ({@code width × height}, row-major, channel-planar). */
    public static long of(float[] pixels, int width, int height) {
        double[] small = averagedDown(pixels, width, height);
        // rows first: T[y][v] = Σx small[y][x] · B[v][x], then D[u][v] = Σy B[u][y] · T[y][v]
        double[][] rows = new double[SIDE][LOW];
        for (int y = 0; y < SIDE; y++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int x = 0; x < SIDE; x++) {
                    sum += small[y * SIDE + x] * BASIS[v][x];
                }
                rows[y][v] = sum;
            }
        }
        double[] coefficients = new double[LOW * LOW];
        for (int u = 0; u < LOW; u++) {
            for (int v = 0; v < LOW; v++) {
                double sum = 0;
                for (int y = 0; y < SIDE; y++) {
                    sum += BASIS[u][y] * rows[y][v];
                }
                coefficients[u * LOW + v] = sum;
            }
        }
        double[] sorted = coefficients.clone();
        Arrays.sort(sorted);
        double median = (sorted[31] + sorted[32]) / 2;
        long hash = 0;
        for (int i = 0; i < coefficients.length; i++) {
            if (coefficients[i] > median) {
                hash |= 1L << i;
            }
        }
        return hash;
    }

    /** How many bits two hashes differ in. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * The mean of each of {@code side × side} cells, every source pixel in the cell its centre falls in; NaN for a
     * cell no pixel's centre falls in (an image smaller than {@code side} on a side). Shared with
     * {@link StandardisedThumbnail}.
     */
    static double[] cellMeans(float[] pixels, int width, int height, int side) {
        double[] sums = new double[side * side];
        int[] counts = new int[side * side];
        for (int y = 0; y < height; y++) {
            int cy = (int) ((y + 0.5) * side / height);
            int row = y * width;
            for (int x = 0; x < width; x++) {
                int cell = cy * side + (int) ((x + 0.5) * side / width);
                sums[cell] += pixels[row + x];
                counts[cell]++;
            }
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] = counts[i] == 0 ? Double.NaN : sums[i] / counts[i];
        }
        return sums;
    }

    /** The 32 × 32 cell means; an empty cell takes the nearest source pixel's value. */
    private static double[] averagedDown(float[] pixels, int width, int height) {
        double[] means = cellMeans(pixels, width, height, SIDE);
        for (int cy = 0; cy < SIDE; cy++) {
            for (int cx = 0; cx < SIDE; cx++) {
                int cell = cy * SIDE + cx;
                if (Double.isNaN(means[cell])) {
                    int sy = Math.min(height - 1, (int) (cy * height / (double) SIDE));
                    int sx = Math.min(width - 1, (int) (cx * width / (double) SIDE));
                    means[cell] = pixels[sy * width + sx];
                }
            }
        }
        return means;
    }
}

package org.confounderlab.engine.diagnostics;

import org.confounderlab.engine.data.Box;

/**
 * A non-negative attention map over a square model input, {@code size × size} values in row-major order. A pixel
 * belongs to a box when its centre lies inside it; mass and area shares use the same pixels, so they compare.
 *
 * @param size   side in input pixels
 * @param values one value per pixel, row by row
 */
public record HeatMap(int size, float[] values) {

    public HeatMap {
        if (values.length != size * size) {
            throw new IllegalArgumentException(values.length + " values for a " + size + "×" + size + " map");
        }
    }

    /** All the map's mass. */
    public double total() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }

    /** The map's mass inside {@code box} (input pixels). */
    public double massInside(Box box) {
        double sum = 0;
        int[] r = pixels(box);
        for (int y = r[1]; y < r[3]; y++) {
            for (int x = r[0]; x < r[2]; x++) {
                sum += values[y * size + x];
            }
        }
        return sum;
    }

    /** The share of the mass inside {@code box}; NaN when the map is all zero. */
    public double shareInside(Box box) {
        double total = total();
        return total > 0 ? massInside(box) / total : Double.NaN;
    }

    /** The share of the input's pixels inside {@code box}. */
    public double areaShare(Box box) {
        int[] r = pixels(box);
        return (double) Math.max(0, r[2] - r[0]) * Math.max(0, r[3] - r[1]) / ((double) size * size);
    }

    /** Whether the hottest pixel lies within {@code tolerance} pixels of {@code box} (the pointing game). */
    public boolean pointsInto(Box box, double tolerance) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        double x = best % size + 0.5;
        double y = best / size + 0.5;
        return x >= box.x() - tolerance && x <= box.x() + box.width() + tolerance && y >= box.y() - tolerance
                && y <= box.y() + box.height() + tolerance;
    }

    /** The largest value (0 for an all-zero map). */
    public float max() {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Columns x0..x1-1 and rows y0..y1-1 whose pixel centres lie in the box, clipped to the map. */
    private int[] pixels(Box box) {
        int x0 = clamp((int) Math.ceil(box.x() - 0.5));
        int y0 = clamp((int) Math.ceil(box.y() - 0.5));
        int x1 = clamp((int) Math.ceil(box.x() + box.width() - 0.5));
        int y1 = clamp((int) Math.ceil(box.y() + box.height() - 0.5));
        return new int[] {x0, y0, x1, y1};
    }

    private int clamp(int v) {
        return Math.max(0, Math.min(size, v));
    }
}

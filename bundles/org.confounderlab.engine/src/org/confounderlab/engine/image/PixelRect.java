package org.confounderlab.engine.image;

import org.confounderlab.engine.data.Box;

/**
 * A box rounded outward to whole pixels and clipped to an image: columns {@code x0..x1-1}, rows {@code y0..y1-1}.
 * Rounding outward means a box always covers every pixel it touches, so a masked marker leaves no fringe.
 */
record PixelRect(int x0, int y0, int x1, int y1) {

    /** The clipped pixel rectangle of a box, or {@code null} when it lies outside the image. */
    static PixelRect of(Box box, int width, int height) {
        int x0 = Math.max(0, (int) Math.floor(box.x()));
        int y0 = Math.max(0, (int) Math.floor(box.y()));
        int x1 = Math.min(width, (int) Math.ceil(box.x() + box.width()));
        int y1 = Math.min(height, (int) Math.ceil(box.y() + box.height()));
        return x1 > x0 && y1 > y0 ? new PixelRect(x0, y0, x1, y1) : null;
    }

    int width() {
        return x1 - x0;
    }

    int height() {
        return y1 - y0;
    }

    boolean contains(int x, int y) {
        return x >= x0 && x < x1 && y >= y0 && y < y1;
    }

    boolean overlaps(PixelRect other) {
        return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
    }

    /** Fills this rectangle of {@code image} in place. */
    void fill(FloatImage image, Fill fill, float[] constants, java.util.SplittableRandom random) {
        for (int c = 0; c < image.channels(); c++) {
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    image.set(x, y, c, fill.value(constants, c, random));
                }
            }
        }
    }
}

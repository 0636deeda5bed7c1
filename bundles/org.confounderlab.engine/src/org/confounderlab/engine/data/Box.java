package org.confounderlab.engine.data;

/**
 * An axis-aligned box in pixels of the original image: {@code x, y} is the top-left corner.
 *
 * @param x      left edge
 * @param y      top edge
 * @param width  width, positive
 * @param height height, positive
 */
public record Box(double x, double y, double width, double height) {

    public Box {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("box width and height must be positive, got " + width + "×" + height);
        }
    }

    /** The box's share of an image of the given size, clipped to the image. */
    public double areaShare(int imageWidth, int imageHeight) {
        double w = Math.max(0, Math.min(x + width, imageWidth) - Math.max(x, 0));
        double h = Math.max(0, Math.min(y + height, imageHeight) - Math.max(y, 0));
        return w * h / ((double) imageWidth * imageHeight);
    }
}

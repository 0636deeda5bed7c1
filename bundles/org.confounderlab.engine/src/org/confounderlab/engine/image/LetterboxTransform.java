package org.confounderlab.engine.image;

import org.confounderlab.engine.data.Box;

/**
 * Where an original image landed in a square model input: input = original × scale + offset. The same mapping is used
 * for pixels and for boxes, so regions stay exactly on the content they mark.
 *
 * @param sourceWidth  original width in pixels
 * @param sourceHeight original height in pixels
 * @param size         side of the square input
 * @param scale        input pixels per original pixel (same on both axes: the aspect ratio is kept)
 * @param offsetX      left padding in input pixels
 * @param offsetY      top padding in input pixels
 */
public record LetterboxTransform(int sourceWidth, int sourceHeight, int size, double scale, int offsetX, int offsetY) {

    /** The transform that fits an image of the given size into a square of side {@code size}, centred. */
    public static LetterboxTransform fit(int sourceWidth, int sourceHeight, int size) {
        if (sourceWidth <= 0 || sourceHeight <= 0 || size <= 0) {
            throw new IllegalArgumentException("sizes must be positive");
        }
        double scale = (double) size / Math.max(sourceWidth, sourceHeight);
        int contentWidth = (int) Math.round(sourceWidth * scale);
        int contentHeight = (int) Math.round(sourceHeight * scale);
        return new LetterboxTransform(sourceWidth, sourceHeight, size, scale, (size - contentWidth) / 2,
                (size - contentHeight) / 2);
    }

    /** Width of the resized content (without padding). */
    public int contentWidth() {
        return (int) Math.round(sourceWidth * scale);
    }

    /** Height of the resized content (without padding). */
    public int contentHeight() {
        return (int) Math.round(sourceHeight * scale);
    }

    /** Maps a box in original-image pixels to input pixels. */
    public Box mapBox(Box box) {
        return new Box(box.x() * scale + offsetX, box.y() * scale + offsetY, box.width() * scale,
                box.height() * scale);
    }

    /** Every box of {@code boxes} (source-image pixels) in model-input pixels, by name. */
    public java.util.Map<String, Box> mapBoxes(java.util.Map<String, Box> boxes) {
        if (boxes.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<String, Box> mapped = new java.util.HashMap<>();
        boxes.forEach((name, box) -> mapped.put(name, mapBox(box)));
        return mapped;
    }

    /** Maps a box in input pixels back to original-image pixels. */
    public Box unmapBox(Box box) {
        return new Box((box.x() - offsetX) / scale, (box.y() - offsetY) / scale, box.width() / scale,
                box.height() / scale);
    }
}

package org.confounderlab.engine.image;

/** Resizes an image with its aspect ratio kept and pads it to a square model input. */
public final class Letterbox {

    private final int size;
    private final Interpolation interpolation;
    private final float padValue;

    /** A letterbox to squares of side {@code size}, padding with {@code padValue} (0 = black). */
    public Letterbox(int size, Interpolation interpolation, float padValue) {
        if (size <= 0) {
            throw new IllegalArgumentException("input size must be positive, got " + size);
        }
        this.size = size;
        this.interpolation = interpolation;
        this.padValue = padValue;
    }

    /** A bilinear letterbox padding with black. */
    public Letterbox(int size) {
        this(size, Interpolation.BILINEAR, 0f);
    }

    /** The transform this letterbox applies to an image of the given size. */
    public LetterboxTransform transformFor(int width, int height) {
        return LetterboxTransform.fit(width, height, size);
    }

    /** The resized, padded image. */
    public FloatImage apply(FloatImage image) {
        return apply(image, transformFor(image.width(), image.height()));
    }

    /** The resized, padded image, using a transform from {@link #transformFor}. */
    public FloatImage apply(FloatImage image, LetterboxTransform transform) {
        FloatImage out = FloatImage.filled(size, size, image.channels(), padValue);
        int x0 = transform.offsetX();
        int y0 = transform.offsetY();
        int x1 = Math.min(size, x0 + transform.contentWidth());
        int y1 = Math.min(size, y0 + transform.contentHeight());
        double inverse = 1.0 / transform.scale();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = y0; y < y1; y++) {
                // Pixel centres map to pixel centres: source = (target + 0.5 - offset) / scale - 0.5.
                double sy = (y + 0.5 - y0) * inverse - 0.5;
                for (int x = x0; x < x1; x++) {
                    double sx = (x + 0.5 - x0) * inverse - 0.5;
                    out.set(x, y, c, Sampling.sample(image, sx, sy, c, interpolation, padValue, true));
                }
            }
        }
        return out;
    }
}

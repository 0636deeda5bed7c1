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
        if (interpolation != Interpolation.BILINEAR) {
            return applySampled(image, transform);
        }
        FloatImage out = FloatImage.filled(size, size, image.channels(), padValue);
        int x0 = transform.offsetX();
        int y0 = transform.offsetY();
        int x1 = Math.min(size, x0 + transform.contentWidth());
        int y1 = Math.min(size, y0 + transform.contentHeight());
        double inverse = 1.0 / transform.scale();
        int w = image.width();
        int h = image.height();
        // Bilinear resizing is separable: each output column's source columns and weight are the same on every row,
        // so they are worked out once (the same arithmetic as Sampling.sample with clamping, per pixel).
        int columns = Math.max(0, x1 - x0);
        int[] left = new int[columns];
        int[] right = new int[columns];
        double[] weight = new double[columns];
        for (int x = x0; x < x1; x++) {
            double sx = Math.max(0, Math.min(w - 1, (x + 0.5 - x0) * inverse - 0.5));
            int ix = (int) sx;
            left[x - x0] = ix;
            right[x - x0] = Math.min(ix + 1, w - 1);
            weight[x - x0] = sx - ix;
        }
        float[] source = image.data();
        float[] target = out.data();
        for (int c = 0; c < image.channels(); c++) {
            int sourcePlane = c * w * h;
            int targetPlane = c * size * size;
            for (int y = y0; y < y1; y++) {
                // Pixel centres map to pixel centres: source = (target + 0.5 - offset) / scale - 0.5.
                double sy = Math.max(0, Math.min(h - 1, (y + 0.5 - y0) * inverse - 0.5));
                int iy = (int) sy;
                int row = sourcePlane + iy * w;
                int nextRow = sourcePlane + Math.min(iy + 1, h - 1) * w;
                double fy = sy - iy;
                int targetRow = targetPlane + y * size;
                for (int k = 0; k < columns; k++) {
                    double fx = weight[k];
                    double top = source[row + left[k]] * (1 - fx) + source[row + right[k]] * fx;
                    double bottom = source[nextRow + left[k]] * (1 - fx) + source[nextRow + right[k]] * fx;
                    target[targetRow + x0 + k] = (float) (top * (1 - fy) + bottom * fy);
                }
            }
        }
        return out;
    }

    /** The general path, one sample per output pixel (nearest-neighbour resizing). */
    private FloatImage applySampled(FloatImage image, LetterboxTransform transform) {
        FloatImage out = FloatImage.filled(size, size, image.channels(), padValue);
        int x0 = transform.offsetX();
        int y0 = transform.offsetY();
        int x1 = Math.min(size, x0 + transform.contentWidth());
        int y1 = Math.min(size, y0 + transform.contentHeight());
        double inverse = 1.0 / transform.scale();
        for (int c = 0; c < image.channels(); c++) {
            for (int y = y0; y < y1; y++) {
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

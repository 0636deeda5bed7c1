package org.confounderlab.engine.image;

/** Samples an image at fractional pixel positions (pixel centres at integer coordinates). */
final class Sampling {

    private Sampling() {
    }

    /**
     * The value at {@code (x, y)}; outside the image either the border is repeated ({@code clamp}) or
     * {@code outside} is returned.
     */
    static float sample(FloatImage image, double x, double y, int channel, Interpolation interpolation,
            float outside, boolean clamp) {
        int w = image.width();
        int h = image.height();
        if (!clamp && (x < -0.5 || y < -0.5 || x > w - 0.5 || y > h - 0.5)) {
            return outside;
        }
        if (interpolation == Interpolation.NEAREST) {
            int ix = clampInt((int) Math.floor(x + 0.5), w);
            int iy = clampInt((int) Math.floor(y + 0.5), h);
            return image.get(ix, iy, channel);
        }
        double cx = Math.max(0, Math.min(w - 1, x));
        double cy = Math.max(0, Math.min(h - 1, y));
        int ix = (int) Math.floor(cx);
        int iy = (int) Math.floor(cy);
        int ix1 = Math.min(ix + 1, w - 1);
        int iy1 = Math.min(iy + 1, h - 1);
        double fx = cx - ix;
        double fy = cy - iy;
        double top = image.get(ix, iy, channel) * (1 - fx) + image.get(ix1, iy, channel) * fx;
        double bottom = image.get(ix, iy1, channel) * (1 - fx) + image.get(ix1, iy1, channel) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

    private static int clampInt(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }
}

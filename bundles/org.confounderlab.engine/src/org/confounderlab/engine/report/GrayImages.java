package org.confounderlab.engine.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Square float grids (a model input, a heat map) as 8-bit gray images, for sidecar files that viewers redraw. */
public final class GrayImages {

    private GrayImages() {
    }

    /**
     * {@code values} ({@code size × size}, row-major) scaled so that {@code max} is 255; values outside [0, max]
     * are clipped.
     */
    public static BufferedImage of(float[] values, int size, float max) {
        if (values.length != size * size) {
            throw new IllegalArgumentException(values.length + " values for a " + size + "×" + size + " image");
        }
        if (!(max > 0)) {
            throw new IllegalArgumentException("the largest value must be positive, not " + max);
        }
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) Math.round(255 * Math.max(0f, Math.min(1f, values[i] / max)));
        }
        return image;
    }
}

package org.confounderlab.engine.image;

import java.util.SplittableRandom;

/** What an intervention paints over pixels it removes. */
public enum Fill {
    /** Zero (black), as in the laterality-marker study. */
    BLACK,
    /** The image's own mean per channel, so that overall brightness does not change. */
    MEAN,
    /** Uniform noise in 0..1. */
    NOISE;

    /** The per-channel fill values for {@link #BLACK} and {@link #MEAN}; unused for {@link #NOISE}. */
    float[] constants(FloatImage image) {
        float[] values = new float[image.channels()];
        if (this == MEAN) {
            for (int c = 0; c < values.length; c++) {
                values[c] = (float) image.mean(c);
            }
        }
        return values;
    }

    /** The value for one pixel of one channel. */
    float value(float[] constants, int channel, SplittableRandom random) {
        return this == NOISE ? (float) random.nextDouble() : constants[channel];
    }

    /** Lower-case name for descriptions. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

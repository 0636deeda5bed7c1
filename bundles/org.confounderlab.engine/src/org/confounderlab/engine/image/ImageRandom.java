package org.confounderlab.engine.image;

import java.util.SplittableRandom;

/**
 * The random sources of one image, derived from a seed and the image's index (and the epoch), never from the order
 * the images are read in: a random intervention or augmentation of an image is the same in every read, thread and
 * resumed run.
 */
public final class ImageRandom {

    private ImageRandom() {
    }

    /** The random source of image {@code index} for an intervention (noise fills, random boxes). */
    public static SplittableRandom intervention(long seed, int index) {
        return new SplittableRandom(seed * 1_000_003L + index);
    }

    /** The random source of image {@code index}'s augmentation in {@code epoch}. */
    public static SplittableRandom augmentation(long seed, int epoch, int index) {
        return new SplittableRandom((seed * 0x9E3779B97F4A7C15L + epoch) * 1_000_003L + index);
    }
}

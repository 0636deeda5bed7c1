package org.confounderlab.engine.image;

import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;

/** A controlled change to an image (mask a region, keep only a region, ...) used to test what a model relies on. */
public interface ImageIntervention {

    /**
     * The changed image (a copy; the input is left alone).
     *
     * @param image   the image
     * @param regions region name → box in this image's pixels, for the regions this image has
     * @param random  source for noise fills and random placement; the same state gives the same result
     */
    FloatImage apply(FloatImage image, Map<String, Box> regions, SplittableRandom random);

    /** A short description for reports, e.g. {@code mask(laterality, black)}. */
    String describe();
}

package org.confounderlab.engine.image;

import java.util.Map;

import org.confounderlab.engine.data.Box;

/**
 * An augmented image with its regions moved along.
 *
 * @param image   the augmented image
 * @param regions region name → box in the augmented image's pixels (regions pushed out of the image are dropped)
 */
public record Augmented(FloatImage image, Map<String, Box> regions) {

    public Augmented {
        regions = Map.copyOf(regions);
    }
}

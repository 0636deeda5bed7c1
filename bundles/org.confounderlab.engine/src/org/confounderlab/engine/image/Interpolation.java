package org.confounderlab.engine.image;

/** How pixels are sampled when an image is resized or warped. */
public enum Interpolation {
    NEAREST, BILINEAR
}

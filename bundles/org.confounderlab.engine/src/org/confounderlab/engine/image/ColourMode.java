package org.confounderlab.engine.image;

/** How colour images are decoded. */
public enum ColourMode {
    /** Everything becomes one gray channel (colour images by luminance). */
    GRAY,
    /** Everything becomes three channels (gray images are repeated). */
    RGB
}

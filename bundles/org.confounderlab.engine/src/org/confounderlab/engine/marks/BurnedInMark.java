package org.confounderlab.engine.marks;

import org.confounderlab.engine.data.Box;

/**
 * A small, near-white, high-contrast mark found in one image: a letter, a word, digits, a ruler tick, a stamp.
 *
 * @param box      where, in the image's own pixels
 * @param pixels   how many of its pixels stand out
 * @param contrast their mean intensity minus the mean of the band around the box
 * @param width    the image's width
 * @param height   the image's height
 */
public record BurnedInMark(Box box, int pixels, double contrast, int width, int height) {

    /** The box's centre as a share of the image's width. */
    public double centreX() {
        return (box.x() + box.width() / 2) / width;
    }

    /** The box's centre as a share of the image's height. */
    public double centreY() {
        return (box.y() + box.height() / 2) / height;
    }

    /** The box's width as a share of the image's shorter side. */
    public double relativeWidth() {
        return box.width() / Math.min(width, height);
    }

    /** The box's height as a share of the image's shorter side. */
    public double relativeHeight() {
        return box.height() / Math.min(width, height);
    }
}

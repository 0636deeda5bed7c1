package org.confounderlab.engine.marks;

import java.util.Locale;
import java.util.Map;

import org.confounderlab.engine.data.Box;

/**
 * Marks of one kind found in many images, a proposed region: the same band of the image (top or bottom half) and
 * about the same size, one box per image that has it.
 *
 * @param name        the region's name, {@code mark_1} for the most frequent
 * @param top         whether the marks are in the top half
 * @param width       their median width as a share of the image's shorter side
 * @param height      their median height, likewise
 * @param boxes       entry index → the box in that image's own pixels
 * @param leftShare   the share of the marks in the left half (laterality letters sit left or right)
 * @param text        what OCR reads in its first marks, most frequent first ({@code "R" ×3, "L"}), or {@code null}
 */
public record MarkGroup(String name, boolean top, double width, double height, Map<Integer, Box> boxes,
        double leftShare, String text) {

    /** This group with {@code reading} as its text. */
    public MarkGroup withText(String reading) {
        return new MarkGroup(name, top, width, height, boxes, leftShare, reading);
    }

    /** Prefix of a proposed region's name. */
    public static final String PREFIX = "mark_";

    /** What it is, in words: where, how large, in how many images. */
    public String describe(int images) {
        return String.format(Locale.ROOT, "%s: %s of the image, %.3f × %.3f of its shorter side, in %d of %d images "
                + "(%.0f %% left, %.0f %% right)", name, top ? "top half" : "bottom half", width, height,
                boxes.size(), images, 100 * leftShare, 100 * (1 - leftShare)) + (text == null || text.isEmpty() ? ""
                        : ", OCR reads " + text);
    }
}

package org.confounderlab.engine.imageproperties;

import java.util.Locale;

/**
 * A property of an image computed from its file and pixels, not from any table: a shortcut a model can read without
 * a confounder being named. Intensities are those the engine trains on (gray, in [0, 1], bright meaning dense), over
 * the whole decoded image at its own resolution.
 */
public enum ImageProperty {

    /** Mean intensity: a scanner's or site's global brightness shift. */
    MEAN_INTENSITY("mean intensity"),
    /** 5th percentile of intensity. */
    P05_INTENSITY("5th percentile of intensity"),
    /** Median intensity. */
    MEDIAN_INTENSITY("median intensity"),
    /** 95th percentile of intensity. */
    P95_INTENSITY("95th percentile of intensity"),
    /** Standard deviation of intensity: global contrast. */
    CONTRAST("standard deviation of intensity"),
    /** Share of pixels at black (intensity ≤ 1/255): collimation, padding, black frames. */
    BLACK_FRACTION("share of pixels at black"),
    /** Share of pixels at white (intensity ≥ 254/255): burned-in marks, saturation. */
    WHITE_FRACTION("share of pixels at white"),
    /** Width of the uniform band along the edges, mean of the four sides, as a share of the side. */
    BORDER_WIDTH("uniform border width (share of the side)"),
    /** Noise level: Immerkær's estimate of the standard deviation of Gaussian noise. */
    NOISE("noise level (Immerkær)"),
    /** Width of the file's image in pixels. */
    WIDTH("width in pixels"),
    /** Height of the file's image in pixels. */
    HEIGHT("height in pixels"),
    /** Width over height. */
    ASPECT_RATIO("width / height"),
    /** Bits per sample in the file (DICOM: Bits Stored). */
    BIT_DEPTH("bits per sample"),
    /** The IJG quality a JPEG's luminance quantisation table corresponds to (missing for other formats). */
    JPEG_QUALITY("JPEG quality (from the quantisation table)");

    /** Prefix of a property's name among a data set's attributes. */
    public static final String PREFIX = "image:";

    /** The file format's attribute: PNG, JPEG or DICOM. */
    public static final String FORMAT = PREFIX + "format";

    private final String description;

    ImageProperty(String description) {
        this.description = description;
    }

    /** The property's attribute name, {@code image:mean_intensity}. */
    public String attribute() {
        return PREFIX + name().toLowerCase(Locale.ROOT);
    }

    /** The property whose attribute name is {@code attribute} ({@code image:mean_intensity}), if any. */
    public static java.util.Optional<ImageProperty> named(String attribute) {
        return java.util.Arrays.stream(values()).filter(p -> p.attribute().equals(attribute)).findFirst();
    }

    /** What it measures, in words. */
    public String description() {
        return description;
    }
}

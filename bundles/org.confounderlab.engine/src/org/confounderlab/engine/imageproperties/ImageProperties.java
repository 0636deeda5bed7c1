package org.confounderlab.engine.imageproperties;

/**
 * One image's properties.
 *
 * @param values by {@link ImageProperty#ordinal()}; NaN where the file does not say (JPEG quality of a PNG)
 * @param format PNG, JPEG or DICOM
 */
public record ImageProperties(double[] values, String format) {

    /** The value of {@code property}. */
    public double value(ImageProperty property) {
        return values[property.ordinal()];
    }
}

package org.confounderlab.engine.input;

import org.confounderlab.engine.image.LetterboxTransform;

/**
 * One image decoded and letterboxed to the model input, before interventions, augmentation and normalisation.
 *
 * @param pixels    {@code channels × size × size} values in 0..1, channel-major
 * @param transform where the original image landed in the input, for mapping its regions
 */
public record Letterboxed(float[] pixels, LetterboxTransform transform) {
}

package org.confounderlab.engine.image;

import java.nio.file.Path;

/**
 * One image ready for a model.
 *
 * @param index     position in the list the loader was given
 * @param path      the file
 * @param tensor    CHW values after letterbox and normalisation
 * @param transform where the original image landed in the input, for mapping regions
 */
public record PreparedImage(int index, Path path, float[] tensor, LetterboxTransform transform) {
}

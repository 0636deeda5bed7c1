package org.confounderlab.engine.image;

import java.nio.file.Path;

/**
 * Decode → letterbox → normalise: turns a file into a model input tensor.
 *
 * @param colourMode    gray (1 channel) or RGB (3 channels)
 * @param inputSize     side of the square model input
 * @param interpolation resize sampling
 * @param normalisation standardisation applied last
 */
public record ImagePipeline(ColourMode colourMode, int inputSize, Interpolation interpolation,
        Normalisation normalisation) {

    public ImagePipeline {
        if (inputSize <= 0) {
            throw new IllegalArgumentException("input size must be positive, got " + inputSize);
        }
    }

    /** Gray, bilinear, no standardisation. */
    public static ImagePipeline gray(int inputSize) {
        return new ImagePipeline(ColourMode.GRAY, inputSize, Interpolation.BILINEAR, Normalisation.IDENTITY);
    }

    /** Values per image tensor. */
    public int tensorLength() {
        return inputSize * inputSize * (colourMode == ColourMode.GRAY ? 1 : 3);
    }

    /** Prepares one file. */
    public PreparedImage prepare(int index, Path path) throws ImageDecodeException {
        FloatImage decoded = new ImageDecoder(colourMode).decode(path);
        Letterbox letterbox = new Letterbox(inputSize, interpolation, 0f);
        LetterboxTransform transform = letterbox.transformFor(decoded.width(), decoded.height());
        FloatImage input = letterbox.apply(decoded, transform);
        normalisation.applyInPlace(input.data(), inputSize * inputSize, input.channels());
        return new PreparedImage(index, path, input.data(), transform);
    }
}

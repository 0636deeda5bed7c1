package org.confounderlab.engine.image;

import java.nio.file.Path;

import org.confounderlab.model.experiment.DicomIntensity;

/**
 * Decode → letterbox → normalise: turns a file into a model input tensor.
 *
 * @param colourMode    gray (1 channel) or RGB (3 channels)
 * @param inputSize     side of the square model input
 * @param interpolation resize sampling
 * @param normalisation standardisation applied last
 * @param dicomIntensity how a DICOM file's values become intensities (stored range or first VOI window)
 */
public record ImagePipeline(ColourMode colourMode, int inputSize, Interpolation interpolation,
        Normalisation normalisation, DicomIntensity dicomIntensity) {

    public ImagePipeline {
        if (inputSize <= 0) {
            throw new IllegalArgumentException("input size must be positive, got " + inputSize);
        }
        if (dicomIntensity == null) {
            throw new IllegalArgumentException("no DICOM intensity mapping");
        }
    }

    /** DICOM files over their stored range. */
    public ImagePipeline(ColourMode colourMode, int inputSize, Interpolation interpolation,
            Normalisation normalisation) {
        this(colourMode, inputSize, interpolation, normalisation, DicomIntensity.STORED_RANGE);
    }

    /** This pipeline with DICOM files mapped by {@code intensity}. */
    public ImagePipeline with(DicomIntensity intensity) {
        return new ImagePipeline(colourMode, inputSize, interpolation, normalisation, intensity);
    }

    /** The decoder of this pipeline's files. */
    public ImageDecoder decoder() {
        return new ImageDecoder(colourMode, dicomIntensity);
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
        FloatImage decoded = decoder().decode(path);
        Letterbox letterbox = new Letterbox(inputSize, interpolation, 0f);
        LetterboxTransform transform = letterbox.transformFor(decoded.width(), decoded.height());
        FloatImage input = letterbox.apply(decoded, transform);
        normalisation.applyInPlace(input.data(), inputSize * inputSize, input.channels());
        return new PreparedImage(index, path, input.data(), transform);
    }
}

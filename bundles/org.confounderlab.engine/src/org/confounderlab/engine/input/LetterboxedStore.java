package org.confounderlab.engine.input;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.LetterboxTransform;

/**
 * Where an {@link StreamedImages} source gets an image letterboxed to the model input: the files themselves
 * ({@link DecodingStore}) or the preprocessed cache ({@link PreprocessedCache}). Called from several threads at once.
 */
public interface LetterboxedStore {

    /** The image of {@code entry}, letterboxed, not normalised. */
    Letterboxed read(ManifestEntry entry) throws ImageDecodeException;

    /** Where {@code entry}'s image lands in the input, without decoding its pixels where the store can. */
    LetterboxTransform transform(ManifestEntry entry) throws ImageDecodeException;

    /** Channels per image. */
    int channels();

    /** Side of the square input. */
    int size();

    /** A line for the run's log: what the images are read from. */
    String describe();
}

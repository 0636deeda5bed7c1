package org.confounderlab.engine.input;

import java.nio.file.Path;

import org.confounderlab.engine.image.FloatImage;

/**
 * Sees every image a pass decodes, at its own size before letterboxing: how the run measures image properties in the
 * cache build (or the check without a cache) instead of decoding every file a second time. Called from several
 * threads at once.
 */
@FunctionalInterface
public interface DecodedImageListener {

    void decoded(Path file, FloatImage image);
}

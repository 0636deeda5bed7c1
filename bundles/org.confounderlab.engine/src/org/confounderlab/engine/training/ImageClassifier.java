package org.confounderlab.engine.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A trained multi-label image classifier, as the statistics and diagnostics see it, whatever backend made it.
 */
public interface ImageClassifier {

    /** The label names, in output order. */
    List<String> labels();

    /** Probabilities {@code [image][label]} for the images of {@code batch} (its targets are ignored). */
    double[][] predict(TensorBatch batch);

    /** Writes the model to {@code file} in the backend's own format. */
    void save(Path file) throws IOException;
}

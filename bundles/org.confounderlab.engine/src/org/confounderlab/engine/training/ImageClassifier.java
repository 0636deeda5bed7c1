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

    /** Images scored per backend call by {@link #scoresOf}, bounding memory for the big networks. */
    int SCORING_BATCH = 64;

    /** Probabilities {@code [image][label]} for the images of {@code batch} (its targets are ignored). */
    double[][] predict(TensorBatch batch);

    /**
     * Probabilities {@code [image][label]} for every image of {@code source}, read {@value #SCORING_BATCH} at a time
     * through the source's pipeline: only the scores are kept.
     */
    default double[][] scoresOf(ImageSource source) throws InterruptedException {
        double[][] scores = new double[source.count()][];
        int next = 0;
        try (BatchStream<TensorBatch> batches = BatchStream.inOrder(source, SCORING_BATCH)) {
            while (batches.hasNext()) {
                for (double[] row : predict(batches.next())) {
                    scores[next++] = row;
                }
            }
        }
        return scores;
    }

    /** Writes the model to {@code file} in the backend's own format. */
    void save(Path file) throws IOException;
}

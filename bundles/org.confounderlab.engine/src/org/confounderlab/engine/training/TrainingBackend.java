package org.confounderlab.engine.training;

/**
 * A deep-learning library that trains {@link ImageClassifier}s. Implementations are found with
 * {@link java.util.ServiceLoader}; the Deeplearning4j one lives in its own jar so that the engine's statistics and
 * diagnostics never depend on it.
 */
public interface TrainingBackend {

    /** Short name, e.g. {@code dl4j}. */
    String name();

    /**
     * Checks, before anything is written, that training can run on {@code kind} (device {@code device} for CUDA).
     *
     * @throws BackendUnavailableException saying what to install or which devices exist
     */
    void checkAvailable(org.confounderlab.model.experiment.BackendKind kind, int device)
            throws BackendUnavailableException;

    /**
     * Trains a classifier on {@code train}, validating on {@code validation} after each epoch, with checkpoints,
     * resuming, early stopping, class weighting and initial weights as {@code settings} say. The classifier
     * returned has the best epoch's weights when early stopping is on, else the last epoch's.
     *
     * @throws BackendUnavailableException when the compute backend asked for is not installed or present
     */
    ImageClassifier train(ImageSource train, ImageSource validation, TrainingSettings settings,
            TrainingListener listener) throws TrainingException;

    /** Reads a classifier this backend saved ({@link ImageClassifier#save}) with outputs {@code labels}. */
    ImageClassifier load(java.nio.file.Path file, java.util.List<String> labels) throws java.io.IOException;
}

package org.confounderlab.engine.training;

import java.util.function.Consumer;

/**
 * A deep-learning library that trains {@link ImageClassifier}s. Implementations are found with
 * {@link java.util.ServiceLoader}; the Deeplearning4j one lives in its own jar so that the engine's statistics and
 * diagnostics never depend on it.
 */
public interface TrainingBackend {

    /** Short name, e.g. {@code dl4j}. */
    String name();

    /** Trains a classifier on {@code train}, validating on {@code validation} after each epoch. */
    ImageClassifier train(TensorBatch train, TensorBatch validation, TrainingSettings settings,
            Consumer<EpochSummary> onEpoch) throws TrainingException;
}

package org.confounderlab.engine.training;

import org.confounderlab.model.experiment.Architecture;

/**
 * How to train, taken from the experiment's model and training specification (and command-line overrides).
 *
 * @param architecture  network family
 * @param epochs        epochs to train
 * @param batchSize     images per step
 * @param learningRate  optimiser step size
 * @param weightDecay   L2 weight decay
 * @param seed          seed of initialisation and shuffling
 */
public record TrainingSettings(Architecture architecture, int epochs, int batchSize, double learningRate,
        double weightDecay, long seed) {
}

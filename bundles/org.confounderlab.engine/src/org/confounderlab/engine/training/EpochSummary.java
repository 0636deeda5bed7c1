package org.confounderlab.engine.training;

/**
 * What one training epoch gave.
 *
 * @param epoch          1-based epoch number
 * @param trainLoss      mean training loss over the epoch's steps
 * @param validationLoss loss on the validation images
 * @param validationAucs validation AUC per label, in label order (NaN where a label has one class only)
 * @param millis         wall-clock duration of the epoch
 */
public record EpochSummary(int epoch, double trainLoss, double validationLoss, double[] validationAucs, long millis) {
}

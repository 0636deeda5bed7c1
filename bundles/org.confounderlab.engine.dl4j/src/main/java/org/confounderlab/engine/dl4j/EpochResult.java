package org.confounderlab.engine.dl4j;

import java.util.List;

/**
 * What one training epoch gave.
 *
 * @param epoch          1-based epoch number
 * @param trainLoss      mean training loss over the epoch's batches
 * @param validationLoss mean loss on the validation images
 * @param validationAucs validation AUC per label, in label order (NaN where a label has one class only)
 * @param millis         wall-clock duration of the epoch
 */
public record EpochResult(int epoch, double trainLoss, double validationLoss, List<Double> validationAucs, long millis) {

    public EpochResult {
        validationAucs = List.copyOf(validationAucs);
    }
}

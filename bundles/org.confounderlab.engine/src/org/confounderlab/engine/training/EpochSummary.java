package org.confounderlab.engine.training;

import java.util.List;

/**
 * What one training epoch gave.
 *
 * @param epoch          1-based epoch number
 * @param trainLoss      mean training loss over the epoch's steps
 * @param validationLoss loss on the validation images
 * @param validationAucs validation AUC per label, in label order (NaN where a label has one class only)
 * @param millis         wall-clock duration of the epoch
 * @param lossTerms      with distillation, each term of the training loss averaged over the epoch's steps; else empty
 * @param backboneFrozen only the classifier learned in this epoch
 */
public record EpochSummary(int epoch, double trainLoss, double validationLoss, double[] validationAucs, long millis,
        List<LossTerm> lossTerms, boolean backboneFrozen) {

    public EpochSummary {
        lossTerms = List.copyOf(lossTerms);
    }

    /** An epoch in which the whole network learned. */
    public EpochSummary(int epoch, double trainLoss, double validationLoss, double[] validationAucs, long millis,
            List<LossTerm> lossTerms) {
        this(epoch, trainLoss, validationLoss, validationAucs, millis, lossTerms, false);
    }

    /** An epoch of plain training, whose loss has one term. */
    public EpochSummary(int epoch, double trainLoss, double validationLoss, double[] validationAucs, long millis) {
        this(epoch, trainLoss, validationLoss, validationAucs, millis, List.of());
    }
}

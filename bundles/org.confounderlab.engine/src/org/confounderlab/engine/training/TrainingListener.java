package org.confounderlab.engine.training;

/** Hears how training goes: after every step (optional) and after every epoch. */
@FunctionalInterface
public interface TrainingListener {

    /** An epoch ended; its record is final. Called before the next epoch starts. */
    void onEpoch(EpochSummary epoch);

    /** A mini-batch step ended. */
    default void onBatch(BatchProgress progress) {
    }

    /**
     * Distillation's terms with their weights and scales, each valued on the first training batch before any step
     * (called once, after that step).
     */
    default void onLossTerms(java.util.List<LossTerm> initialTerms) {
    }

    /** The network was initialised from a weights file, as {@code report} tells. Called once, before training. */
    default void onInitialWeights(InitialWeightsReport report) {
    }

    /** Something the user should know that is not an epoch: initial weights loaded, early stop, resume. */
    /** With group DRO: the group weights q at the end of an epoch, in the groups' order. */
    default void onGroupWeights(int epoch, double[] weights) {
    }

    default void onMessage(String message) {
    }
}

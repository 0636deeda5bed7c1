package org.confounderlab.engine.training;

/**
 * Where training stands after one step.
 *
 * @param epoch   1-based epoch in progress
 * @param epochs  epochs planned
 * @param batch   1-based step within the epoch
 * @param batches steps per epoch
 * @param loss    loss of this step
 */
public record BatchProgress(int epoch, int epochs, int batch, int batches, double loss) {

    /** Steps finished out of all planned, counting earlier epochs as complete. */
    public long stepsDone() {
        return (long) (epoch - 1) * batches + batch;
    }

    /** All planned steps. */
    public long stepsPlanned() {
        return (long) epochs * batches;
    }
}

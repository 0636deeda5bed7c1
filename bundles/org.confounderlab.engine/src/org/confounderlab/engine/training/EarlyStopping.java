package org.confounderlab.engine.training;

import java.util.List;

/**
 * Early stopping on the mean validation AUC over labels (labels with an undefined AUC are left out): training stops
 * once {@code patience} epochs in a row have not improved on the best so far. Patience 0 never stops.
 */
public final class EarlyStopping {

    private final int patience;
    private double bestAuc = Double.NEGATIVE_INFINITY;
    private int bestEpoch;
    private int sinceBest;

    public EarlyStopping(int patience) {
        if (patience < 0) {
            throw new IllegalArgumentException("patience must not be negative, got " + patience);
        }
        this.patience = patience;
    }

    /** A tracker that has already seen {@code finished} (when resuming a run). */
    public static EarlyStopping after(int patience, List<EpochSummary> finished) {
        EarlyStopping stopping = new EarlyStopping(patience);
        finished.forEach(stopping::record);
        return stopping;
    }

    /** Takes one epoch's result; returns whether it is the best so far. */
    public boolean record(EpochSummary epoch) {
        double auc = meanAuc(epoch.validationAucs());
        // NaN (no label with both classes) never improves; the first epoch is the best until beaten.
        if (bestEpoch == 0 || auc > bestAuc) {
            bestAuc = Double.isNaN(auc) ? Double.NEGATIVE_INFINITY : auc;
            bestEpoch = epoch.epoch();
            sinceBest = 0;
            return true;
        }
        sinceBest++;
        return false;
    }

    /** Whether training should stop now. */
    public boolean shouldStop() {
        return patience > 0 && sinceBest >= patience;
    }

    /** Whether the stopper is on at all. */
    public boolean enabled() {
        return patience > 0;
    }

    /** The best epoch so far (0 before any). */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The best epoch's mean validation AUC. */
    public double bestAuc() {
        return bestAuc;
    }

    /** Mean of the defined AUCs; NaN when none is defined. */
    public static double meanAuc(double[] aucs) {
        double sum = 0;
        int n = 0;
        for (double auc : aucs) {
            if (!Double.isNaN(auc)) {
                sum += auc;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}

package org.confounderlab.engine.audit;

import org.confounderlab.engine.stats.DeLongAuc;

/**
 * How well one image property alone predicts one label, and whether it drifts between the data set's own training
 * and test images. Both are AUCs with DeLong's 95 % interval; the drift AUC is that of the property telling test
 * images from training images (a Mann-Whitney two-sample test), 0.5 when the two have the same distribution.
 *
 * @param property    the property's attribute name ({@code image:mean_intensity})
 * @param label       the label
 * @param n           images with the label known and the property measured
 * @param auc         the property alone predicting the label, taken in the direction that predicts it (≥ 0.5)
 * @param direction   whether higher or lower values go with the label's positives
 * @param drift       the property telling test from training images, or {@code null} without an official split
 * @param driftP      two-sided p of the drift AUC against 0.5 (NaN without a split)
 */
public record ImagePropertyAssociation(String property, String label, int n, DeLongAuc auc, AucDirection direction,
        DeLongAuc drift, double driftP) {
}

package org.confounderlab.engine.audit;

/**
 * The counts of one label over the whole data set. Uncertain and missing values are excluded from every statistic.
 *
 * @param label      the label name
 * @param positives  positive images
 * @param negatives  negative images
 * @param uncertain  uncertain images (excluded)
 * @param missing    images without a value (excluded)
 * @param prevalence positives / (positives + negatives), NaN when both are 0
 */
public record LabelSummary(String label, long positives, long negatives, long uncertain, long missing,
        double prevalence) {
}

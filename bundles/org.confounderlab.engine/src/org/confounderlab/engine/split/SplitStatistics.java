package org.confounderlab.engine.split;

/**
 * The size and label balance of one split.
 *
 * @param entries    images in the split
 * @param patients   distinct patients in the split
 * @param positives  images positive for the stratification label
 * @param negatives  images negative for it (uncertain and missing count in neither)
 * @param prevalence positives / (positives + negatives), NaN when there are none
 */
public record SplitStatistics(int entries, int patients, int positives, int negatives, double prevalence) {
}

package org.confounderlab.engine.split;

/**
 * How to split a data set by patient.
 *
 * @param fractions        the wanted share of images per split
 * @param seed             the random seed; the same seed and data give the same split
 * @param stratifyLabel    the label whose prevalence is balanced across splits, or {@code null} for the manifest's
 *                         first label (none when the manifest has no labels)
 * @param useOfficialSplit whether to honour the data set's own split where it has one
 */
public record SplitOptions(SplitFractions fractions, long seed, String stratifyLabel, boolean useOfficialSplit) {

    public SplitOptions {
        if (fractions == null) {
            throw new IllegalArgumentException("split fractions are required");
        }
    }

    /** These options with the official split honoured or not. */
    public SplitOptions withOfficialSplit(boolean use) {
        return new SplitOptions(fractions, seed, stratifyLabel, use);
    }
}

package org.confounderlab.engine.split;

import org.confounderlab.engine.data.SplitName;

/**
 * The share of a data set's images each split should get; non-negative, summing to 1 (within 1e-9).
 *
 * @param train      share of the training split
 * @param validation share of the validation split (may be 0)
 * @param test       share of the test split (may be 0)
 */
public record SplitFractions(double train, double validation, double test) {

    public SplitFractions {
        if (!(train >= 0) || !(validation >= 0) || !(test >= 0)) {
            throw new IllegalArgumentException("split fractions must be non-negative, got " + train + "/"
                    + validation + "/" + test);
        }
        if (Math.abs(train + validation + test - 1) > 1e-9) {
            throw new IllegalArgumentException("split fractions must sum to 1, got " + (train + validation + test));
        }
    }

    /** The common 70/15/15 split. */
    public static SplitFractions standard() {
        return new SplitFractions(0.70, 0.15, 0.15);
    }

    /** The fraction of one split. */
    public double of(SplitName split) {
        return switch (split) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }
}

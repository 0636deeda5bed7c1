package org.confounderlab.engine.data;

/** One image's value for one label, as the data set states it (before any uncertain-label policy). */
public enum LabelValue {
    POSITIVE, NEGATIVE, UNCERTAIN, MISSING;

    /** 1 for positive, 0 for negative, NaN otherwise. */
    public double asDouble() {
        return switch (this) {
            case POSITIVE -> 1.0;
            case NEGATIVE -> 0.0;
            default -> Double.NaN;
        };
    }
}

package org.confounderlab.ui.views;

import java.util.Locale;

/** Numbers as the views' tables write them; "–" where there is no number. */
final class Numbers {

    private Numbers() {
    }

    /** Three decimals: an AUC, a score, a share. */
    static String decimal(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "–";
    }

    /** A confidence interval, "[lower, upper]", each with three decimals. */
    static String interval(double lower, double upper) {
        return "[" + decimal(lower) + ", " + decimal(upper) + "]";
    }

    /** A share as a percentage with one decimal. */
    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", 100 * share) : "–";
    }
}

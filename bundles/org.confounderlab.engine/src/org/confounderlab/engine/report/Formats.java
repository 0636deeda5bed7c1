package org.confounderlab.engine.report;

import java.math.BigDecimal;
import java.util.Locale;

/** Number formatting of the report: locale-independent, with a dash for values that are not numbers. */
public final class Formats {

    /** Shown where a number is missing or not finite. */
    public static final String MISSING = "—";

    private Formats() {
    }

    /** A time left or taken, to the second: {@code 45s}, {@code 1m15s}, {@code 1h06m}. */
    public static String duration(long seconds) {
        return seconds >= 3600 ? String.format(java.util.Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60)
                : seconds >= 60 ? String.format(java.util.Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
                : seconds + "s";
    }

    /** {@code value} with {@code decimals} decimals, or {@link #MISSING}. */
    public static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /** {@code value} with an explicit sign, for differences such as ΔAUC. */
    public static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, "%+." + decimals + "f", value);
    }

    /** A p-value: three decimals down to 0.001, scientific below, and "&lt; 1e-300" style for underflow. */
    public static String pValue(double p) {
        if (!Double.isFinite(p)) {
            return MISSING;
        }
        if (p <= 0) {
            return "< 1e-300";
        }
        if (p < 0.001) {
            return String.format(Locale.ROOT, "%.1e", p);
        }
        return String.format(Locale.ROOT, "%.3f", p);
    }

    /** {@code value} to three significant digits without trailing zeros, e.g. 0.001 or 3.5e-05 for tiny values. */
    public static String compact(double value) {
        if (!Double.isFinite(value)) {
            return MISSING;
        }
        if (value != 0 && Math.abs(value) < 1e-4) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return new BigDecimal(String.format(Locale.ROOT, "%.3g", value)).stripTrailingZeros().toPlainString();
    }

    /** Whether {@code [lower, upper]} is a real interval (a model default of 0/0 means "not computed"). */
    public static boolean hasInterval(double lower, double upper) {
        return Double.isFinite(lower) && Double.isFinite(upper) && upper > lower;
    }

    /** {@code [lower, upper]} with {@code decimals} decimals, or empty when there is no interval. */
    public static String interval(double lower, double upper, int decimals) {
        if (!hasInterval(lower, upper)) {
            return "";
        }
        return "[" + fixed(lower, decimals) + ", " + fixed(upper, decimals) + "]";
    }
}

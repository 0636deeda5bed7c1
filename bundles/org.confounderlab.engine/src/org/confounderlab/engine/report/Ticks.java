package org.confounderlab.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** "Nice" axis ticks (steps of 1, 2 or 5 times a power of ten) and their labels. */
public record Ticks(double min, double max, double step, List<Double> values) {

    /** Ticks covering {@code [lo, hi]} with about {@code target} intervals; the range is widened to whole steps. */
    public static Ticks nice(double lo, double hi, int target) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            lo = 0;
            hi = 1;
        }
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (hi - lo < 1e-12) {
            // A flat series still needs a visible range around its value.
            double pad = Math.abs(lo) > 1e-12 ? Math.abs(lo) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / Math.max(1, target));
        return fromStep(Math.floor(lo / step + 1e-9) * step, Math.ceil(hi / step - 1e-9) * step, step);
    }

    /** Integer ticks (epochs) over {@code [lo, hi]}, at most about {@code target} of them. */
    public static Ticks integers(int lo, int hi, int target) {
        if (hi <= lo) {
            return fromStep(lo - 1, lo + 1, 1);
        }
        double step = Math.max(1, niceStep((double) (hi - lo) / Math.max(1, target)));
        step = Math.ceil(step);
        return fromStep(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    /** Ticks at fixed {@code step} from {@code min} to {@code max}. */
    public static Ticks fromStep(double min, double max, double step) {
        List<Double> values = new ArrayList<>();
        int count = (int) Math.round((max - min) / step);
        for (int i = 0; i <= count; i++) {
            // Multiplying in decimal keeps float noise such as 0.6000000000000001 out of the tick values.
            long k = Math.round((min + i * step) / step);
            values.add(BigDecimal.valueOf(step).multiply(BigDecimal.valueOf(k)).doubleValue());
        }
        return new Ticks(min, max, step, List.copyOf(values));
    }

    /** The label of tick value {@code v}, with just enough decimals for this step. */
    public String label(double v) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + Math.min(decimals, 6) + "f", v);
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}

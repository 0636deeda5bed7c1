package org.confounderlab.engine.report;

import java.awt.image.BufferedImage;
import java.util.List;

/** Grouped bars of AUC per label (group) and intervention variant (bar), with confidence-interval error bars. */
public final class AucBarChart {

    /** One bar: the AUC of {@code variant} on {@code label}, with CI bounds (NaN or equal when unknown). */
    public record Bar(String label, String variant, double auc, double ciLower, double ciUpper) {
    }

    private static final GroupedBarChart.Spec SPEC = new GroupedBarChart.Spec(
            "AUC by label and intervention (error bars: CI)", "AUC", "Label", 1, 0.1, 0.5);

    private AucBarChart() {
    }

    /** Renders the bars at the default size. */
    public static BufferedImage render(List<Bar> bars) {
        return render(bars, Canvas.WIDTH, Canvas.HEIGHT);
    }

    /** Renders the bars at {@code width × height}. */
    public static BufferedImage render(List<Bar> bars, int width, int height) {
        return GroupedBarChart.render(bars.stream().map(b -> new GroupedBarChart.Bar(b.label(), b.variant(), b.auc(),
                b.ciLower(), b.ciUpper(), Double.NaN)).toList(), SPEC, width, height);
    }
}

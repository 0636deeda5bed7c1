package org.confounderlab.engine.report;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.model.run.SaliencyMethod;
import org.confounderlab.model.run.SaliencySummary;

/**
 * Where the heat maps look: per region (and method, and label when there are several) the mean share of heat-map
 * mass inside the region, with its CI, for the images that have the region and, in images without it, for the
 * region's usual place; the black tick on each bar is the share of the image the region covers, so a bar far
 * above its tick is attention beyond the region's size.
 */
public final class AttentionShareChart {

    private AttentionShareChart() {
    }

    /** The chart of the run's saliency summaries (subsets {@code present} and {@code absent}). */
    public static BufferedImage render(List<SaliencySummary> summaries) {
        boolean severalLabels = summaries.stream().map(SaliencySummary::getLabel).distinct().count() > 1;
        List<GroupedBarChart.Bar> bars = new ArrayList<>();
        double highest = 0;
        for (SaliencySummary s : summaries) {
            String series = switch (s.getSubset() == null ? "" : s.getSubset()) {
                case "present" -> "images with the region";
                case "absent" -> "its usual place, images without it";
                default -> null;
            };
            if (series == null || !Double.isFinite(s.getMeanShare())) {
                continue;
            }
            String group = s.getRegionName() + (s.getMethod() == SaliencyMethod.OCCLUSION ? " (occlusion)"
                    : " (Grad-CAM)") + (severalLabels ? ", " + s.getLabel() : "");
            bars.add(new GroupedBarChart.Bar(group, series, s.getMeanShare(), s.getCiLower(), s.getCiUpper(),
                    s.getAreaShare()));
            highest = Math.max(highest, Math.max(s.getMeanShare(), Double.isFinite(s.getCiUpper()) ? s.getCiUpper()
                    : 0));
        }
        double step = highest > 0.5 ? 0.1 : highest > 0.2 ? 0.05 : highest > 0.1 ? 0.02 : 0.01;
        double max = Math.min(1, step * Math.ceil(Math.max(highest * 1.1, step) / step));
        return GroupedBarChart.render(bars, new GroupedBarChart.Spec("Heat share inside each region (CI) against its area "
                + "share (black tick)", "Share of heat-map mass",
                "Region", max, step, Double.NaN), Canvas.WIDTH, Canvas.HEIGHT);
    }
}

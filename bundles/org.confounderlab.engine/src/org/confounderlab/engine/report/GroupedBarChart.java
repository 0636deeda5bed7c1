package org.confounderlab.engine.report;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Grouped bars with confidence-interval error bars and, optionally, a short black tick per bar marking a reference
 * value for that bar (such as the area a region covers): the drawing behind {@link AucBarChart} and
 * {@link AttentionShareChart}.
 */
final class GroupedBarChart {

    /** One bar of series {@code variant} in group {@code label}; CI bounds and marker NaN when unknown. */
    record Bar(String label, String variant, double auc, double ciLower, double ciUpper, double marker) {
    }

    /**
     * What the chart says: its title, the value axis (0 to {@code max} in steps of {@code step}) and its name, the
     * name of the group axis, and a dashed reference line across the plot (NaN for none).
     */
    record Spec(String title, String valueAxis, String groupAxis, double max, double step, double referenceLine) {
    }

    private static final double SLANT = Math.toRadians(35);
    private static final int MAX_SLANTED = 170;

    private GroupedBarChart() {
    }

    /** Renders the bars at {@code width × height}. */
    static BufferedImage render(List<Bar> bars, Spec spec, int width, int height) {
        List<String> labels = new ArrayList<>(new LinkedHashSet<>(bars.stream().map(Bar::label).toList()));
        List<String> variants = new ArrayList<>(new LinkedHashSet<>(bars.stream().map(Bar::variant).toList()));
        BufferedImage image = Canvas.newImage(width, height);
        Graphics2D g = Canvas.graphics(image);
        try {
            Canvas.title(g, spec.title(), width);
            List<Legend.Entry> entries = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                entries.add(new Legend.Entry(variants.get(i), Palette.series(i), null));
            }
            int left = 78;
            int right = width - 24;
            int legendHeight = Legend.height(g, entries, right - left);
            // The legend sits under the title, above the plot, so it never covers a bar.
            Legend.draw(g, entries, left, 40, right - left);
            int top = 40 + legendHeight + 14;
            // Label names that do not fit under their group are drawn slanted, which needs more room below.
            g.setFont(Canvas.AXIS_LABEL);
            FontMetrics fm = g.getFontMetrics();
            double groupWidth = (double) (right - left) / Math.max(1, labels.size());
            int widest = labels.stream().mapToInt(fm::stringWidth).max().orElse(0);
            boolean slanted = widest > groupWidth - 6;
            int slantedLength = Math.min(widest, MAX_SLANTED);
            int below = slanted ? (int) Math.ceil(slantedLength * Math.sin(SLANT)) + fm.getHeight() + 14 : 62;
            Rectangle area = new Rectangle(left, top, right - left, Math.max(10, height - below - top));
            Axes axes = new Axes(area, new Ticks(0, 1, 1, List.of()), Ticks.fromStep(0, spec.max(), spec.step()));
            axes.draw(g, null, spec.valueAxis());

            if (!Double.isNaN(spec.referenceLine())) {
                g.setColor(Palette.REFERENCE);
                g.setStroke(Canvas.dashed(1.5f, 1));
                g.draw(new Line2D.Double(area.x, axes.py(spec.referenceLine()), area.x + area.width,
                        axes.py(spec.referenceLine())));
            }

            double barWidth = Math.min(70, groupWidth * 0.8 / Math.max(1, variants.size()));
            for (int l = 0; l < labels.size(); l++) {
                double centre = area.x + groupWidth * (l + 0.5);
                double start = centre - barWidth * variants.size() / 2;
                for (Bar bar : bars) {
                    if (!bar.label().equals(labels.get(l)) || !Double.isFinite(bar.auc())) {
                        continue;
                    }
                    int v = variants.indexOf(bar.variant());
                    double x0 = start + v * barWidth + 1;
                    double value = Math.max(0, Math.min(spec.max(), bar.auc()));
                    g.setColor(Palette.series(v));
                    g.fill(new Rectangle2D.Double(x0, axes.py(value), barWidth - 2, axes.py(0) - axes.py(value)));
                    if (Formats.hasInterval(bar.ciLower(), bar.ciUpper())) {
                        errorBar(g, axes, x0 + (barWidth - 2) / 2, bar.ciLower(), bar.ciUpper(), barWidth,
                                spec.max());
                    }
                    if (Double.isFinite(bar.marker())) {
                        double y = axes.py(Math.max(0, Math.min(spec.max(), bar.marker())));
                        g.setColor(Palette.BLACK);
                        g.setStroke(Canvas.line(3f));
                        g.draw(new Line2D.Double(x0 - 2, y, x0 + barWidth, y));
                    }
                }
                g.setColor(Canvas.TEXT);
                g.setFont(Canvas.AXIS_LABEL);
                int baseline = area.y + area.height + 10 + fm.getAscent();
                if (slanted) {
                    // Text ends under the group's centre and rises to the left, as in most plotting tools.
                    // The first labels must not run off the image's left edge.
                    int room = (int) Math.min(MAX_SLANTED, (centre - 4) / Math.cos(SLANT));
                    String text = Canvas.fit(g, labels.get(l), room);
                    AffineTransform saved = g.getTransform();
                    g.rotate(-SLANT, centre, area.y + area.height + 8);
                    g.drawString(text, (float) (centre - fm.stringWidth(text)), area.y + area.height + 8
                            + fm.getAscent() / 2f);
                    g.setTransform(saved);
                } else {
                    String text = labels.get(l);
                    g.drawString(text, (float) (centre - fm.stringWidth(text) / 2.0), baseline);
                }
            }
            if (!slanted) {
                g.setColor(Canvas.TEXT);
                g.setFont(Canvas.AXIS_LABEL);
                String caption = spec.groupAxis();
                g.drawString(caption, area.x + (area.width - fm.stringWidth(caption)) / 2,
                        area.y + area.height + 14 + fm.getHeight() + fm.getAscent());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void errorBar(Graphics2D g, Axes axes, double cx, double lower, double upper, double barWidth,
            double max) {
        double lo = axes.py(Math.max(0, lower));
        double hi = axes.py(Math.min(max, upper));
        double cap = Math.max(4, Math.min(10, barWidth / 4));
        g.setColor(Palette.BLACK);
        g.setStroke(Canvas.line(2f));
        g.draw(new Line2D.Double(cx, lo, cx, hi));
        g.draw(new Line2D.Double(cx - cap, lo, cx + cap, lo));
        g.draw(new Line2D.Double(cx - cap, hi, cx + cap, hi));
    }
}

package org.confounderlab.engine.report;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** ROC curves of one label: one line per intervention variant, the chance diagonal, AUCs in the legend. */
public final class RocChart {

    /** One variant's ROC curve with its AUC (and CI bounds, NaN when unknown). */
    public record Curve(String name, double auc, double ciLower, double ciUpper, double[] fpr, double[] tpr) {

        /** Checks that both coordinate arrays have the same length. */
        public Curve {
            if (fpr.length != tpr.length) {
                throw new IllegalArgumentException(name + ": " + fpr.length + " FPRs but " + tpr.length + " TPRs");
            }
            fpr = fpr.clone();
            tpr = tpr.clone();
        }

        /** The legend text: name, AUC and, when known, its confidence interval. */
        public String legendText() {
            return name + "  " + aucText();
        }

        /** "AUC 0.912 [0.880, 0.940]", the interval only when known. */
        public String aucText() {
            String text = "AUC " + Formats.fixed(auc, 3);
            if (Formats.hasInterval(ciLower, ciUpper)) {
                text += String.format(Locale.ROOT, " [%s, %s]", Formats.fixed(ciLower, 3), Formats.fixed(ciUpper, 3));
            }
            return text;
        }
    }

    private RocChart() {
    }

    /** Renders the ROC curves of {@code label} at the default size. */
    public static BufferedImage render(String label, List<Curve> curves) {
        return render(label, curves, Canvas.WIDTH, Canvas.HEIGHT);
    }

    /** Renders the ROC curves of {@code label} at {@code width × height}. */
    public static BufferedImage render(String label, List<Curve> curves, int width, int height) {
        BufferedImage image = Canvas.newImage(width, height);
        Graphics2D g = Canvas.graphics(image);
        try {
            Canvas.title(g, "ROC: " + label, width);
            Rectangle area = plotArea(width, height);
            int top = area.y;
            Ticks ticks = Ticks.fromStep(0, 1, 0.2);
            Axes axes = new Axes(area, ticks, ticks);
            axes.draw(g, "False positive rate (1 − specificity)", "True positive rate (sensitivity)");

            Shape savedClip = g.getClip();
            axes.clip(g);
            g.setColor(Palette.REFERENCE);
            g.setStroke(Canvas.dashed(1.5f, 1));
            g.draw(new Line2D.Double(axes.px(0), axes.py(0), axes.px(1), axes.py(1)));
            List<Legend.Entry> entries = new ArrayList<>();
            for (int i = 0; i < curves.size(); i++) {
                Curve curve = curves.get(i);
                Legend.Entry entry = new Legend.Entry(curve.legendText(), Palette.series(i), Canvas.dashed(2.5f, i));
                entries.add(entry);
                double[][] points = sorted(curve.fpr(), curve.tpr());
                g.setColor(entry.color());
                g.setStroke(entry.stroke());
                g.draw(axes.polyline(points[0], points[1]));
            }
            g.setClip(savedClip);
            entries.add(new Legend.Entry("chance (AUC 0.5)", Palette.REFERENCE, Canvas.dashed(1.5f, 1)));
            int legendX = area.x + area.width + 28;
            drawColumn(g, entries, curves, legendX, top + 4, width - legendX - 10);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Where the plot (the unit square) lies in a chart of {@code width × height}. */
    public static Rectangle plotArea(int width, int height) {
        // A square plot so that the diagonal is at 45°; the legend takes the space to its right.
        int top = 50;
        int side = Math.max(10, Math.min(height - top - 62, width / 2));
        return new Rectangle(78, top, side, side);
    }

    // One entry per variant: the name beside its line sample, the AUC with its CI on a second line beneath, so
    // that long variant names and intervals are not cut off.
    private static void drawColumn(Graphics2D g, List<Legend.Entry> entries, List<Curve> curves, int x, int y,
            int width) {
        int row = y;
        for (int i = 0; i < entries.size(); i++) {
            Legend.Entry entry = entries.get(i);
            boolean isCurve = i < curves.size();
            Legend.Entry named = new Legend.Entry(isCurve ? curves.get(i).name() : entry.text(), entry.color(),
                    entry.stroke());
            row += Legend.draw(g, List.of(named), x, row, width);
            if (isCurve) {
                g.setFont(Canvas.TICK);
                g.setColor(Canvas.TEXT);
                FontMetrics fm = g.getFontMetrics();
                String detail = Canvas.fit(g, curves.get(i).aucText(), width - 32);
                g.drawString(detail, x + 32, row + fm.getAscent() - 2);
                row += fm.getHeight();
            }
            row += 8;
        }
    }

    /** The finite points ordered by FPR then TPR, with the (0,0) and (1,1) end points added when missing. */
    static double[][] sorted(double[] fpr, double[] tpr) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < fpr.length; i++) {
            if (Double.isFinite(fpr[i]) && Double.isFinite(tpr[i])) {
                points.add(new double[] {fpr[i], tpr[i]});
            }
        }
        if (points.isEmpty()) {
            return new double[][] {new double[0], new double[0]};
        }
        points.sort(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1]));
        if (points.get(0)[0] > 0 || points.get(0)[1] > 0) {
            points.add(0, new double[] {0, 0});
        }
        double[] last = points.get(points.size() - 1);
        if (last[0] < 1 || last[1] < 1) {
            points.add(new double[] {1, 1});
        }
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        return new double[][] {xs, ys};
    }
}

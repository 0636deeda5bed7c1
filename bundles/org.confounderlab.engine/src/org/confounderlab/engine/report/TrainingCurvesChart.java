package org.confounderlab.engine.report;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.LabelValue;

/**
 * Training curves: train and validation loss per epoch on the left panel, validation AUC per label on the
 * right panel (the right panel is left out when no epoch recorded an AUC).
 */
public final class TrainingCurvesChart {

    private static final int MARKER_LIMIT = 40;

    private TrainingCurvesChart() {
    }

    /** Renders the epochs' curves at the default size. */
    public static BufferedImage render(List<? extends EpochRecord> epochs) {
        return render(epochs, Canvas.WIDTH, Canvas.HEIGHT);
    }

    /** Renders the epochs' curves at {@code width × height}. */
    public static BufferedImage render(List<? extends EpochRecord> epochs, int width, int height) {
        int n = epochs.size();
        double[] index = new double[n];
        double[] train = new double[n];
        double[] validation = new double[n];
        Map<String, double[]> aucs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            EpochRecord epoch = epochs.get(i);
            index[i] = epoch.getIndex();
            train[i] = epoch.getTrainLoss();
            validation[i] = epoch.getValidationLoss();
            for (LabelValue value : epoch.getLabelAucs()) {
                double[] row = aucs.computeIfAbsent(String.valueOf(value.getLabel()), k -> nans(n));
                row[i] = value.getValue();
            }
        }
        List<Series> losses = new ArrayList<>();
        addIfRecorded(losses, new Series("train loss", index, train));
        addIfRecorded(losses, new Series("validation loss", index, validation));
        List<Series> aucSeries = new ArrayList<>();
        aucs.forEach((label, values) -> aucSeries.add(new Series(label, index, values)));
        return render(losses, aucSeries, width, height);
    }

    /** Renders given loss and AUC series (x = epoch index) at {@code width × height}. */
    public static BufferedImage render(List<Series> losses, List<Series> aucs, int width, int height) {
        BufferedImage image = Canvas.newImage(width, height);
        Graphics2D g = Canvas.graphics(image);
        try {
            Canvas.title(g, "Training curves", width);
            if (!aucs.isEmpty() && !losses.isEmpty()) {
                int half = width / 2;
                List<Legend.Entry> lossEntries = entries(losses, false);
                List<Legend.Entry> aucEntries = entries(aucs, true);
                // Both panels reserve the taller legend so that their plot areas line up.
                int legendHeight = Math.max(Legend.height(g, lossEntries, half - 40),
                        Legend.height(g, aucEntries, width - half - 40));
                panel(g, new Rectangle(0, 0, half, height), losses, lossEntries, legendHeight, "Loss", false);
                panel(g, new Rectangle(half, 0, width - half, height), aucs, aucEntries, legendHeight,
                        "Validation AUC", true);
            } else if (!aucs.isEmpty()) {
                single(g, new Rectangle(0, 0, width, height), aucs, "Validation AUC", true);
            } else {
                single(g, new Rectangle(0, 0, width, height), losses, "Loss", false);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void single(Graphics2D g, Rectangle box, List<Series> series, String yTitle, boolean auc) {
        List<Legend.Entry> entries = entries(series, auc);
        panel(g, box, series, entries, Legend.height(g, entries, box.width - 40), yTitle, auc);
    }

    // Colours cycle through the palette; after each full cycle the dash pattern changes so no two lines match.
    private static List<Legend.Entry> entries(List<Series> series, boolean auc) {
        List<Legend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            int dash = auc ? i / Palette.SIZE : i + i / Palette.SIZE;
            entries.add(new Legend.Entry(series.get(i).name(), Palette.series(i), Canvas.dashed(2.5f, dash)));
        }
        return entries;
    }

    private static void panel(Graphics2D g, Rectangle box, List<Series> series, List<Legend.Entry> entries,
            int legendHeight, String yTitle, boolean auc) {
        int legendWidth = box.width - 40;
        int left = box.x + 78;
        int top = 50;
        int right = box.x + box.width - 22;
        int bottom = box.y + box.height - 62 - legendHeight;
        Rectangle area = new Rectangle(left, top, Math.max(10, right - left), Math.max(10, bottom - top));

        double xLo = Double.POSITIVE_INFINITY;
        double xHi = Double.NEGATIVE_INFINITY;
        double yLo = Double.POSITIVE_INFINITY;
        double yHi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                    xLo = Math.min(xLo, s.x()[i]);
                    xHi = Math.max(xHi, s.x()[i]);
                    yLo = Math.min(yLo, s.y()[i]);
                    yHi = Math.max(yHi, s.y()[i]);
                }
            }
        }
        if (!Double.isFinite(xLo)) {
            xLo = 0;
            xHi = 1;
            yLo = 0;
            yHi = 1;
        }
        Ticks xTicks = Ticks.integers((int) Math.floor(xLo), (int) Math.ceil(xHi), 8);
        Ticks yTicks;
        if (auc) {
            // AUC lives in [0, 1]; show at least 0.5–1 so that chance level is always in view.
            yTicks = Ticks.nice(Math.min(0.5, yLo), Math.max(1.0, Math.min(1.0, yHi)), 5);
            yTicks = Ticks.fromStep(Math.max(0, yTicks.min()), Math.min(1, yTicks.max()), yTicks.step());
        } else {
            yTicks = Ticks.nice(Math.min(0, yLo), yHi * 1.05, 5);
        }
        Axes axes = new Axes(area, xTicks, yTicks);
        axes.draw(g, "Epoch", yTitle);

        Shape savedClip = g.getClip();
        axes.clip(g);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            g.setColor(entries.get(i).color());
            g.setStroke(entries.get(i).stroke());
            g.draw(axes.polyline(s.x(), s.y()));
            if (s.x().length <= MARKER_LIMIT) {
                // Markers make single-epoch runs visible and show where the measurements are.
                for (int j = 0; j < s.x().length; j++) {
                    if (Double.isFinite(s.x()[j]) && Double.isFinite(s.y()[j])) {
                        g.fill(new Ellipse2D.Double(axes.px(s.x()[j]) - 4, axes.py(s.y()[j]) - 4, 8, 8));
                    }
                }
            }
        }
        g.setClip(savedClip);
        Legend.draw(g, entries, box.x + 30, area.y + area.height + 48, legendWidth);
    }

    // A loss that is zero (the model default) or missing in every epoch was not recorded.
    private static void addIfRecorded(List<Series> target, Series series) {
        for (double v : series.y()) {
            if (Double.isFinite(v) && v != 0.0) {
                target.add(series);
                return;
            }
        }
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }
}

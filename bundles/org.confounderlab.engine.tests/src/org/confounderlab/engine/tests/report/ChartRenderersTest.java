package org.confounderlab.engine.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.List;

import org.confounderlab.engine.report.AucBarChart;
import org.confounderlab.engine.report.Palette;
import org.confounderlab.engine.report.RocChart;
import org.confounderlab.engine.report.Series;
import org.confounderlab.engine.report.TrainingCurvesChart;
import org.junit.jupiter.api.Test;

class ChartRenderersTest {

    @Test
    void rocChartDrawsChanceDiagonalAndCurveInItsColour() {
        RocChart.Curve curve = powerCurve("original", 0.9);
        BufferedImage image = RocChart.render("Pneumothorax", List.of(curve));
        assertEquals(800, image.getWidth());
        assertEquals(500, image.getHeight());
        Rectangle area = RocChart.plotArea(800, 500);

        // The dashed grey diagonal: sample it along its length, most samples should hit grey.
        int grey = 0;
        int samples = 0;
        for (double t = 0.2; t <= 0.45; t += 0.005) {
            int x = (int) Math.round(area.x + t * area.width);
            int y = (int) Math.round(area.y + area.height - t * area.height);
            samples++;
            if (near(image, x, y, Palette.REFERENCE, 60, 1)) {
                grey++;
            }
        }
        assertTrue(grey > samples / 3, "diagonal hits " + grey + " of " + samples);

        // The curve (AUC 0.9) bows towards the top-left: its colour fills the upper-left quadrant, not the lower right.
        int upperLeft = count(image, new Rectangle(area.x, area.y, area.width / 2, area.height / 2), Palette.BLUE, 40);
        int lowerRight = count(image, new Rectangle(area.x + area.width / 2 + 5, area.y + area.height / 2 + 5,
                area.width / 2 - 10, area.height / 2 - 10), Palette.BLUE, 40);
        assertTrue(upperLeft > 100, "curve pixels in upper left: " + upperLeft);
        assertEquals(0, lowerRight);
        // The legend, right of the plot, shows the curve's colour too.
        assertTrue(count(image, new Rectangle(area.x + area.width + 1, 0, 800 - area.x - area.width - 1, 500),
                Palette.BLUE, 40) > 20);
    }

    @Test
    void rocChartGivesEachVariantItsOwnColour() {
        BufferedImage image = RocChart.render("Effusion", List.of(powerCurve("original", 0.9),
                powerCurve("masked", 0.7)));
        Rectangle area = RocChart.plotArea(800, 500);
        assertTrue(count(image, area, Palette.BLUE, 40) > 100);
        assertTrue(count(image, area, Palette.VERMILLION, 40) > 100);
    }

    @Test
    void aucBarsDrawBarsAndErrorBars() {
        List<AucBarChart.Bar> withCi = List.of(
                new AucBarChart.Bar("Pneumothorax", "original", 0.91, 0.87, 0.95),
                new AucBarChart.Bar("Pneumothorax", "masked", 0.71, 0.66, 0.76),
                new AucBarChart.Bar("Effusion", "original", 0.78, 0.74, 0.82),
                new AucBarChart.Bar("Effusion", "masked", 0.76, 0.72, 0.80));
        List<AucBarChart.Bar> withoutCi = withCi.stream()
                .map(b -> new AucBarChart.Bar(b.label(), b.variant(), b.auc(), Double.NaN, Double.NaN)).toList();
        BufferedImage with = AucBarChart.render(withCi);
        BufferedImage without = AucBarChart.render(withoutCi);

        assertTrue(count(with, new Rectangle(0, 0, 800, 500), Palette.BLUE, 10) > 5000, "original bars");
        assertTrue(count(with, new Rectangle(0, 0, 800, 500), Palette.VERMILLION, 10) > 5000, "masked bars");
        // Error bars are black strokes on top of the bars: many more black pixels with CIs than without.
        Rectangle plot = new Rectangle(80, 60, 690, 360);
        int blackWith = count(with, plot, Color.BLACK, 40);
        int blackWithout = count(without, plot, Color.BLACK, 40);
        assertTrue(blackWith > blackWithout + 4 * 40, "black pixels " + blackWith + " vs " + blackWithout);
    }

    @Test
    void attentionSharesDrawBarsForPresentAndAbsentImagesWithAreaTicks() {
        List<org.confounderlab.model.run.SaliencySummary> summaries = new java.util.ArrayList<>();
        summaries.add(summary("laterality", "present", 0.31, 0.27, 0.35, 0.034));
        summaries.add(summary("laterality", "absent", 0.02, 0.01, 0.03, 0.034));
        summaries.add(summary("lesion", "present", 0.12, 0.10, 0.14, 0.046));
        summaries.add(summary("lesion", "present, positive", 0.12, 0.10, 0.14, 0.046)); // not drawn
        BufferedImage image = org.confounderlab.engine.report.AttentionShareChart.render(summaries);
        Rectangle all = new Rectangle(0, 0, 800, 500);
        int blue = count(image, all, Palette.BLUE, 10);
        int vermillion = count(image, all, Palette.VERMILLION, 10);
        // The laterality "present" bar (0.31) is by far the largest; "absent" bars are short but drawn.
        assertTrue(blue > 5000, "bars of images with the region: " + blue);
        assertTrue(vermillion > 50 && vermillion < blue / 5, "bars of images without it: " + vermillion);
    }

    private static org.confounderlab.model.run.SaliencySummary summary(String region, String subset, double share,
            double lower, double upper, double area) {
        org.confounderlab.model.run.SaliencySummary s = org.confounderlab.model.run.RunFactory.eINSTANCE
                .createSaliencySummary();
        s.setMethod(org.confounderlab.model.run.SaliencyMethod.GRAD_CAM);
        s.setRegionName(region);
        s.setLabel("finding");
        s.setSubset(subset);
        s.setMeanShare(share);
        s.setCiLower(lower);
        s.setCiUpper(upper);
        s.setAreaShare(area);
        s.setN(50);
        return s;
    }

    @Test
    void trainingCurvesDrawLossAndAucPanels() {
        double[] epochs = {0, 1, 2, 3};
        BufferedImage image = TrainingCurvesChart.render(
                List.of(new Series("train loss", epochs, new double[] {0.69, 0.55, 0.44, 0.35}),
                        new Series("validation loss", epochs, new double[] {0.70, 0.60, 0.52, 0.47})),
                List.of(new Series("Pneumothorax", epochs, new double[] {0.70, 0.76, 0.82, 0.88}),
                        new Series("Effusion", epochs, new double[] {0.62, 0.66, 0.70, 0.74})),
                800, 500);
        Rectangle left = new Rectangle(0, 40, 400, 460);
        Rectangle right = new Rectangle(400, 40, 400, 460);
        // Each panel gives its first series blue and its second vermillion.
        assertTrue(count(image, left, Palette.BLUE, 40) > 100);
        assertTrue(count(image, left, Palette.VERMILLION, 40) > 100);
        assertTrue(count(image, right, Palette.BLUE, 40) > 100);
        assertTrue(count(image, right, Palette.VERMILLION, 40) > 100);
    }

    @Test
    void singleEpochIsStillVisible() {
        BufferedImage image = TrainingCurvesChart.render(
                List.of(new Series("train loss", new double[] {0}, new double[] {0.68})), List.of(), 800, 500);
        // A lone point has no line, only its marker (plus the legend sample).
        int blue = count(image, new Rectangle(60, 40, 740, 360), Palette.BLUE, 40);
        assertTrue(blue > 20, "marker pixels: " + blue);
    }

    @Test
    void rendersAtOtherSizesWithoutFailing() {
        BufferedImage small = RocChart.render("x", List.of(powerCurve("a", 0.8)), 320, 200);
        assertEquals(320, small.getWidth());
        BufferedImage bars = AucBarChart.render(List.of(), 400, 300);
        assertEquals(300, bars.getHeight());
        BufferedImage empty = TrainingCurvesChart.render(List.of(), List.of(), 400, 300);
        assertEquals(400, empty.getWidth());
    }

    static RocChart.Curve powerCurve(String name, double auc) {
        double k = 1 / auc - 1;
        double[] fpr = new double[50];
        double[] tpr = new double[50];
        for (int i = 0; i < 50; i++) {
            fpr[i] = i / 49.0;
            tpr[i] = Math.pow(fpr[i], k);
        }
        return new RocChart.Curve(name, auc, auc - 0.03, auc + 0.03, fpr, tpr);
    }

    private static int count(BufferedImage image, Rectangle r, Color colour, int tolerance) {
        int n = 0;
        for (int y = Math.max(0, r.y); y < Math.min(image.getHeight(), r.y + r.height); y++) {
            for (int x = Math.max(0, r.x); x < Math.min(image.getWidth(), r.x + r.width); x++) {
                if (close(image.getRGB(x, y), colour, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean near(BufferedImage image, int x, int y, Color colour, int tolerance, int radius) {
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                if (close(image.getRGB(x + dx, y + dy), colour, tolerance)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean close(int rgb, Color colour, int tolerance) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                + Math.abs(c.getBlue() - colour.getBlue()) <= tolerance;
    }
}

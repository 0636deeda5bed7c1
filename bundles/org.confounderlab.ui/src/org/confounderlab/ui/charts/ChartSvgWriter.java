package org.confounderlab.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * A chart as SVG, for papers: drawn again from the chart's series data (not a screen grab), with its title, axis
 * titles, ticks, line and bar series, error bars and legend, at a fixed size. Handles the charts of this bundle
 * (line series on one or two y axes, category bar series with error bars).
 */
public final class ChartSvgWriter {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 520;
    private static final int LEFT = 80;
    private static final int RIGHT = 80;
    private static final int TOP = 50;
    private static final int BOTTOM = 110;

    private final Chart chart;
    private final StringBuilder svg = new StringBuilder();

    public ChartSvgWriter(Chart chart) {
        this.chart = chart;
    }

    /** The SVG document. */
    public String write() {
        svg.setLength(0);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        text(WIDTH / 2.0, 28, chart.getTitle().getText(), "middle", 16, "bold", 0);
        IAxis x = chart.getAxisSet().getXAxis(0);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"#444\"/>\n", LEFT, TOP, plotWidth, plotHeight));
        xAxis(x, plotWidth, plotHeight);
        for (IAxis y : chart.getAxisSet().getYAxes()) {
            yAxis(y, plotWidth, plotHeight);
        }
        List<String[]> legend = new ArrayList<>();
        ISeries<?>[] all = chart.getSeriesSet().getSeries();
        List<IBarSeries<?>> bars = new ArrayList<>();
        for (ISeries<?> series : all) {
            if (series instanceof IBarSeries<?> bar) {
                bars.add(bar);
            }
        }
        int barIndex = 0;
        for (ISeries<?> series : all) {
            if (!series.isVisible()) {
                continue;
            }
            IAxis y = chart.getAxisSet().getYAxis(series.getYAxisId());
            if (series instanceof ILineSeries<?> line) {
                line(line, x, y, plotWidth, plotHeight);
                if (line.isVisibleInLegend()) {
                    legend.add(new String[] {series.getId(), hex(line.getLineColor())});
                }
            } else if (series instanceof IBarSeries<?> bar) {
                bar(bar, barIndex++, bars.size(), x, y, plotWidth, plotHeight);
                legend.add(new String[] {series.getId(), hex(bar.getBarColor())});
            }
        }
        legend(legend);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private double px(IAxis x, double value, double plotWidth) {
        Range range = x.getRange();
        return LEFT + (value - range.lower) / (range.upper - range.lower) * plotWidth;
    }

    private double py(IAxis y, double value, double plotHeight) {
        Range range = y.getRange();
        return TOP + plotHeight - (value - range.lower) / (range.upper - range.lower) * plotHeight;
    }

    private void xAxis(IAxis x, double plotWidth, double plotHeight) {
        double bottom = TOP + plotHeight;
        if (x.isCategoryEnabled() && x.getCategorySeries() != null) {
            String[] categories = x.getCategorySeries();
            for (int i = 0; i < categories.length; i++) {
                double centre = LEFT + (i + 0.5) * plotWidth / categories.length;
                text(centre, bottom + 18, categories[i], "middle", 12, "normal", 0);
            }
        } else {
            for (double tick : ticks(x.getRange())) {
                double position = px(x, tick, plotWidth);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"#444\"/>\n", position, bottom, position, bottom + 5));
                text(position, bottom + 18, label(tick), "middle", 11, "normal", 0);
            }
        }
        text(LEFT + plotWidth / 2, bottom + 40, x.getTitle().getText(), "middle", 13, "bold", 0);
    }

    private void yAxis(IAxis y, double plotWidth, double plotHeight) {
        boolean secondary = y.getPosition() == Position.Secondary;
        double edge = secondary ? LEFT + plotWidth : LEFT;
        for (double tick : ticks(y.getRange())) {
            double position = py(y, tick, plotHeight);
            double outer = secondary ? edge + 5 : edge - 5;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"#444\"/>\n", edge, position, outer, position));
            if (!secondary) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"#ddd\" stroke-dasharray=\"3,3\"/>\n", edge, position, edge + plotWidth, position));
            }
            text(secondary ? edge + 8 : edge - 8, position + 4, label(tick), secondary ? "start" : "end", 11,
                    "normal", 0);
        }
        double titleX = secondary ? edge + 55 : edge - 55;
        text(titleX, TOP + plotHeight / 2, y.getTitle().getText(), "middle", 13, "bold", secondary ? 90 : -90);
    }

    private void line(ILineSeries<?> line, IAxis x, IAxis y, double plotWidth, double plotHeight) {
        double[] xs = line.getXSeries();
        double[] ys = line.getYSeries();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < Math.min(xs.length, ys.length); i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                points.append(String.format(Locale.ROOT, "%.2f,%.2f ", px(x, xs[i], plotWidth),
                        py(y, ys[i], plotHeight)));
            }
        }
        String dash = line.getLineStyle() == LineStyle.DASH ? " stroke-dasharray=\"8,4\""
                : line.getLineStyle() == LineStyle.DOT ? " stroke-dasharray=\"2,3\"" : "";
        svg.append(String.format(Locale.ROOT, "<polyline data-series=\"%s\" points=\"%s\" fill=\"none\" "
                + "stroke=\"%s\" stroke-width=\"%d\"%s/>\n", escape(line.getId()), points.toString().strip(),
                hex(line.getLineColor()), Math.max(1, line.getLineWidth()), dash));
    }

    private void bar(IBarSeries<?> bar, int index, int count, IAxis x, IAxis y, double plotWidth,
            double plotHeight) {
        double[] values = bar.getYSeries();
        IErrorBar errors = bar.getYErrorBar();
        double slot = plotWidth / Math.max(1, values.length);
        double width = slot * 0.7 / Math.max(1, count);
        for (int i = 0; i < values.length; i++) {
            double left = LEFT + i * slot + slot * 0.15 + index * width;
            double top = py(y, values[i], plotHeight);
            double base = py(y, Math.max(0, y.getRange().lower), plotHeight);
            svg.append(String.format(Locale.ROOT, "<rect data-series=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\" fill=\"%s\"/>\n", escape(bar.getId()), left, top, width,
                    Math.max(0, base - top), hex(bar.getBarColor())));
            if (errors.isVisible() && errors.getPlusErrors() != null && errors.getMinusErrors() != null
                    && i < errors.getPlusErrors().length && i < errors.getMinusErrors().length) {
                double centre = left + width / 2;
                double high = py(y, values[i] + errors.getPlusErrors()[i], plotHeight);
                double low = py(y, values[i] - errors.getMinusErrors()[i], plotHeight);
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1fV%.1fM%.1f %.1fH%.1fM%.1f %.1fH%.1f\" "
                        + "stroke=\"black\" stroke-width=\"1.5\"/>\n", centre, low, high, centre - 5, high, centre + 5,
                        centre - 5, low, centre + 5));
            }
        }
    }

    private void legend(List<String[]> entries) {
        double x = LEFT;
        double y = HEIGHT - 38;
        for (String[] entry : entries) {
            double width = 30 + 7.2 * entry[0].length();
            if (x + width > WIDTH - 10) {
                x = LEFT;
                y += 18;
            }
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"4\" "
                    + "fill=\"%s\"/>\n", x, y - 5, entry[1]));
            text(x + 20, y, entry[0], "start", 12, "normal", 0);
            x += width;
        }
    }

    /** About five round tick values across {@code range}. */
    static List<Double> ticks(Range range) {
        double span = range.upper - range.lower;
        List<Double> ticks = new ArrayList<>();
        if (!(span > 0) || !Double.isFinite(span)) {
            return ticks;
        }
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
                : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
        for (double tick = Math.ceil(range.lower / step) * step; tick <= range.upper + step * 1e-9; tick += step) {
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0 : tick);
        }
        return ticks;
    }

    private static String label(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private void text(double x, double y, String text, String anchor, int size, String weight, int rotate) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String transform = rotate == 0 ? "" : String.format(Locale.ROOT, " transform=\"rotate(%d %.1f %.1f)\"",
                rotate, x, y);
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                + "font-weight=\"%s\"%s>%s</text>\n", x, y, anchor, size, weight, transform, escape(text)));
    }

    private static String hex(Color colour) {
        return colour == null ? "#000000" : String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(),
                colour.getBlue());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

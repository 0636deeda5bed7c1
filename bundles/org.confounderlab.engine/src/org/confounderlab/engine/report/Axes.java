package org.confounderlab.engine.report;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;

/** A rectangular plot area with linear x and y scales: maps data to pixels and draws grid, ticks and labels. */
public final class Axes {

    private final Rectangle area;
    private final Ticks x;
    private final Ticks y;

    /** Axes over {@code area} (pixels) with the ranges of the given ticks. */
    public Axes(Rectangle area, Ticks x, Ticks y) {
        this.area = new Rectangle(area);
        this.x = x;
        this.y = y;
    }

    /** The plot area in pixels. */
    public Rectangle area() {
        return new Rectangle(area);
    }

    /** The pixel column of data value {@code v}. */
    public double px(double v) {
        return area.x + (v - x.min()) / (x.max() - x.min()) * area.width;
    }

    /** The pixel row of data value {@code v} (y grows upwards in data, downwards in pixels). */
    public double py(double v) {
        return area.y + area.height - (v - y.min()) / (y.max() - y.min()) * area.height;
    }

    /** Draws the light grid, the frame, tick marks with labels and the two axis titles. */
    void draw(Graphics2D g, String xTitle, String yTitle) {
        g.setStroke(Canvas.line(1f));
        g.setColor(Canvas.GRID);
        for (double v : y.values()) {
            int row = (int) Math.round(py(v));
            g.drawLine(area.x, row, area.x + area.width, row);
        }
        for (double v : x.values()) {
            int col = (int) Math.round(px(v));
            g.drawLine(col, area.y, col, area.y + area.height);
        }
        g.setColor(Canvas.FRAME);
        g.drawRect(area.x, area.y, area.width, area.height);
        g.setFont(Canvas.TICK);
        FontMetrics fm = g.getFontMetrics();
        int bottom = area.y + area.height;
        int widest = 0;
        for (double v : y.values()) {
            int row = (int) Math.round(py(v));
            g.drawLine(area.x - 5, row, area.x, row);
            String label = y.label(v);
            widest = Math.max(widest, fm.stringWidth(label));
            g.drawString(label, area.x - 8 - fm.stringWidth(label), row + fm.getAscent() / 2 - 1);
        }
        for (double v : x.values()) {
            int col = (int) Math.round(px(v));
            g.drawLine(col, bottom, col, bottom + 5);
            String label = x.label(v);
            g.drawString(label, col - fm.stringWidth(label) / 2, bottom + 8 + fm.getAscent());
        }
        g.setFont(Canvas.AXIS_LABEL);
        g.setColor(Canvas.TEXT);
        FontMetrics am = g.getFontMetrics();
        if (xTitle != null) {
            String text = Canvas.fit(g, xTitle, area.width);
            g.drawString(text, area.x + (area.width - am.stringWidth(text)) / 2,
                    bottom + 12 + fm.getHeight() + am.getAscent());
        }
        if (yTitle != null) {
            // Rotated a quarter turn so it reads bottom-to-top left of the tick labels.
            String text = Canvas.fit(g, yTitle, area.height);
            AffineTransform saved = g.getTransform();
            int cx = area.x - 14 - widest - am.getDescent();
            g.rotate(-Math.PI / 2, cx, area.y + area.height / 2.0);
            g.drawString(text, cx - am.stringWidth(text) / 2, area.y + area.height / 2 );
            g.setTransform(saved);
        }
    }

    /** The polyline through the finite points of {@code xs}/{@code ys}; gaps (NaN) break the line. */
    Shape polyline(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                pen = false;
                continue;
            }
            if (pen) {
                path.lineTo(px(xs[i]), py(ys[i]));
            } else {
                path.moveTo(px(xs[i]), py(ys[i]));
                pen = true;
            }
        }
        return path;
    }

    /** Clips drawing to the plot area (plus a marker's radius) so data never spills onto the labels. */
    void clip(Graphics2D g) {
        g.setClip(area.x - 5, area.y - 5, area.width + 10, area.height + 10);
    }
}

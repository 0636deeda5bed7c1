package org.confounderlab.engine.report;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.util.List;

/** A legend that flows its entries left to right and wraps into rows within a given width. */
final class Legend {

    /** One legend entry: a line sample (stroke) or a filled box (stroke {@code null}) and its text. */
    record Entry(String text, Color color, Stroke stroke) {
    }

    private static final int SAMPLE = 26;
    private static final int GAP = 18;
    private static final int ROW = 20;

    private Legend() {
    }

    /** The height the entries need when flowed into {@code width} pixels. */
    static int height(Graphics2D g, List<Entry> entries, int width) {
        return layout(g, entries, 0, 0, width, false);
    }

    /** Draws the entries flowed into the box starting at {@code (x, y)} of {@code width}; returns the height used. */
    static int draw(Graphics2D g, List<Entry> entries, int x, int y, int width) {
        return layout(g, entries, x, y, width, true);
    }

    private static int layout(Graphics2D g, List<Entry> entries, int x, int y, int width, boolean paint) {
        if (entries.isEmpty()) {
            return 0;
        }
        g.setFont(Canvas.LEGEND);
        FontMetrics fm = g.getFontMetrics();
        int col = 0;
        int row = 0;
        for (Entry entry : entries) {
            String text = Canvas.fit(g, entry.text(), width - SAMPLE - 8);
            int w = SAMPLE + 6 + fm.stringWidth(text);
            if (col > 0 && col + w > width) {
                col = 0;
                row++;
            }
            if (paint) {
                int left = x + col;
                int mid = y + row * ROW + ROW / 2;
                g.setColor(entry.color());
                if (entry.stroke() == null) {
                    g.fillRect(left + 4, mid - 6, SAMPLE - 8, 12);
                } else {
                    Stroke saved = g.getStroke();
                    g.setStroke(entry.stroke());
                    g.drawLine(left, mid, left + SAMPLE, mid);
                    g.setStroke(saved);
                }
                g.setColor(Canvas.TEXT);
                g.drawString(text, left + SAMPLE + 6, mid + fm.getAscent() / 2 - 1);
            }
            col += w + GAP;
        }
        return (row + 1) * ROW;
    }
}

package org.confounderlab.engine.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Map;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.diagnostics.HeatMap;

/**
 * A heat map over its image for people: the model input in gray on the left, the same with the heat map in a
 * perceptual colour scale (transparent where cold) and the named regions outlined on the right, and a caption
 * below. Small inputs are scaled up so that a 64-pixel image is still readable.
 */
public final class HeatmapOverlay {

    /** Side of each panel in the PNG. */
    static final int PANEL = 320;
    private static final int GAP = 12;
    private static final int CAPTION = 44;
    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font REGION_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    private HeatmapOverlay() {
    }

    /**
     * Draws it.
     *
     * @param gray    the image's first channel, {@code size × size} row-major, values in [0, 1]
     * @param map     the heat map over the same pixels
     * @param regions boxes in input pixels, outlined and named
     * @param caption one or two lines under the panels
     */
    public static BufferedImage draw(float[] gray, HeatMap map, Map<String, Box> regions, String caption) {
        int size = map.size();
        BufferedImage image = Canvas.newImage(2 * PANEL + 3 * GAP, PANEL + 2 * GAP + CAPTION);
        BufferedImage plain = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        BufferedImage heat = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        float max = map.max();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int v = Math.round(255 * Math.max(0f, Math.min(1f, gray[y * size + x])));
                plain.setRGB(x, y, v << 16 | v << 8 | v);
                double t = max > 0 ? map.values()[y * size + x] / max : 0;
                heat.setRGB(x, y, blend(v, colour(t), 0.15 + 0.55 * t));
            }
        }
        Graphics2D g = Canvas.graphics(image);
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(plain, GAP, GAP, PANEL, PANEL, null);
        g.drawImage(heat, 2 * GAP + PANEL, GAP, PANEL, PANEL, null);
        double scale = (double) PANEL / size;
        int index = 0;
        for (Map.Entry<String, Box> region : regions.entrySet()) {
            Color colour = index++ % 2 == 0 ? Color.WHITE : Palette.SKY_BLUE;
            Box box = region.getValue();
            for (int panel = 0; panel < 2; panel++) {
                int left = GAP + panel * (PANEL + GAP);
                int x = left + (int) Math.round(box.x() * scale);
                int y = GAP + (int) Math.round(box.y() * scale);
                int w = (int) Math.round(box.width() * scale);
                int h = (int) Math.round(box.height() * scale);
                g.setColor(Color.BLACK);
                g.setStroke(Canvas.line(4f));
                g.drawRect(x, y, w, h);
                g.setColor(colour);
                g.setStroke(Canvas.line(2f));
                g.drawRect(x, y, w, h);
                g.setFont(REGION_FONT);
                int textY = y > GAP + 16 ? y - 4 : y + h + 14;
                // Keep the name inside its panel: boxes near the right edge get their name shifted left.
                int textX = Math.max(left + 2, Math.min(x, left + PANEL - g.getFontMetrics().stringWidth(
                        region.getKey()) - 2));
                g.setColor(Color.BLACK);
                g.drawString(region.getKey(), textX + 1, textY + 1);
                g.setColor(colour);
                g.drawString(region.getKey(), textX, textY);
            }
        }
        g.setFont(CAPTION_FONT);
        g.setColor(Color.DARK_GRAY);
        int line = 0;
        for (String text : caption.split("\n", 2)) {
            g.drawString(Canvas.fit(g, text, image.getWidth() - 2 * GAP), GAP, PANEL + 2 * GAP + 16 + 18 * line++);
        }
        g.dispose();
        return image;
    }

    /** A heat colour for {@code t} in [0, 1]: dark blue, through teal and yellow-green, to red (turbo-like). */
    public static int colour(double t) {
        double[][] stops = {{0.19, 0.07, 0.23}, {0.16, 0.47, 0.90}, {0.10, 0.80, 0.64}, {0.64, 0.99, 0.24},
            {0.98, 0.73, 0.22}, {0.80, 0.15, 0.05}};
        double position = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) position);
        double f = position - i;
        int rgb = 0;
        for (int c = 0; c < 3; c++) {
            rgb = rgb << 8 | (int) Math.round(255 * (stops[i][c] * (1 - f) + stops[i + 1][c] * f));
        }
        return rgb;
    }

    /** {@code gray} mixed with {@code rgb} at {@code alpha} (0: the gray alone, 1: the colour alone). */
    public static int blend(int gray, int rgb, double alpha) {
        int r = (int) Math.round(gray * (1 - alpha) + (rgb >> 16 & 0xff) * alpha);
        int g = (int) Math.round(gray * (1 - alpha) + (rgb >> 8 & 0xff) * alpha);
        int b = (int) Math.round(gray * (1 - alpha) + (rgb & 0xff) * alpha);
        return r << 16 | g << 8 | b;
    }
}

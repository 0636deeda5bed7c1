package org.confounderlab.ui.views;

import org.confounderlab.engine.report.HeatmapOverlay;
import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.SaliencyCase;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * One explained image as the saliency viewer draws it: the model input in gray, the heat map blended over it in the
 * report's colour scale at a chosen opacity (transparent where cold), and the regions outlined and named, the one
 * that made the image a worst case in yellow. Pixels are composed at the input's own size and scaled without
 * smoothing, so what is seen is what the model saw.
 */
final class SaliencyPicture {

    private final SaliencyCase explained;
    private final ImageData input;
    private final ImageData heat;

    /**
     * @param explained the case, for its regions
     * @param input     its model input (any depth; read through its palette)
     * @param heat      its heat map over the same pixels, 255 at the hottest
     */
    SaliencyPicture(SaliencyCase explained, ImageData input, ImageData heat) {
        if (input.width != heat.width || input.height != heat.height) {
            throw new IllegalArgumentException("the input is " + input.width + "×" + input.height
                    + " but its heat map " + heat.width + "×" + heat.height);
        }
        this.explained = explained;
        this.input = input;
        this.heat = heat;
    }

    int width() {
        return input.width;
    }

    int height() {
        return input.height;
    }

    /** The input with the heat map over it at {@code opacity} in [0, 1] (0: the input alone), at the input's size. */
    ImageData compose(boolean overlay, double opacity) {
        ImageData composed = new ImageData(input.width, input.height, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int y = 0; y < input.height; y++) {
            for (int x = 0; x < input.width; x++) {
                RGB pixel = input.palette.getRGB(input.getPixel(x, y));
                int gray = pixel.red;
                int rgb = gray << 16 | gray << 8 | gray;
                if (overlay && opacity > 0) {
                    double t = heat.palette.getRGB(heat.getPixel(x, y)).red / 255.0;
                    rgb = HeatmapOverlay.blend(gray, HeatmapOverlay.colour(t), opacity * (0.25 + 0.75 * t));
                }
                composed.setPixel(x, y, rgb);
            }
        }
        return composed;
    }

    /** Draws the picture {@code zoom} times its size at ({@code left}, {@code top}) on {@code gc}. */
    void draw(GC gc, int left, int top, double zoom, boolean overlay, double opacity, boolean boxes) {
        Display display = gc.getDevice() instanceof Display d ? d : Display.getCurrent();
        Image image = new Image(display, compose(overlay, opacity));
        try {
            gc.setInterpolation(SWT.NONE);
            gc.drawImage(image, 0, 0, input.width, input.height, left, top, (int) Math.round(input.width * zoom),
                    (int) Math.round(input.height * zoom));
        } finally {
            image.dispose();
        }
        if (boxes) {
            drawBoxes(gc, display, left, top, zoom);
        }
    }

    private void drawBoxes(GC gc, Display display, int left, int top, double zoom) {
        Color black = display.getSystemColor(SWT.COLOR_BLACK);
        for (RegionAttention region : explained.getRegions()) {
            Color colour = display.getSystemColor(region.getName().equals(explained.getRegion()) ? SWT.COLOR_YELLOW
                    : SWT.COLOR_WHITE);
            int x = left + (int) Math.round(region.getX() * zoom);
            int y = top + (int) Math.round(region.getY() * zoom);
            int w = (int) Math.round(region.getWidth() * zoom);
            int h = (int) Math.round(region.getHeight() * zoom);
            gc.setLineWidth(3);
            gc.setForeground(black);
            gc.drawRectangle(x, y, w, h);
            gc.setLineWidth(1);
            gc.setForeground(colour);
            gc.drawRectangle(x, y, w, h);
            String name = region.getName();
            int textHeight = gc.getFontMetrics().getHeight();
            int textY = y - textHeight - 1 >= top ? y - textHeight - 1 : y + h + 2;
            gc.setForeground(black);
            gc.drawText(name, x + 1, textY + 1, true);
            gc.setForeground(colour);
            gc.drawText(name, x, textY, true);
        }
    }
}

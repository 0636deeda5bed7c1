package org.confounderlab.ui.views;

import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.Thumbnail;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * Images as a scrolling grid of tiles, each with its marker regions outlined and named and a caption below; a tile
 * whose image cannot be read says why in its place.
 */
public final class ThumbnailGrid {

    /**
     * One tile.
     *
     * @param caption   one or two lines under the image
     * @param thumbnail the image, or {@code null} when it cannot be read
     * @param regions   boxes in the source image's pixels
     * @param problem   why there is no image (naming the file), or {@code null}
     */
    public record Tile(String caption, Thumbnail thumbnail, Map<String, Box> regions, String problem) {

        /** The tile of {@code image} as {@code decoder} reads it, or one that says why it cannot be read. */
        public static Tile of(org.confounderlab.engine.image.ImageDecoder decoder, java.nio.file.Path image,
                String caption, Map<String, Box> regions) {
            try {
                return new Tile(caption, Thumbnail.of(decoder.decode(image), SIDE), regions, null);
            } catch (org.confounderlab.engine.image.ImageDecodeException e) {
                return new Tile(caption, null, Map.of(), e.getMessage());
            }
        }
    }

    /** Longest side of a tile's image. */
    public static final int SIDE = 112;
    private static final int GAP = 8;
    private static final PaletteData GRAY = grayPalette();

    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private List<Tile> tiles = List.of();
    /** The tiles' images, made once per {@link #show} (not on every paint); {@code null} where a tile has none. */
    private final List<Image> images = new java.util.ArrayList<>();
    private String message = "";

    public ThumbnailGrid(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.BORDER);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        canvas.addPaintListener(e -> paint(e.gc));
        scroller.setContent(canvas);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> resize());
        canvas.addDisposeListener(e -> disposeImages());
    }

    /** How many tiles are shown. */
    public int tileCount() {
        return tiles.size();
    }

    public ScrolledComposite getControl() {
        return scroller;
    }

    /** Shows {@code shown}; with none, {@code text} in their place. */
    public void show(List<Tile> shown, String text) {
        tiles = List.copyOf(shown);
        disposeImages();
        for (Tile tile : tiles) {
            Thumbnail thumbnail = tile.thumbnail();
            images.add(thumbnail == null ? null : new Image(canvas.getDisplay(), new ImageData(thumbnail.width(),
                    thumbnail.height(), 8, GRAY, 1, thumbnail.gray())));
        }
        message = text;
        resize();
        canvas.redraw();
    }

    private void disposeImages() {
        images.stream().filter(java.util.Objects::nonNull).forEach(Image::dispose);
        images.clear();
    }

    List<Tile> tiles() {
        return tiles;
    }

    private int columns() {
        int width = scroller.getClientArea().width;
        return Math.max(1, (width - GAP) / (SIDE + GAP));
    }

    private int tileHeight() {
        GC gc = new GC(canvas);
        try {
            return SIDE + 2 * gc.getFontMetrics().getHeight() + GAP + 4;
        } finally {
            gc.dispose();
        }
    }

    private void resize() {
        int rows = (tiles.size() + columns() - 1) / columns();
        scroller.setMinSize(SIDE + 2 * GAP, GAP + rows * tileHeight());
    }

    /** Where tile {@code index} is drawn, image area only. */
    Rectangle imageArea(int index) {
        int columns = columns();
        return new Rectangle(GAP + index % columns * (SIDE + GAP), GAP + index / columns * tileHeight(), SIDE, SIDE);
    }

    /** Draws the grid onto {@code gc} (the canvas, or an image for checks). */
    void paint(GC gc) {
        Display display = canvas.getDisplay();
        if (tiles.isEmpty()) {
            gc.drawText(message, GAP, GAP, true);
            return;
        }
        int lineHeight = gc.getFontMetrics().getHeight();
        for (int i = 0; i < tiles.size(); i++) {
            Tile tile = tiles.get(i);
            Rectangle area = imageArea(i);
            gc.setBackground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.fillRectangle(area);
            if (tile.thumbnail() == null) {
                gc.setForeground(display.getSystemColor(SWT.COLOR_RED));
                int y = area.y + 2;
                for (String line : wrap(gc, tile.problem(), SIDE - 4)) {
                    if (y + lineHeight > area.y + SIDE) {
                        break;
                    }
                    gc.drawText(line, area.x + 2, y, true);
                    y += lineHeight;
                }
            } else {
                drawImage(gc, display, tile, images.get(i), area);
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
            String[] lines = tile.caption().split("\n", 2);
            for (int l = 0; l < lines.length; l++) {
                gc.drawText(fit(gc, lines[l], SIDE), area.x, area.y + SIDE + 2 + l * lineHeight, true);
            }
        }
    }

    private static void drawImage(GC gc, Display display, Tile tile, Image image, Rectangle area) {
        Thumbnail thumbnail = tile.thumbnail();
        // Fit the thumbnail's longer side to the tile, centred.
        double fit = (double) SIDE / Math.max(thumbnail.width(), thumbnail.height());
        int width = (int) Math.round(thumbnail.width() * fit);
        int height = (int) Math.round(thumbnail.height() * fit);
        int left = area.x + (SIDE - width) / 2;
        int top = area.y + (SIDE - height) / 2;
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, thumbnail.width(), thumbnail.height(), left, top, width, height);
        double scale = thumbnail.scale() * fit;
        Color box = display.getSystemColor(SWT.COLOR_YELLOW);
        for (Map.Entry<String, Box> region : tile.regions().entrySet()) {
            Box b = region.getValue();
            int x = left + (int) Math.round(b.x() * scale);
            int y = top + (int) Math.round(b.y() * scale);
            int w = Math.max(1, (int) Math.round(b.width() * scale));
            int h = Math.max(1, (int) Math.round(b.height() * scale));
            gc.setLineWidth(1);
            gc.setForeground(box);
            gc.drawRectangle(x, y, w, h);
            int textY = y - gc.getFontMetrics().getHeight() >= area.y ? y - gc.getFontMetrics().getHeight() : y + h;
            gc.drawText(region.getKey(), Math.min(x, area.x + SIDE - gc.textExtent(region.getKey()).x), textY, true);
        }
    }

    /** {@code text} broken into lines no wider than {@code width} (at spaces and slashes; long words are cut). */
    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<=[ /])")) {
            if (line.length() > 0 && gc.textExtent(line + word).x > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        return lines.stream().map(l -> fit(gc, l, width)).toList();
    }

    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && gc.textExtent(shortened + "…").x > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    /** Draws the grid into an image of the canvas's size (for checks of the drawing). */
    ImageData render() {
        return CanvasImages.of(canvas, this::paint);
    }

    private static PaletteData grayPalette() {
        RGB[] colours = new RGB[256];
        for (int i = 0; i < colours.length; i++) {
            colours[i] = new RGB(i, i, i);
        }
        return new PaletteData(colours);
    }
}

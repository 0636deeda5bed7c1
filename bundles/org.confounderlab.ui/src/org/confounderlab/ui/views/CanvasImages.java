package org.confounderlab.ui.views;

import java.util.function.Consumer;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;

/** What a canvas draws, drawn again into an image of its size: for checks of the drawing, and exports. */
final class CanvasImages {

    private CanvasImages() {
    }

    /** {@code paint} run on a GC over an image of {@code canvas}'s size, filled with its background first. */
    static ImageData of(Canvas canvas, Consumer<GC> paint) {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            gc.setBackground(canvas.getBackground());
            gc.fillRectangle(0, 0, size.x, size.y);
            paint.accept(gc);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}

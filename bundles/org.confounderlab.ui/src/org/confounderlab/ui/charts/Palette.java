package org.confounderlab.ui.charts;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** The charts' series colours: Okabe–Ito, distinguishable with colour-vision deficiency. */
final class Palette {

    private static final int[][] RGB = {{0, 114, 178}, {230, 159, 0}, {0, 158, 115}, {204, 121, 167},
        {86, 180, 233}, {213, 94, 0}, {240, 228, 66}, {0, 0, 0}};

    private Palette() {
    }

    /** The {@code index}-th colour, cycling. Colours need no disposal since SWT 3.120. */
    static Color color(Display display, int index) {
        int[] rgb = RGB[Math.floorMod(index, RGB.length)];
        return new Color(display, rgb[0], rgb[1], rgb[2]);
    }
}

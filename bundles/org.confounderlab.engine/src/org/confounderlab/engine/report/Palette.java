package org.confounderlab.engine.report;

import java.awt.Color;

/** The Okabe–Ito colour-blind-safe palette, in the order the charts hand colours to series. */
public final class Palette {

    /** Blue (#0072B2). */
    public static final Color BLUE = new Color(0x0072B2);
    /** Vermillion (#D55E00). */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Bluish green (#009E73). */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Orange (#E69F00). */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Reddish purple (#CC79A7). */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    /** Sky blue (#56B4E9). */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Black. */
    public static final Color BLACK = new Color(0x000000);
    /** Yellow (#F0E442). */
    public static final Color YELLOW = new Color(0xF0E442);

    /** Neutral grey for reference lines (chance, grid) that must not read as data. */
    public static final Color REFERENCE = new Color(0x8C8C8C);

    // Yellow comes last: it is nearly invisible as a thin line on white.
    private static final Color[] SERIES = {BLUE, VERMILLION, BLUISH_GREEN, ORANGE, REDDISH_PURPLE, SKY_BLUE,
        BLACK, YELLOW};

    /** How many distinct series colours there are before they repeat. */
    public static final int SIZE = SERIES.length;

    private Palette() {
    }

    /** The colour of the {@code index}-th series, cycling through the palette. */
    public static Color series(int index) {
        return SERIES[Math.floorMod(index, SERIES.length)];
    }
}

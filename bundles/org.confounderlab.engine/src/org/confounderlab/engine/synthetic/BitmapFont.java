package org.confounderlab.engine.synthetic;

import java.util.Map;

/**
 * A tiny 5×7 capital-letter font, so that markers can be drawn headless without any system font (there may be none)
 * and identically on every machine.
 */
public final class BitmapFont {

    /** Glyph width in font pixels. */
    public static final int GLYPH_WIDTH = 5;
    /** Glyph height in font pixels. */
    public static final int GLYPH_HEIGHT = 7;

    private static final Map<Character, String[]> GLYPHS = Map.ofEntries(
            glyph('A', ".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
            glyph('B', "####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."),
            glyph('C', ".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."),
            glyph('D', "####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."),
            glyph('E', "#####", "#....", "#....", "####.", "#....", "#....", "#####"),
            glyph('F', "#####", "#....", "#....", "####.", "#....", "#....", "#...."),
            glyph('G', ".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".###."),
            glyph('H', "#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
            glyph('I', "#####", "..#..", "..#..", "..#..", "..#..", "..#..", "#####"),
            glyph('J', "..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."),
            glyph('K', "#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"),
            glyph('L', "#....", "#....", "#....", "#....", "#....", "#....", "#####"),
            glyph('M', "#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"),
            glyph('N', "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#", "#...#"),
            glyph('O', ".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
            glyph('P', "####.", "#...#", "#...#", "####.", "#....", "#....", "#...."),
            glyph('Q', ".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"),
            glyph('R', "####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"),
            glyph('S', ".####", "#....", "#....", ".###.", "....#", "....#", "####."),
            glyph('T', "#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."),
            glyph('U', "#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
            glyph('V', "#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."),
            glyph('W', "#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"),
            glyph('X', "#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"),
            glyph('Y', "#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."),
            glyph('Z', "#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"));

    private BitmapFont() {
    }

    private static Map.Entry<Character, String[]> glyph(char letter, String... rows) {
        return Map.entry(letter, rows);
    }

    /** Whether glyph pixel {@code (gx, gy)} of {@code letter} is ink. */
    public static boolean ink(char letter, int gx, int gy) {
        String[] rows = GLYPHS.get(Character.toUpperCase(letter));
        if (rows == null) {
            throw new IllegalArgumentException("no glyph for '" + letter + "'");
        }
        return gx >= 0 && gx < GLYPH_WIDTH && gy >= 0 && gy < GLYPH_HEIGHT && rows[gy].charAt(gx) == '#';
    }

    /** Width in image pixels of {@code text} at integer {@code scale} (one font pixel of space between letters). */
    public static int textWidth(String text, int scale) {
        return text.isEmpty() ? 0 : (text.length() * (GLYPH_WIDTH + 1) - 1) * scale;
    }

    /** Height in image pixels at {@code scale}. */
    public static int textHeight(int scale) {
        return GLYPH_HEIGHT * scale;
    }

    /** Draws {@code text} with its top-left at {@code (x, y)} into a row-major gray image, clipped to it. */
    public static void draw(float[] pixels, int width, int height, String text, int x, int y, int scale,
            float value) {
        for (int i = 0; i < text.length(); i++) {
            int left = x + i * (GLYPH_WIDTH + 1) * scale;
            for (int gy = 0; gy < GLYPH_HEIGHT; gy++) {
                for (int gx = 0; gx < GLYPH_WIDTH; gx++) {
                    if (!ink(text.charAt(i), gx, gy)) {
                        continue;
                    }
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            int px = left + gx * scale + dx;
                            int py = y + gy * scale + dy;
                            if (px >= 0 && px < width && py >= 0 && py < height) {
                                pixels[py * width + px] = value;
                            }
                        }
                    }
                }
            }
        }
    }
}

package org.confounderlab.engine.marks;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.FloatImage;

/**
 * Finds burned-in marks in a gray image by connected components, no model and no OCR: pixels that are bright (at
 * least {@value #WHITE}) and stand out from their neighbourhood's mean by at least {@value #CONTRAST} form
 * components (8-connected); components side by side on a line (text) are joined; what is small (each side at most
 * {@value #LARGEST_SIDE} of the image's shorter side), not a sliver, made of at least a few pixels, and alone (at most
 * {@value #ISOLATION} of the band around it nearly as bright) is a mark. Bone, which is bright but large and smooth, the
 * bright end of a spine, and the uniform frames of collimation do not pass.
 */
public final class MarkDetector {

    static final float WHITE = 0.5f;
    static final float CONTRAST = 0.25f;
    static final double LARGEST_SIDE = 0.2;
    static final int FEWEST_PIXELS = 5;
    /** The largest share of the band around a mark that may be nearly as bright as it: a mark stands alone. */
    static final double ISOLATION = 0.2;

    /** Marks of {@code image} (its first channel), largest contrast first. */
    public List<BurnedInMark> detect(FloatImage image) {
        int w = image.width();
        int h = image.height();
        float[] v = image.data();
        int window = Math.max(7, Math.min(w, h) / 16) | 1;
        boolean[] candidate = candidates(v, w, h, window);
        List<int[]> components = components(candidate, w, h); // {minX, minY, maxX, maxY, pixels}
        List<int[]> lines = joinedOnLines(components);
        List<BurnedInMark> marks = new ArrayList<>();
        int shorter = Math.min(w, h);
        for (int[] c : lines) {
            int bw = c[2] - c[0] + 1;
            int bh = c[3] - c[1] + 1;
            if (c[4] < FEWEST_PIXELS || bw > LARGEST_SIDE * shorter || bh > LARGEST_SIDE * shorter
                    || Math.max(bw, bh) < 3 || c[4] > 0.9 * bw * bh) {
                continue;
            }
            if (brightRing(v, w, h, c, (float) (mean(v, w, c, candidate) - CONTRAST / 2)) > ISOLATION) {
                continue; // the bright end of a larger structure (a spine, a bone edge), not a mark on its own
            }
            double contrast = mean(v, w, c, candidate) - ring(v, w, h, c);
            marks.add(new BurnedInMark(new Box(c[0], c[1], bw, bh), c[4], contrast, w, h));
        }
        marks.sort((a, b) -> Double.compare(b.contrast(), a.contrast()));
        return marks;
    }

    /**
     * The pixels at least {@value #WHITE} that exceed the mean of their {@code window × window} neighbourhood
     * (clipped at the edges) by {@value #CONTRAST}; the mean from a summed-area table, looked up for bright pixels
     * only.
     */
    private static boolean[] candidates(float[] v, int w, int h, int window) {
        float[] integral = new float[(w + 1) * (h + 1)];
        for (int y = 0; y < h; y++) {
            float row = 0;
            int base = (y + 1) * (w + 1);
            int above = y * (w + 1);
            for (int x = 0; x < w; x++) {
                row += v[y * w + x];
                integral[base + x + 1] = integral[above + x + 1] + row;
            }
        }
        int r = window / 2;
        boolean[] candidate = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - r);
            int y1 = Math.min(h, y + r + 1);
            for (int x = 0; x < w; x++) {
                float value = v[y * w + x];
                if (value < WHITE) {
                    continue;
                }
                int x0 = Math.max(0, x - r);
                int x1 = Math.min(w, x + r + 1);
                float sum = integral[y1 * (w + 1) + x1] - integral[y0 * (w + 1) + x1] - integral[y1 * (w + 1) + x0]
                        + integral[y0 * (w + 1) + x0];
                candidate[y * w + x] = value - sum / ((y1 - y0) * (x1 - x0)) >= CONTRAST;
            }
        }
        return candidate;
    }

    private static List<int[]> components(boolean[] mask, int w, int h) {
        int[] label = new int[mask.length];
        int[] stack = new int[mask.length];
        List<int[]> components = new ArrayList<>();
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || label[start] != 0) {
                continue;
            }
            int id = components.size() + 1;
            int[] c = {w, h, -1, -1, 0};
            int top = 0;
            stack[top++] = start;
            label[start] = id;
            while (top > 0) {
                int p = stack[--top];
                int px = p % w;
                int py = p / w;
                c[0] = Math.min(c[0], px);
                c[1] = Math.min(c[1], py);
                c[2] = Math.max(c[2], px);
                c[3] = Math.max(c[3], py);
                c[4]++;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = px + dx;
                        int ny = py + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                            int q = ny * w + nx;
                            if (mask[q] && label[q] == 0) {
                                label[q] = id;
                                stack[top++] = q;
                            }
                        }
                    }
                }
            }
            components.add(c);
        }
        return components;
    }

    /**
     * Components that overlap vertically by half the smaller height and lie closer than the taller height side by
     * side joined into one (the letters of a word, the digits of a number), until nothing more joins.
     */
    private static List<int[]> joinedOnLines(List<int[]> components) {
        List<int[]> boxes = new ArrayList<>();
        for (int[] c : components) {
            boxes.add(c.clone());
        }
        boolean joined = true;
        while (joined) {
            joined = false;
            outer:
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    int[] a = boxes.get(i);
                    int[] b = boxes.get(j);
                    int ha = a[3] - a[1] + 1;
                    int hb = b[3] - b[1] + 1;
                    int overlap = Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 1;
                    int gap = Math.max(a[0], b[0]) - Math.min(a[2], b[2]) - 1;
                    if (overlap >= Math.min(ha, hb) / 2.0 && gap <= Math.max(ha, hb)) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.min(a[1], b[1]);
                        a[2] = Math.max(a[2], b[2]);
                        a[3] = Math.max(a[3], b[3]);
                        a[4] += b[4];
                        boxes.remove(j);
                        joined = true;
                        break outer;
                    }
                }
            }
        }
        return boxes;
    }

    /** The mean of the box's pixels that are in {@code mask} (all of them for {@code null}). */
    private static double mean(float[] v, int w, int[] c, boolean[] mask) {
        double sum = 0;
        int n = 0;
        for (int y = c[1]; y <= c[3]; y++) {
            for (int x = c[0]; x <= c[2]; x++) {
                float value = v[y * w + x];
                if (mask == null || mask[y * w + x]) {
                    sum += value;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The share of the band of two pixels around the box at least {@code bright}. */
    private static double brightRing(float[] v, int w, int h, int[] c, float bright) {
        int count = 0;
        int n = 0;
        for (int y = Math.max(0, c[1] - 2); y <= Math.min(h - 1, c[3] + 2); y++) {
            for (int x = Math.max(0, c[0] - 2); x <= Math.min(w - 1, c[2] + 2); x++) {
                if (x < c[0] || x > c[2] || y < c[1] || y > c[3]) {
                    count += v[y * w + x] >= bright ? 1 : 0;
                    n++;
                }
            }
        }
        return n == 0 ? 0 : count / (double) n;
    }

    /** The mean of the band of two pixels around the box. */
    private static double ring(float[] v, int w, int h, int[] c) {
        double sum = 0;
        int n = 0;
        for (int y = Math.max(0, c[1] - 2); y <= Math.min(h - 1, c[3] + 2); y++) {
            for (int x = Math.max(0, c[0] - 2); x <= Math.min(w - 1, c[2] + 2); x++) {
                if (x < c[0] || x > c[2] || y < c[1] || y > c[3]) {
                    sum += v[y * w + x];
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}

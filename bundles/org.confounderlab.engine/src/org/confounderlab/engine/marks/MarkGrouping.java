package org.confounderlab.engine.marks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.Box;

/**
 * Groups the marks of a data set's images into proposed regions by position and appearance: marks in the same
 * half of the image (top or bottom) whose width and height, relative to the image, are within a factor of
 * {@value #SIZE_FACTOR} of a group's are that group's; in each image a group keeps its highest-contrast mark. Groups
 * found in fewer than {@value #SMALLEST_SHARE} of the images (and fewer than {@value #FEWEST_IMAGES}) are dropped:
 * a shortcut a model can learn recurs.
 */
public final class MarkGrouping {

    static final double SIZE_FACTOR = 1.5;
    static final double SMALLEST_SHARE = 0.02;
    static final int FEWEST_IMAGES = 5;

    private MarkGrouping() {
    }

    /** The proposed regions of {@code marks}, by entry index, most frequent first, named {@code mark_1}, …. */
    public static List<MarkGroup> of(List<List<BurnedInMark>> marks) {
        List<Candidate> groups = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            List<BurnedInMark> found = marks.get(i);
            if (found == null) {
                continue;
            }
            for (BurnedInMark mark : found) {
                boolean top = mark.centreY() < 0.5;
                Candidate group = null;
                for (Candidate g : groups) {
                    if (g.top == top && close(mark.relativeWidth(), g.width()) && close(mark.relativeHeight(),
                            g.height())) {
                        group = g;
                        break;
                    }
                }
                if (group == null) {
                    group = new Candidate(top);
                    groups.add(group);
                }
                group.add(i, mark);
            }
        }
        int least = Math.max(FEWEST_IMAGES, (int) Math.ceil(SMALLEST_SHARE * marks.size()));
        List<Candidate> kept = groups.stream().filter(g -> g.best.size() >= least)
                .sorted((a, b) -> Integer.compare(b.best.size(), a.best.size())).toList();
        List<MarkGroup> proposed = new ArrayList<>();
        for (Candidate g : kept) {
            Map<Integer, Box> boxes = new LinkedHashMap<>();
            double[] widths = new double[g.best.size()];
            double[] heights = new double[g.best.size()];
            int left = 0;
            int k = 0;
            for (Map.Entry<Integer, BurnedInMark> e : new java.util.TreeMap<>(g.best).entrySet()) {
                boxes.put(e.getKey(), e.getValue().box());
                widths[k] = e.getValue().relativeWidth();
                heights[k] = e.getValue().relativeHeight();
                left += e.getValue().centreX() < 0.5 ? 1 : 0;
                k++;
            }
            proposed.add(new MarkGroup(MarkGroup.PREFIX + (proposed.size() + 1), g.top, median(widths),
                    median(heights), boxes, left / (double) boxes.size(), null));
        }
        return proposed;
    }

    private static boolean close(double a, double b) {
        return a <= b * SIZE_FACTOR && b <= a * SIZE_FACTOR;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }

    /** A group being built: its marks' running mean size, and the best mark per image. */
    private static final class Candidate {
        final boolean top;
        final Map<Integer, BurnedInMark> best = new LinkedHashMap<>();
        double widthSum;
        double heightSum;
        int count;

        Candidate(boolean top) {
            this.top = top;
        }

        double width() {
            return widthSum / count;
        }

        double height() {
            return heightSum / count;
        }

        void add(int image, BurnedInMark mark) {
            widthSum += mark.relativeWidth();
            heightSum += mark.relativeHeight();
            count++;
            best.merge(image, mark, (a, b) -> a.contrast() >= b.contrast() ? a : b);
        }
    }
}

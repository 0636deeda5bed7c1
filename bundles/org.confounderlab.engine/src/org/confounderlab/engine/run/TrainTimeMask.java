package org.confounderlab.engine.run;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.Fill;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.MaskRegions;
import org.confounderlab.engine.image.RandomBox;

/**
 * Where train-time masking covers each region: one box bounding all of the region's boxes in the images, blacked out
 * in every image, with the region or without it. Masking only where a marker is present would leave a black box
 * exactly where the marker was, which tells the label as well as the marker did; the same box everywhere tells
 * nothing. The covers are named {@code cover:<region>}, beside the regions' own boxes, so a test variant can still
 * mask or keep a region's own box after the cover.
 */
final class TrainTimeMask {

    /** Prefix of the cover boxes' names. */
    static final String COVER = "cover:";

    private final Map<String, Box> cover;

    private TrainTimeMask(Map<String, Box> cover) {
        this.cover = cover;
    }

    /** The cover of each of {@code names} over {@code entries} (regions no image has are left out). */
    static TrainTimeMask over(List<ManifestEntry> entries, Function<ManifestEntry, Map<String, Box>> regions,
            List<String> names) {
        Map<String, Box> cover = new LinkedHashMap<>();
        for (String name : names) {
            double x0 = Double.POSITIVE_INFINITY;
            double y0 = Double.POSITIVE_INFINITY;
            double x1 = Double.NEGATIVE_INFINITY;
            double y1 = Double.NEGATIVE_INFINITY;
            for (ManifestEntry entry : entries) {
                Box box = regions.apply(entry).get(name);
                if (box != null) {
                    x0 = Math.min(x0, box.x());
                    y0 = Math.min(y0, box.y());
                    x1 = Math.max(x1, box.x() + box.width());
                    y1 = Math.max(y1, box.y() + box.height());
                }
            }
            if (x1 > x0 && y1 > y0) {
                cover.put(name, new Box(x0, y0, x1 - x0, y1 - y0));
            }
        }
        return new TrainTimeMask(cover);
    }

    /** The boxes covered, by region. */
    Map<String, Box> cover() {
        return cover;
    }

    /** {@code regions} plus, in every image, the cover boxes ({@code cover:<region>}). */
    Function<ManifestEntry, Map<String, Box>> addCovers(Function<ManifestEntry, Map<String, Box>> regions) {
        return entry -> {
            Map<String, Box> boxes = new HashMap<>(regions.apply(entry));
            cover.forEach((name, box) -> boxes.put(COVER + name, box));
            return boxes;
        };
    }

    /**
     * The control: in each image a black box of each cover's size at a random place that overlaps no cover (the
     * regions given by {@link #addCovers}), seeded per image by the loader.
     */
    ImageIntervention randomErasing() {
        return new RandomBox(cover.keySet().stream().map(name -> COVER + name).toList(), Fill.BLACK);
    }

    /** Blacks out the covers (the regions given by {@link #addCovers}). */
    ImageIntervention intervention() {
        return new MaskRegions(cover.keySet().stream().map(name -> COVER + name).toList(), Fill.BLACK);
    }
}

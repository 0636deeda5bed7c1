package org.confounderlab.engine.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;

/**
 * Keeps only the named regions and paints over everything else ("anatomy removed"): if the model still predicts
 * well, it reads the regions, not the anatomy. Images without any of the regions are filled entirely.
 */
public record RegionOnly(List<String> regionNames, Fill fill) implements ImageIntervention {

    public RegionOnly {
        regionNames = List.copyOf(regionNames);
    }

    @Override
    public FloatImage apply(FloatImage image, Map<String, Box> regions, SplittableRandom random) {
        List<PixelRect> kept = new ArrayList<>();
        for (String name : regionNames) {
            Box box = regions.get(name);
            PixelRect rect = box == null ? null : PixelRect.of(box, image.width(), image.height());
            if (rect != null) {
                kept.add(rect);
            }
        }
        FloatImage out = image.copy();
        float[] constants = fill.constants(image);
        for (int c = 0; c < image.channels(); c++) {
            for (int y = 0; y < image.height(); y++) {
                for (int x = 0; x < image.width(); x++) {
                    if (!inside(kept, x, y)) {
                        out.set(x, y, c, fill.value(constants, c, random));
                    }
                }
            }
        }
        return out;
    }

    private static boolean inside(List<PixelRect> rects, int x, int y) {
        for (PixelRect rect : rects) {
            if (rect.contains(x, y)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return "only(" + String.join(",", regionNames) + ", " + fill.label() + ")";
    }
}

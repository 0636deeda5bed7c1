package org.confounderlab.engine.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;

/**
 * The control for {@link MaskRegions}: paints a box of the same size as each named region at a random place that
 * overlaps none of the named regions. If masking the marker hurts the model much more than this, the marker matters;
 * if both hurt alike, the drop is just from losing pixels. Images without the regions are left unchanged.
 */
public record RandomBox(List<String> regionNames, Fill fill) implements ImageIntervention {

    public RandomBox {
        regionNames = List.copyOf(regionNames);
    }

    @Override
    public FloatImage apply(FloatImage image, Map<String, Box> regions, SplittableRandom random) {
        int w = image.width();
        int h = image.height();
        List<PixelRect> avoid = new ArrayList<>();
        for (String name : regionNames) {
            Box box = regions.get(name);
            PixelRect rect = box == null ? null : PixelRect.of(box, w, h);
            if (rect != null) {
                avoid.add(rect);
            }
        }
        FloatImage out = image.copy();
        float[] constants = fill.constants(image);
        for (PixelRect region : List.copyOf(avoid)) {
            PixelRect placed = place(region.width(), region.height(), w, h, avoid, random);
            if (placed != null) {
                placed.fill(out, fill, constants, random);
                // Later boxes must not cover this one either, so the masked share stays the same as MaskRegions'.
                avoid.add(placed);
            }
        }
        return out;
    }

    /** A uniformly chosen free position, or {@code null} when the box fits nowhere. */
    private static PixelRect place(int bw, int bh, int w, int h, List<PixelRect> avoid, SplittableRandom random) {
        // Rejection sampling is fast when the regions are small, the usual case ...
        for (int attempt = 0; attempt < 64; attempt++) {
            int x = random.nextInt(w - bw + 1);
            int y = random.nextInt(h - bh + 1);
            PixelRect candidate = new PixelRect(x, y, x + bw, y + bh);
            if (free(candidate, avoid)) {
                return candidate;
            }
        }
        // ... and enumerating all positions keeps the choice uniform and total when they are large.
        List<PixelRect> options = new ArrayList<>();
        for (int y = 0; y + bh <= h; y++) {
            for (int x = 0; x + bw <= w; x++) {
                PixelRect candidate = new PixelRect(x, y, x + bw, y + bh);
                if (free(candidate, avoid)) {
                    options.add(candidate);
                }
            }
        }
        return options.isEmpty() ? null : options.get(random.nextInt(options.size()));
    }

    private static boolean free(PixelRect candidate, List<PixelRect> avoid) {
        for (PixelRect rect : avoid) {
            if (candidate.overlaps(rect)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String describe() {
        return "random-box(" + String.join(",", regionNames) + ", " + fill.label() + ")";
    }
}

package org.confounderlab.engine.image;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;

/** Paints over the named regions (e.g. the laterality marker); images without them are left unchanged. */
public record MaskRegions(List<String> regionNames, Fill fill) implements ImageIntervention {

    public MaskRegions {
        regionNames = List.copyOf(regionNames);
    }

    @Override
    public FloatImage apply(FloatImage image, Map<String, Box> regions, SplittableRandom random) {
        FloatImage out = image.copy();
        float[] constants = fill.constants(image);
        for (String name : regionNames) {
            Box box = regions.get(name);
            PixelRect rect = box == null ? null : PixelRect.of(box, image.width(), image.height());
            if (rect != null) {
                rect.fill(out, fill, constants, random);
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "mask(" + String.join(",", regionNames) + ", " + fill.label() + ")";
    }
}

package org.confounderlab.engine.tests.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.Fill;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.MaskRegions;
import org.confounderlab.engine.image.RandomBox;
import org.confounderlab.engine.image.RegionOnly;
import org.junit.jupiter.api.Test;

class InterventionTest {

    /** 8×6, value = (y * 8 + x + 1) / 100, so every pixel is distinct and non-zero. */
    private static FloatImage tiny() {
        float[] data = new float[48];
        for (int i = 0; i < 48; i++) {
            data[i] = (i + 1) / 100f;
        }
        return new FloatImage(8, 6, 1, data);
    }

    private static final Map<String, Box> MARKER = Map.of("laterality", new Box(1, 1, 2, 3));

    @Test
    void maskBlackFillsExactlyTheBox() {
        FloatImage image = tiny();
        FloatImage out = new MaskRegions(List.of("laterality"), Fill.BLACK).apply(image, MARKER,
                new SplittableRandom(1));
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                boolean in = x >= 1 && x < 3 && y >= 1 && y < 4;
                assertEquals(in ? 0f : image.get(x, y, 0), out.get(x, y, 0), "pixel " + x + "," + y);
            }
        }
        assertEquals(0.10f, image.get(1, 1, 0), 1e-6, "input untouched");
    }

    @Test
    void maskMeanUsesImageMean() {
        FloatImage image = tiny();
        float mean = (float) image.mean(0);
        FloatImage out = new MaskRegions(List.of("laterality"), Fill.MEAN).apply(image, MARKER,
                new SplittableRandom(1));
        assertEquals(mean, out.get(2, 3, 0));
        assertEquals(image.get(3, 3, 0), out.get(3, 3, 0));
    }

    @Test
    void maskNoiseIsSeededAndInRange() {
        MaskRegions mask = new MaskRegions(List.of("laterality"), Fill.NOISE);
        FloatImage a = mask.apply(tiny(), MARKER, new SplittableRandom(5));
        FloatImage b = mask.apply(tiny(), MARKER, new SplittableRandom(5));
        assertArrayEquals(a.data(), b.data());
        float v = a.get(1, 1, 0);
        assertTrue(v >= 0 && v < 1 && v != tiny().get(1, 1, 0));
    }

    @Test
    void fractionalBoxCoversEveryTouchedPixelAndIsClipped() {
        FloatImage out = new MaskRegions(List.of("r"), Fill.BLACK).apply(tiny(),
                Map.of("r", new Box(6.5, 4.2, 5, 5)), new SplittableRandom(1));
        int zeros = 0;
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                boolean in = x >= 6 && y >= 4;
                assertEquals(in, out.get(x, y, 0) == 0f, "pixel " + x + "," + y);
                zeros += in ? 1 : 0;
            }
        }
        assertEquals(4, zeros);
    }

    @Test
    void absentRegionLeavesImageUnchanged() {
        FloatImage image = tiny();
        assertArrayEquals(image.data(), new MaskRegions(List.of("laterality"), Fill.BLACK)
                .apply(image, Map.of(), new SplittableRandom(1)).data());
        assertArrayEquals(image.data(), new RandomBox(List.of("laterality"), Fill.BLACK)
                .apply(image, Map.of("other", new Box(0, 0, 2, 2)), new SplittableRandom(1)).data());
        FloatImage outside = new MaskRegions(List.of("r"), Fill.BLACK).apply(image,
                Map.of("r", new Box(20, 20, 2, 2)), new SplittableRandom(1));
        assertArrayEquals(image.data(), outside.data());
    }

    @Test
    void regionOnlyKeepsTheBoxAndFillsTheRest() {
        FloatImage image = tiny();
        FloatImage out = new RegionOnly(List.of("laterality"), Fill.BLACK).apply(image, MARKER,
                new SplittableRandom(1));
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 8; x++) {
                boolean in = x >= 1 && x < 3 && y >= 1 && y < 4;
                assertEquals(in ? image.get(x, y, 0) : 0f, out.get(x, y, 0), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void regionOnlyWithoutRegionFillsEverything() {
        FloatImage image = tiny();
        float mean = (float) image.mean(0);
        FloatImage out = new RegionOnly(List.of("laterality"), Fill.MEAN).apply(image, Map.of(),
                new SplittableRandom(1));
        for (float v : out.data()) {
            assertEquals(mean, v);
        }
    }

    @Test
    void randomBoxHasSameSizeAndAvoidsTheRegion() {
        for (long seed = 0; seed < 50; seed++) {
            FloatImage image = tiny();
            FloatImage out = new RandomBox(List.of("laterality"), Fill.BLACK).apply(image, MARKER,
                    new SplittableRandom(seed));
            int minX = 8;
            int minY = 6;
            int maxX = -1;
            int maxY = -1;
            int zeros = 0;
            for (int y = 0; y < 6; y++) {
                for (int x = 0; x < 8; x++) {
                    if (out.get(x, y, 0) == 0f) {
                        zeros++;
                        minX = Math.min(minX, x);
                        minY = Math.min(minY, y);
                        maxX = Math.max(maxX, x);
                        maxY = Math.max(maxY, y);
                        assertTrue(!(x >= 1 && x < 3 && y >= 1 && y < 4), "overlaps region, seed " + seed);
                    } else {
                        assertEquals(image.get(x, y, 0), out.get(x, y, 0));
                    }
                }
            }
            assertEquals(6, zeros, "seed " + seed);
            assertEquals(2, maxX - minX + 1);
            assertEquals(3, maxY - minY + 1);
        }
    }

    @Test
    void randomBoxIsSeededAndVaries() {
        RandomBox control = new RandomBox(List.of("laterality"), Fill.BLACK);
        assertArrayEquals(control.apply(tiny(), MARKER, new SplittableRandom(3)).data(),
                control.apply(tiny(), MARKER, new SplittableRandom(3)).data());
        java.util.Set<String> placements = new java.util.HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            placements.add(java.util.Arrays.toString(control.apply(tiny(), MARKER, new SplittableRandom(seed))
                    .data()));
        }
        assertTrue(placements.size() > 3, "placements " + placements.size());
    }

    @Test
    void randomBoxThatFitsNowhereLeavesImageUnchanged() {
        FloatImage image = tiny();
        FloatImage out = new RandomBox(List.of("big"), Fill.BLACK).apply(image, Map.of("big", new Box(0, 0, 5, 6)),
                new SplittableRandom(1));
        assertArrayEquals(image.data(), out.data());
    }
}

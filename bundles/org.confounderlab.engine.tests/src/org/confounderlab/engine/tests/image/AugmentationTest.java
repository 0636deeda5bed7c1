package org.confounderlab.engine.tests.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.Augmentation;
import org.confounderlab.engine.image.Augmented;
import org.confounderlab.engine.image.FloatImage;
import org.junit.jupiter.api.Test;

class AugmentationTest {

    @Test
    void flipMirrorsPixelsAndBoxes() {
        FloatImage image = FloatImage.filled(8, 6, 1, 0f);
        image.set(1, 2, 0, 1f);
        Augmented out = new Augmentation(1, 0, 0, 0).apply(image, Map.of("m", new Box(1, 2, 2, 1)),
                new SplittableRandom(1));
        assertEquals(1f, out.image().get(6, 2, 0));
        assertEquals(0f, out.image().get(1, 2, 0));
        assertEquals(new Box(5, 2, 2, 1), out.regions().get("m"));
        assertEquals(0f, image.get(6, 2, 0), "input untouched");
    }

    @Test
    void aShiftMovesPixelsAndBoxesTogether() {
        // ±25 % of a 40-pixel side: the marker pixel lands where its box went, whatever the draw.
        for (long seed = 0; seed < 20; seed++) {
            FloatImage image = FloatImage.filled(40, 40, 1, 0f);
            image.set(20, 20, 0, 1f);
            Augmented out = new Augmentation(0, 0, 0, 0, 0.25).apply(image, Map.of("m", new Box(20, 20, 1, 1)),
                    new SplittableRandom(seed));
            Box box = out.regions().get("m");
            assertTrue(box != null, "seed " + seed);
            assertEquals(1f, out.image().get((int) box.x(), (int) box.y(), 0), 1e-6, "seed " + seed + ": " + box);
        }
        Augmented moved = new Augmentation(0, 0, 0, 0, 0.25).apply(FloatImage.filled(40, 40, 1, 0f),
                Map.of("m", new Box(20, 20, 1, 1)), new SplittableRandom(3));
        assertFalse(new Box(20, 20, 1, 1).equals(moved.regions().get("m")), "the draw moved the box");
    }

    @Test
    void aFlipAfterAShiftMirrorsTheMovedBox() {
        FloatImage image = FloatImage.filled(40, 40, 1, 0f);
        image.set(4, 10, 0, 1f);
        for (long seed = 0; seed < 10; seed++) {
            Augmented out = new Augmentation(1, 0, 0, 0, 0.1).apply(image, Map.of("m", new Box(4, 10, 1, 1)),
                    new SplittableRandom(seed));
            Box box = out.regions().get("m");
            assertTrue(box.x() > 20, "the left-side marker is on the right after the flip: " + box);
            assertEquals(1f, out.image().get((int) box.x(), (int) box.y(), 0), 1e-6, "seed " + seed + ": " + box);
        }
    }

    @Test
    void noneIsIdentity() {
        FloatImage image = new FloatImage(2, 2, 1, new float[] {0.1f, 0.2f, 0.3f, 0.4f});
        Augmented out = Augmentation.NONE.apply(image, Map.of("m", new Box(0, 0, 1, 1)), new SplittableRandom(3));
        assertArrayEquals(image.data(), out.image().data());
        assertEquals(new Box(0, 0, 1, 1), out.regions().get("m"));
    }

    @Test
    void sameSeedSameResultDifferentSeedDifferent() {
        FloatImage image = gradient(32, 24);
        Augmented a = Augmentation.DEFAULT.apply(image, Map.of(), new SplittableRandom(7));
        Augmented b = Augmentation.DEFAULT.apply(image, Map.of(), new SplittableRandom(7));
        Augmented c = Augmentation.DEFAULT.apply(image, Map.of(), new SplittableRandom(8));
        assertArrayEquals(a.image().data(), b.image().data());
        assertFalse(java.util.Arrays.equals(a.image().data(), c.image().data()));
    }

    @Test
    void rotatedBoxStillCoversItsContent() {
        for (long seed = 0; seed < 20; seed++) {
            FloatImage image = FloatImage.filled(40, 40, 1, 0f);
            for (int y = 8; y < 14; y++) {
                for (int x = 6; x < 12; x++) {
                    image.set(x, y, 0, 1f);
                }
            }
            Augmented out = new Augmentation(0.5, 10, 0.1, 0).apply(image, Map.of("m", new Box(6, 8, 6, 6)),
                    new SplittableRandom(seed));
            Box box = out.regions().get("m");
            double inside = 0;
            double total = 0;
            for (int y = 0; y < 40; y++) {
                for (int x = 0; x < 40; x++) {
                    float v = out.image().get(x, y, 0);
                    total += v;
                    // Bilinear sampling blurs less than a pixel, so every bright pixel must touch the box.
                    if (x + 1 > box.x() && x < box.x() + box.width() && y + 1 > box.y()
                            && y < box.y() + box.height()) {
                        inside += v;
                    }
                }
            }
            assertTrue(total > 20, "content kept, seed " + seed);
            assertTrue(inside / total > 0.999, "seed " + seed + ": share inside " + inside / total);
        }
    }

    @Test
    void brightnessStaysInRange() {
        FloatImage image = FloatImage.filled(4, 4, 1, 0.99f);
        for (long seed = 0; seed < 10; seed++) {
            Augmented out = new Augmentation(0, 0, 0, 0.2).apply(image, Map.of(), new SplittableRandom(seed));
            for (float v : out.image().data()) {
                assertTrue(v >= 0 && v <= 1);
            }
        }
    }

    private static FloatImage gradient(int w, int h) {
        FloatImage image = FloatImage.filled(w, h, 1, 0f);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.set(x, y, 0, (x + y) / (float) (w + h));
            }
        }
        return image;
    }
}

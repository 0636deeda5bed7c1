package org.confounderlab.engine.tests.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.Interpolation;
import org.confounderlab.engine.image.Letterbox;
import org.confounderlab.engine.image.LetterboxTransform;
import org.confounderlab.engine.image.Normalisation;
import org.junit.jupiter.api.Test;

class LetterboxTest {

    @Test
    void wideImageIsScaledAndPaddedTopAndBottom() {
        LetterboxTransform t = LetterboxTransform.fit(4, 2, 8);
        assertEquals(2.0, t.scale());
        assertEquals(0, t.offsetX());
        assertEquals(2, t.offsetY());
        assertEquals(new Box(2, 2, 4, 2), t.mapBox(new Box(1, 0, 2, 1)));
        assertEquals(new Box(1, 0, 2, 1), t.unmapBox(new Box(2, 2, 4, 2)));
    }

    @Test
    void tallImageIsPaddedLeftAndRight() {
        LetterboxTransform t = LetterboxTransform.fit(3, 6, 4);
        assertEquals(4.0 / 6, t.scale(), 1e-12);
        assertEquals(2, t.contentWidth());
        assertEquals(1, t.offsetX());
        assertEquals(0, t.offsetY());
        Box mapped = t.mapBox(new Box(0, 3, 3, 3));
        assertEquals(1, mapped.x(), 1e-12);
        assertEquals(2, mapped.y(), 1e-12);
        assertEquals(2, mapped.width(), 1e-12);
        assertEquals(2, mapped.height(), 1e-12);
    }

    @Test
    void boxLandsOnItsContentPixelExact() {
        // 4×2 image with a bright 2×1 box at (1,0); letterboxed to 8 it must cover exactly the mapped box.
        FloatImage image = FloatImage.filled(4, 2, 1, 0.25f);
        image.set(1, 0, 0, 1f);
        image.set(2, 0, 0, 1f);
        Letterbox letterbox = new Letterbox(8, Interpolation.NEAREST, 0f);
        LetterboxTransform t = letterbox.transformFor(4, 2);
        FloatImage out = letterbox.apply(image, t);
        Box mapped = t.mapBox(new Box(1, 0, 2, 1));
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                boolean inBox = x >= mapped.x() && x < mapped.x() + mapped.width() && y >= mapped.y()
                        && y < mapped.y() + mapped.height();
                boolean inContent = y >= 2 && y < 6;
                float expected = inBox ? 1f : inContent ? 0.25f : 0f;
                assertEquals(expected, out.get(x, y, 0), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void bilinearKeepsBoxInteriorAndConstantAreas() {
        FloatImage image = FloatImage.filled(8, 4, 1, 0.5f);
        for (int y = 0; y < 2; y++) {
            for (int x = 4; x < 8; x++) {
                image.set(x, y, 0, 1f);
            }
        }
        Letterbox letterbox = new Letterbox(16);
        LetterboxTransform t = letterbox.transformFor(8, 4);
        FloatImage out = letterbox.apply(image, t);
        Box mapped = t.mapBox(new Box(4, 0, 4, 2));
        assertEquals(new Box(8, 4, 8, 4), mapped);
        // Away from the box's edge (one input pixel of blending) the box content is exact.
        for (int y = 4; y < 7; y++) {
            for (int x = 9; x < 16; x++) {
                assertEquals(1f, out.get(x, y, 0), 1e-6, "pixel " + x + "," + y);
            }
        }
        assertEquals(0.5f, out.get(2, 10, 0), 1e-6);
        assertEquals(0f, out.get(5, 3, 0));
        assertEquals(0f, out.get(5, 12, 0));
    }

    @Test
    void downscaleAveragesNeighbours() {
        FloatImage image = new FloatImage(2, 2, 1, new float[] {0, 1, 0, 1});
        FloatImage out = new Letterbox(1).apply(image);
        assertEquals(0.5f, out.get(0, 0, 0), 1e-6);
    }

    @Test
    void normalisationStandardisesPerChannel() {
        FloatImage image = new FloatImage(1, 1, 3, new float[] {0.5f, 0.5f, 0.5f});
        FloatImage out = new Normalisation(new float[] {0.5f, 0f, 0.25f}, new float[] {1f, 0.5f, 0.25f}).apply(image);
        assertArrayEquals(new float[] {0f, 1f, 1f}, out.data(), 1e-6f);
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, image.data());
        FloatImage gray = Normalisation.of(0.25f, 0.5f).apply(FloatImage.filled(2, 1, 1, 1f));
        assertArrayEquals(new float[] {1.5f, 1.5f}, gray.data(), 1e-6f);
    }
}

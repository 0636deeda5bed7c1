package org.confounderlab.engine.tests.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.Interpolation;
import org.confounderlab.engine.image.Letterbox;
import org.confounderlab.engine.image.LetterboxTransform;
import org.confounderlab.engine.image.ChannelStandardisation;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.image.PerImageStandardisation;
import org.junit.jupiter.api.Test;

class LetterboxTest {

    /**
     * The bilinear letterbox equals, float for float, sampling each output pixel centre from the source with the
     * edges clamped: source = (target + 0.5 − offset) · (1 / scale) − 0.5, for wide, tall, up- and down-scaled images with 1
     * and 3 channels (the implementation shares each column's weights across rows).
     */
    @Test
    void bilinearEqualsSamplingEveryPixelCentre() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(8);
        int[][] shapes = {{37, 23, 1, 16}, {23, 37, 3, 16}, {40, 40, 1, 96}, {301, 97, 1, 64}, {5, 9, 3, 50}};
        for (int[] shape : shapes) {
            int w = shape[0];
            int h = shape[1];
            int channels = shape[2];
            int size = shape[3];
            float[] data = new float[w * h * channels];
            for (int i = 0; i < data.length; i++) {
                data[i] = random.nextFloat();
            }
            FloatImage image = new FloatImage(w, h, channels, data);
            FloatImage out = new Letterbox(size, Interpolation.BILINEAR, 0.25f).apply(image);
            LetterboxTransform t = LetterboxTransform.fit(w, h, size);
            double inverse = 1.0 / t.scale(); // the letterbox multiplies by the inverse scale
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < size; y++) {
                    for (int x = 0; x < size; x++) {
                        boolean inside = x >= t.offsetX() && x < t.offsetX() + t.contentWidth() && y >= t.offsetY()
                                && y < t.offsetY() + t.contentHeight();
                        float expected = inside ? bilinear(image, (x + 0.5 - t.offsetX()) * inverse - 0.5,
                                (y + 0.5 - t.offsetY()) * inverse - 0.5, c) : 0.25f;
                        assertEquals(expected, out.get(x, y, c), 0f, w + "×" + h + " → " + size + " at " + x + "," + y);
                    }
                }
            }
        }
    }

    private static float bilinear(FloatImage image, double x, double y, int c) {
        double cx = Math.max(0, Math.min(image.width() - 1, x));
        double cy = Math.max(0, Math.min(image.height() - 1, y));
        int x0 = (int) Math.floor(cx);
        int y0 = (int) Math.floor(cy);
        int x1 = Math.min(x0 + 1, image.width() - 1);
        int y1 = Math.min(y0 + 1, image.height() - 1);
        double fx = cx - x0;
        double fy = cy - y0;
        double top = image.get(x0, y0, c) * (1 - fx) + image.get(x1, y0, c) * fx;
        double bottom = image.get(x0, y1, c) * (1 - fx) + image.get(x1, y1, c) * fx;
        return (float) (top * (1 - fy) + bottom * fy);
    }

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
        FloatImage out = new ChannelStandardisation(new float[] {0.5f, 0f, 0.25f}, new float[] {1f, 0.5f, 0.25f}).apply(image);
        assertArrayEquals(new float[] {0f, 1f, 1f}, out.data(), 1e-6f);
        assertArrayEquals(new float[] {0.5f, 0.5f, 0.5f}, image.data());
        FloatImage gray = Normalisation.of(0.25f, 0.5f).apply(FloatImage.filled(2, 1, 1, 1f));
        assertArrayEquals(new float[] {1.5f, 1.5f}, gray.data(), 1e-6f);
    }

    @Test
    void torchXRayVisionScalesToPlusMinus1024() {
        FloatImage out = Normalisation.TORCHXRAYVISION.apply(new FloatImage(3, 1, 1, new float[] {0f, 0.5f, 1f}));
        assertArrayEquals(new float[] {-1024f, 0f, 1024f}, out.data(), 1e-3f);
    }

    @Test
    void perImageStandardisationGivesZeroMeanUnitStd() {
        FloatImage out = new PerImageStandardisation().apply(new FloatImage(4, 1, 1, new float[] {0f, 0.2f, 0.4f,
            0.6f}));
        double mean = 0;
        double squares = 0;
        for (float v : out.data()) {
            mean += v / 4.0;
            squares += v * v / 4.0;
        }
        assertEquals(0, mean, 1e-6);
        assertEquals(1, squares, 1e-5);
        assertArrayEquals(new float[] {0f, 0f}, new PerImageStandardisation().apply(FloatImage.filled(2, 1, 1, 0.7f))
            .data());
    }
}

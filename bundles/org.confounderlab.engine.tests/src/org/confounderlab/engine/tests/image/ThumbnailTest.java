package org.confounderlab.engine.tests.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.Thumbnail;
import org.junit.jupiter.api.Test;

class ThumbnailTest {

    @Test
    void eachPixelIsTheMeanOfTheSourcePixelsItCovers() {
        // 4 × 2, one channel: left half 0 and 1 (mean 0.5), right half all 1.
        FloatImage image = new FloatImage(4, 2, 1, new float[] {0, 1, 1, 1, 1, 0, 1, 1});
        Thumbnail thumbnail = Thumbnail.of(image, 2);
        assertEquals(2, thumbnail.width());
        assertEquals(1, thumbnail.height());
        assertEquals(0.5, thumbnail.scale(), 1e-12);
        assertArrayEquals(new byte[] {(byte) 128, (byte) 255}, thumbnail.gray());
    }

    @Test
    void colourChannelsAreAveragedAndSmallImagesAreNotEnlarged() {
        FloatImage rgb = new FloatImage(1, 1, 3, new float[] {1, 0, 0.5f});
        Thumbnail thumbnail = Thumbnail.of(rgb, 100);
        assertEquals(1, thumbnail.width());
        assertEquals(1.0, thumbnail.scale(), 1e-12);
        assertArrayEquals(new byte[] {(byte) 128}, thumbnail.gray());
    }
}

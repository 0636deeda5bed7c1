package org.confounderlab.engine.tests.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImageDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageDecoderTest {

    @TempDir
    Path dir;

    @Test
    void decodes8BitGray() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 255);
        image.getRaster().setSample(2, 1, 0, 51);
        Path file = write(image, "png", "gray8.png");
        FloatImage decoded = new ImageDecoder(ColourMode.GRAY).decode(file);
        assertEquals(3, decoded.width());
        assertEquals(2, decoded.height());
        assertEquals(1, decoded.channels());
        assertEquals(1f, decoded.get(0, 0, 0));
        assertEquals(0.2f, decoded.get(2, 1, 0), 1e-6);
        assertEquals(0f, decoded.get(1, 0, 0));
    }

    @Test
    void decodes16BitGrayScaledBy65535() throws Exception {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_USHORT_GRAY);
        image.getRaster().setSample(0, 0, 0, 65535);
        image.getRaster().setSample(1, 0, 0, 1000);
        Path file = write(image, "png", "gray16.png");
        FloatImage decoded = new ImageDecoder(ColourMode.GRAY).decode(file);
        assertEquals(1f, decoded.get(0, 0, 0));
        assertEquals(1000f / 65535f, decoded.get(1, 0, 0), 1e-7);
    }

    @Test
    void rgbBecomesGrayOrStaysThreeChannels() throws Exception {
        BufferedImage image = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xff0000);
        image.setRGB(1, 0, 0x0000ff);
        Path file = write(image, "png", "rgb.png");
        FloatImage gray = new ImageDecoder(ColourMode.GRAY).decode(file);
        assertEquals(1, gray.channels());
        assertEquals(0.299f, gray.get(0, 0, 0), 1e-5);
        assertEquals(0.114f, gray.get(1, 0, 0), 1e-5);
        FloatImage rgb = new ImageDecoder(ColourMode.RGB).decode(file);
        assertEquals(3, rgb.channels());
        assertEquals(1f, rgb.get(0, 0, 0));
        assertEquals(0f, rgb.get(0, 0, 2));
        assertEquals(1f, rgb.get(1, 0, 2));
    }

    @Test
    void grayIsRepeatedInRgbMode() throws Exception {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 102);
        FloatImage rgb = new ImageDecoder(ColourMode.RGB).decode(write(image, "png", "g.png"));
        assertEquals(3, rgb.channels());
        for (int c = 0; c < 3; c++) {
            assertEquals(0.4f, rgb.get(0, 0, c), 1e-6);
        }
    }

    @Test
    void decodesJpeg() throws Exception {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.getRaster().setSample(x, y, 0, 128);
            }
        }
        FloatImage decoded = new ImageDecoder(ColourMode.GRAY).decode(write(image, "jpg", "a.jpg"));
        assertEquals(16, decoded.width());
        assertEquals(128 / 255f, decoded.get(5, 5, 0), 0.02);
    }

    @Test
    void corruptFileGivesCheckedExceptionNamingPath() throws Exception {
        Path file = dir.resolve("broken.png");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        ImageDecodeException e = assertThrows(ImageDecodeException.class,
                () -> new ImageDecoder(ColourMode.GRAY).decode(file));
        assertEquals(file, e.getPath());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "hello");
        assertThrows(ImageDecodeException.class, () -> new ImageDecoder(ColourMode.GRAY).decode(text));
    }

    @Test
    void truncatedPngIsReported() throws Exception {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
        Path file = write(image, "png", "full.png");
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.png");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ImageDecodeException e = assertThrows(ImageDecodeException.class,
                () -> new ImageDecoder(ColourMode.GRAY).decode(cut));
        assertTrue(e.getMessage().contains("cut.png"), e.getMessage());
    }

    @Test
    void missingFileIsReported() {
        Path file = dir.resolve("nothere.png");
        ImageDecodeException e = assertThrows(ImageDecodeException.class,
                () -> new ImageDecoder(ColourMode.GRAY).decode(file));
        assertTrue(e.getMessage().contains("nothere.png") && e.getMessage().contains("not found"), e.getMessage());
    }

    private Path write(BufferedImage image, String format, String name) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(image, format, file.toFile()));
        return file;
    }
}

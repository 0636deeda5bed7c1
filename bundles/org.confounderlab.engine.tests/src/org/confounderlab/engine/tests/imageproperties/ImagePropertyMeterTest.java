package org.confounderlab.engine.tests.imageproperties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.imageproperties.ImageProperties;
import org.confounderlab.engine.imageproperties.ImageProperty;
import org.confounderlab.engine.imageproperties.ImagePropertyMeter;
import org.confounderlab.engine.imageproperties.ImagePropertyTable;
import org.confounderlab.model.experiment.DicomIntensity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each image property on files made to have it, real files, and a file that is not an image. */
class ImagePropertyMeterTest {

    private final ImagePropertyMeter meter = new ImagePropertyMeter(DicomIntensity.STORED_RANGE);

    /** A 64 × 48 8-bit gray image: mid-gray 128 plus Gaussian noise of σ levels, with a black frame. */
    private static BufferedImage picture(double sigma, int frame, long seed) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        Random random = new Random(seed);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                boolean border = x < frame || y < frame || x >= 64 - frame || y >= 48 - frame;
                int value = border ? 0 : (int) Math.round(128 + sigma * random.nextGaussian());
                raster.setSample(x, y, 0, Math.max(0, Math.min(255, value)));
            }
        }
        return image;
    }

    @Test
    void sizeBordersIntensityAndNoiseOfAPng(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("framed.png");
        ImageIO.write(picture(0, 4, 1), "png", file.toFile());
        ImageProperties p = meter.measure(file);
        assertEquals("PNG", p.format());
        assertEquals(64, p.value(ImageProperty.WIDTH));
        assertEquals(48, p.value(ImageProperty.HEIGHT));
        assertEquals(64 / 48.0, p.value(ImageProperty.ASPECT_RATIO), 1e-12);
        assertEquals(8, p.value(ImageProperty.BIT_DEPTH));
        assertTrue(Double.isNaN(p.value(ImageProperty.JPEG_QUALITY)), "a PNG has no JPEG quality");
        double inside = 56 * 40;
        assertEquals((64 * 48 - inside) / (64 * 48), p.value(ImageProperty.BLACK_FRACTION), 1e-12);
        assertEquals(inside * 128 / 255 / (64 * 48), p.value(ImageProperty.MEAN_INTENSITY), 1e-6);
        // four black rows or columns on each side: 4/48 at the top and bottom, 4/64 at the left and right
        assertEquals((4 / 48.0 + 4 / 48.0 + 4 / 64.0 + 4 / 64.0) / 4, p.value(ImageProperty.BORDER_WIDTH), 1e-12);
        assertEquals(0, p.value(ImageProperty.WHITE_FRACTION));
        assertEquals(128.0 / 255, p.value(ImageProperty.MEDIAN_INTENSITY), 1.0 / 4096);
        assertEquals(0, p.value(ImageProperty.P05_INTENSITY), 1.0 / 4096);

        Path noisy = folder.resolve("noisy.png");
        ImageIO.write(picture(12, 0, 2), "png", noisy.toFile());
        ImageProperties n = meter.measure(noisy);
        assertEquals(12.0 / 255, n.value(ImageProperty.NOISE), 0.1 * 12 / 255, "Immerkær's estimate of σ");
        assertEquals(12.0 / 255, n.value(ImageProperty.CONTRAST), 0.1 * 12 / 255);
        assertEquals(0, n.value(ImageProperty.BORDER_WIDTH), 1.0 / 48);
        assertTrue(meter.measure(file).value(ImageProperty.NOISE) < 0.01, "a flat image with a frame: the mask "
                + "cancels the frame's straight edges except at its corners");
    }

    @Test
    void jpegQualityFromTheQuantisationTable(@TempDir Path folder) throws Exception {
        for (int quality : List.of(50, 75, 90)) {
            Path file = folder.resolve("q" + quality + ".jpg");
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(picture(8, 0, quality), null, null), param);
            } finally {
                writer.dispose();
            }
            ImageProperties p = meter.measure(file);
            assertEquals("JPEG", p.format());
            assertEquals(quality, p.value(ImageProperty.JPEG_QUALITY), 1, file.toString());
        }
    }

    @Test
    void realFilesSixteenBitPngAndDicom() throws Exception {
        ImageProperties png = meter.measure(Path.of("real", "CR-MONO1-10-chest_16bit_sBIT10_mono1.png"));
        assertEquals(16, png.value(ImageProperty.BIT_DEPTH));
        assertEquals(440, png.value(ImageProperty.WIDTH));
        ImageProperties dicom = meter.measure(Path.of("dicom", "fo-dicom", "CR-MONO1-10-chest"));
        assertEquals("DICOM", dicom.format());
        assertEquals(10, dicom.value(ImageProperty.BIT_DEPTH), "Bits Stored");
        assertEquals(440, dicom.value(ImageProperty.HEIGHT));
        // The DICOM file is the same stored values as the PNG, inverted (MONOCHROME1) over 10 bits, not 16.
        assertTrue(dicom.value(ImageProperty.MEAN_INTENSITY) > png.value(ImageProperty.MEAN_INTENSITY));
    }

    @Test
    void aFileThatIsNotAnImageIsAProblemNamingItAndTheOthersAreMeasured(@TempDir Path folder) throws Exception {
        Path good = folder.resolve("good.png");
        ImageIO.write(picture(4, 2, 3), "png", good.toFile());
        Path bad = folder.resolve("bad.png");
        Files.writeString(bad, "not a PNG");
        assertThrows(ImageDecodeException.class, () -> meter.measure(bad));
        List<ManifestEntry> entries = List.of(entry(good), entry(bad), entry(folder.resolve("missing.png")));
        ImagePropertyTable table = ImagePropertyTable.measure(entries, meter, 2, null);
        assertEquals(2, table.problems().size(), table.problems().toString());
        assertTrue(table.problems().stream().anyMatch(p -> p.file().equals(bad)));
        assertEquals(64, table.values(ImageProperty.WIDTH)[0]);
        assertTrue(Double.isNaN(table.values(ImageProperty.WIDTH)[1]));
        assertEquals("PNG", table.formats()[0]);
    }

    private static ManifestEntry entry(Path file) {
        return new ManifestEntry(file, "p", null, java.util.Map.of("finding", LabelValue.NEGATIVE),
                java.util.Map.of(), java.util.Map.of(), null, file.getFileName().toString());
    }
}

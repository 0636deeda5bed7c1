package org.confounderlab.engine.tests.dicom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.dicom.DicomHeaderFields;
import org.confounderlab.engine.dicom.DicomParser;
import org.confounderlab.engine.dicom.DicomPixels;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImageDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DICOM radiographs as images: the engine's decoder reads them like PNGs (told apart by content), bright meaning
 * dense, over the stored bits' full range; {@code dicom2png} writes those pixels as 16-bit PNGs with a CSV of the
 * header fields, and skips, with the reason, what it cannot convert.
 */
class DicomImagesTest {

    static final Path FOLDER = DicomReaderTest.FOLDER;

    @Test
    void theDecoderReadsDicomLikeAnyImageAndInvertsMonochrome1() throws Exception {
        Path chest = FOLDER.resolve("fo-dicom/CR-MONO1-10-chest");
        FloatImage image = new ImageDecoder(ColourMode.GRAY).decode(chest);
        assertEquals(440, image.width());
        float[] unit = DicomPixels.of(DicomParser.read(chest)).unit(false);
        org.junit.jupiter.api.Assertions.assertArrayEquals(unit, image.data());
        // The same stored values, unchanged, in a 16-bit PNG (real/, MONOCHROME1 polarity): inverted over 10 bits.
        FloatImage png = new ImageDecoder(ColourMode.GRAY).decode(Path.of("real",
                "CR-MONO1-10-chest_16bit_sBIT10_mono1.png"));
        for (int i = 0; i < unit.length; i++) {
            double stored = Math.round(png.data()[i] * 65535.0);
            assertEquals(1 - stored / 1023, unit[i], 1e-6, "pixel " + i);
        }
        FloatImage rgb = new ImageDecoder(ColourMode.RGB).decode(chest);
        assertEquals(3, rgb.channels());
        assertEquals(image.data()[1000], rgb.get(1000 % 440, 1000 / 440, 2));
    }

    @Test
    void aFileTheEngineCannotUseIsAnImageDecodeExceptionWithTheReason(@TempDir Path folder) throws Exception {
        ImageDecodeException ct = org.junit.jupiter.api.Assertions.assertThrows(ImageDecodeException.class,
                () -> new ImageDecoder(ColourMode.GRAY).decode(FOLDER.resolve("pydicom/CT_small.dcm")));
        assertTrue(ct.getMessage().contains("CT_small.dcm") && ct.getMessage().contains("not a radiograph"),
                ct.getMessage());
        Path jpegLs = TestDicomWriter.jpegLsCopy(folder.resolve("jpeg-ls.dcm"));
        ImageDecodeException ls = org.junit.jupiter.api.Assertions.assertThrows(ImageDecodeException.class,
                () -> new ImageDecoder(ColourMode.GRAY).decode(jpegLs));
        assertTrue(ls.getMessage().contains(jpegLs.toString()) && ls.getMessage().contains("JPEG-LS Lossless")
                && ls.getMessage().contains("1.2.840.10008.1.2.4.80"), ls.getMessage());
        // JPEG 2000 is read, here in OSGi through the engine's decoder fragment
        assertEquals(1760, new ImageDecoder(ColourMode.GRAY).decode(FOLDER.resolve("pydicom-data/RG3_J2KR.dcm"))
                .width());
    }

    @Test
    void dicom2pngWritesTheEnginesPixelsAndTheHeaderFields(@TempDir Path out) throws Exception {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = new ConfounderLabCommand(new PrintStream(text, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8)).run("dicom2png", FOLDER.toString(), "--out",
                        out.toString());
        String log = text.toString(StandardCharsets.UTF_8) + errors.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, log);
        // 6 native radiographs, 3 JPEG Lossless, 3 JPEG 2000; CT, 2 MR, OT and one without pixel data skipped
        assertTrue(log.contains("12 converted") && log.contains("5 skipped"), log);
        assertTrue(log.contains("skipped: " + FOLDER.resolve("pydicom/CT_small.dcm") + ": is CT"), log);
        int rows = 0;
        try (CsvReader csv = CsvReader.open(out.resolve("headers.csv"))) {
            CsvRecord header = csv.readRecord();
            assertEquals(List.of("dicom", "png"), header.fields().subList(0, 2));
            for (CsvRecord row : csv) {
                Path dicom = Path.of(row.field(0));
                FloatImage png = new ImageDecoder(ColourMode.GRAY).decode(out.resolve(row.field(1)));
                float[] unit = DicomPixels.of(DicomParser.read(dicom)).unit(false);
                for (int i = 0; i < unit.length; i++) {
                    assertEquals(unit[i], png.data()[i], 0.5 / 65535 + 1e-7, dicom + " pixel " + i);
                }
                Map<String, String> fields = DicomHeaderFields.of(DicomParser.read(dicom).data());
                assertEquals(fields.get("manufacturer"), row.field(header.fields().indexOf("manufacturer")));
                rows++;
            }
        }
        assertEquals(12, rows);
        // With --window the first VOI window (here 550/1024) maps the pixels instead of the full range.
        Path windowed = out.resolve("windowed");
        assertEquals(0, new ConfounderLabCommand(new PrintStream(new ByteArrayOutputStream()), new PrintStream(
                new ByteArrayOutputStream())).run("dicom2png", FOLDER.resolve("fo-dicom/CR-MONO1-10-chest").toString(),
                        "--out", windowed.toString(), "--window"));
        try (var files = Files.list(windowed)) {
            Path png = files.filter(p -> p.toString().endsWith(".png")).findFirst().orElseThrow();
            FloatImage window = new ImageDecoder(ColourMode.GRAY).decode(png);
            float[] full = DicomPixels.of(DicomParser.read(FOLDER.resolve("fo-dicom/CR-MONO1-10-chest"))).unit(false);
            assertNotEquals(full[50_000], window.data()[50_000], 1e-3);
        }
    }

    @Test
    void headerFieldsForConfounders() throws Exception {
        Map<String, String> chest = DicomHeaderFields.of(DicomParser.read(FOLDER.resolve(
                "fo-dicom/CR-MONO1-10-chest")).data());
        assertEquals("FUJI PHOTO FILM CO. LTD.", chest.get("manufacturer"));
        assertEquals("PA", chest.get("view_position"));
        assertEquals("MONOCHROME1", chest.get("photometric"));
        assertEquals("10", chest.get("bits_stored"));
        Map<String, String> lut = DicomHeaderFields.of(DicomParser.read(FOLDER.resolve(
                "fo-dicom/CR-ModalitySequenceLUT.dcm")).data());
        assertEquals("0.15-0.20 mm", lut.get("pixel_spacing"));
        Map<String, String> nih = DicomHeaderFields.of(DicomParser.read(FOLDER.resolve(
                "nccid-google-nih/1.3.6.1.4.1.11129.5.5.110503645592756492463169821050252582267888.dcm")).data());
        assertEquals("No Finding", nih.get("study_description"), "the label sits in the header");
        Map<String, String> mammogram = DicomHeaderFields.of(DicomParser.read(FOLDER.resolve("fo-dicom/GH133.dcm"))
                .data());
        assertEquals("0", mammogram.get("patient_age_years"), "000Y");
        assertEquals(DicomHeaderFields.names(), List.copyOf(chest.keySet()));
    }
}

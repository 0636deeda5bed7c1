package org.confounderlab.engine.jpeg.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.confounderlab.engine.dicom.DicomFile;
import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomParser;
import org.confounderlab.engine.dicom.DicomPixels;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecoder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JPEG Lossless DICOM radiographs (a CR with a Modality LUT Sequence, two mammograms from GE and Siemens), decoded on
 * the engine's flat class path by TwelveMonkeys' reader through {@code JpegFrameDecoder}: after the modality
 * transform and the inversion of MONOCHROME1 their pixels are bit for bit pydicom's with GDCM (the engine tests'
 * committed {@code dicom/reference.tsv}).
 */
class JpegDicomTest {

    static final Path FOLDER = Path.of("..", "org.confounderlab.engine.tests", "dicom");

    static Map<String, Map<String, String>> reference() throws Exception {
        Map<String, Map<String, String>> facts = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("reference.tsv"))) {
            if (!line.startsWith("#")) {
                String[] parts = line.split("\t", -1);
                facts.computeIfAbsent(parts[0], f -> new LinkedHashMap<>()).put(parts[1], parts[2]);
            }
        }
        return facts;
    }

    static Stream<String> jpegFiles() throws Exception {
        return reference().entrySet().stream().filter(e -> "jpeg".equals(e.getValue().get("pixels")))
                .map(Map.Entry::getKey);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jpegFiles")
    void pixelsAreWhatPydicomWithGdcmDecodes(String name) throws Exception {
        Map<String, String> facts = reference().get(name);
        DicomFile dicom = DicomParser.read(FOLDER.resolve(name));
        assertTrue(DicomPixels.decodes(dicom.syntax()), dicom.syntax().uid());
        DicomPixels pixels = DicomPixels.of(dicom);
        assertEquals(Double.parseDouble(facts.get("low")), pixels.low(), name + ": low");
        assertEquals(Double.parseDouble(facts.get("high")), pixels.high(), name + ": high");
        assertEquals(facts.get("inverted").equals("1"), pixels.inverted(), name + ": inverted");
        assertEquals(facts.get("sha256"), sha256(pixels.values()), name + ": pixels, sum "
                + java.util.Arrays.stream(pixels.values()).sum() + " against pydicom's " + facts.get("sum"));
        FloatImage image = new ImageDecoder(ColourMode.GRAY).decode(FOLDER.resolve(name));
        assertEquals(Integer.parseInt(facts.get("columns")), image.width());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jpegFiles")
    void aDamagedFrameIsRefusedNamingTheFileAndTheSyntax(String name, @org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(name));
        // Zero a run of the compressed frame, well after the header: the JPEG stream no longer decodes as it was.
        for (int i = bytes.length - bytes.length / 4; i < bytes.length - bytes.length / 4 + 4096; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Path damaged = folder.resolve("damaged.dcm");
        Files.write(damaged, bytes);
        try {
            DicomPixels pixels = DicomPixels.of(DicomParser.read(damaged));
            assertTrue(!sha256(pixels.values()).equals(reference().get(name).get("sha256")),
                    "a damaged frame cannot give the same pixels");
        } catch (DicomFileException e) {
            assertTrue(e.getMessage().startsWith(damaged.toString()), e.getMessage());
        }
        assertThrows(DicomFileException.class, () -> DicomPixels.of(DicomParser.read(writeTruncated(folder, name))));
    }

    private static Path writeTruncated(Path folder, String name) throws Exception {
        byte[] bytes = Files.readAllBytes(FOLDER.resolve(name));
        Path cut = folder.resolve("cut.dcm");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        return cut;
    }

    static String sha256(double[] values) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putDouble(v);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buffer.array()));
    }
}

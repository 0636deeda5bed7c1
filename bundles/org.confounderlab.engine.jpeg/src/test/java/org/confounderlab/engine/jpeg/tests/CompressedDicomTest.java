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
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.confounderlab.engine.dicom.DicomFile;
import org.confounderlab.engine.dicom.DicomFileException;
import org.confounderlab.engine.dicom.DicomParser;
import org.confounderlab.engine.dicom.DicomPixels;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compressed DICOM radiographs decoded on the engine's flat class path: JPEG Lossless (a CR with a Modality LUT
 * Sequence, two mammograms from GE and Siemens) by TwelveMonkeys through {@code JpegFrameDecoder}, reversible and
 * irreversible JPEG 2000 (two CR chests) by JJ2000 through {@code Jpeg2000FrameDecoder}. After the modality transform
 * and the inversion of MONOCHROME1, the lossless files' pixels are bit for bit pydicom's with GDCM (the engine tests'
 * committed {@code dicom/reference.tsv}); the lossy files' are within the codec's rounding of GDCM's (OpenJPEG's)
 * everywhere it was recorded: the central 64 × 64 values one by one, and every 32 × 32 block's mean.
 */
class CompressedDicomTest {

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

    static Stream<String> losslessFiles() throws Exception {
        return filesWithPixels("lossless");
    }

    static Stream<String> lossyFiles() throws Exception {
        return filesWithPixels("lossy");
    }

    static Stream<String> compressedFiles() throws Exception {
        return Stream.concat(losslessFiles(), lossyFiles());
    }

    private static Stream<String> filesWithPixels(String kind) throws Exception {
        return reference().entrySet().stream().filter(e -> kind.equals(e.getValue().get("pixels")))
                .map(Map.Entry::getKey);
    }

    @Test
    void theSharedFolderHoldsBothCodecsAndBothKinds() throws Exception {
        Map<String, Map<String, String>> facts = reference();
        List<String> syntaxes = compressedFiles().map(name -> facts.get(name).get("syntax")).distinct().sorted()
                .toList();
        assertEquals(List.of("1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2.4.91"), syntaxes);
        assertEquals(2, lossyFiles().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lossyFiles")
    void lossyPixelsAreWithinTheCodecsRoundingOfPydicomWithGdcm(String name) throws Exception {
        Map<String, String> facts = reference().get(name);
        DicomFile dicom = DicomParser.read(FOLDER.resolve(name));
        DicomPixels pixels = DicomPixels.of(dicom);
        assertEquals(Double.parseDouble(facts.get("low")), pixels.low(), name + ": low");
        assertEquals(Double.parseDouble(facts.get("high")), pixels.high(), name + ": high");
        assertEquals(facts.get("inverted").equals("1"), pixels.inverted(), name + ": inverted");
        double tolerance = Double.parseDouble(facts.get("tolerance"));
        int rows = Integer.parseInt(facts.get("rows"));
        int columns = Integer.parseInt(facts.get("columns"));
        double[] values = pixels.values();
        assertEquals((long) rows * columns, values.length);
        double[] centre = numbers(facts.get("centre"));
        int crop = (int) Math.round(Math.sqrt(centre.length));
        int top = (rows - crop) / 2;
        int left = (columns - crop) / 2;
        int differing = 0;
        for (int y = 0; y < crop; y++) {
            for (int x = 0; x < crop; x++) {
                double engine = values[(top + y) * columns + left + x];
                double reference = centre[y * crop + x];
                assertTrue(Math.abs(engine - reference) <= tolerance, name + ": centre value at row " + (top + y)
                        + ", column " + (left + x) + " is " + engine + ", GDCM's " + reference);
                differing += engine == reference ? 0 : 1;
            }
        }
        double[] means = numbers(facts.get("block_means"));
        int block = 32;
        int index = 0;
        double largest = 0;
        for (int y = 0; y < rows; y += block) {
            for (int x = 0; x < columns; x += block) {
                double sum = 0;
                int count = 0;
                for (int yy = y; yy < Math.min(rows, y + block); yy++) {
                    for (int xx = x; xx < Math.min(columns, x + block); xx++) {
                        sum += values[yy * columns + xx];
                        count++;
                    }
                }
                double difference = Math.abs(sum / count - means[index]);
                largest = Math.max(largest, difference);
                assertTrue(difference <= tolerance, name + ": the mean of the block at row " + y + ", column " + x
                        + " is " + sum / count + ", GDCM's " + means[index]);
                index++;
            }
        }
        assertEquals(means.length, index, name + ": blocks");
        // Not the same decoder: the irreversible wavelet's rounding differs somewhere, yet never by more than a unit
        assertTrue(largest < tolerance / 2, name + ": largest block-mean difference " + largest);
        assertTrue(differing < crop * crop / 4, name + ": " + differing + " centre values differ");
    }

    private static double[] numbers(String text) {
        return java.util.Arrays.stream(text.split(" ")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losslessFiles")
    void losslessPixelsAreWhatPydicomWithGdcmDecodes(String name) throws Exception {
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
    @MethodSource("compressedFiles")
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

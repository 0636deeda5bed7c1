package org.confounderlab.engine.tests.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.marks.BurnedInMark;
import org.confounderlab.engine.marks.MarkDetector;
import org.confounderlab.engine.marks.TesseractOcr;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tesseract (Debian {@code tesseract-ocr}) reads the marks the detector finds: the burned-in "R" and "L" of the real
 * fo-dicom dental panoramic (JPEG Lossless), the lead "R" of pydicom's RG3 leg radiograph, seen from behind and so
 * mirrored (reversible and irreversible JPEG 2000), and the generator's 5 × 7 bitmap laterality letters and
 * technologist initials at their boxes. Skipped where Tesseract is not installed: the detector works without it.
 */
class TesseractOcrTest {

    private static TesseractOcr ocr() {
        Optional<TesseractOcr> ocr = TesseractOcr.find();
        assumeTrue(ocr.isPresent(), "tesseract is not installed here");
        return ocr.get();
    }

    private static BurnedInMark near(List<BurnedInMark> marks, double x, double y) {
        return marks.stream().filter(m -> Math.abs(m.box().x() - x) < 10 && Math.abs(m.box().y() - y) < 10)
                .findFirst().orElseThrow(() -> new AssertionError("a mark at (" + x + ", " + y + "): " + marks));
    }

    @Test
    void theRealBurnedInLateralityLettersReadRAndL() throws Exception {
        TesseractOcr ocr = ocr();
        FloatImage image = new ImageDecoder(ColourMode.GRAY).decode(Path.of("dicom", "fo-dicom",
                "CR-ModalitySequenceLUT.dcm"));
        List<BurnedInMark> marks = new MarkDetector().detect(image);
        assertEquals("R", ocr.read(image, near(marks, 104, 1422).box()));
        TesseractOcr.Reading l = ocr.reading(image, near(marks, 1819, 1449).box());
        assertEquals(new TesseractOcr.Reading("L", l.confidence(), false), l, "plain, not a mirrored J");
        // a speck of a few pixels (as the detector finds in the fo-dicom and highdicom headers' corners) is not read
        assertEquals("", ocr.read(image, new Box(104, 1422, 4, 4)));
    }

    @Test
    void aLeadMarkerSeenFromBehindReadsAsAMirroredR() throws Exception {
        TesseractOcr ocr = ocr();
        for (String file : List.of("RG3_J2KR.dcm", "RG3_J2KI.dcm")) {
            FloatImage image = new ImageDecoder(ColourMode.GRAY).decode(Path.of("dicom", "pydicom-data", file));
            TesseractOcr.Reading reading = ocr.reading(image, near(new MarkDetector().detect(image), 1150, 1390)
                    .box());
            assertEquals("R", reading.text(), file);
            assertTrue(reading.mirrored(), file);
            assertEquals("R (mirrored)", reading.describe());
        }
    }

    @Test
    void theGeneratorsBitmapLettersAndInitialsRead(@TempDir Path folder) throws Exception {
        TesseractOcr ocr = ocr();
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(128).withCount(60).withSeed(8)).generate(folder);
        List<String> rows = Files.readAllLines(folder.resolve(SyntheticGenerator.MANIFEST));
        List<String> header = List.of(rows.get(0).split(","));
        int path = header.indexOf("path");
        int marker = header.indexOf("marker");
        int laterality = header.indexOf("region:laterality");
        int technologist = header.indexOf("technologist");
        int initials = header.indexOf("region:initials");
        int letters = 0;
        int lettersRead = 0;
        int names = 0;
        int namesRead = 0;
        StringBuilder misses = new StringBuilder();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            FloatImage image = null;
            if (!f[laterality].isEmpty() && !f[marker].equals("none") && letters < 20) {
                image = new ImageDecoder(ColourMode.GRAY).decode(folder.resolve(f[path]));
                String read = ocr.read(image, box(f[laterality]));
                letters++;
                lettersRead += read.equals(f[marker]) ? 1 : 0;
                misses.append(read.equals(f[marker]) ? "" : f[marker] + "→" + read + " ");
            }
            if (!f[initials].isEmpty() && names < 20) {
                image = image != null ? image : new ImageDecoder(ColourMode.GRAY).decode(folder.resolve(f[path]));
                String read = ocr.read(image, box(f[initials]));
                names++;
                namesRead += read.equals(f[technologist]) ? 1 : 0;
                misses.append(read.equals(f[technologist]) ? "" : f[technologist] + "→" + read + " ");
            }
        }
        assertTrue(letters >= 15 && names >= 15, letters + " letters, " + names + " initials");
        // measured: 100 of 100 letters and 98 of 100 initials (the reading before this one: 52 and 0)
        assertTrue(lettersRead >= letters - 1, lettersRead + " of " + letters + " letters: " + misses);
        assertTrue(namesRead >= names - 2, namesRead + " of " + names + " initials: " + misses);
    }

    private static Box box(String field) {
        String[] v = field.split(" ");
        return new Box(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                Double.parseDouble(v[3]));
    }
}

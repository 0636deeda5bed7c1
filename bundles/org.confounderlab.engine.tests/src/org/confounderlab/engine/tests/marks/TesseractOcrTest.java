package org.confounderlab.engine.tests.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.marks.BurnedInMark;
import org.confounderlab.engine.marks.MarkDetector;
import org.confounderlab.engine.marks.TesseractOcr;
import org.junit.jupiter.api.Test;

/**
 * Tesseract (Debian {@code tesseract-ocr}) reads the marks the detector finds: the burned-in "R" of the real fo-dicom
 * dental panoramic (JPEG Lossless). Skipped where Tesseract is not installed: the detector works without it.
 */
class TesseractOcrTest {

    @Test
    void theRealBurnedInLateralityLetterReadsR() throws Exception {
        Optional<TesseractOcr> ocr = TesseractOcr.find();
        assumeTrue(ocr.isPresent(), "tesseract is not installed here");
        FloatImage image = new ImageDecoder(ColourMode.GRAY).decode(Path.of("dicom", "fo-dicom",
                "CR-ModalitySequenceLUT.dcm"));
        List<BurnedInMark> marks = new MarkDetector().detect(image);
        BurnedInMark letter = marks.stream().filter(m -> Math.abs(m.box().x() - 104) < 10
                && Math.abs(m.box().y() - 1422) < 10).findFirst().orElseThrow(() -> new AssertionError(
                        "the R at (104, 1422): " + marks));
        assertEquals("R", ocr.get().read(image, letter.box()));
    }
}

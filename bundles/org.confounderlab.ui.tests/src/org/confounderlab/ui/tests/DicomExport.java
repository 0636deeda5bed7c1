package org.confounderlab.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small PACS-like export made of the real DICOM radiographs of the engine tests' {@code dicom/} folder (fo-dicom,
 * pydicom, pydicom-data, highdicom, NCCID; native, JPEG Lossless and JPEG 2000), each copied five times into a
 * folder tree, with a {@code labels.csv} joined by path whose finding is positive exactly for the Fuji CR chests: the
 * scanner's manufacturer, read from the headers, predicts the label. The copies of a file are one patient's (not
 * every file has a Patient ID, so the CSV names them).
 */
final class DicomExport {

    static final Path REAL = Path.of("../org.confounderlab.engine.tests/dicom");

    /** The Fuji chests: native, reversible and irreversible JPEG 2000. */
    static final List<String> POSITIVE = List.of("fo-dicom/CR-MONO1-10-chest", "pydicom-data/RG3_J2KR.dcm",
            "pydicom-data/RG3_J2KI.dcm");

    static final List<String> NEGATIVE = List.of("fo-dicom/CR-ModalitySequenceLUT.dcm", "fo-dicom/GH133.dcm",
            "fo-dicom/OutOfBoundsOverlay.dcm", "highdicom/dx_image.dcm",
            "nccid-google-nih/1.3.6.1.4.1.11129.5.5.110503645592756492463169821050252582267888.dcm",
            "pydicom/dicomdirtests_77654033_CR1_6154.dcm", "pydicom/dicomdirtests_77654033_CR2_6247.dcm",
            "pydicom/dicomdirtests_77654033_CR3_6278.dcm", "pydicom-data/RG1_J2KI.dcm");

    static final int COPIES = 5;

    private DicomExport() {
    }

    /** Writes the export under {@code folder}; returns the number of images. */
    static int write(Path folder) throws IOException {
        StringBuilder labels = new StringBuilder("path,patient_id,finding\n");
        int n = 0;
        for (int copy = 0; copy < COPIES; copy++) {
            for (String name : POSITIVE) {
                labels.append(copy(folder, name, copy, n++)).append(",P").append(POSITIVE.indexOf(name)).append(",1\n");
            }
            for (String name : NEGATIVE) {
                labels.append(copy(folder, name, copy, n++)).append(",N").append(NEGATIVE.indexOf(name)).append(",0\n");
            }
        }
        Files.writeString(folder.resolve("labels.csv"), labels);
        return n;
    }

    private static String copy(Path folder, String name, int copy, int index) throws IOException {
        String relative = "studies/" + copy + "/" + String.format("%03d", index) + ".dcm";
        Path target = folder.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.copy(REAL.resolve(name), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return relative;
    }
}

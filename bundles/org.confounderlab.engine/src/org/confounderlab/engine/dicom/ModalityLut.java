package org.confounderlab.engine.dicom;

import java.nio.file.Path;

/**
 * A Modality LUT Sequence item: LUT Descriptor (entries, first stored value mapped, bits per entry) and LUT Data.
 * Stored values below the first mapped one take the first entry, above the last the last (PS3.3 C.11.1.1).
 */
record ModalityLut(int first, int bits, int[] entries) {

    static ModalityLut of(Path file, DicomDataSet item) throws DicomFileException {
        double[] descriptor = item.numbers(DicomTags.LUT_DESCRIPTOR);
        if (descriptor.length < 3) {
            throw new DicomFileException(file, "has a Modality LUT without a three-value LUT Descriptor "
                    + DicomTags.format(DicomTags.LUT_DESCRIPTOR));
        }
        int count = descriptor[0] == 0 ? 65_536 : (int) descriptor[0];
        int first = (int) descriptor[1];
        if (first >= 32_768 && item.element(DicomTags.LUT_DESCRIPTOR).vr().equals("SS")) {
            first -= 65_536;
        }
        int bits = (int) descriptor[2];
        double[] data = item.numbers(DicomTags.LUT_DATA);
        if (bits < 1 || bits > 16 || data.length < count) {
            throw new DicomFileException(file, "has a Modality LUT of " + count + " entries of " + bits + " bits "
                    + DicomTags.format(DicomTags.LUT_DESCRIPTOR) + " but " + data.length + " values in its LUT Data "
                    + DicomTags.format(DicomTags.LUT_DATA));
        }
        int[] entries = new int[count];
        for (int i = 0; i < count; i++) {
            entries[i] = (int) data[i];
        }
        return new ModalityLut(first, bits, entries);
    }

    /** The lowest entry. */
    double lowest() {
        return java.util.Arrays.stream(entries).min().orElse(0);
    }

    /** The highest entry. */
    double highest() {
        return java.util.Arrays.stream(entries).max().orElse(0);
    }

    double apply(long stored) {
        long index = Math.max(0, Math.min(entries.length - 1, stored - first));
        return entries[(int) index];
    }
}

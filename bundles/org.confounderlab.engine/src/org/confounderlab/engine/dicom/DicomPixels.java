package org.confounderlab.engine.dicom;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The pixels of a single-frame grayscale DICOM radiograph, through the steps a viewer takes before display: the
 * stored values (Bits Allocated, Bits Stored, High Bit, Pixel Representation), the modality transform (the
 * Modality LUT Sequence, else Rescale Slope and Intercept), and the inversion of MONOCHROME1 (or of Presentation LUT
 * Shape INVERSE) so that bright means dense. {@link #unit} maps them to [0, 1]: over the full range the stored bits
 * allow after the modality transform, or, with a window, through the first VOI window (PS3.3 C.11.2.1.2.1).
 *
 * @param file      the file, for messages
 * @param width     columns
 * @param height    rows
 * @param values    the modality values, inverted where the photometric interpretation says so, row-major
 * @param low       the lowest value the stored bits allow, after the modality transform (with a Modality LUT, its
 *                  lowest entry)
 * @param high      the highest
 * @param inverted  whether the values were inverted (MONOCHROME1, or Presentation LUT Shape INVERSE)
 * @param window    the first window (centre, width) in modality values, or {@code null}
 */
public record DicomPixels(Path file, int width, int height, double[] values, double low, double high, boolean inverted,
        double[] window) {

    /** Whether pixel data in {@code syntax} are decoded here: uncompressed, or by a decoder on the class path. */
    public static boolean decodes(TransferSyntax syntax) {
        return !syntax.encapsulated() || EncapsulatedFrameDecoder.of(syntax) != null;
    }

    /** The largest side accepted: beyond it the header is taken as damaged. */
    public static final int LARGEST_SIDE = 16_384;

    /**
     * Modalities that are training images (a secondary capture counts when its Modality says DX or CR, as Google's
     * conversions of the NIH radiographs do); a file without Modality (ACR-NEMA) is read.
     */
    public static final Set<String> RADIOGRAPHS = Set.of("CR", "DX", "MG", "RG", "PX", "IO");

    /**
     * The pixels of {@code dicom}.
     *
     * @throws DicomFileException naming the file and the tag when the image is not a single-frame grayscale
     *         radiograph, its pixel data are compressed in a syntax not decoded here, or its header disagrees with
     *         its data
     */
    public static DicomPixels of(DicomFile dicom) throws DicomFileException {
        String modality = dicom.data().text(DicomTags.MODALITY);
        if (!modality.isEmpty() && !RADIOGRAPHS.contains(modality)) {
            throw new DicomFileException(dicom.file(), "is " + modality + " (Modality " + DicomTags.format(
                    DicomTags.MODALITY) + "), not a radiograph (CR, DX, MG)");
        }
        return decode(dicom);
    }

    /** The pixels of {@code dicom} whatever its modality (the CT and MR controls of the tests). */
    public static DicomPixels decode(DicomFile dicom) throws DicomFileException {
        DicomDataSet data = dicom.data();
        Path file = dicom.file();
        if (!data.has(DicomTags.PIXEL_DATA)) {
            throw new DicomFileException(file, "has no pixel data " + DicomTags.format(DicomTags.PIXEL_DATA));
        }
        int samples = (int) number(file, data, DicomTags.SAMPLES_PER_PIXEL, 1);
        String photometric = data.text(DicomTags.PHOTOMETRIC_INTERPRETATION);
        if (samples != 1 || !(photometric.equals("MONOCHROME1") || photometric.equals("MONOCHROME2"))) {
            throw new DicomFileException(file, "is not grayscale (Samples per Pixel " + samples + ", Photometric "
                    + "Interpretation '" + photometric + "' " + DicomTags.format(DicomTags.PHOTOMETRIC_INTERPRETATION)
                    + "): only MONOCHROME1 and MONOCHROME2 radiographs are read");
        }
        int frames = (int) number(file, data, DicomTags.NUMBER_OF_FRAMES, 1);
        if (frames > 1) {
            throw new DicomFileException(file, "has " + frames + " frames " + DicomTags.format(
                    DicomTags.NUMBER_OF_FRAMES) + "; only single-frame radiographs are training images");
        }
        int rows = (int) number(file, data, DicomTags.ROWS, 0);
        int columns = (int) number(file, data, DicomTags.COLUMNS, 0);
        side(file, rows, DicomTags.ROWS, "Rows");
        side(file, columns, DicomTags.COLUMNS, "Columns");
        int allocated = (int) number(file, data, DicomTags.BITS_ALLOCATED, 0);
        int stored = (int) number(file, data, DicomTags.BITS_STORED, allocated);
        int highBit = (int) number(file, data, DicomTags.HIGH_BIT, stored - 1);
        int representation = (int) number(file, data, DicomTags.PIXEL_REPRESENTATION, 0);
        if (allocated != 8 && allocated != 16 && allocated != 32) {
            throw new DicomFileException(file, "has Bits Allocated " + allocated + " " + DicomTags.format(
                    DicomTags.BITS_ALLOCATED) + "; 8, 16 or 32 are read");
        }
        if (stored < 1 || stored > allocated || highBit < stored - 1 || highBit >= allocated) {
            throw new DicomFileException(file, "has Bits Stored " + stored + " and High Bit " + highBit + " for "
                    + allocated + " bits allocated " + DicomTags.format(DicomTags.BITS_STORED)
                    + ": the header is inconsistent");
        }
        boolean big = dicom.syntax().bigEndian();
        int count = rows * columns;
        long[] raw;
        int shift = highBit + 1 - stored;
        long mask = (1L << stored) - 1;
        if (dicom.syntax().encapsulated()) {
            EncapsulatedFrameDecoder decoder = EncapsulatedFrameDecoder.of(dicom.syntax());
            List<byte[]> fragments = data.fragments(DicomTags.PIXEL_DATA);
            if (decoder == null || fragments == null) {
                throw new DicomFileException(file, "has pixel data compressed as " + dicom.syntax().name()
                        + " (transfer syntax " + dicom.syntax().uid() + "), which this version does not decode");
            }
            raw = decoder.samples(file, fragments, rows, columns, dicom.syntax());
            shift = 0; // a decoded sample is the pixel value itself
        } else {
            byte[] pixels = data.bytes(DicomTags.PIXEL_DATA);
            long needed = (long) rows * columns * (allocated / 8);
            if (pixels == null || pixels.length < needed) {
                throw new DicomFileException(file, "has " + (pixels == null ? 0 : pixels.length) + " bytes of pixel "
                        + "data " + DicomTags.format(DicomTags.PIXEL_DATA) + ", but " + rows + " rows × " + columns
                        + " columns × " + allocated + " bits need " + needed);
            }
            raw = new long[count];
            for (int i = 0; i < count; i++) {
                raw[i] = switch (allocated) {
                    case 8 -> pixels[i] & 0xFFL;
                    case 16 -> big ? (pixels[2 * i] & 0xFFL) << 8 | pixels[2 * i + 1] & 0xFFL
                            : pixels[2 * i] & 0xFFL | (pixels[2 * i + 1] & 0xFFL) << 8;
                    default -> big ? (pixels[4 * i] & 0xFFL) << 24 | (pixels[4 * i + 1] & 0xFFL) << 16
                            | (pixels[4 * i + 2] & 0xFFL) << 8 | pixels[4 * i + 3] & 0xFFL
                            : pixels[4 * i] & 0xFFL | (pixels[4 * i + 1] & 0xFFL) << 8
                                    | (pixels[4 * i + 2] & 0xFFL) << 16 | (pixels[4 * i + 3] & 0xFFL) << 24;
                };
            }
        }
        for (int i = 0; i < count; i++) {
            long value = raw[i] >>> shift & mask;
            if (representation == 1 && (value & 1L << stored - 1) != 0) {
                value -= 1L << stored; // two's complement in the stored bits
            }
            raw[i] = value;
        }
        long storedLow = representation == 1 ? -(1L << stored - 1) : 0;
        long storedHigh = representation == 1 ? (1L << stored - 1) - 1 : (1L << stored) - 1;
        double[] values = new double[count];
        double low;
        double high;
        List<DicomDataSet> lut = data.items(DicomTags.MODALITY_LUT_SEQUENCE);
        if (!lut.isEmpty() && lut.get(0).has(DicomTags.LUT_DATA)) {
            ModalityLut table = ModalityLut.of(file, lut.get(0));
            for (int i = 0; i < count; i++) {
                values[i] = table.apply(raw[i]);
            }
            // the LUT's own outputs bound the values (its bit depth often far exceeds them: 16 bits for 10-bit data)
            low = table.lowest();
            high = table.highest();
        } else {
            double slope = number(file, data, DicomTags.RESCALE_SLOPE, 1);
            double intercept = number(file, data, DicomTags.RESCALE_INTERCEPT, 0);
            boolean identity = slope == 1 && intercept == 0;
            for (int i = 0; i < count; i++) {
                values[i] = identity ? raw[i] : raw[i] * slope + intercept;
            }
            double a = storedLow * slope + intercept;
            double b = storedHigh * slope + intercept;
            low = Math.min(a, b);
            high = Math.max(a, b);
        }
        boolean inverted = photometric.equals("MONOCHROME1")
                || "INVERSE".equals(data.text(DicomTags.PRESENTATION_LUT_SHAPE));
        if (inverted) {
            for (int i = 0; i < count; i++) {
                values[i] = high + low - values[i];
            }
        }
        double[] window = null;
        double[] centres = safeNumbers(data, DicomTags.WINDOW_CENTER);
        double[] widths = safeNumbers(data, DicomTags.WINDOW_WIDTH);
        if (centres.length > 0 && widths.length > 0 && widths[0] >= 1) {
            window = new double[] {inverted ? high + low - centres[0] : centres[0], widths[0]};
        }
        return new DicomPixels(file, columns, rows, values, low, high, inverted, window);
    }

    /**
     * The pixels in [0, 1], bright meaning dense: over the full range ({@code windowed} false), or through the
     * first window when {@code windowed} and the file has one.
     */
    public float[] unit(boolean windowed) {
        float[] out = new float[values.length];
        if (windowed && window != null) {
            double c = window[0] - 0.5;
            double w = window[1] - 1;
            for (int i = 0; i < out.length; i++) {
                double x = values[i];
                out[i] = (float) (x <= c - w / 2 ? 0 : x > c + w / 2 ? 1 : (x - c) / w + 0.5);
            }
            return out;
        }
        double span = high - low;
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (span <= 0 ? 0 : Math.max(0, Math.min(1, (values[i] - low) / span)));
        }
        return out;
    }

    private static double number(Path file, DicomDataSet data, int tag, double otherwise) throws DicomFileException {
        try {
            return data.number(tag, otherwise);
        } catch (NumberFormatException e) {
            throw new DicomFileException(file, "the element " + DicomTags.format(tag) + " is not a number ('"
                    + data.text(tag) + "')", e);
        }
    }

    private static double[] safeNumbers(DicomDataSet data, int tag) {
        try {
            return data.numbers(tag);
        } catch (NumberFormatException e) {
            return new double[0];
        }
    }

    private static void side(Path file, int value, int tag, String name) throws DicomFileException {
        if (value < 1 || value > LARGEST_SIDE) {
            throw new DicomFileException(file, "has " + name + " " + value + " " + DicomTags.format(tag) + "; an image"
                    + " side must be 1 to " + String.format(Locale.ROOT, "%,d", LARGEST_SIDE));
        }
    }
}

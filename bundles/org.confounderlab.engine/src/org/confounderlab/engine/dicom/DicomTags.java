package org.confounderlab.engine.dicom;

import java.util.Locale;
import java.util.Set;

/** The DICOM tags the engine reads, as {@code (group << 16) | element}, and how an implicit-VR file types them. */
public final class DicomTags {

    private DicomTags() {
    }

    public static final int TRANSFER_SYNTAX = 0x00020010;
    public static final int SPECIFIC_CHARACTER_SET = 0x00080005;
    public static final int IMAGE_TYPE = 0x00080008;
    public static final int SOP_CLASS_UID = 0x00080016;
    public static final int SOP_INSTANCE_UID = 0x00080018;
    public static final int MODALITY = 0x00080060;
    public static final int CONVERSION_TYPE = 0x00080064;
    public static final int MANUFACTURER = 0x00080070;
    public static final int INSTITUTION_NAME = 0x00080080;
    public static final int STATION_NAME = 0x00081010;
    public static final int STUDY_DESCRIPTION = 0x00081030;
    public static final int MANUFACTURER_MODEL_NAME = 0x00081090;
    public static final int PATIENT_NAME = 0x00100010;
    public static final int PATIENT_ID = 0x00100020;
    public static final int PATIENT_SEX = 0x00100040;
    public static final int PATIENT_AGE = 0x00101010;
    public static final int BODY_PART_EXAMINED = 0x00180015;
    public static final int KVP = 0x00180060;
    public static final int IMAGER_PIXEL_SPACING = 0x00181164;
    public static final int VIEW_POSITION = 0x00185101;
    public static final int STUDY_INSTANCE_UID = 0x0020000D;
    public static final int PATIENT_ORIENTATION = 0x00200020;
    public static final int LATERALITY = 0x00200060;
    public static final int IMAGE_LATERALITY = 0x00200062;
    public static final int SAMPLES_PER_PIXEL = 0x00280002;
    public static final int PHOTOMETRIC_INTERPRETATION = 0x00280004;
    public static final int NUMBER_OF_FRAMES = 0x00280008;
    public static final int ROWS = 0x00280010;
    public static final int COLUMNS = 0x00280011;
    public static final int PIXEL_SPACING = 0x00280030;
    public static final int BITS_ALLOCATED = 0x00280100;
    public static final int BITS_STORED = 0x00280101;
    public static final int HIGH_BIT = 0x00280102;
    public static final int PIXEL_REPRESENTATION = 0x00280103;
    public static final int BURNED_IN_ANNOTATION = 0x00280301;
    public static final int PIXEL_INTENSITY_RELATIONSHIP = 0x00281040;
    public static final int WINDOW_CENTER = 0x00281050;
    public static final int WINDOW_WIDTH = 0x00281051;
    public static final int RESCALE_INTERCEPT = 0x00281052;
    public static final int RESCALE_SLOPE = 0x00281053;
    public static final int MODALITY_LUT_SEQUENCE = 0x00283000;
    public static final int LUT_DESCRIPTOR = 0x00283002;
    public static final int LUT_DATA = 0x00283006;
    public static final int VOI_LUT_SEQUENCE = 0x00283010;
    public static final int PRESENTATION_LUT_SHAPE = 0x20500020;
    public static final int PIXEL_DATA = 0x7FE00010;

    public static final int ITEM = 0xFFFEE000;
    public static final int ITEM_DELIMITATION = 0xFFFEE00D;
    public static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

    /** Tags that hold 16-bit unsigned integers (US): an implicit-VR file does not say so itself. */
    private static final Set<Integer> UNSIGNED_SHORTS = Set.of(SAMPLES_PER_PIXEL, ROWS, COLUMNS, BITS_ALLOCATED,
            BITS_STORED, HIGH_BIT, PIXEL_REPRESENTATION);

    /** Sequences (SQ) that an implicit-VR file may give a defined length. */
    private static final Set<Integer> SEQUENCES = Set.of(MODALITY_LUT_SEQUENCE, VOI_LUT_SEQUENCE, 0x00082112,
            0x00081140, 0x00081110, 0x00081111, 0x00081115, 0x00400275, 0x00082218, 0x00540220, 0x00400260);

    /** The VR an implicit-VR file's element has, from the tag: the few the engine reads as numbers or items. */
    static String implicitVr(int tag) {
        if (UNSIGNED_SHORTS.contains(tag)) {
            return "US";
        }
        if (SEQUENCES.contains(tag)) {
            return "SQ";
        }
        if (tag == PIXEL_DATA) {
            return "OW";
        }
        if (tag == LUT_DESCRIPTOR) {
            return "US";
        }
        if (tag == LUT_DATA) {
            return "OW";
        }
        return "UN";
    }

    /** {@code (GGGG,EEEE)}. */
    public static String format(int tag) {
        return String.format(Locale.ROOT, "(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}

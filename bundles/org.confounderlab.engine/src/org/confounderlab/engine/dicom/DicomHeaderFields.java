package org.confounderlab.engine.dicom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header fields of a DICOM radiograph that can be confounders, by the attribute names the engine gives them:
 * scanner, site, view, laterality, photometric interpretation, bit depth, pixel spacing (in buckets), tube voltage,
 * burned-in annotation, the patient's sex and age, and the study description (which can repeat the label).
 */
public final class DicomHeaderFields {

    private DicomHeaderFields() {
    }

    /** Attribute name → tag of the fields read as they are. */
    private static final Map<String, Integer> PLAIN = new LinkedHashMap<>();

    static {
        PLAIN.put("manufacturer", DicomTags.MANUFACTURER);
        PLAIN.put("model", DicomTags.MANUFACTURER_MODEL_NAME);
        PLAIN.put("institution", DicomTags.INSTITUTION_NAME);
        PLAIN.put("station", DicomTags.STATION_NAME);
        PLAIN.put("body_part", DicomTags.BODY_PART_EXAMINED);
        PLAIN.put("view_position", DicomTags.VIEW_POSITION);
        PLAIN.put("photometric", DicomTags.PHOTOMETRIC_INTERPRETATION);
        PLAIN.put("bits_stored", DicomTags.BITS_STORED);
        PLAIN.put("kvp", DicomTags.KVP);
        PLAIN.put("burned_in_annotation", DicomTags.BURNED_IN_ANNOTATION);
        PLAIN.put("patient_sex", DicomTags.PATIENT_SEX);
        PLAIN.put("study_description", DicomTags.STUDY_DESCRIPTION);
        PLAIN.put("modality", DicomTags.MODALITY);
        PLAIN.put("sop_instance_uid", DicomTags.SOP_INSTANCE_UID);
        PLAIN.put("study_instance_uid", DicomTags.STUDY_INSTANCE_UID);
    }

    /** The names, in the order {@link #of} gives them. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(PLAIN.keySet());
        names.add(names.indexOf("view_position") + 1, "laterality");
        names.add(names.indexOf("bits_stored") + 1, "pixel_spacing");
        names.add(names.indexOf("patient_sex") + 1, "patient_age_years");
        return names;
    }

    /** The fields of {@code data}, each name of {@link #names()} to its value ({@code ""} when absent). */
    public static Map<String, String> of(DicomDataSet data) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names()) {
            values.put(name, switch (name) {
                case "laterality" -> !data.text(DicomTags.IMAGE_LATERALITY).isEmpty()
                        ? data.text(DicomTags.IMAGE_LATERALITY) : data.text(DicomTags.LATERALITY);
                case "pixel_spacing" -> spacingBucket(data);
                case "patient_age_years" -> ageInYears(data.text(DicomTags.PATIENT_AGE));
                default -> data.text(PLAIN.get(name));
            });
        }
        return values;
    }

    /**
     * The pixel spacing (Pixel Spacing, else Imager Pixel Spacing) in buckets of 0.05 mm, as {@code 0.10-0.15 mm}:
     * detectors and their binning differ by site and scanner, and the exact value is too fine to group by.
     */
    static String spacingBucket(DicomDataSet data) {
        double[] spacing;
        try {
            spacing = data.has(DicomTags.PIXEL_SPACING) ? data.numbers(DicomTags.PIXEL_SPACING)
                    : data.numbers(DicomTags.IMAGER_PIXEL_SPACING);
        } catch (NumberFormatException e) {
            return "";
        }
        if (spacing.length == 0 || !(spacing[0] > 0)) {
            return "";
        }
        double low = Math.floor(spacing[0] / 0.05 + 1e-9) * 0.05;
        return String.format(Locale.ROOT, "%.2f-%.2f mm", low, low + 0.05);
    }

    /** An Age String ({@code 045Y}, {@code 006M}, {@code 010W}, {@code 003D}) in whole years; {@code ""} if none. */
    static String ageInYears(String age) {
        if (age.length() < 2) {
            return "";
        }
        char unit = Character.toUpperCase(age.charAt(age.length() - 1));
        int value;
        try {
            value = Integer.parseInt(age.substring(0, age.length() - 1).strip());
        } catch (NumberFormatException e) {
            return "";
        }
        double years = switch (unit) {
            case 'Y' -> value;
            case 'M' -> value / 12.0;
            case 'W' -> value / 52.18;
            case 'D' -> value / 365.25;
            default -> -1;
        };
        return years < 0 || years > 130 ? "" : Integer.toString((int) Math.floor(years));
    }
}

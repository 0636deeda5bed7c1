package org.confounderlab.engine.data;

import java.nio.file.Path;
import java.util.Map;

/**
 * One image of a data set with everything known about it.
 *
 * @param image         the image file (absolute)
 * @param patientId     the patient the image belongs to (splits never separate a patient's images)
 * @param studyId       the study, or {@code null}
 * @param labels        label name → value, for every label of the manifest
 * @param attributes    attribute name → value as text (categorical or numeric); absent when unknown
 * @param regions       region name → box in original-image pixels; absent when the image has no such region
 * @param officialSplit the data set's own split, or {@code null} when it has none
 * @param source        where the entry came from, {@code file:row}, for messages
 */
public record ManifestEntry(Path image, String patientId, String studyId, Map<String, LabelValue> labels,
        Map<String, String> attributes, Map<String, Box> regions, SplitName officialSplit, String source) {

    /**
     * The attribute holding an age as the table wrote it ("006M"), when the importer converted it from a unit to the
     * years in {@code age}; not one of the manifest's attributes, so never audited itself.
     */
    public static final String AGE_AS_WRITTEN = "age (as written)";

    public ManifestEntry {
        labels = Map.copyOf(labels);
        attributes = Map.copyOf(attributes);
        regions = Map.copyOf(regions);
    }

    /** The value of one label ({@link LabelValue#MISSING} when the manifest has no such label). */
    public LabelValue label(String name) {
        return labels.getOrDefault(name, LabelValue.MISSING);
    }
}

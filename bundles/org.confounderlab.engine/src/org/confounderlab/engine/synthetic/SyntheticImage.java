package org.confounderlab.engine.synthetic;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.SplitName;

/**
 * The ground truth of one generated image.
 *
 * @param path         path relative to the manifest's folder, with '/' separators
 * @param patientId    the patient
 * @param split        the patient's split
 * @param finding      the label (the disease sign is drawn iff true)
 * @param site         hospital A, B or C
 * @param technologist the technologist's initials (drawn in the image)
 * @param sex          M or F
 * @param age          age in years
 * @param marker       the laterality letter drawn, "L" or "R", or {@code null} when none
 * @param lesion       box of the disease sign, {@code null} for negatives
 * @param laterality   box of the marker, {@code null} when none
 * @param initials     box of the initials
 */
public record SyntheticImage(String path, String patientId, SplitName split, boolean finding, String site,
        String technologist, String sex, int age, String marker, Box lesion, Box laterality, Box initials) {
}

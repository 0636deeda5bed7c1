package org.confounderlab.engine.synthetic;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What the generator wrote.
 *
 * @param manifest the manifest CSV
 * @param images   ground truth per image, in manifest order
 */
public record SyntheticDataSet(Path manifest, List<SyntheticImage> images) {

    public SyntheticDataSet {
        images = List.copyOf(images);
    }

    /** Number of distinct patients. */
    public long patientCount() {
        return images.stream().map(SyntheticImage::patientId).distinct().count();
    }

    /** Share of images whose marker presence agrees with the label. */
    public double markerAgreement() {
        return images.stream().filter(i -> (i.marker() != null) == i.finding()).count() / (double) images.size();
    }

    /** One line: counts, prevalence, marker agreement. */
    public String summary() {
        long positives = images.stream().filter(SyntheticImage::finding).count();
        return String.format(Locale.ROOT, "%d images of %d patients, %d positive (%.1f%%), marker agrees with label in"
                + " %.1f%%", images.size(), patientCount(), positives, 100.0 * positives / images.size(),
                100.0 * markerAgreement());
    }
}

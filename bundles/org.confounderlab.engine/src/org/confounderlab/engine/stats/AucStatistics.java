package org.confounderlab.engine.stats;

import java.util.List;

/**
 * The AUC interval and paired test fit for a set of images: DeLong's when every patient has one image, Obuchowski's
 * clustered DeLong when some patient has several (their images are not independent, and image-level intervals are
 * too narrow). Chosen from the images' patient ids, so every stage that scores the same images tests them alike.
 *
 * @param clusters the images' patients; {@code null} when no patient has more than one image
 * @param images the number of images
 */
public record AucStatistics(Clusters clusters, int images) {

    /** The statistics for images of {@code patientIds} (null or blank: a patient of its own), in their order. */
    public static AucStatistics of(List<String> patientIds) {
        Clusters clusters = Clusters.of(patientIds);
        return new AucStatistics(clusters.repeated() ? clusters : null, patientIds.size());
    }

    /** Whether intervals and tests are clustered by patient. */
    public boolean clustered() {
        return clusters != null;
    }

    /** The number of distinct patients (the number of images when none repeats). */
    public int patients() {
        return clusters != null ? clusters.count() : images;
    }

    /** The AUC of {@code scores} with its interval at {@code level}. */
    public DeLongAuc auc(double[] scores, int[] labels, double level) {
        return clusters != null ? ClusteredDeLong.auc(scores, labels, clusters, level)
                : DeLongAuc.of(CaseControlScores.of(scores, labels), level);
    }

    /** The paired DeLong test of {@code first} against {@code second} on these images. */
    public PairedDeLongTest paired(double[] first, double[] second, int[] labels, double level) {
        return clusters != null ? ClusteredDeLong.paired(first, second, labels, clusters, level)
                : PairedDeLongTest.of(first, second, labels, level);
    }

    /** The statistics for the images at {@code indices}, in that order (clustered only if a patient still repeats). */
    public AucStatistics subset(int[] indices) {
        if (clusters == null) {
            return new AucStatistics(null, indices.length);
        }
        Clusters sub = clusters.subset(indices);
        return new AucStatistics(sub.repeated() ? sub : null, indices.length);
    }

    /** How the paired test was made, for a comparison's method. */
    public String pairedMethod() {
        return clusters != null ? "DeLong clustered by patient (Obuchowski 1997), " + clusters.count() + " patients"
                : "DeLong";
    }
}

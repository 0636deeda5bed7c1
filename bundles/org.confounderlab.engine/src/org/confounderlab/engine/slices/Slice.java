package org.confounderlab.engine.slices;

import java.util.List;
import java.util.Locale;

/**
 * One cluster of the test images in the model's feature space, described by how the model does on it, how well
 * belonging to it predicts the label, and the known attribute it goes with most.
 *
 * @param index          its number among the slices, from 1
 * @param members        the test images in it, by index
 * @param prevalence     the label's prevalence in it
 * @param restPrevalence the label's prevalence in the other test images
 * @param lossRatio      the mean log loss of its images over that of the other images
 * @param errorRate      the share of its images the model gets wrong at 0.5
 * @param restErrorRate  the same for the other images
 * @param errorP         two-sided p of the two error rates being equal (two-proportion z test)
 * @param labelAuc       how well membership alone predicts the label (≥ 0.5)
 * @param attribute      the known attribute membership goes with most, or {@code null}
 * @param attributeV     Cramér's V of membership and that attribute
 * @param attributeValue the attribute's value most over-represented in it
 * @param valueShare     that value's share among its images
 */
public record Slice(int index, List<Integer> members, double prevalence, double restPrevalence, double lossRatio,
        double errorRate, double restErrorRate, double errorP, double labelAuc, String attribute, double attributeV,
        String attributeValue, double valueShare) {

    /** Error-enriched (loss at least 1.5 times the rest's, errors significantly more frequent) at {@code alpha}. */
    public boolean errorEnriched(double alpha) {
        return lossRatio >= 1.5 && errorRate > restErrorRate && errorP < alpha;
    }

    /** Membership predicts the label (AUC at least 0.6). */
    public boolean labelPredictive() {
        return labelAuc >= 0.6;
    }

    /** What it is, in words. */
    public String describe(int testImages, String label) {
        String text = String.format(Locale.ROOT, "slice %d: %d of %d test images, %s prevalence %.2f (%.2f in the "
                + "rest), mean log loss %.1f× the rest's, errors at 0.5 %.0f %% against %.0f %% (p %s), membership "
                + "predicts %s with AUC %.3f", index, members.size(), testImages, label, prevalence, restPrevalence,
                lossRatio, 100 * errorRate, 100 * restErrorRate, p(errorP), label, labelAuc);
        if (attribute != null) {
            text += String.format(Locale.ROOT, "; %s = %s in %.0f %% of it (V %.2f)", attribute, attributeValue,
                    100 * valueShare, attributeV);
        }
        return text;
    }

    private static String p(double p) {
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}

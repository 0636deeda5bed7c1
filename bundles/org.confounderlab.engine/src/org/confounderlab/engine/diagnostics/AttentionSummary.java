package org.confounderlab.engine.diagnostics;

/**
 * Where a saliency method puts a label's attention relative to one region, over a subset of test images.
 *
 * @param method                       {@code GRAD_CAM} or {@code OCCLUSION}
 * @param layer                        the layer explained (Grad-CAM), else empty
 * @param region                       the region
 * @param label                        the label explained
 * @param subset                       which images: {@code present}, {@code present, positive},
 *                                     {@code present, negative} (the region is in the image) or {@code absent} (the
 *                                     region's usual place, in images without it)
 * @param n                            images in the subset
 * @param meanShare                    mean share of heat-map mass inside the box
 * @param areaShare                    mean share of the image the box covers
 * @param ciLower                      lower bootstrap confidence bound of {@code meanShare}
 * @param ciUpper                      upper bootstrap confidence bound of {@code meanShare}
 * @param pointingHitRate              share of images whose hottest pixel falls in the box (NaN for {@code absent})
 * @param randomisationRankCorrelation mean Spearman ρ between the trained and a weight-randomised model's maps (NaN
 *                                     when not computed); high values mean the maps do not depend on what was learned
 */
public record AttentionSummary(String method, String layer, String region, String label, String subset, int n,
        double meanShare, double areaShare, double ciLower, double ciUpper, double pointingHitRate,
        double randomisationRankCorrelation) {

    /** Subset names. */
    public static final String PRESENT = "present";
    public static final String PRESENT_POSITIVE = "present, positive";
    public static final String PRESENT_NEGATIVE = "present, negative";
    public static final String ABSENT = "absent";

    /** How many times its area the region's share of attention is. */
    public double ratio() {
        return areaShare > 0 ? meanShare / areaShare : Double.NaN;
    }
}

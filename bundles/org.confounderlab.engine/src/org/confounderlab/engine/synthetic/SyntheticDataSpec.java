package org.confounderlab.engine.synthetic;

/**
 * What the synthetic generator makes. Every strength is in 0..1: with probability {@code strength} the confounder
 * follows the label, otherwise it is drawn independently of it; so 0 means no association, 1 a perfect one, and the
 * agreement of a binary confounder with the label is {@code (1 + strength) / 2}.
 *
 * @param size               image side in pixels (square)
 * @param count              number of images
 * @param imagesPerPatient   images per patient (the last patient may have fewer); labels are per patient
 * @param prevalence         share of positive patients before the site effect, 0..1
 * @param markerStrength     how strongly the presence of the L/R marker follows the label
 * @param initialsStrength   how strongly the technologist (and so the initials drawn) follows the label
 * @param siteStrength       how strongly the site follows the label (positives go to site A, negatives to C)
 * @param sexCorrelateStrength how visible sex is in the image (body width), 0 = not at all
 * @param lesionContrast     peak brightness added by the disease sign, the true signal
 * @param seed               random seed; the same spec gives byte-identical output
 */
public record SyntheticDataSpec(int size, int count, int imagesPerPatient, double prevalence, double markerStrength,
        double initialsStrength, double siteStrength, double sexCorrelateStrength, double lesionContrast, long seed) {

    /** Default image side. */
    public static final int DEFAULT_SIZE = 128;

    public SyntheticDataSpec {
        if (size < 32 || size > 4096) {
            throw new IllegalArgumentException("size must be 32..4096 pixels, got " + size);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        if (imagesPerPatient < 1) {
            throw new IllegalArgumentException("images per patient must be at least 1, got " + imagesPerPatient);
        }
        check("prevalence", prevalence);
        check("marker strength", markerStrength);
        check("initials strength", initialsStrength);
        check("site strength", siteStrength);
        check("sex correlate strength", sexCorrelateStrength);
        if (!(lesionContrast >= 0 && lesionContrast <= 1)) {
            throw new IllegalArgumentException("lesion contrast must be in 0..1, got " + lesionContrast);
        }
    }

    private static void check(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in 0..1, got " + value);
        }
    }

    /** The defaults: 128 px, 1000 images, 3 per patient, prevalence 0.5, a strong marker, moderate others. */
    public static SyntheticDataSpec defaults() {
        return new SyntheticDataSpec(DEFAULT_SIZE, 1000, 3, 0.5, 0.8, 0.3, 0.5, 0.5, 0.12, 42L);
    }

    /** A copy with another {@link #size()}. */
    public SyntheticDataSpec withSize(int value) {
        return new SyntheticDataSpec(value, count, imagesPerPatient, prevalence, markerStrength, initialsStrength,
                siteStrength, sexCorrelateStrength, lesionContrast, seed);
    }

    /** A copy with another {@link #count()}. */
    public SyntheticDataSpec withCount(int value) {
        return new SyntheticDataSpec(size, value, imagesPerPatient, prevalence, markerStrength, initialsStrength,
                siteStrength, sexCorrelateStrength, lesionContrast, seed);
    }

    /** A copy with another {@link #imagesPerPatient()}. */
    public SyntheticDataSpec withImagesPerPatient(int value) {
        return new SyntheticDataSpec(size, count, value, prevalence, markerStrength, initialsStrength,
                siteStrength, sexCorrelateStrength, lesionContrast, seed);
    }

    /** A copy with another {@link #prevalence()}. */
    public SyntheticDataSpec withPrevalence(double value) {
        return new SyntheticDataSpec(size, count, imagesPerPatient, value, markerStrength, initialsStrength,
                siteStrength, sexCorrelateStrength, lesionContrast, seed);
    }

    /** A copy with another {@link #markerStrength()}. */
    public SyntheticDataSpec withMarkerStrength(double value) {
        return new SyntheticDataSpec(size, count, imagesPerPatient, prevalence, value, initialsStrength,
                siteStrength, sexCorrelateStrength, lesionContrast, seed);
    }

    /** A copy with another {@link #initialsStrength()}. */
    public SyntheticDataSpec withInitialsStrength(double value) {
        return new SyntheticDataSpec(size, count, imagesPerPatient, prevalence, markerStrength, value,
                siteStrength, sexCorrelateStrength, lesionContrast, seed);
    }

    /** A copy with another {@link #siteStrength()}. */
    public SyntheticDataSpec withSiteStrength(double value) {
        return new SyntheticDataSpec(size, count, imagesPerPatient, prevalence, markerStrength, initialsStrength,
                value, sexCorrelateStrength, lesionContrast, seed);
    }

    /** A copy with another {@link #sexCorrelateStrength()}. */
    public SyntheticDataSpec withSexCorrelateStrength(double value) {
        return new SyntheticDataSpec(size, count, imagesPerPatient, prevalence, markerStrength, initialsStrength,
                siteStrength, value, lesionContrast, seed);
    }

    /** A copy with another {@link #lesionContrast()}. */
    public SyntheticDataSpec withLesionContrast(double value) {
        return new SyntheticDataSpec(size, count, imagesPerPatient, prevalence, markerStrength, initialsStrength,
                siteStrength, sexCorrelateStrength, value, seed);
    }

    /** A copy with another {@link #seed()}. */
    public SyntheticDataSpec withSeed(long value) {
        return new SyntheticDataSpec(size, count, imagesPerPatient, prevalence, markerStrength, initialsStrength,
                siteStrength, sexCorrelateStrength, lesionContrast, value);
    }
}

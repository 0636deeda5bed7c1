package org.confounderlab.engine.stats;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * DeLong's AUC variance for clustered data (several images per patient), after Obuchowski, "Nonparametric analysis
 * of clustered ROC curve data", Biometrics 53 (1997) 567–578. With I clusters, cluster i holding mᵢ cases and nᵢ
 * controls (M and N in all), and ψ(x, y) = 1, ½, 0 as the case outranks, ties or trails the control:
 * <pre>
 * V10(Xᵢ) = (1/N) Σⱼ Σₖ Σₗ ψ(xᵢⱼ, yₖₗ)      the summed placements of cluster i's cases
 * V01(Yᵢ) = (1/M) Σₗ Σₖ Σⱼ ψ(xₖⱼ, yᵢₗ)      the summed placements of cluster i's controls
 * S10 = I10 / ((I10 − 1) M) Σᵢ (V10(Xᵢ) − mᵢθ)²   (I10 clusters with a case)
 * S01 = I01 / ((I01 − 1) N) Σᵢ (V01(Yᵢ) − nᵢθ)²   (I01 clusters with a control)
 * S11 = I / (I − 1) Σᵢ (V10(Xᵢ) − mᵢθ)(V01(Yᵢ) − nᵢθ)
 * var θ = S10 / M + S01 / N + 2 S11 / (M N)
 * </pre>
 * and, for two score sets on the same images, the covariance with the S terms built from cross products (S11 from
 * both orders). With one image per cluster it is DeLong's variance exactly. The placements come from
 * {@link DeLongPlacements} (one sort), so the cost is that of the unclustered test.
 */
public final class ClusteredDeLong {

    private ClusteredDeLong() {
    }

    /**
     * The per-cluster sums of one AUC's placements.
     *
     * @param auc θ
     * @param caseSums V10(Xᵢ) per cluster
     * @param controlSums V01(Yᵢ) per cluster
     * @param cases mᵢ per cluster
     * @param controls nᵢ per cluster
     */
    record ClusterSums(double auc, double[] caseSums, double[] controlSums, int[] cases, int[] controls) {
    }

    /** The AUC of {@code scores} for 0/1 {@code labels} with its clustered DeLong interval at {@code level}. */
    public static DeLongAuc auc(double[] scores, int[] labels, Clusters clusters, double level) {
        DeLongAuc.checkLevel(level);
        ClusterSums sums = sums(scores, labels, clusters);
        double variance = covariance(sums, sums);
        double half = NormalDistribution.quantile(1 - (1 - level) / 2) * Math.sqrt(variance);
        return new DeLongAuc(sums.auc, variance, Math.max(0, sums.auc - half), Math.min(1, sums.auc + half), level);
    }

    /**
     * The paired test of {@code first} against {@code second} on the same images, with clustered variances and
     * covariance; the same z, p and interval of the difference as {@link PairedDeLongTest}, which it equals when every
     * cluster holds one image.
     */
    public static PairedDeLongTest paired(double[] first, double[] second, int[] labels, Clusters clusters,
            double level) {
        if (first.length != second.length) {
            throw new IllegalArgumentException(first.length + " first scores but " + second.length + " second scores");
        }
        DeLongAuc.checkLevel(level);
        ClusterSums a;
        ClusterSums b;
        if (first.length >= PairedDeLongTest.PARALLEL_FROM) {
            CompletableFuture<ClusterSums> later = CompletableFuture.supplyAsync(() -> sums(second, labels, clusters));
            a = sums(first, labels, clusters);
            b = later.join();
        } else {
            a = sums(first, labels, clusters);
            b = sums(second, labels, clusters);
        }
        double varianceA = covariance(a, a);
        double varianceB = covariance(b, b);
        double covariance = covariance(a, b);
        double difference = a.auc - b.auc;
        double sigma = Math.sqrt(varianceA + varianceB - 2 * covariance);
        double z = difference / sigma;
        if (Double.isNaN(z) && a.auc == b.auc) {
            z = 0;
        }
        double crit = NormalDistribution.quantile(1 - (1 - level) / 2);
        return new PairedDeLongTest(interval(a.auc, varianceA, crit, level), interval(b.auc, varianceB, crit, level),
                covariance, z, NormalDistribution.twoSidedP(z), difference - crit * sigma,
                difference + crit * sigma, level);
    }

    /**
     * A DeLong contrast: the estimate Σₖ wₖ θₖ over AUCs of several score sets on the same images (e.g. the mean of
     * an arm's seeds minus the mean of the baseline's), its variance L S Lᵀ from the (clustered) DeLong covariance
     * matrix S of all of them, and the normal test of the estimate against 0 (DeLong, DeLong and Clarke-Pearson 1988,
     * for general contrasts). With two sets and weights (1, −1) it is the paired test.
     *
     * @param estimate Σ wₖ θₖ
     * @param variance its variance
     * @param z the estimate over its standard error
     * @param pValue two-sided
     * @param lower the interval's lower bound
     * @param upper its upper bound
     */
    public record Contrast(double estimate, double variance, double z, double pValue, double lower, double upper) {
    }

    /** The contrast {@code weights} over {@code scores} (each on the same images) for {@code labels}. */
    public static Contrast contrast(List<double[]> scores, double[] weights, int[] labels, Clusters clusters,
            double level) {
        if (scores.size() != weights.length || scores.isEmpty()) {
            throw new IllegalArgumentException(scores.size() + " score sets but " + weights.length + " weights");
        }
        DeLongAuc.checkLevel(level);
        Clusters groups = clusters != null ? clusters : Clusters.singletons(labels.length);
        ClusterSums combined = null;
        for (int k = 0; k < scores.size(); k++) {
            ClusterSums one = sums(scores.get(k), labels, groups);
            combined = combined == null ? scaled(one, weights[k]) : plus(combined, scaled(one, weights[k]));
        }
        double variance = covariance(combined, combined);
        double z = combined.auc / Math.sqrt(variance);
        if (Double.isNaN(z) && combined.auc == 0) {
            z = 0;
        }
        double half = NormalDistribution.quantile(1 - (1 - level) / 2) * Math.sqrt(variance);
        return new Contrast(combined.auc, variance, z, NormalDistribution.twoSidedP(z), combined.auc - half,
                combined.auc + half);
    }

    private static ClusterSums scaled(ClusterSums a, double w) {
        double[] cases = a.caseSums.clone();
        double[] controls = a.controlSums.clone();
        for (int i = 0; i < cases.length; i++) {
            cases[i] *= w;
            controls[i] *= w;
        }
        return new ClusterSums(w * a.auc, cases, controls, a.cases, a.controls);
    }

    private static ClusterSums plus(ClusterSums a, ClusterSums b) {
        double[] cases = a.caseSums.clone();
        double[] controls = a.controlSums.clone();
        for (int i = 0; i < cases.length; i++) {
            cases[i] += b.caseSums[i];
            controls[i] += b.controlSums[i];
        }
        return new ClusterSums(a.auc + b.auc, cases, controls, a.cases, a.controls);
    }

    static ClusterSums sums(double[] scores, int[] labels, Clusters clusters) {
        if (clusters.size() != scores.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + clusters.size() + " clustered");
        }
        DeLongPlacements placements = DeLongPlacements.of(CaseControlScores.of(scores, labels));
        int count = clusters.count();
        double[] caseSums = new double[count];
        double[] controlSums = new double[count];
        int[] cases = new int[count];
        int[] controls = new int[count];
        int c = 0;
        int k = 0;
        // CaseControlScores keeps the images' order within each class
        for (int i = 0; i < labels.length; i++) {
            int cluster = clusters.of()[i];
            if (labels[i] == 1) {
                caseSums[cluster] += placements.caseComponents()[c++];
                cases[cluster]++;
            } else {
                controlSums[cluster] += placements.controlComponents()[k++];
                controls[cluster]++;
            }
        }
        return new ClusterSums(placements.auc(), caseSums, controlSums, cases, controls);
    }

    /** Obuchowski's covariance of two AUCs on the same clusters; NaN with fewer than two clusters of a class. */
    static double covariance(ClusterSums a, ClusterSums b) {
        int clusters = 0;
        int caseClusters = 0;
        int controlClusters = 0;
        long m = 0;
        long n = 0;
        double s10 = 0;
        double s01 = 0;
        double s11 = 0;
        for (int i = 0; i < a.cases.length; i++) {
            int mi = a.cases[i];
            int ni = a.controls[i];
            if (mi + ni == 0) {
                continue;
            }
            clusters++;
            m += mi;
            n += ni;
            double caseA = a.caseSums[i] - mi * a.auc;
            double caseB = b.caseSums[i] - mi * b.auc;
            double controlA = a.controlSums[i] - ni * a.auc;
            double controlB = b.controlSums[i] - ni * b.auc;
            if (mi > 0) {
                caseClusters++;
                s10 += caseA * caseB;
            }
            if (ni > 0) {
                controlClusters++;
                s01 += controlA * controlB;
            }
            s11 += caseA * controlB + caseB * controlA;
        }
        if (caseClusters < 2 || controlClusters < 2) {
            return Double.NaN;
        }
        s10 *= caseClusters / ((caseClusters - 1.0) * m);
        s01 *= controlClusters / ((controlClusters - 1.0) * n);
        s11 *= clusters / (clusters - 1.0); // both orders: 2 S11 for a variance
        return s10 / m + s01 / n + s11 / ((double) m * n);
    }

    private static DeLongAuc interval(double auc, double variance, double crit, double level) {
        double half = crit * Math.sqrt(variance);
        return new DeLongAuc(auc, variance, Math.max(0, auc - half), Math.min(1, auc + half), level);
    }
}

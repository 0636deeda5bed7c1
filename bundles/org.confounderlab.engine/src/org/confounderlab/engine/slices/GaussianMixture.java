package org.confounderlab.engine.slices;

import java.util.Arrays;
import java.util.Random;

/**
 * A mixture of Gaussians with diagonal covariances fitted by expectation-maximisation from a k-means++ start, and
 * its Bayesian information criterion {@code −2 log L + p ln n} with {@code p = K·2d + K − 1} free parameters; {@link
 * #bestByBic} fits 1 to K components and keeps the one with the lowest. Variances are floored at 1e-6 of the data's.
 *
 * @param weights     per component
 * @param means       per component, per dimension
 * @param variances   per component, per dimension
 * @param logLikelihood of the data under the mixture
 * @param bic         the criterion
 * @param assignment  each row's most probable component
 */
public record GaussianMixture(double[] weights, double[][] means, double[][] variances, double logLikelihood,
        double bic, int[] assignment) {

    static final int ITERATIONS = 200;

    /** The mixture of 1 to {@code largest} components with the lowest BIC, each from {@code seed}. */
    public static GaussianMixture bestByBic(double[][] x, int largest, long seed) {
        GaussianMixture best = null;
        for (int k = 1; k <= largest && k <= x.length; k++) {
            GaussianMixture fitted = fit(x, k, seed);
            if (best == null || fitted.bic() < best.bic()) {
                best = fitted;
            }
        }
        return best;
    }

    /** {@code k} components fitted to the rows of {@code x}. */
    public static GaussianMixture fit(double[][] x, int k, long seed) {
        int n = x.length;
        int d = x[0].length;
        double[] spread = new double[d];
        double[] centre = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                centre[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                spread[j] += (row[j] - centre[j]) * (row[j] - centre[j]) / n;
            }
        }
        double[] floor = new double[d];
        for (int j = 0; j < d; j++) {
            floor[j] = Math.max(1e-12, 1e-6 * spread[j]);
        }
        double[][] means = seeds(x, k, new Random(seed));
        double[][] variances = new double[k][];
        for (int c = 0; c < k; c++) {
            variances[c] = spread.clone();
            for (int j = 0; j < d; j++) {
                variances[c][j] = Math.max(floor[j], variances[c][j]);
            }
        }
        double[] weights = new double[k];
        Arrays.fill(weights, 1.0 / k);
        double[][] responsibility = new double[n][k];
        double logLikelihood = Double.NEGATIVE_INFINITY;
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double largest = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    responsibility[i][c] = Math.log(weights[c]) + logDensity(x[i], means[c], variances[c]);
                    largest = Math.max(largest, responsibility[i][c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    responsibility[i][c] = Math.exp(responsibility[i][c] - largest);
                    sum += responsibility[i][c];
                }
                for (int c = 0; c < k; c++) {
                    responsibility[i][c] /= sum;
                }
                total += largest + Math.log(sum);
            }
            for (int c = 0; c < k; c++) {
                double mass = 0;
                double[] mean = new double[d];
                for (int i = 0; i < n; i++) {
                    mass += responsibility[i][c];
                    for (int j = 0; j < d; j++) {
                        mean[j] += responsibility[i][c] * x[i][j];
                    }
                }
                mass = Math.max(mass, 1e-12);
                double[] variance = new double[d];
                for (int j = 0; j < d; j++) {
                    mean[j] /= mass;
                }
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j < d; j++) {
                        double deviation = x[i][j] - mean[j];
                        variance[j] += responsibility[i][c] * deviation * deviation;
                    }
                }
                for (int j = 0; j < d; j++) {
                    variance[j] = Math.max(floor[j], variance[j] / mass);
                }
                weights[c] = mass / n;
                means[c] = mean;
                variances[c] = variance;
            }
            if (Math.abs(total - logLikelihood) < 1e-8 * Math.abs(total)) {
                logLikelihood = total;
                break;
            }
            logLikelihood = total;
        }
        int[] assignment = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (responsibility[i][c] > responsibility[i][best]) {
                    best = c;
                }
            }
            assignment[i] = best;
        }
        int parameters = k * 2 * d + k - 1;
        double bic = -2 * logLikelihood + parameters * Math.log(n);
        return new GaussianMixture(weights, means, variances, logLikelihood, bic, assignment);
    }

    private static double logDensity(double[] x, double[] mean, double[] variance) {
        double sum = 0;
        for (int j = 0; j < x.length; j++) {
            double deviation = x[j] - mean[j];
            sum += -0.5 * (Math.log(2 * Math.PI * variance[j]) + deviation * deviation / variance[j]);
        }
        return sum;
    }

    /** k-means++ starting centres: each next one drawn with probability proportional to its squared distance. */
    private static double[][] seeds(double[][] x, int k, Random random) {
        double[][] centres = new double[k][];
        centres[0] = x[random.nextInt(x.length)].clone();
        double[] distance = new double[x.length];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < x.length; i++) {
                double d = 0;
                for (int j = 0; j < x[i].length; j++) {
                    double delta = x[i][j] - centres[c - 1][j];
                    d += delta * delta;
                }
                distance[i] = Math.min(distance[i], d);
                total += distance[i];
            }
            double pick = random.nextDouble() * total;
            int chosen = 0;
            for (double seen = distance[0]; seen < pick && chosen < x.length - 1; seen += distance[++chosen]) {
                // walk to the row whose cumulative distance passes the draw
            }
            centres[c] = x[chosen].clone();
        }
        return centres;
    }
}

package org.confounderlab.engine.slices;

import java.util.Random;

import org.confounderlab.engine.diagnostics.FeatureRows;

/**
 * The leading principal components of feature rows by subspace iteration: {@code V ← orth(Xᵀ X V)} on the centred
 * rows, read one row at a time (the rows may live in a file), so the d × d covariance is never formed; then the rows'
 * scores on them. Written here: no linear-algebra library is on the engine's class path, and this needs only
 * matrix products and Gram-Schmidt.
 */
public final class PrincipalComponents {

    static final int ITERATIONS = 30;

    private PrincipalComponents() {
    }

    /** The scores of every row on the first {@code k} components (at most the number of columns). */
    public static double[][] scores(FeatureRows rows, int k, long seed) {
        int n = rows.rows();
        int d = rows.columns();
        int components = Math.min(k, d);
        double[] mean = new double[d];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            rows.row(i, row);
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / n;
            }
        }
        Random random = new Random(seed);
        double[][] basis = new double[components][d];
        for (double[] b : basis) {
            for (int j = 0; j < d; j++) {
                b[j] = random.nextGaussian();
            }
        }
        orthonormalise(basis);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] next = new double[components][d];
            for (int i = 0; i < n; i++) {
                rows.row(i, row);
                for (int j = 0; j < d; j++) {
                    row[j] -= mean[j];
                }
                for (int c = 0; c < components; c++) {
                    double projection = dot(row, basis[c]);
                    for (int j = 0; j < d; j++) {
                        next[c][j] += projection * row[j];
                    }
                }
            }
            basis = next;
            orthonormalise(basis);
        }
        double[][] scores = new double[n][components];
        for (int i = 0; i < n; i++) {
            rows.row(i, row);
            for (int j = 0; j < d; j++) {
                row[j] -= mean[j];
            }
            for (int c = 0; c < components; c++) {
                scores[i][c] = dot(row, basis[c]);
            }
        }
        return scores;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    /** Modified Gram-Schmidt; a vector that vanishes (rank-deficient rows) is left at zero. */
    private static void orthonormalise(double[][] vectors) {
        for (int c = 0; c < vectors.length; c++) {
            for (int p = 0; p < c; p++) {
                double projection = dot(vectors[c], vectors[p]);
                for (int j = 0; j < vectors[c].length; j++) {
                    vectors[c][j] -= projection * vectors[p][j];
                }
            }
            double norm = Math.sqrt(dot(vectors[c], vectors[c]));
            for (int j = 0; j < vectors[c].length; j++) {
                vectors[c][j] = norm > 1e-12 ? vectors[c][j] / norm : 0;
            }
        }
    }
}

package org.confounderlab.engine.stats;

/**
 * The standard normal distribution to near double precision, including the far tails (tiny p-values): erfc by its
 * exponentially-scaled power series below 2 and by its continued fraction (modified Lentz) above.
 */
public final class NormalDistribution {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double EPSILON = 1e-17;

    private NormalDistribution() {
    }

    /** Φ(z) = P(Z ≤ z). */
    public static double cdf(double z) {
        return z < 0 ? upperTail(-z) : 1 - upperTail(z);
    }

    /** 1 − Φ(z) = P(Z &gt; z), accurate (relative) even when it is far below 1e-16. */
    public static double upperTail(double z) {
        double x = z / SQRT2;
        if (x < 2) {
            return 0.5 * erfc(x);
        }
        if (x > 27.3) {
            return 0;
        }
        // e^(−z²/2) from z itself: going through the rounded x = z/√2 would cost x² ulps of relative accuracy
        return 0.5 * fractionFactor(x) * expOfMinusSquare(z, 0.5);
    }

    /** The two-sided p-value 2 P(Z &gt; |z|) = 2 Φ(−|z|), as R's {@code 2 * pnorm(-abs(z))}. */
    public static double twoSidedP(double z) {
        return Double.isNaN(z) ? Double.NaN : 2 * upperTail(Math.abs(z));
    }

    /** The complementary error function erfc(x) = 1 − erf(x). */
    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        if (x < 2) {
            return 1 - erfSeries(x);
        }
        if (x > 27.3) {
            // exp(-x²) underflows: erfc(27.3) ≈ 5e-326
            return 0;
        }
        return fractionFactor(x) * expOfMinusSquare(x, 1);
    }

    /** erf(x) = 2/√π e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·…·(2n+1)): all terms positive, so no cancellation. */
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        double x2 = x * x;
        for (int n = 1; n < 200; n++) {
            term *= 2 * x2 / (2 * n + 1);
            sum += term;
            if (term < EPSILON * sum) {
                break;
            }
        }
        return 2 / SQRT_PI * Math.exp(-x2) * sum;
    }

    /**
     * erfc(x) / e^(−x²) for x ≥ 2. erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated as
     * 2x e^(−x²)/√π · K with K = 1/(2x² + 1 − 1·2/(2x² + 5 − 3·4/(2x² + 9 − …))), the even contraction, which
     * converges fast for x ≥ 2.
     */
    private static double fractionFactor(double x) {
        double x2 = x * x;
        double tiny = 1e-300;
        // modified Lentz for b0 + a1/(b1 + a2/(b2 + …)) with b_k = 2x² + 1 + 4k, a_k = −(2k−1)(2k)
        double f = 2 * x2 + 1;
        double c = f;
        double d = 0;
        for (int k = 1; k < 500; k++) {
            double a = -(2.0 * k - 1) * (2.0 * k);
            double b = 2 * x2 + 1 + 4.0 * k;
            d = b + a * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + a / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return 2 * x / SQRT_PI / f;
    }

    /**
     * e^(−scale·v²) (scale 1 or ½) without the rounding error of v², which exp would magnify v² times: v = h + r
     * with h on a 1/16 grid, so h² is exact and v² = h² + r(v + h).
     */
    private static double expOfMinusSquare(double v, double scale) {
        double h = Math.floor(v * 16) / 16;
        double r = v - h;
        return Math.exp(-h * h * scale) * Math.exp(-r * (v + h) * scale);
    }

    /** Φ⁻¹(p), the standard normal quantile (R's {@code qnorm}); ±∞ at 0 and 1. */
    public static double quantile(double p) {
        if (Double.isNaN(p) || p < 0 || p > 1) {
            throw new IllegalArgumentException("probability " + p + " is not in [0, 1]");
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        // Acklam's rational start (relative error ~1e-9), then Halley steps against the accurate CDF
        double z = acklam(p);
        for (int i = 0; i < 3; i++) {
            // p ≥ 0.5: compare upper tails, where 1 − p (exact here) carries the information
            double error = p < 0.5 ? cdf(z) - p : (1 - p) - upperTail(z);
            double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
            if (density == 0) {
                break;
            }
            double u = error / density;
            z -= u / (1 + 0.5 * z * u);
        }
        return z;
    }

    private static double acklam(double p) {
        final double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        final double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        final double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        final double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        double low = 0.02425;
        if (p < low || p > 1 - low) {
            double q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
            double z = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            return p < low ? z : -z;
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}

package org.confounderlab.engine.stats;

/**
 * The log-gamma function and the regularised incomplete gamma functions P(a, x) and Q(a, x), after Numerical
 * Recipes (3rd ed., §6.1–6.2): a series for x &lt; a + 1 and a Lentz continued fraction otherwise, so that the
 * smaller of P and Q is always computed directly and keeps its relative accuracy in the far tail.
 */
public final class GammaFunctions {

    // Lanczos coefficients of Numerical Recipes' gammln (g = 671/128, 14 terms): about 1e-15 relative accuracy.
    private static final double[] LANCZOS = {57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
            -0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4,
            .158088703224912494e-3, -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
            .844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5};

    private static final double EPSILON = 1e-16;
    private static final double TINY = Double.MIN_NORMAL / EPSILON;
    private static final int MAX_ITERATIONS = 1_000_000;

    private GammaFunctions() {
    }

    /** ln Γ(x) for x &gt; 0. */
    public static double logGamma(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("logGamma needs x > 0, got " + x);
        }
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double series = 0.999999999999997092;
        for (double c : LANCZOS) {
            series += c / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * series / x);
    }

    /** The regularised lower incomplete gamma function P(a, x), a &gt; 0, x &ge; 0. */
    public static double regularizedGammaP(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 0;
        }
        if (Double.isInfinite(x)) {
            return 1;
        }
        return x < a + 1 ? lowerSeries(a, x) : 1 - upperContinuedFraction(a, x);
    }

    /** The regularised upper incomplete gamma function Q(a, x) = 1 − P(a, x), a &gt; 0, x &ge; 0. */
    public static double regularizedGammaQ(double a, double x) {
        check(a, x);
        if (x == 0) {
            return 1;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        return x < a + 1 ? 1 - lowerSeries(a, x) : upperContinuedFraction(a, x);
    }

    private static void check(double a, double x) {
        if (!(a > 0) || !(x >= 0)) {
            throw new IllegalArgumentException("incomplete gamma needs a > 0 and x >= 0, got a=" + a + ", x=" + x);
        }
    }

    /** exp(−x + a ln x − ln Γ(a)): the common prefactor of series and fraction. */
    private static double prefactor(double a, double x) {
        return Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    // P(a, x) = prefactor / a · Σ x^n / ((a+1)…(a+n)); converges quickly for x < a + 1.
    private static double lowerSeries(double a, double x) {
        double ap = a;
        double term = 1 / a;
        double sum = term;
        for (int n = 0; n < MAX_ITERATIONS; n++) {
            ap++;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                return sum * prefactor(a, x);
            }
        }
        throw new ArithmeticException("incomplete gamma series did not converge for a=" + a + ", x=" + x);
    }

    // Q(a, x) by the modified Lentz method on the even form of Legendre's continued fraction (x >= a + 1).
    private static double upperContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                return prefactor(a, x) * h;
            }
        }
        throw new ArithmeticException("incomplete gamma continued fraction did not converge for a=" + a
                + ", x=" + x);
    }
}

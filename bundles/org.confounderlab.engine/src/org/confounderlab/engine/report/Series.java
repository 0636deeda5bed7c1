package org.confounderlab.engine.report;

/** A named line series of x/y values; non-finite values are gaps. */
public record Series(String name, double[] x, double[] y) {

    /** Checks that both coordinate arrays have the same length. */
    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** Whether the series has at least one finite point worth drawing. */
    public boolean hasData() {
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
                return true;
            }
        }
        return false;
    }
}

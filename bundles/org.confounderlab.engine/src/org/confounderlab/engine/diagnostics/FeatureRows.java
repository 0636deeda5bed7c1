package org.confounderlab.engine.diagnostics;

/**
 * Feature vectors, one row per case, read a row at a time: what a {@link FeatureProbe} fits on. The rows may live in
 * the heap or in a file ({@link FeatureMatrix}), so a probe never needs all of them as doubles at once.
 */
public interface FeatureRows {

    int rows();

    int columns();

    /** Copies row {@code row} into {@code into} (of length {@link #columns()}). */
    void row(int row, double[] into);

    /** The rows of {@code values}, read in place (not copied). */
    static FeatureRows of(double[][] values) {
        int columns = values.length == 0 ? 0 : values[0].length;
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + values[i].length + " features, row 0 has "
                        + columns);
            }
        }
        return new FeatureRows() {
            @Override
            public int rows() {
                return values.length;
            }

            @Override
            public int columns() {
                return columns;
            }

            @Override
            public void row(int row, double[] into) {
                System.arraycopy(values[row], 0, into, 0, columns);
            }
        };
    }
}

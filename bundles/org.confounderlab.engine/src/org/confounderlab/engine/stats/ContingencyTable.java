package org.confounderlab.engine.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-way table of counts with named rows and columns, and the association statistics computed on it. Empty
 * rows and columns are ignored by the statistics (they carry no information and would make expected counts zero).
 */
public final class ContingencyTable {

    private final List<String> rowNames;
    private final List<String> columnNames;
    private final long[][] counts;

    /** A table of the given counts, {@code counts[row][column]}, all non-negative. */
    public ContingencyTable(List<String> rowNames, List<String> columnNames, long[][] counts) {
        if (counts.length != rowNames.size()) {
            throw new IllegalArgumentException("expected " + rowNames.size() + " rows, got " + counts.length);
        }
        this.rowNames = List.copyOf(rowNames);
        this.columnNames = List.copyOf(columnNames);
        this.counts = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            if (counts[r].length != columnNames.size()) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " columns, expected "
                        + columnNames.size());
            }
            for (long count : counts[r]) {
                if (count < 0) {
                    throw new IllegalArgumentException("negative count " + count + " in row " + r);
                }
            }
            this.counts[r] = counts[r].clone();
        }
    }

    public List<String> rowNames() {
        return rowNames;
    }

    public List<String> columnNames() {
        return columnNames;
    }

    /** The count of one cell. */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** A copy of the counts. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int r = 0; r < counts.length; r++) {
            copy[r] = counts[r].clone();
        }
        return copy;
    }

    /** The sum of all cells. */
    public long total() {
        long total = 0;
        for (long[] row : counts) {
            for (long count : row) {
                total += count;
            }
        }
        return total;
    }

    /** Pearson's chi-square test of independence, without continuity correction. */
    public ChiSquareTest chiSquareTest() {
        long[][] table = nonEmpty();
        if (table.length < 2 || table[0].length < 2) {
            return ChiSquareTest.undefined();
        }
        long[] rowSums = rowSums(table);
        long[] columnSums = columnSums(table);
        double n = sum(rowSums);
        double statistic = 0;
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                double expected = rowSums[r] * (double) columnSums[c] / n;
                double difference = table[r][c] - expected;
                statistic += difference * difference / expected;
            }
        }
        int df = (table.length - 1) * (table[0].length - 1);
        return new ChiSquareTest(statistic, df, ChiSquareDistribution.survival(statistic, df));
    }

    /** Cramér's V = √(χ² / (n · (min(r, c) − 1))), in [0, 1]; NaN when the test is undefined. */
    public double cramersV() {
        ChiSquareTest test = chiSquareTest();
        if (!test.isDefined()) {
            return Double.NaN;
        }
        long[][] table = nonEmpty();
        int k = Math.min(table.length, table[0].length) - 1;
        return Math.sqrt(test.statistic() / (total() * (double) k));
    }

    /** The mutual information between row and column variable, in nats (divide by ln 2 for bits). */
    public double mutualInformationNats() {
        long[][] table = nonEmpty();
        long[] rowSums = rowSums(table);
        long[] columnSums = columnSums(table);
        double n = sum(rowSums);
        if (n == 0) {
            return Double.NaN;
        }
        double information = 0;
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                if (table[r][c] > 0) {
                    double joint = table[r][c] / n;
                    // p(r,c) ln(p(r,c) / (p(r) p(c))) = p(r,c) ln(n·count / (rowSum·columnSum))
                    information += joint * Math.log(n * table[r][c] / ((double) rowSums[r] * columnSums[c]));
                }
            }
        }
        return Math.max(0, information);
    }

    /** The mutual information in bits. */
    public double mutualInformationBits() {
        return mutualInformationNats() / Math.log(2);
    }

    private long[][] nonEmpty() {
        long[] rowSums = rowSums(counts);
        long[] columnSums = columnSums(counts);
        List<long[]> rows = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            if (rowSums[r] == 0) {
                continue;
            }
            long[] row = new long[(int) java.util.Arrays.stream(columnSums).filter(s -> s > 0).count()];
            int k = 0;
            for (int c = 0; c < columnSums.length; c++) {
                if (columnSums[c] > 0) {
                    row[k++] = counts[r][c];
                }
            }
            rows.add(row);
        }
        return rows.toArray(long[][]::new);
    }

    private static long[] rowSums(long[][] table) {
        long[] sums = new long[table.length];
        for (int r = 0; r < table.length; r++) {
            sums[r] = sum(table[r]);
        }
        return sums;
    }

    private static long[] columnSums(long[][] table) {
        long[] sums = new long[table.length == 0 ? 0 : table[0].length];
        for (long[] row : table) {
            for (int c = 0; c < row.length; c++) {
                sums[c] += row[c];
            }
        }
        return sums;
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}

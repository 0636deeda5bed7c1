package org.confounderlab.engine.tests.roc;

import java.util.Map;

import org.confounderlab.engine.tests.stats.MiniJson;
import org.confounderlab.engine.tests.stats.ReferenceData;

/**
 * The values {@code reference/proc_reference.R} computed with R's pROC, and the integer formulas that regenerate
 * its data sets. Found like {@link ReferenceData}: the folder in {@code -Dconfounderlab.reference.dir}, else
 * {@code reference/} below the test bundle or the repository root.
 */
final class ProcReference {

    private static final String FILE = "proc_reference.json";

    private ProcReference() {
    }

    /** The parsed reference file. */
    static Map<String, Object> get() {
        return ReferenceData.get(FILE);
    }

    /** One generated data set: 0/1 labels and the two score columns a and b. */
    record Data(int[] labels, double[] a, double[] b) {
    }

    /**
     * The data of one case, as proc_reference.R generates it. For i = 0 … n−1: label = ((i·7919 + 13) mod P) &lt; K,
     * a = (((i·104729 + 7) mod G) + label·SA) / G, b = (⌊(((i·104729 + 7) mod G) + ((i·7727 + 3) mod G)) / 2⌋ +
     * label·SB) / G.
     */
    static Data generate(long n, long p, long k, long g, long sa, long sb) {
        int size = Math.toIntExact(n);
        int[] labels = new int[size];
        double[] a = new double[size];
        double[] b = new double[size];
        for (long i = 0; i < n; i++) {
            int label = (i * 7919 + 13) % p < k ? 1 : 0;
            long noiseA = (i * 104729 + 7) % g;
            long noiseB = (noiseA + (i * 7727 + 3) % g) / 2;
            labels[(int) i] = label;
            // one IEEE division of two exact integers, as in R
            a[(int) i] = (double) (noiseA + label * sa) / g;
            b[(int) i] = (double) (noiseB + label * sb) / g;
        }
        return new Data(labels, a, b);
    }

    /** The data of a case entry of the reference file. */
    static Data generate(Map<String, Object> entry) {
        return generate(integer(entry, "n"), integer(entry, "P"), integer(entry, "K"), integer(entry, "G"),
                integer(entry, "SA"), integer(entry, "SB"));
    }

    static long integer(Map<String, Object> entry, String key) {
        return (long) MiniJson.number(entry.get(key));
    }
}

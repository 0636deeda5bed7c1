package org.confounderlab.engine.bench;

import java.util.Locale;

import org.confounderlab.engine.stats.PairedDeLongTest;

/**
 * Paired DeLong test speed and agreement with R's pROC: two correlated score sets on {@code n} cases, generated from
 * the integer formulas that bench/delong_reference.R uses too (so both sides see the same doubles bit for bit),
 * tested with {@link PairedDeLongTest} from the raw scores. Prints the results with 17 significant digits and
 * {@code seconds=…} (best of the repeats, after warm-up).
 */
public final class DeLongBenchmark {

    private DeLongBenchmark() {
    }

    /** Usage: {@code DeLongBenchmark N [repeats]}. */
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Cases cases = Cases.of(n);
        PairedDeLongTest test = null;
        for (int i = 0; i < 10; i++) {
            test = PairedDeLongTest.of(cases.first, cases.second, cases.labels); // warm-up: JIT
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            test = PairedDeLongTest.of(cases.first, cases.second, cases.labels);
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf(Locale.ROOT, "cases=%d positives=%d%n", n, cases.positives());
        System.out.printf(Locale.ROOT, "auc1=%.17g%nauc2=%.17g%nvar1=%.17g%nvar2=%.17g%ncov=%.17g%nz=%.17g%np=%.17g%n",
                test.first().auc(), test.second().auc(), test.first().variance(), test.second().variance(),
                test.covariance(), test.z(), test.pValue());
        System.out.printf(Locale.ROOT, "seconds=%.6f%n", best);
    }

    /**
     * The cases: for i = 0 … n−1, label = 1 if (i·7919 + 13) mod 101 &lt; 30; with g = 1,000,000, noise
     * u = (i·104729 + 7) mod g and v = (i·7727 + 3) mod g, first = (u + 300,000·label) / g and second =
     * (⌊(u + v) / 2⌋ + 208,000·label) / g. Every product is below 2⁵³, so R's doubles hold the same integers and each
     * score is one correctly rounded division in both languages. The second score shares half the first's noise,
     * as one model scored on original and on masked images.
     */
    record Cases(double[] first, double[] second, int[] labels) {

        static final long GRID = 1_000_000;

        static Cases of(int n) {
            double[] first = new double[n];
            double[] second = new double[n];
            int[] labels = new int[n];
            for (long i = 0; i < n; i++) {
                int label = (i * 7919 + 13) % 101 < 30 ? 1 : 0;
                long u = (i * 104729 + 7) % GRID;
                long v = (i * 7727 + 3) % GRID;
                labels[(int) i] = label;
                first[(int) i] = (double) (u + 300_000L * label) / GRID;
                second[(int) i] = (double) ((u + v) / 2 + 208_000L * label) / GRID;
            }
            return new Cases(first, second, labels);
        }

        int positives() {
            int count = 0;
            for (int label : labels) {
                count += label;
            }
            return count;
        }
    }
}

package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;

import org.confounderlab.engine.stats.ClusteredDeLong;
import org.confounderlab.engine.stats.Clusters;
import org.confounderlab.engine.stats.PairedDeLongTest;
import org.confounderlab.engine.stats.StudentT;
import org.junit.jupiter.api.Test;

/**
 * The study's test over seeds, a DeLong contrast of the mean AUC of an arm's seeds against the baseline's: with one
 * seed it is the paired test; with two, its variance is ¼ of Var(θa1 + θa2 − θb1 − θb2) built from the pairwise
 * (clustered) DeLong covariances, its estimate the mean difference. And Student's t quantiles for the intervals over
 * seeds, against the published table.
 */
class DeLongContrastTest {

    private static double[] scores(SplittableRandom random, int[] labels, double shift) {
        double[] s = new double[labels.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = shift * labels[i] + random.nextGaussian();
        }
        return s;
    }

    @Test
    void oneSeedIsThePairedTestAndTwoSeedsAddUpTheCovariances() {
        SplittableRandom random = new SplittableRandom(2);
        int[] labels = new int[300];
        String[] patients = new String[300];
        for (int i = 0; i < 300; i++) {
            labels[i] = random.nextInt(2);
            patients[i] = "P" + i / 3;
        }
        Clusters clusters = Clusters.of(List.of(patients));
        double[] a1 = scores(random, labels, 1.2);
        double[] a2 = scores(random, labels, 1.0);
        double[] b1 = scores(random, labels, 0.6);
        double[] b2 = scores(random, labels, 0.8);
        ClusteredDeLong.Contrast one = ClusteredDeLong.contrast(List.of(a1, b1), new double[] {1, -1}, labels,
                clusters, 0.95);
        PairedDeLongTest paired = ClusteredDeLong.paired(a1, b1, labels, clusters, 0.95);
        assertEquals(paired.difference(), one.estimate(), 1e-12);
        assertEquals(paired.z(), one.z(), 1e-9);
        assertEquals(paired.lower(), one.lower(), 1e-12);
        assertEquals(PairedDeLongTest.of(a1, b1, labels).z(), ClusteredDeLong.contrast(List.of(a1, b1),
                new double[] {1, -1}, labels, null, 0.95).z(), 1e-9, "no clusters: DeLong's paired test");

        ClusteredDeLong.Contrast two = ClusteredDeLong.contrast(List.of(a1, b1, a2, b2), new double[] {0.5, -0.5,
                0.5, -0.5}, labels, clusters, 0.95);
        double[][] sets = {a1, a2, b1, b2};
        double[] sign = {1, 1, -1, -1};
        double variance = 0;
        double estimate = 0;
        for (int j = 0; j < 4; j++) {
            estimate += 0.5 * sign[j] * ClusteredDeLong.auc(sets[j], labels, clusters, 0.95).auc();
            for (int k = 0; k < 4; k++) {
                double cov = j == k ? ClusteredDeLong.auc(sets[j], labels, clusters, 0.95).variance()
                        : ClusteredDeLong.paired(sets[j], sets[k], labels, clusters, 0.95).covariance();
                variance += 0.25 * sign[j] * sign[k] * cov;
            }
        }
        assertEquals(estimate, two.estimate(), 1e-12);
        assertEquals(variance, two.variance(), 1e-12);
    }

    @Test
    void studentTQuantilesMatchTheTable() {
        // two-sided 95 % critical values, e.g. Fisher and Yates; df 1 is tan(0.475 π)
        assertEquals(12.706204736, StudentT.quantile(0.975, 1), 1e-7);
        assertEquals(4.302652730, StudentT.quantile(0.975, 2), 1e-8);
        assertEquals(2.776445105, StudentT.quantile(0.975, 4), 1e-8);
        assertEquals(2.262157163, StudentT.quantile(0.975, 9), 1e-8);
        assertEquals(1.959963985, StudentT.quantile(0.975, 1e7), 1e-5);
        assertEquals(0.5, StudentT.cdf(0, 3), 1e-15);
        assertEquals(-StudentT.quantile(0.9, 5), StudentT.quantile(0.1, 5), 1e-10);
    }
}

package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.confounderlab.engine.stats.ClusterBootstrapAuc;
import org.confounderlab.engine.stats.ClusteredDeLong;
import org.confounderlab.engine.stats.Clusters;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.PairedDeLongTest;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.confounderlab.engine.tests.stats.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Patient-level AUC statistics against {@code reference/clustered_auc_reference.py}: Obuchowski's clustered variance
 * and the paired covariance computed by NumPy straight from the published formula (the full case × control kernel),
 * equal to 1e-12, on cases with 1–5 images per patient, labels per patient or mixed within patients, and ties; the
 * patient bootstrap's interval within sampling error of a brute-force NumPy cluster bootstrap. With one image per
 * patient the clustered statistics are DeLong's; with alike images per patient they are wider than DeLong's.
 */
class ClusteredAucReferenceTest {

    private record Case(String name, double[] first, double[] second, int[] labels, Clusters clusters,
            Map<String, Object> reference) {
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Object item : MiniJson.array(ReferenceData.get("clustered_auc_reference.json").get("cases"))) {
            Map<String, Object> c = MiniJson.object(item);
            List<Object> labels = MiniJson.array(c.get("labels"));
            int[] y = new int[labels.size()];
            for (int i = 0; i < y.length; i++) {
                y[i] = (int) MiniJson.number(labels.get(i));
            }
            List<String> patients = MiniJson.array(c.get("patients")).stream().map(String.class::cast).toList();
            cases.add(new Case((String) c.get("name"), numbers(c.get("first")), numbers(c.get("second")), y,
                    Clusters.of(patients), c));
        }
        return cases;
    }

    private static double[] numbers(Object array) {
        return MiniJson.array(array).stream().mapToDouble(MiniJson::number).toArray();
    }

    private static double value(Case c, String key) {
        return MiniJson.number(c.reference().get(key));
    }

    @TestFactory
    Stream<DynamicTest> clusteredDeLongEqualsTheFormula() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            assertEquals((int) value(c, "clusters"), c.clusters().count());
            DeLongAuc auc = ClusteredDeLong.auc(c.first(), c.labels(), c.clusters(), 0.95);
            assertEquals(value(c, "auc"), auc.auc(), 1e-12);
            assertEquals(value(c, "variance"), auc.variance(), 1e-12);
            PairedDeLongTest test = ClusteredDeLong.paired(c.first(), c.second(), c.labels(), c.clusters(), 0.95);
            assertEquals(value(c, "second_variance"), test.second().variance(), 1e-12);
            assertEquals(value(c, "covariance"), test.covariance(), 1e-12);
            assertEquals(value(c, "z"), test.z(), 1e-9);
            assertEquals(value(c, "p"), test.pValue(), 1e-9);
        }));
    }

    @TestFactory
    Stream<DynamicTest> patientBootstrapAgreesWithBruteForce() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            ClusterBootstrapAuc boot = ClusterBootstrapAuc.of(c.first(), c.labels(), c.clusters(), 0.95, 4000, 7);
            assertEquals(value(c, "auc"), boot.auc(), 1e-12);
            assertEquals(c.clusters().count(), boot.clusters());
            // two independent bootstraps of 2,000 and 4,000 resamples: percentile bounds agree within ~1/4 SE
            double se = value(c, "bootstrap_se");
            assertEquals(value(c, "bootstrap_lower"), boot.lower(), 0.25 * se, "lower");
            assertEquals(value(c, "bootstrap_upper"), boot.upper(), 0.25 * se, "upper");
            // and the clustered DeLong SE is what the brute-force bootstrap sees
            double delongSe = Math.sqrt(value(c, "variance"));
            assertEquals(se, delongSe, 0.1 * se, "clustered DeLong SE against bootstrap SE");
        }));
    }

    @Test
    void oneImagePerPatientIsDeLong() {
        Case c = cases().get(0);
        assertTrue(!c.clusters().repeated());
        PairedDeLongTest plain = PairedDeLongTest.of(c.first(), c.second(), c.labels(), 0.95);
        PairedDeLongTest clustered = ClusteredDeLong.paired(c.first(), c.second(), c.labels(), c.clusters(), 0.95);
        assertEquals(plain.first().variance(), clustered.first().variance(), 1e-15);
        assertEquals(plain.covariance(), clustered.covariance(), 1e-15);
        assertEquals(plain.z(), clustered.z(), 1e-12);
    }

    @Test
    void alikeImagesOfAPatientWidenTheInterval() {
        Case c = cases().stream().filter(k -> k.name().startsWith("5 images")).findFirst().orElseThrow();
        assertTrue(c.clusters().repeated());
        double plain = DeLongAuc.of(c.first(), c.labels()).variance();
        double clustered = ClusteredDeLong.auc(c.first(), c.labels(), c.clusters(), 0.95).variance();
        assertTrue(clustered > 2 * plain, "clustered " + clustered + " against image-level " + plain);
    }

    @Test
    void subsetRenumbersClusters() {
        Clusters clusters = Clusters.of(java.util.Arrays.asList("b", "a", "b", null, "c", " a "));
        assertEquals(4, clusters.count()); // b, a, the blank one on its own, c; " a " is a
        assertEquals(clusters.of()[1], clusters.of()[5]);
        Clusters sub = clusters.subset(new int[] {4, 0, 2});
        assertEquals(2, sub.count());
        assertEquals(0, sub.of()[0]);
        assertEquals(sub.of()[1], sub.of()[2]);
    }
}

package org.confounderlab.engine.tests.slices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.confounderlab.engine.diagnostics.FeatureRows;
import org.confounderlab.engine.slices.GaussianMixture;
import org.confounderlab.engine.slices.Slice;
import org.confounderlab.engine.slices.SliceDiscovery;
import org.junit.jupiter.api.Test;

/**
 * A planted slice: 600 test images' 32-dimensional features in three clusters; on the smallest (120 images, mostly of
 * site X, most of them positive) the model's scores are wrong half the time. Slice discovery chooses three clusters
 * by BIC, ranks the planted one first, finds it error-enriched and label-predictive, and names site X.
 */
class SliceDiscoveryTest {

    @Test
    void aPlantedErrorEnrichedSliceIsFoundAndDescribed() {
        Random random = new Random(3);
        int n = 600;
        int d = 32;
        double[][] features = new double[n][d];
        double[] scores = new double[n];
        int[] targets = new int[n];
        String[] site = new String[n];
        String[] sex = new String[n];
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = i < 240 ? 0 : i < 480 ? 1 : 2;
            for (int j = 0; j < d; j++) {
                features[i][j] = random.nextGaussian() + (j == cluster[i] * 3 ? 8 : 0) + (j == cluster[i] * 3 + 1
                        ? -6 : 0);
            }
            boolean planted = cluster[i] == 2;
            targets[i] = random.nextDouble() < (planted ? 0.8 : 0.45) ? 1 : 0;
            boolean right = planted ? random.nextBoolean() : random.nextDouble() < 0.93;
            double confident = 0.75 + 0.2 * random.nextDouble();
            scores[i] = (targets[i] == 1) == right ? confident : 1 - confident;
            site[i] = planted ? (random.nextDouble() < 0.85 ? "X" : "Y") : (random.nextBoolean() ? "Y" : "Z");
            sex[i] = random.nextBoolean() ? "F" : "M";
        }
        List<Slice> slices = SliceDiscovery.of(FeatureRows.of(features), scores, targets, Map.of("site", site, "sex",
                sex), 7);
        assertEquals(3, slices.size(), slices.toString());
        Slice first = slices.get(0);
        long planted = first.members().stream().filter(i -> cluster[i] == 2).count();
        assertTrue(planted >= 0.95 * 120 && first.members().size() <= 130, "the planted 120: " + planted + " of "
                + first.members().size());
        assertTrue(first.errorEnriched(0.05) && first.labelPredictive(), first.describe(n, "finding"));
        assertTrue(first.errorRate() > 0.35 && first.restErrorRate() < 0.12, first.describe(n, "finding"));
        assertEquals("site", first.attribute());
        assertEquals("X", first.attributeValue());
        assertTrue(slices.subList(1, 3).stream().noneMatch(s -> s.errorEnriched(0.05)), slices.toString());
        assertTrue(first.describe(n, "finding").startsWith("slice 1: "), first.describe(n, "finding"));
    }

    @Test
    void theBicPrefersOneComponentForOneGaussianAndTwoForTwo() {
        Random random = new Random(11);
        double[][] one = new double[400][3];
        double[][] two = new double[400][3];
        for (int i = 0; i < 400; i++) {
            for (int j = 0; j < 3; j++) {
                one[i][j] = random.nextGaussian();
                two[i][j] = random.nextGaussian() + (i < 200 ? 0 : 6);
            }
        }
        assertEquals(1, GaussianMixture.bestByBic(one, 5, 1).weights().length);
        GaussianMixture fitted = GaussianMixture.bestByBic(two, 5, 1);
        assertEquals(2, fitted.weights().length);
        assertEquals(0.5, fitted.weights()[0], 0.02);
    }
}

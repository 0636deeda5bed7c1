package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.dl4j.Dl4jClassifier;
import org.confounderlab.engine.dl4j.ResNet18;
import org.confounderlab.engine.dl4j.SmallCnn;
import org.confounderlab.engine.dl4j.TrainableNetwork;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code withReadout} replaces exactly the final layer: the new classifier's probabilities are the sigmoid of the
 * given weights and bias applied to the network's penultimate features, for a layer stack and a graph; the features
 * and the original classifier are unchanged; the replaced model saves and loads with its new layer; a read-out of
 * the wrong shape is refused.
 */
class ReadoutTest {

    @Test
    void theNewFinalLayerIsTheGivenLinearReadOutOfTheFeatures(@TempDir Path folder) throws Exception {
        for (TrainableNetwork network : List.of(TrainableNetwork.of(SmallCnn.configuration(32, 1, 2, 1e-3, 0, 3)),
                TrainableNetwork.of(ResNet18.configuration(32, 1, 2, 1e-3, 0, 3)))) {
            Dl4jClassifier original = new Dl4jClassifier(network, List.of("a", "b"));
            float[] pixels = new float[4 * 32 * 32];
            java.util.Random random = new java.util.Random(1);
            for (int k = 0; k < pixels.length; k++) {
                pixels[k] = random.nextFloat();
            }
            TensorBatch batch = new TensorBatch(pixels, new float[4][2], 4, 1, 32, List.of("a", "b"));
            double[][] features = original.features(batch);
            double[][] before = original.predict(batch);
            int d = features[0].length;
            double[][] weights = new double[2][d];
            double[] bias = {0.3, -0.2};
            for (int k = 0; k < d; k++) {
                weights[0][k] = Math.sin(k);
                weights[1][k] = Math.cos(3 * k) / 2;
            }
            InspectableClassifier replaced = original.withReadout(weights, bias);
            double[][] after = replaced.predict(batch);
            double[][] featuresAfter = replaced.features(batch);
            for (int i = 0; i < 4; i++) {
                for (int l = 0; l < 2; l++) {
                    double z = bias[l];
                    for (int k = 0; k < d; k++) {
                        z += weights[l][k] * features[i][k];
                        assertEquals(features[i][k], featuresAfter[i][k], 1e-6);
                    }
                    assertEquals(1 / (1 + Math.exp(-z)), after[i][l], 1e-5);
                }
                assertEquals(before[i][0], original.predict(batch)[i][0], 0, "the original is not changed");
            }
            Path file = folder.resolve("readout-" + d + ".zip");
            replaced.save(file);
            double[][] loaded = Dl4jClassifier.load(file, List.of("a", "b")).predict(batch);
            assertEquals(after[2][1], loaded[2][1], 1e-7);
            assertThrows(IllegalArgumentException.class, () -> original.withReadout(new double[2][d + 1], bias));
        }
    }
}

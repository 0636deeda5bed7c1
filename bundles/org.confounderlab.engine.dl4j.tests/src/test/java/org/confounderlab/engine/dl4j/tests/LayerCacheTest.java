package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.dl4j.OneDnnHelpers;
import org.confounderlab.engine.dl4j.SmallCnn;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The small CNN keeps each convolution's forward result for its backward pass (DL4J's CacheMode.DEVICE) and trains
 * exactly as without: the same gradient, and after five steps on changing batches the same weights to 1e-5 of their
 * largest (a stale cache would give the previous batch's gradient).
 */
class LayerCacheTest {

    @Test
    void cachedForwardResultsTrainAsWithout() {
        MultiLayerConfiguration cached = SmallCnn.configuration(32, 1, 1, 1e-3, 0, 5);
        assertEquals(CacheMode.DEVICE, cached.getConf(0).getCacheMode());
        System.setProperty(OneDnnHelpers.CACHE_MODE_PROPERTY, "NONE");
        MultiLayerConfiguration plain;
        try {
            plain = SmallCnn.configuration(32, 1, 1, 1e-3, 0, 5);
        } finally {
            System.clearProperty(OneDnnHelpers.CACHE_MODE_PROPERTY);
        }
        assertEquals(CacheMode.NONE, plain.getConf(0).getCacheMode());
        OneDnnHelpers.enable();
        MultiLayerNetwork a = new MultiLayerNetwork(cached);
        a.init();
        MultiLayerNetwork b = new MultiLayerNetwork(plain);
        b.init();
        b.setParams(a.params().dup());
        Nd4j.getRandom().setSeed(21);
        for (int step = 0; step < 5; step++) {
            INDArray features = Nd4j.rand(DataType.FLOAT, 16, 1, 32, 32);
            INDArray labels = Nd4j.rand(DataType.FLOAT, 16, 1).gt(0.5).castTo(DataType.FLOAT);
            if (step == 0) {
                a.setInput(features);
                a.setLabels(labels);
                a.computeGradientAndScore();
                b.setInput(features);
                b.setLabels(labels);
                b.computeGradientAndScore();
                INDArray ga = a.gradient().gradient();
                INDArray gb = b.gradient().gradient();
                double scale = gb.amaxNumber().doubleValue();
                assertTrue(ga.sub(gb).amaxNumber().doubleValue() <= 1e-6 * scale, "the same gradient");
            }
            a.fit(new DataSet(features, labels));
            b.fit(new DataSet(features, labels));
        }
        double scale = b.params().amaxNumber().doubleValue();
        double largest = a.params().sub(b.params()).amaxNumber().doubleValue();
        assertTrue(largest <= 1e-5 * scale, "weights after five steps differ by " + largest);
    }
}

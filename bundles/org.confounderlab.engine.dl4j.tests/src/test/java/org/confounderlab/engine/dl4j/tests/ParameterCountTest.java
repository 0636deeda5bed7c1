package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.confounderlab.engine.dl4j.DenseNet121;
import org.confounderlab.engine.dl4j.ResNet18;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;

/**
 * The networks have exactly the trainable weights of torchvision's models adapted the usual way for chest X-rays:
 * one input channel and a 14-label classifier.
 */
class ParameterCountTest {

    private static final int SIZE = 224;
    private static final int CHANNELS = 1;
    private static final int LABELS = 14;

    /** Weights the 1-channel stem convolution (64 filters of 7×7) lacks compared with the 3-channel one. */
    private static final long STEM_SAVING = 64L * 7 * 7 * (3 - CHANNELS);

    @Test
    void resNet18HasTorchvisionsWeights() {
        long torchvision = 11_689_512L; // resnet18(), 3 channels, 1000 classes
        long classifier1000 = 512L * 1000 + 1000;
        long classifier14 = 512L * LABELS + LABELS;
        long expected = torchvision - STEM_SAVING - classifier1000 + classifier14; // = 11,177,422
        assertEquals(11_177_422L, expected);
        assertEquals(expected, trainableWeights(ResNet18.configuration(SIZE, CHANNELS, LABELS, 1e-3, 0, 1)));
    }

    @Test
    void denseNet121HasTorchvisionsWeights() {
        long torchvision = 7_978_856L; // densenet121(), 3 channels, 1000 classes
        long classifier1000 = 1024L * 1000 + 1000;
        long classifier14 = 1024L * LABELS + LABELS;
        long expected = torchvision - STEM_SAVING - classifier1000 + classifier14; // = 6,961,934
        assertEquals(6_961_934L, expected);
        assertEquals(expected, trainableWeights(DenseNet121.configuration(SIZE, CHANNELS, LABELS, 1e-3, 0, 1)));
    }

    /**
     * DL4J's parameter count minus the batch-norm running mean and variance: DL4J keeps those two per channel in the
     * parameter vector (updated by averaging, not by gradients), whereas PyTorch keeps them as buffers outside
     * {@code parameters()}. Gamma and beta are trainable in both and stay counted.
     */
    private static long trainableWeights(ComputationGraphConfiguration configuration) {
        ComputationGraph graph = new ComputationGraph(configuration);
        graph.init();
        long runningStatistics = 0;
        for (Layer layer : graph.getLayers()) {
            if (layer.conf().getLayer() instanceof BatchNormalization norm) {
                runningStatistics += 2 * norm.getNOut();
            }
        }
        return graph.numParams() - runningStatistics;
    }
}

package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

import org.confounderlab.engine.dl4j.OneDnnHelpers;
import org.confounderlab.engine.dl4j.ResNet18;
import org.confounderlab.engine.dl4j.SmallCnn;
import org.confounderlab.engine.dl4j.TrainableNetwork;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.mkldnn.MKLDNNConvHelper;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The engine's networks run their convolutions on oneDNN (DL4J M2.1 leaves its helpers off), and the oneDNN helpers
 * compute the same outputs and gradients as DL4J's own implementation, for a layer stack and for a graph with batch
 * normalisation.
 */
class OneDnnHelpersTest {

    private static final int BATCH = 8;

    @Test
    void theEnginesNetworksTakeTheOneDnnHelpers() {
        assertTrue(OneDnnHelpers.active(), "oneDNN helpers are active on the CPU backend");
        TrainableNetwork network = TrainableNetwork.of(SmallCnn.configuration(32, 1, 2, 1e-3, 0, 1));
        int convolutions = 0;
        for (Layer layer : layers(network.model())) {
            if (layer instanceof ConvolutionLayer convolution) {
                assertInstanceOf(MKLDNNConvHelper.class, convolution.getHelper(), layer.conf().getLayer().getLayerName());
                convolutions++;
            }
        }
        assertEquals(3, convolutions);
    }

    @Test
    void theLayerStackComputesWhatDl4jsOwnImplementationComputes() {
        compare(() -> TrainableNetwork.of(SmallCnn.configuration(32, 1, 2, 1e-3, 0, 7)), 1, 32);
    }

    @Test
    void theResidualGraphWithBatchNormalisationComputesWhatDl4jsOwnImplementationComputes() {
        // 64 px, so the last block's batch normalisation sees 2 × 2 × 8 values, not 8 (at 1 × 1 its backward pass
        // divides by a variance of eight random values, and float rounding, which differs between CPUs' kernels,
        // shows in the gradients at the 1e-3 level)
        compare(() -> TrainableNetwork.of(ResNet18.configuration(64, 1, 2, 1e-3, 0, 7)), 1, 64);
    }

    /** Same weights and inputs: outputs agree to 1e-4 and every gradient to 1e-3 of the gradient's largest entry. */
    private static void compare(Supplier<TrainableNetwork> build, int channels, int size) {
        OneDnnHelpers.enable();
        TrainableNetwork fast = build.get();
        TrainableNetwork plain;
        String before = System.getProperty(OneDnnHelpers.DISABLE_PROPERTY);
        System.setProperty(OneDnnHelpers.DISABLE_PROPERTY, "true");
        try {
            plain = build.get();
        } finally {
            System.setProperty(OneDnnHelpers.DISABLE_PROPERTY, before);
        }
        for (Layer layer : layers(plain.model())) {
            if (layer instanceof ConvolutionLayer convolution) {
                assertNull(convolution.getHelper(), "the reference network uses DL4J's own convolution");
            }
        }
        plain.model().setParams(fast.model().params().dup());
        Nd4j.getRandom().setSeed(11);
        INDArray features = Nd4j.rand(DataType.FLOAT, BATCH, channels, size, size);
        INDArray labels = Nd4j.rand(DataType.FLOAT, BATCH, 2).gt(0.5).castTo(DataType.FLOAT);

        INDArray fastOutput = fast.output(features);
        INDArray plainOutput = plain.output(features);
        assertTrue(fastOutput.sub(plainOutput).amaxNumber().doubleValue() < 1e-4,
                "outputs differ: " + fastOutput + " vs " + plainOutput);

        INDArray fastGradient = gradient(fast.model(), features, labels);
        java.util.Map<String, INDArray> fastParts = new java.util.TreeMap<>(fast.model().gradient()
                .gradientForVariable());
        fastParts.replaceAll((k, v) -> v.dup());
        INDArray plainGradient = gradient(plain.model(), features, labels);
        double scale = plainGradient.amaxNumber().doubleValue();
        assertTrue(scale > 0, "the gradient is not all zero");
        double largest = fastGradient.sub(plainGradient).amaxNumber().doubleValue();
        StringBuilder parts = new StringBuilder();
        plain.model().gradient().gradientForVariable().forEach((name, value) -> {
            double difference = fastParts.get(name).sub(value).amaxNumber().doubleValue();
            if (difference >= 1e-3 * scale) {
                parts.append(String.format(java.util.Locale.ROOT, "; %s differs by %.3g (its largest entry %.3g)",
                        name, difference, value.amaxNumber().doubleValue()));
            }
        });
        assertTrue(largest < 1e-3 * scale, "gradients differ by " + largest + " (largest entry " + scale + ")"
                + parts);
    }

    private static INDArray gradient(Model model, INDArray features, INDArray labels) {
        switch (model) {
            case MultiLayerNetwork stack -> {
                stack.setInput(features);
                stack.setLabels(labels);
                stack.computeGradientAndScore();
            }
            case ComputationGraph graph -> {
                graph.setInputs(features);
                graph.setLabels(labels);
                graph.computeGradientAndScore();
            }
            default -> throw new IllegalStateException(model.getClass().getName());
        }
        return model.gradient().gradient().dup();
    }

    private static Layer[] layers(Model model) {
        return switch (model) {
            case MultiLayerNetwork stack -> stack.getLayers();
            case ComputationGraph graph -> graph.getLayers();
            default -> throw new IllegalStateException(model.getClass().getName());
        };
    }
}

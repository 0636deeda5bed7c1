package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.confounderlab.engine.dl4j.InputConvolutionLayer;
import org.confounderlab.engine.dl4j.InputGradientFreeConvolution;
import org.confounderlab.engine.dl4j.ResNet18;
import org.confounderlab.engine.dl4j.SmallCnn;
import org.confounderlab.engine.dl4j.TrainableNetwork;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The input convolution (the first layer of the small CNN and the stem of the graphs) skips the gradient with respect
 * to the image and nothing else: with the same weights and inputs, a network built with DL4J's own convolution there
 * computes the same outputs and the same gradient for every parameter, the first layer's weights and bias included;
 * one training step moves the weights the same way; the layer survives a save and a load.
 */
class InputConvolutionTest {

    private static final String OURS = InputConvolutionLayer.class.getName();
    private static final String DL4J = org.deeplearning4j.nn.conf.layers.ConvolutionLayer.class.getName();

    @Test
    void theSmallCnnsFirstLayerGivesDl4jsGradients() {
        MultiLayerConfiguration configuration = SmallCnn.configuration(32, 1, 2, 1e-3, 0, 7);
        assertInstanceOf(InputConvolutionLayer.class, configuration.getConf(0).getLayer());
        String json = configuration.toJson();
        assertTrue(json.contains(OURS), "the layer is named in the saved configuration");
        TrainableNetwork ours = TrainableNetwork.of(configuration);
        assertInstanceOf(InputGradientFreeConvolution.class, ((MultiLayerNetwork) ours.model()).getLayer(0));
        TrainableNetwork theirs = TrainableNetwork.of(MultiLayerConfiguration.fromJson(json.replace(OURS, DL4J)));
        compare(ours, theirs, 1);
        compare(ours, dl4jsOwn(() -> TrainableNetwork.of(SmallCnn.configuration(32, 1, 2, 1e-3, 0, 7))), 1);
    }

    @Test
    void theResNetStemGivesDl4jsGradients() {
        ComputationGraphConfiguration configuration = ResNet18.configuration(32, 1, 2, 1e-3, 0, 7);
        String json = configuration.toJson();
        assertTrue(json.contains(OURS), "the stem is an input convolution");
        assertEquals(1, json.split(java.util.regex.Pattern.quote(OURS), -1).length - 1, "only the stem");
        TrainableNetwork ours = TrainableNetwork.of(configuration);
        TrainableNetwork theirs = dl4jsOwn(() -> TrainableNetwork.of(ResNet18.configuration(32, 1, 2, 1e-3, 0, 7)));
        assertTrue(((ComputationGraph) theirs.model()).getConfiguration().toJson().indexOf(OURS) < 0);
        compare(ours, theirs, 1);
    }

    @Test
    void aNetworkWithItIsSavedAndLoaded(@TempDir Path folder) throws Exception {
        TrainableNetwork network = TrainableNetwork.of(SmallCnn.configuration(32, 1, 2, 1e-3, 0, 3));
        Path file = folder.resolve("model.zip");
        ModelSerializer.writeModel(network.model(), file.toFile(), true);
        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true);
        assertInstanceOf(InputGradientFreeConvolution.class, loaded.getLayer(0));
        assertEquals(((MultiLayerNetwork) network.model()).params(), loaded.params());
    }

    /** The network {@code build} makes with DL4J's own convolution as its input layer. */
    private static TrainableNetwork dl4jsOwn(java.util.function.Supplier<TrainableNetwork> build) {
        System.setProperty(InputConvolutionLayer.PROPERTY, "false");
        try {
            return build.get();
        } finally {
            System.clearProperty(InputConvolutionLayer.PROPERTY);
        }
    }

    /** Same weights and inputs: equal outputs, gradients within 1e-4 of the largest entry, one step alike. */
    private static void compare(TrainableNetwork ours, TrainableNetwork theirs, int channels) {
        theirs.model().setParams(ours.model().params().dup());
        Nd4j.getRandom().setSeed(11);
        INDArray features = Nd4j.rand(DataType.FLOAT, 8, channels, 32, 32);
        INDArray labels = Nd4j.rand(DataType.FLOAT, 8, 2).gt(0.5).castTo(DataType.FLOAT);
        assertEquals(theirs.output(features), ours.output(features), "the forward pass is DL4J's");
        INDArray ourGradient = gradient(ours.model(), features, labels);
        INDArray theirGradient = gradient(theirs.model(), features, labels);
        double scale = theirGradient.amaxNumber().doubleValue();
        double largest = ourGradient.sub(theirGradient).amaxNumber().doubleValue();
        assertTrue(scale > 0 && largest <= 1e-4 * scale, "gradients differ by " + largest + " (largest " + scale
                + ")");
        // the first layer's weights are the parameter vector's first entries: compare them on their own as well
        long first = firstLayerParameters(ours.model());
        INDArray ourFirst = ourGradient.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, first));
        INDArray theirFirst = theirGradient.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, first));
        double firstScale = theirFirst.amaxNumber().doubleValue();
        assertTrue(firstScale > 0 && ourFirst.sub(theirFirst).amaxNumber().doubleValue() <= 1e-4 * firstScale,
                "first layer: " + ourFirst + " vs " + theirFirst);
    }

    private static long firstLayerParameters(Model model) {
        return switch (model) {
            case MultiLayerNetwork stack -> stack.getLayer(0).numParams();
            case ComputationGraph graph -> java.util.Arrays.stream(graph.getLayers()).filter(
                    l -> l instanceof InputGradientFreeConvolution).findFirst().orElseThrow().numParams();
            default -> throw new IllegalStateException(model.getClass().getName());
        };
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
        return model.gradient().gradient().dup().reshape(-1);
    }
}

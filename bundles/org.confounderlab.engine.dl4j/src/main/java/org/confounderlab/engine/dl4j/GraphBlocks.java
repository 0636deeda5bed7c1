package org.confounderlab.engine.dl4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Adds named layers to a {@link ComputationGraphConfiguration}: each method takes the name of its input vertex and
 * returns the name of the vertex it added, so network classes read as a chain of blocks. Layers with parameters
 * may be given the name torchvision gives the same module ({@link #torchvisionNames()}), so that torchvision's
 * weights can be put in their place. Padding is explicit and sizes round down, as in PyTorch: a k×k convolution
 * or pooling is padded by k/2 on every side, so outputs equal torchvision's for any input size.
 */
final class GraphBlocks {

    static final String INPUT = "input";
    static final String OUTPUT = "output";

    private final ComputationGraphConfiguration.GraphBuilder graph;
    private final Map<String, String> torchvisionNames = new LinkedHashMap<>();
    private int counter;

    /** A graph with Adam, L2 decay and He initialisation, taking {@code size}×{@code size}×{@code channels}. */
    GraphBlocks(int size, int channels, double learningRate, double weightDecay, long seed) {
        if (size < 32) {
            throw new IllegalArgumentException("Images of " + size + " pixels are too small; 32 is the minimum");
        }
        // Truncate mode with explicit padding: floor((in + 2p − k) / s) + 1, PyTorch's rule.
        this.graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .cacheMode(OneDnnHelpers.cacheMode(org.deeplearning4j.nn.conf.CacheMode.NONE))
                .updater(new Adam(learningRate))
                .l2(weightDecay)
                .weightInit(WeightInit.RELU)
                .activation(Activation.IDENTITY)
                .convolutionMode(ConvolutionMode.Truncate)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(size, size, channels));
    }

    /** A bias-free convolution (the following batch norm has the shift), as in torchvision. */
    String conv(String input, int kernel, int stride, int filters, String torchvisionName) {
        ConvolutionLayer.Builder builder = new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride)
                .padding(kernel / 2, kernel / 2).nOut(filters).hasBias(false);
        // the stem reads the image itself: its backward pass skips the gradient for the image
        return named(add("conv", input.equals(INPUT) ? InputConvolutionLayer.of(builder) : builder.build(), input),
                torchvisionName);
    }

    /**
     * Batch normalisation with PyTorch's defaults (ε 1e-5, running statistics' momentum 0.1), keeping the running
     * variance itself: with M2.1's default of keeping log10 of the standard deviation instead, inference differed from
     * PyTorch's by up to 1.3e-4 (relative) at DenseNet-121's output; with the variance, by 3.5e-6
     * (PretrainedWeightsTest).
     */
    String batchNorm(String input, String torchvisionName) {
        return named(add("bn", new BatchNormalization.Builder().activation(Activation.IDENTITY).eps(1e-5).useLogStd(false)
                .decay(0.9).build(), input), torchvisionName);
    }

    String relu(String input) {
        return add("relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), input);
    }

    String batchNormRelu(String input, String torchvisionName) {
        return relu(batchNorm(input, torchvisionName));
    }

    String maxPool(String input, int kernel, int stride) {
        return pool(PoolingType.MAX, input, kernel, stride);
    }

    String averagePool(String input, int kernel, int stride) {
        return pool(PoolingType.AVG, input, kernel, stride);
    }

    /**
     * The common stem: 7×7/2 convolution with 64 filters, batch norm, ReLU, 3×3/2 max pooling, its convolution and
     * batch norm named {@code convName} and {@code normName} in torchvision.
     */
    String stem(String convName, String normName) {
        return maxPool(batchNormRelu(conv(INPUT, 7, 2, 64, convName), normName), 3, 2);
    }

    /** Adds a vertex (merge, add, ...) over the given inputs. */
    String vertex(String kind, org.deeplearning4j.nn.conf.graph.GraphVertex vertex, String... inputs) {
        String name = kind + (++counter);
        graph.addVertex(name, vertex, inputs);
        return name;
    }

    /**
     * Global average pooling and a sigmoid layer per label (torchvision's {@code classifierName}), trained with
     * binary cross-entropy, then builds.
     */
    ComputationGraphConfiguration multiLabelHead(String input, int labels, String classifierName) {
        String pooled = add("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), input);
        graph.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nOut(labels)
                .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).build(), pooled);
        named(OUTPUT, classifierName);
        return graph.setOutputs(OUTPUT).build();
    }

    /**
     * The torchvision names of the layers that {@code build} adds (they depend on neither the input size nor the
     * labels), by layer name.
     */
    static Map<String, String> torchvisionNamesOf(
            java.util.function.BiFunction<GraphBlocks, Integer, ComputationGraphConfiguration> build) {
        GraphBlocks blocks = new GraphBlocks(32, 1, 1e-3, 0, 0);
        build.apply(blocks, 1);
        return blocks.torchvisionNames();
    }

    /** The torchvision name of each layer with parameters, by layer name, in the order they were added. */
    Map<String, String> torchvisionNames() {
        return Collections.unmodifiableMap(torchvisionNames);
    }

    private String named(String layer, String torchvisionName) {
        torchvisionNames.put(layer, torchvisionName);
        return layer;
    }

    /** Max pooling pads with nothing (the padding never wins), average pooling here is never padded. */
    private String pool(PoolingType type, String input, int kernel, int stride) {
        int padding = type == PoolingType.MAX ? kernel / 2 : 0;
        return add("pool", new SubsamplingLayer.Builder(type).kernelSize(kernel, kernel).stride(stride, stride)
                .padding(padding, padding).build(), input);
    }

    private String add(String kind, org.deeplearning4j.nn.conf.layers.Layer layer, String input) {
        String name = kind + (++counter);
        graph.addLayer(name, layer, input);
        return name;
    }
}

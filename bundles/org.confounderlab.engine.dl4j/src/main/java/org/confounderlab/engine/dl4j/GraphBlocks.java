package org.confounderlab.engine.dl4j;

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
 * returns the name of the vertex it added, so network classes read as a chain of blocks.
 */
final class GraphBlocks {

    static final String INPUT = "input";
    static final String OUTPUT = "output";

    private final ComputationGraphConfiguration.GraphBuilder graph;
    private int counter;

    /** A graph with Adam, L2 decay and He initialisation, taking {@code size}×{@code size}×{@code channels}. */
    GraphBlocks(int size, int channels, double learningRate, double weightDecay, long seed) {
        if (size < 32) {
            throw new IllegalArgumentException("Images of " + size + " pixels are too small; 32 is the minimum");
        }
        // Same mode with explicit strides: every stride-s layer gives ceil(in/s), so any input size works.
        this.graph = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .updater(new Adam(learningRate))
                .l2(weightDecay)
                .weightInit(WeightInit.RELU)
                .activation(Activation.IDENTITY)
                .convolutionMode(ConvolutionMode.Same)
                .graphBuilder()
                .addInputs(INPUT)
                .setInputTypes(InputType.convolutional(size, size, channels));
    }

    /** A bias-free convolution (the following batch norm has the shift), as in torchvision. */
    String conv(String input, int kernel, int stride, int filters) {
        return add("conv", new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride).nOut(filters)
                .hasBias(false).build(), input);
    }

    String batchNorm(String input) {
        return add("bn", new BatchNormalization.Builder().activation(Activation.IDENTITY).build(), input);
    }

    String relu(String input) {
        return add("relu", new ActivationLayer.Builder().activation(Activation.RELU).build(), input);
    }

    String batchNormRelu(String input) {
        return relu(batchNorm(input));
    }

    String maxPool(String input, int kernel, int stride) {
        return pool(PoolingType.MAX, input, kernel, stride);
    }

    String averagePool(String input, int kernel, int stride) {
        return pool(PoolingType.AVG, input, kernel, stride);
    }

    /** The common stem: 7×7/2 convolution with 64 filters, batch norm, ReLU, 3×3/2 max pooling. */
    String stem() {
        return maxPool(batchNormRelu(conv(INPUT, 7, 2, 64)), 3, 2);
    }

    /** Adds a vertex (merge, add, ...) over the given inputs. */
    String vertex(String kind, org.deeplearning4j.nn.conf.graph.GraphVertex vertex, String... inputs) {
        String name = kind + (++counter);
        graph.addVertex(name, vertex, inputs);
        return name;
    }

    /** Global average pooling and a sigmoid layer per label, trained with binary cross-entropy, then builds. */
    ComputationGraphConfiguration multiLabelHead(String input, int labels) {
        String pooled = add("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), input);
        graph.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nOut(labels)
                .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).build(), pooled);
        return graph.setOutputs(OUTPUT).build();
    }

    private String pool(PoolingType type, String input, int kernel, int stride) {
        return add("pool", new SubsamplingLayer.Builder(type).kernelSize(kernel, kernel).stride(stride, stride)
                .build(), input);
    }

    private String add(String kind, org.deeplearning4j.nn.conf.layers.Layer layer, String input) {
        String name = kind + (++counter);
        graph.addLayer(name, layer, input);
        return name;
    }
}

package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
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
 * The small CNN for fast work: three 3×3 convolution blocks (8, 16, 32 filters) with max pooling, global average
 * pooling and a sigmoid multi-label head trained with binary cross-entropy.
 */
public final class SmallCnn {

    private SmallCnn() {
    }

    /** The network for square {@code size}×{@code size} inputs with {@code channels} channels and {@code labels} outputs. */
    public static MultiLayerConfiguration configuration(int size, int channels, int labels, double learningRate,
            double weightDecay, long seed) {
        return new NeuralNetConfiguration.Builder()
                .seed(seed)
                .cacheMode(OneDnnHelpers.cacheMode(org.deeplearning4j.nn.conf.CacheMode.DEVICE))
                .updater(new Adam(learningRate))
                .l2(weightDecay)
                .weightInit(WeightInit.RELU)
                .list()
                .layer(InputConvolutionLayer.of(convolutionBuilder(channels, 8)))
                .layer(maxPool())
                .layer(convolution(8, 16))
                .layer(maxPool())
                .layer(convolution(16, 32))
                .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nOut(labels)
                        .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.convolutional(size, size, channels))
                .build();
    }

    private static ConvolutionLayer convolution(int in, int out) {
        return convolutionBuilder(in, out).build();
    }

    private static ConvolutionLayer.Builder convolutionBuilder(int in, int out) {
        return new ConvolutionLayer.Builder(3, 3).nIn(in).nOut(out).stride(1, 1).padding(1, 1)
                .activation(Activation.RELU);
    }

    private static SubsamplingLayer maxPool() {
        return new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }
}

package org.confounderlab.engine.dl4j;

import java.util.Collection;
import java.util.Map;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A convolution that reads the network's input: the same layer as DL4J's {@link ConvolutionLayer}, except that its
 * backward pass does not compute the gradient with respect to its input, which nothing needs (the input is the image).
 * DL4J's own layer always asks oneDNN for it: for the small CNN's 1-channel first layer that is a Winograd
 * {@code backward_data} of ~10 ms per step of 32 images at 64 × 64, the largest single primitive of the step
 * (bench/findings.md). {@link InputGradientFreeConvolution} computes the weight and bias gradients alone.
 */
public class InputConvolutionLayer extends ConvolutionLayer {

    private static final long serialVersionUID = 1L;

    /** For JSON deserialisation of saved networks. */
    public InputConvolutionLayer() {
    }

    private InputConvolutionLayer(ConvolutionLayer.Builder builder) {
        super(builder);
    }

    /**
     * The system property that, set to {@code false}, builds DL4J's own convolution in its place: for the A/B
     * benchmark and for the test that compares the two.
     */
    public static final String PROPERTY = "confounderlab.dl4j.inputConvolution";

    /**
     * The layer {@code builder} describes, as the network's input convolution; DL4J's own convolution when
     * {@value #PROPERTY} is {@code false}.
     */
    public static ConvolutionLayer of(ConvolutionLayer.Builder builder) {
        return Boolean.parseBoolean(System.getProperty(PROPERTY, "true")) ? new InputConvolutionLayer(builder)
                : builder.build();
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> trainingListeners, int layerIndex, INDArray layerParamsView,
            boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNInNOutSet("InputConvolutionLayer", getLayerName(), layerIndex, getNIn(), getNOut());
        InputGradientFreeConvolution layer = new InputGradientFreeConvolution(conf, networkDataType);
        layer.setListeners(trainingListeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(layerParamsView);
        Map<String, INDArray> parameters = initializer().init(conf, layerParamsView, initializeParams);
        layer.setParamTable(parameters);
        layer.setConf(conf);
        return layer;
    }
}

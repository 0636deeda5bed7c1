package org.confounderlab.engine.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layer of {@link InputConvolutionLayer}: DL4J's convolution (its forward pass, oneDNN's where the helpers are
 * on), with a backward pass that returns the weight and bias gradients only and no gradient for its input.
 *
 * <p>The weight gradient {@code ∂W[o][c][ky][kx] = Σ δ[n][o][y][x] · in[n][c][y + ky − p][x + kx − p]} is computed
 * here, row by row: each output row adds {@code δ}'s row times the shifted input row into a per-tap accumulator, a
 * loop the JIT turns into vector instructions, and the accumulators are summed in double precision once per image.
 * For the small CNN's 1-channel first layer (8 × 9 taps over 32 × 64 × 64 outputs) that is ~9 million multiply-adds,
 * against the ~10 ms of oneDNN's Winograd {@code backward_data} for the image gradient it replaces and the ~11 ms
 * DL4J's own im2col and matrix product took for the same weight gradient (bench/findings.md). Strided, dilated or
 * channels-last layers, where the rows are not contiguous, are left to DL4J's layer.
 */
public class InputGradientFreeConvolution extends org.deeplearning4j.nn.layers.convolution.ConvolutionLayer {

    private static final long serialVersionUID = 1L;

    public InputGradientFreeConvolution(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** Whether this layer's weight gradient is computed here: stride 1, no dilation, NCHW, explicit padding. */
    boolean computedHere() {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer layer = layerConf();
        return layer.getCnn2dDataFormat() == CNN2DFormat.NCHW && layer.getConvolutionMode() != ConvolutionMode.Same
                && layer.getConvolutionMode() != ConvolutionMode.Causal && layer.getStride()[0] == 1
                && layer.getStride()[1] == 1 && layer.getDilation()[0] == 1 && layer.getDilation()[1] == 1
                && dataType == DataType.FLOAT;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        if (!computedHere()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        assertInputSet(true);
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer layer = layerConf();
        INDArray weights = getParamWithNoise(ConvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        if (epsilon.dataType() != dataType) {
            epsilon = epsilon.castTo(dataType);
        }
        // z again (or from the cache), then δ = σ'(z) ⊙ ε, as DL4J's layer does
        INDArray z = preOutput4d(true, true, workspaceMgr).getFirst();
        INDArray delta = layer.getActivationFn().backprop(z, epsilon).getFirst();
        int batch = (int) input.size(0);
        int channels = (int) input.size(1);
        int height = (int) input.size(2);
        int width = (int) input.size(3);
        int outDepth = (int) weights.size(0);
        int kH = (int) weights.size(2);
        int kW = (int) weights.size(3);
        int outH = (int) delta.size(2);
        int outW = (int) delta.size(3);
        int padH = layer.getPadding()[0];
        int padW = layer.getPadding()[1];
        float[] in = floats(input.castTo(DataType.FLOAT));
        float[] d = floats(delta);
        int taps = channels * kH * kW;
        double[] weightGradient = new double[outDepth * taps];
        double[] biasGradient = new double[outDepth];
        float[][] rows = new float[outDepth * taps][outW];
        float[] biasRows = new float[outW];
        for (int n = 0; n < batch; n++) {
            for (int o = 0; o < outDepth; o++) {
                for (int y = 0; y < outH; y++) {
                    int dRow = ((n * outDepth + o) * outH + y) * outW;
                    for (int x = 0; x < outW; x++) {
                        biasRows[x] += d[dRow + x];
                    }
                    for (int c = 0; c < channels; c++) {
                        for (int ky = 0; ky < kH; ky++) {
                            int iy = y + ky - padH;
                            if (iy < 0 || iy >= height) {
                                continue;
                            }
                            int inRow = ((n * channels + c) * height + iy) * width;
                            for (int kx = 0; kx < kW; kx++) {
                                // x + kx − padW within [0, width): x from max(0, padW − kx) to min(outW, width + padW − kx)
                                int from = Math.max(0, padW - kx);
                                int to = Math.min(outW, width + padW - kx);
                                float[] row = rows[(o * channels + c) * kH * kW + ky * kW + kx];
                                int shift = inRow + kx - padW;
                                for (int x = from; x < to; x++) {
                                    row[x] += d[dRow + x] * in[shift + x];
                                }
                            }
                        }
                    }
                }
                // once per image and output channel: the float rows into double sums, so precision does not drift
                double bias = 0;
                for (int x = 0; x < outW; x++) {
                    bias += biasRows[x];
                    biasRows[x] = 0;
                }
                biasGradient[o] += bias;
                for (int t = 0; t < taps; t++) {
                    float[] row = rows[o * taps + t];
                    double sum = 0;
                    for (int x = 0; x < outW; x++) {
                        sum += row[x];
                        row[x] = 0;
                    }
                    weightGradient[o * taps + t] += sum;
                }
            }
        }
        INDArray weightGradView = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
        weightGradView.assign(Nd4j.create(weightGradient, weightGradView.shape(), 'c').castTo(dataType));
        Gradient gradient = new DefaultGradient();
        if (layer.hasBias()) {
            INDArray biasGradView = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
            biasGradView.assign(Nd4j.create(biasGradient, biasGradView.shape(), 'c').castTo(dataType));
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGradView);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGradView, 'c');
        weightNoiseParams.clear();
        // no gradient for the input: the network's input needs none (as DL4J's embedding layers return none)
        return new Pair<>(gradient, null);
    }

    /** The values of {@code array} in C order, as floats. */
    private static float[] floats(INDArray array) {
        INDArray contiguous = array.ordering() == 'c' && !array.isView() ? array : array.dup('c');
        return contiguous.data().asFloat();
    }
}

package org.confounderlab.engine.onnx;

import java.util.Arrays;
import java.util.Objects;

/**
 * The classifier head the diagnostics need, found in the graph: feature maps (the input of the global average
 * pooling), penultimate features (the input of the final Gemm/MatMul), the linear layer's weight as
 * [outputs][features] (transposed as needed from Gemm's transB / MatMul's [features, outputs]) and bias, and the
 * activation after it (NONE, SIGMOID, SOFTMAX).
 *
 * @param featureMaps the value the global average pooling reads, [batch, channels, height, width]
 * @param features the value the linear layer reads, [batch, features]
 * @param logits the value the linear layer produces (after its bias), before the activation
 * @param weight the linear layer's weight, {@code weight[output][feature]}, with Gemm's alpha folded in; the arrays
 *        themselves, not copies
 * @param bias the bias per output, with Gemm's beta folded in (zeros when the layer has none); the array itself
 * @param activation what follows the linear layer
 */
public record ClassifierHead(String featureMaps, String features, String logits, float[][] weight, float[] bias,
        Activation activation) {

    /** What follows the linear layer up to the graph's output. */
    public enum Activation {
        /** Nothing: the output is the logits. */
        NONE,
        /** Sigmoid of each logit. */
        SIGMOID,
        /** Softmax over the logits. */
        SOFTMAX
    }

    public ClassifierHead {
        Objects.requireNonNull(featureMaps, "featureMaps");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(activation, "activation");
        if (weight.length != bias.length) {
            throw new IllegalArgumentException("a weight of " + weight.length + " rows but " + bias.length
                    + " biases");
        }
        for (float[] row : weight) {
            if (row.length != weight[0].length) {
                throw new IllegalArgumentException("the weight's rows differ in length");
            }
        }
    }

    /** The number of outputs (classes, or logits), the weight's rows. */
    public int outputCount() {
        return weight.length;
    }

    /** The number of features, the weight's columns. */
    public int featureCount() {
        return weight.length == 0 ? 0 : weight[0].length;
    }

    /** Equal when the value names and activation are, and every weight and bias bit for bit. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ClassifierHead that && featureMaps.equals(that.featureMaps)
                && features.equals(that.features) && logits.equals(that.logits)
                && Arrays.deepEquals(weight, that.weight) && Arrays.equals(bias, that.bias)
                && activation == that.activation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureMaps, features, logits, Arrays.deepHashCode(weight), Arrays.hashCode(bias),
                activation);
    }

    /** The value names, weight shape and activation; not the values. */
    @Override
    public String toString() {
        return "ClassifierHead[featureMaps=" + featureMaps + ", features=" + features + ", logits=" + logits
                + ", weight=[" + outputCount() + ", " + featureCount() + "], activation=" + activation + "]";
    }
}

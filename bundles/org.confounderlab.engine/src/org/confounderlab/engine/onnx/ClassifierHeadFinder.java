package org.confounderlab.engine.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.confounderlab.engine.onnx.ClassifierHead.Activation;

/**
 * Finds the {@link ClassifierHead} by walking back from a graph output: an optional Sigmoid or Softmax, an optional
 * Add of a constant bias (the MatMul + Add form), a Gemm or MatMul whose weight is a constant, optional Flatten,
 * Reshape or Squeeze nodes, then GlobalAveragePool or a ReduceMean over axes 2 and 3, whose input are the feature
 * maps. Identity nodes are followed everywhere, and constants may be initializers or Constant nodes.
 */
final class ClassifierHeadFinder {

    /** The head, or why there is none. */
    record Outcome(ClassifierHead head, String problem) {
    }

    /** One output's walk: the head, or the problem and whether the walk got as far as a linear layer. */
    private record Attempt(ClassifierHead head, String problem, boolean reachedLinear) {

        static Attempt failed(String problem, boolean reachedLinear) {
            return new Attempt(null, problem, reachedLinear);
        }
    }

    private static final String WANTED = "a linear layer (Gemm or MatMul) after global average pooling";

    private static final String POOLING = "global average pooling (GlobalAveragePool, or ReduceMean over axes 2"
            + " and 3)";

    private static final Set<String> RESHAPES = Set.of("Flatten", "Reshape", "Squeeze");

    private final ConstantValues constants;

    ClassifierHeadFinder(ConstantValues constants) {
        this.constants = constants;
    }

    /** The head behind the first of {@code outputs} that has one, else why the first that reaches a linear has none. */
    Outcome find(List<OnnxValue> outputs) {
        if (outputs.isEmpty()) {
            return new Outcome(null, "the graph has no outputs");
        }
        Attempt reported = null;
        for (OnnxValue output : outputs) {
            Attempt attempt = walk(output.name());
            if (attempt.head() != null) {
                return new Outcome(attempt.head(), null);
            }
            if (reported == null || (attempt.reachedLinear() && !reported.reachedLinear())) {
                reported = attempt;
            }
        }
        return new Outcome(null, reported.problem());
    }

    private Attempt walk(String output) {
        String value = constants.throughIdentities(output);
        OnnxNode node = constants.producer(value);
        List<String> through = new ArrayList<>();
        Activation activation = Activation.NONE;
        if (node != null && (node.opType().equals("Sigmoid") || node.opType().equals("Softmax"))) {
            activation = node.opType().equals("Sigmoid") ? Activation.SIGMOID : Activation.SOFTMAX;
            through.add(node.opType());
            value = constants.throughIdentities(node.input(0));
            node = constants.producer(value);
        }
        if (node == null) {
            return Attempt.failed("the output " + output + " comes from " + notComputed(value) + throughText(through)
                    + ", not " + WANTED, false);
        }
        OnnxNode linear = node;
        OnnxNode biasAdd = null;
        ConstantValues.Constant addedBias = null;
        if (node.opType().equals("Add")) {
            linear = null;
            for (int k = 0; k < 2 && linear == null; k++) {
                ConstantValues.Constant bias = constants.constant(node.input(k));
                OnnxNode other = constants.producer(constants.throughIdentities(node.input(1 - k)));
                if (bias != null && bias.floats() != null && other != null && isLinear(other)) {
                    linear = other;
                    biasAdd = node;
                    addedBias = bias;
                }
            }
            if (linear == null) {
                return Attempt.failed("the output " + output + " comes from Add (node " + node.name() + ")"
                        + throughText(through) + " of " + addends(node) + ", not " + WANTED, false);
            }
        } else if (!isLinear(node)) {
            return Attempt.failed("the output " + output + " comes from " + node.opType() + " (node " + node.name()
                    + ")" + throughText(through) + ", not " + WANTED, false);
        }
        String logits = (biasAdd != null ? biasAdd : linear).outputs().get(0);
        return linearLayer(linear, addedBias, logits, activation);
    }

    private Attempt linearLayer(OnnxNode linear, ConstantValues.Constant addedBias, String logits,
            Activation activation) {
        String layer = "the " + linear.opType() + " node " + linear.name();
        boolean gemm = linear.opType().equals("Gemm");
        if (gemm && linear.intAttribute("transA", 0) != 0) {
            return Attempt.failed(layer + " transposes its input (transA=1), so it does not read features", true);
        }
        ConstantValues.Constant b = constants.constant(linear.input(1));
        if (b == null || b.floats() == null) {
            return Attempt.failed(layer + " multiplies by " + linear.input(1) + ", which is " + (b == null
                    ? "computed, not a stored weight" : "not floating point"), true);
        }
        long[] dims = b.dims();
        if (dims.length != 2 || dims[0] > Integer.MAX_VALUE || dims[1] > Integer.MAX_VALUE) {
            return Attempt.failed(layer + " has a weight " + linear.input(1) + " of dims " + Arrays.toString(dims)
                    + ", not a matrix", true);
        }
        boolean transposed = gemm && linear.intAttribute("transB", 0) != 0;
        int outputs = (int) (transposed ? dims[0] : dims[1]);
        int features = (int) (transposed ? dims[1] : dims[0]);
        float alpha = gemm ? linear.floatAttribute("alpha", 1f) : 1f;
        float[][] weight = new float[outputs][features];
        for (int o = 0; o < outputs; o++) {
            for (int f = 0; f < features; f++) {
                float stored = transposed ? b.floats()[o * features + f] : b.floats()[f * outputs + o];
                weight[o][f] = alpha == 1f ? stored : alpha * stored;
            }
        }
        float[] bias = new float[outputs];
        if (gemm && !linear.input(2).isEmpty()) {
            ConstantValues.Constant c = constants.constant(linear.input(2));
            float beta = linear.floatAttribute("beta", 1f);
            String problem = addBias(c, beta, bias, layer + "'s bias " + linear.input(2));
            if (problem != null) {
                return Attempt.failed(problem, true);
            }
        }
        if (addedBias != null) {
            String problem = addBias(addedBias, 1f, bias, "the bias added after " + layer);
            if (problem != null) {
                return Attempt.failed(problem, true);
            }
        }
        return pooling(linear, new ClassifierHead("", linear.input(0), logits, weight, bias, activation));
    }

    /** Adds {@code scale} times the constant {@code c} (one value, or one per output) to {@code bias}. */
    private static String addBias(ConstantValues.Constant c, float scale, float[] bias, String what) {
        if (c == null || c.floats() == null) {
            return what + " is " + (c == null ? "computed, not stored" : "not floating point");
        }
        float[] values = c.floats();
        if (values.length != 1 && values.length != bias.length) {
            return what + " has " + values.length + " values for " + bias.length + " outputs";
        }
        for (int o = 0; o < bias.length; o++) {
            float value = values[values.length == 1 ? 0 : o];
            bias[o] += scale == 1f ? value : scale * value;
        }
        return null;
    }

    /** The head with its feature maps: the input of the pooling the features come from, through reshapes. */
    private Attempt pooling(OnnxNode linear, ClassifierHead head) {
        List<String> through = new ArrayList<>();
        String value = constants.throughIdentities(head.features());
        OnnxNode node = constants.producer(value);
        while (node != null && RESHAPES.contains(node.opType())) {
            through.add(node.opType());
            value = constants.throughIdentities(node.input(0));
            node = constants.producer(value);
        }
        String reads = "the " + linear.opType() + " node " + linear.name() + " reads its features from ";
        if (node == null) {
            return Attempt.failed(reads + notComputed(value) + throughText(through) + ", not from " + POOLING,
                    true);
        }
        if (node.opType().equals("ReduceMean")) {
            String problem = spatialAxesProblem(node);
            if (problem != null) {
                return Attempt.failed(reads + "ReduceMean (node " + node.name() + ")" + throughText(through) + ", "
                        + problem, true);
            }
        } else if (!node.opType().equals("GlobalAveragePool")) {
            return Attempt.failed(reads + node.opType() + " (node " + node.name() + ")" + throughText(through)
                    + ", not from " + POOLING, true);
        }
        return new Attempt(new ClassifierHead(node.input(0), head.features(), head.logits(), head.weight(),
                head.bias(), head.activation()), null, true);
    }

    /** Why the ReduceMean {@code node} is not a mean over axes 2 and 3 of a 4-D map; null when it is. */
    private String spatialAxesProblem(OnnxNode node) {
        long[] axes = node.intsAttribute("axes");
        if (axes == null && !node.input(1).isEmpty()) {
            ConstantValues.Constant constant = constants.constant(node.input(1));
            axes = constant == null ? null : constant.longs();
        }
        if (axes == null) {
            return "which averages over all axes (or axes not stored), not axes 2 and 3";
        }
        long[] sorted = axes.clone();
        Arrays.sort(sorted);
        if (Arrays.equals(sorted, new long[] {2, 3}) || Arrays.equals(sorted, new long[] {-2, -1})) {
            return null;
        }
        return "which averages over axes " + Arrays.toString(axes) + ", not axes 2 and 3";
    }

    private static boolean isLinear(OnnxNode node) {
        return node.opType().equals("Gemm") || node.opType().equals("MatMul");
    }

    private String notComputed(String value) {
        return (constants.constant(value) != null ? "the stored tensor " : "the graph input ") + value;
    }

    private String addends(OnnxNode add) {
        List<String> parts = new ArrayList<>();
        for (String input : add.inputs()) {
            OnnxNode producer = constants.producer(constants.throughIdentities(input));
            parts.add(producer != null ? producer.opType() : constants.constant(input) != null ? "a constant"
                    : "a graph input");
        }
        return String.join(" and ", parts);
    }

    private static String throughText(List<String> through) {
        return through.isEmpty() ? "" : " through " + String.join(", ", through.reversed());
    }
}

package org.confounderlab.engine.dl4j;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.training.LayerGradients;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Looks inside a trained network for the diagnostics: the penultimate (globally pooled) features, and a layer's
 * activations with the gradient of a label's logit. The gradient comes from DL4J's backprop through a "head": the
 * layers after the chosen one, rebuilt as a small layer stack with the trained parameters copied in, whose output layer
 * has identity activation and {@link LogitScoreLoss}. (ComputationGraph in DL4J 1.0.0-M2.1 cannot give gradients
 * with respect to an inner vertex, so graphs are explained at their final feature maps, the input of global
 * pooling, where the head is pooling plus the classifier.)
 */
public final class NetworkInspector {

    /** Images per forward pass; graphs keep every activation, so they go in smaller steps. */
    private static final int STACK_BATCH = 64;
    private static final int GRAPH_BATCH = 16;

    private final TrainableNetwork network;

    public NetworkInspector(TrainableNetwork network) {
        this.network = network;
    }

    /** Layers that can be explained, input side first; the last is the default. */
    public List<String> camLayers() {
        List<String> names = new ArrayList<>();
        switch (network.model()) {
            case MultiLayerNetwork stack -> {
                for (Layer layer : stack.getLayers()) {
                    if (layer.conf().getLayer() instanceof ConvolutionLayer) {
                        names.add(layer.conf().getLayer().getLayerName());
                    }
                }
            }
            case ComputationGraph graph -> names.add(graph.getConfiguration().getVertexInputs()
                    .get(poolingName(graph)).get(0));
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        }
        return names;
    }

    /** Penultimate features {@code [n, features]}. */
    public INDArray features(INDArray input) {
        return switch (network.model()) {
            case MultiLayerNetwork stack -> inBatches(input, STACK_BATCH, part -> {
                int pooling = poolingIndex(stack);
                return stack.feedForwardToLayer(pooling, part, false).get(pooling + 1);
            });
            case ComputationGraph graph -> inBatches(input, GRAPH_BATCH, part -> activationOf(graph,
                    poolingName(graph), part));
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        };
    }

    /** Activations of {@code layer} and d logit(label) / d activation. */
    public LayerGradients gradients(INDArray input, String layer, int label) {
        if (!camLayers().contains(layer)) {
            throw new IllegalArgumentException("Grad-CAM cannot explain layer '" + layer + "'; it can explain "
                    + camLayers());
        }
        long n = input.size(0);
        int batch = network.model() instanceof ComputationGraph ? GRAPH_BATCH : STACK_BATCH;
        List<INDArray> activations = new ArrayList<>();
        List<INDArray> gradients = new ArrayList<>();
        MultiLayerNetwork head = null;
        for (long from = 0; from < n; from += batch) {
            INDArray part = rows(input, from, Math.min(n, from + batch));
            INDArray a = activations(layer, part);
            if (head == null) {
                head = head(layer, a.shape());
            }
            INDArray oneHot = Nd4j.zeros(a.dataType(), a.size(0), head.getLayer(head.getnLayers() - 1).getParam("b")
                    .length());
            oneHot.getColumn(label).assign(1);
            Pair<Gradient, INDArray> result = head.calculateGradients(a, oneHot, null, null);
            activations.add(a);
            gradients.add(result.getSecond().neg()); // the loss is −logit
        }
        INDArray a = Nd4j.concat(0, activations.toArray(INDArray[]::new));
        INDArray g = Nd4j.concat(0, gradients.toArray(INDArray[]::new));
        return new LayerGradients((int) n, (int) a.size(1), (int) a.size(2), (int) a.size(3),
                contiguous(a), contiguous(g));
    }

    /** The logits the layers after {@code layer} give for its {@code activations} (for checking the gradients). */
    public INDArray headLogits(String layer, INDArray activations) {
        return head(layer, activations.shape()).output(activations, false);
    }

    /** The activations of {@code layer} for the inputs. */
    public INDArray activations(String layer, INDArray input) {
        return switch (network.model()) {
            case MultiLayerNetwork stack -> {
                int index = indexOf(stack, layer);
                yield stack.feedForwardToLayer(index, input, false).get(index + 1);
            }
            case ComputationGraph graph -> activationOf(graph, layer, input);
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        };
    }

    private MultiLayerNetwork head(String layer, long[] activationShape) {
        List<Layer> after = new ArrayList<>();
        switch (network.model()) {
            case MultiLayerNetwork stack -> {
                Layer[] layers = stack.getLayers();
                for (int i = indexOf(stack, layer) + 1; i < layers.length; i++) {
                    after.add(layers[i]);
                }
            }
            case ComputationGraph graph -> {
                after.add(graph.getLayer(poolingName(graph)));
                after.add(graph.getLayer(graph.getConfiguration().getNetworkOutputs().get(0)));
            }
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        }
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT).list();
        for (int i = 0; i < after.size(); i++) {
            org.deeplearning4j.nn.conf.layers.Layer conf = after.get(i).conf().getLayer().clone();
            if (i == after.size() - 1) {
                BaseOutputLayer output = (BaseOutputLayer) conf;
                output.setActivationFn(new ActivationIdentity());
                output.setLossFn(new LogitScoreLoss());
            }
            list.layer(conf);
        }
        MultiLayerConfiguration configuration = list.setInputType(InputType.convolutional(activationShape[2],
                activationShape[3], activationShape[1])).build();
        OneDnnHelpers.enable();
        MultiLayerNetwork head = new MultiLayerNetwork(configuration);
        head.init();
        for (int i = 0; i < after.size(); i++) {
            Layer target = head.getLayer(i);
            after.get(i).paramTable().forEach((key, value) -> target.getParam(key).assign(value));
        }
        return head;
    }

    /** The values in row-major order (DL4J's convolution outputs are often strided views). */
    private static float[] contiguous(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }

    private static INDArray activationOf(ComputationGraph graph, String vertex, INDArray input) {
        // M2.1's feedForward "till layer" does not reliably stop after the vertex asked for: take the full pass.
        return graph.feedForward(input, false).get(vertex);
    }

    private static int indexOf(MultiLayerNetwork stack, String layer) {
        Layer[] layers = stack.getLayers();
        for (int i = 0; i < layers.length; i++) {
            if (layer.equals(layers[i].conf().getLayer().getLayerName())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no layer '" + layer + "'");
    }

    private static int poolingIndex(MultiLayerNetwork stack) {
        Layer[] layers = stack.getLayers();
        for (int i = 0; i < layers.length; i++) {
            if (layers[i].conf().getLayer() instanceof GlobalPoolingLayer) {
                return i;
            }
        }
        throw new IllegalStateException("the network has no global pooling layer");
    }

    private static String poolingName(ComputationGraph graph) {
        for (Layer layer : graph.getLayers()) {
            if (layer.conf().getLayer() instanceof GlobalPoolingLayer) {
                return layer.conf().getLayer().getLayerName();
            }
        }
        throw new IllegalStateException("the network has no global pooling layer");
    }

    private static INDArray rows(INDArray input, long from, long to) {
        return input.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
    }

    private static INDArray inBatches(INDArray input, int batch, java.util.function.UnaryOperator<INDArray> work) {
        long n = input.size(0);
        List<INDArray> parts = new ArrayList<>();
        for (long from = 0; from < n; from += batch) {
            parts.add(work.apply(rows(input, from, Math.min(n, from + batch))).dup());
        }
        return parts.size() == 1 ? parts.get(0) : Nd4j.concat(0, parts.toArray(INDArray[]::new));
    }
}

package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.LayerGradients;
import org.confounderlab.engine.training.TensorBatch;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** A trained Deeplearning4j network seen through the engine's {@link InspectableClassifier} interface. */
public final class Dl4jClassifier implements InspectableClassifier {

    private final TrainableNetwork network;
    private final List<String> labels;

    public Dl4jClassifier(TrainableNetwork network, List<String> labels) {
        this.network = network;
        this.labels = List.copyOf(labels);
    }

    public Dl4jClassifier(MultiLayerNetwork network, List<String> labels) {
        this(new LayerStackNetwork(network), labels);
    }

    /** Reads a classifier saved by {@link #save}; the labels are not in the file, so the caller gives them. */
    public static Dl4jClassifier load(Path file, List<String> labels) throws IOException {
        return new Dl4jClassifier(TrainableNetwork.load(file), labels);
    }

    /** The network behind the classifier. */
    public TrainableNetwork network() {
        return network;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[][] predict(TensorBatch batch) {
        return network.predict(ClassifierTrainer.features(batch)).toDoubleMatrix();
    }

    @Override
    public List<String> camLayers() {
        return new NetworkInspector(network).camLayers();
    }

    @Override
    public double[][] features(TensorBatch batch) {
        return new NetworkInspector(network).features(ClassifierTrainer.features(batch)).toDoubleMatrix();
    }

    @Override
    public LayerGradients gradients(TensorBatch batch, String layer, int label) {
        return new NetworkInspector(network).gradients(ClassifierTrainer.features(batch), layer, label);
    }

    @Override
    public InspectableClassifier randomised() {
        return new Dl4jClassifier(network.freshCopy(), labels);
    }

    @Override
    public InspectableClassifier withReadout(double[][] weights, double[] bias) {
        TrainableNetwork copy = switch (network.model()) {
            case org.deeplearning4j.nn.multilayer.MultiLayerNetwork stack -> new LayerStackNetwork(stack.clone());
            case org.deeplearning4j.nn.graph.ComputationGraph graph -> new GraphNetwork(graph.clone());
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        };
        org.deeplearning4j.nn.api.Layer output = switch (copy.model()) {
            case org.deeplearning4j.nn.multilayer.MultiLayerNetwork stack -> stack.getOutputLayer();
            case org.deeplearning4j.nn.graph.ComputationGraph graph -> graph.getOutputLayer(0);
            default -> throw new IllegalStateException("unknown network " + copy.model().getClass());
        };
        org.nd4j.linalg.api.ndarray.INDArray w = output.getParam("W");
        org.nd4j.linalg.api.ndarray.INDArray b = output.getParam("b");
        if (weights.length != w.size(1) || weights.length != bias.length || weights[0].length != w.size(0)) {
            throw new IllegalArgumentException("a read-out of " + weights.length + " × " + weights[0].length
                    + " weights for a final layer of " + w.size(0) + " features × " + w.size(1) + " labels");
        }
        for (int l = 0; l < weights.length; l++) {
            for (int k = 0; k < weights[l].length; k++) {
                w.putScalar(k, l, weights[l][k]); // W is [features, labels]
            }
            b.putScalar(l, bias[l]);
        }
        output.setParam("W", w);
        output.setParam("b", b);
        return new Dl4jClassifier(copy, labels);
    }

    @Override
    public void save(Path file) throws IOException {
        network.save(file);
    }
}

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
    public void save(Path file) throws IOException {
        network.save(file);
    }
}

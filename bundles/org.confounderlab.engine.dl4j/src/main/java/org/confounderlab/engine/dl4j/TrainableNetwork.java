package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.nio.file.Path;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * One single-input, single-output Deeplearning4j network, layer stack or graph, seen the same way by the trainer
 * and the classifier (DL4J's own interfaces do not share fit/output/score between the two).
 */
public sealed interface TrainableNetwork permits LayerStackNetwork, GraphNetwork {

    /** Inputs per forward pass when predicting, bounding memory for the big networks. */
    int PREDICTION_BATCH = 64;

    /** One optimisation step on a mini-batch. */
    void fit(INDArray features, INDArray labels);


    /** The loss of the last mini-batch fitted. */
    default double score() {
        return model().score();
    }

    /** The mean loss over the examples, in inference mode. */
    double score(INDArray features, INDArray labels);

    /** Outputs {@code [n, labels]} in inference mode, for one batch. */
    INDArray output(INDArray features);

    /** The underlying DL4J model. */
    Model model();

    /** A layer stack, initialised. */
    static TrainableNetwork of(MultiLayerConfiguration configuration) {
        OneDnnHelpers.enable();
        MultiLayerNetwork network = new MultiLayerNetwork(configuration);
        network.init();
        return new LayerStackNetwork(network);
    }

    /** A graph, initialised. */
    static TrainableNetwork of(ComputationGraphConfiguration configuration) {
        OneDnnHelpers.enable();
        ComputationGraph graph = new ComputationGraph(configuration);
        graph.init();
        return new GraphNetwork(graph);
    }

    /** Reads a network saved by {@link #save}, layer stack or graph. */
    static TrainableNetwork load(Path file) throws IOException {
        OneDnnHelpers.enable();
        if (SavedModels.isGraph(file)) {
            return new GraphNetwork(ModelSerializer.restoreComputationGraph(file.toFile(), true));
        }
        return new LayerStackNetwork(ModelSerializer.restoreMultiLayerNetwork(file.toFile(), true));
    }

    /** The same architecture, freshly initialised (the trained weights are not touched). */
    default TrainableNetwork freshCopy() {
        return switch (model()) {
            case MultiLayerNetwork stack -> of(stack.getLayerWiseConfigurations().clone());
            case ComputationGraph graph -> of(graph.getConfiguration().clone());
            default -> throw new IllegalStateException("unknown network " + model().getClass());
        };
    }

    /** Number of values in the network's parameter vector (DL4J counts batch-norm running statistics too). */
    default long numParams() {
        return model().numParams();
    }

    /** Outputs {@code [n, labels]} in inference mode, computed {@link #PREDICTION_BATCH} inputs at a time. */
    default INDArray predict(INDArray features) {
        long n = features.size(0);
        if (n <= PREDICTION_BATCH) {
            return output(features);
        }
        INDArray[] parts = new INDArray[(int) ((n + PREDICTION_BATCH - 1) / PREDICTION_BATCH)];
        for (int part = 0; part < parts.length; part++) {
            long from = (long) part * PREDICTION_BATCH;
            parts[part] = output(features.get(NDArrayIndex.interval(from, Math.min(n, from + PREDICTION_BATCH)),
                    NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all()));
        }
        return Nd4j.vstack(parts);
    }

    /** Saves with the updater state, so training could go on from the file. */
    default void save(Path file) throws IOException {
        ModelSerializer.writeModel(model(), file.toFile(), true);
    }
}

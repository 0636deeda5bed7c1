package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.training.TrainingException;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Initialises a new network from a saved one (a model.zip of an earlier run, or any Deeplearning4j model file of
 * the same family): every layer whose name and parameter shapes match takes the saved values; the rest (typically
 * the classifier head, when the labels differ) keep their fresh initialisation.
 */
final class InitialWeights {

    private InitialWeights() {
    }

    /** What was copied: the layers taken from the file, and those that kept their fresh initialisation. */
    record Outcome(List<String> copied, List<String> kept) {
    }

    static Outcome copy(Path file, TrainableNetwork target) throws TrainingException {
        if (!Files.isRegularFile(file)) {
            throw new TrainingException("The weights file " + file + " does not exist");
        }
        TrainableNetwork source;
        try {
            source = TrainableNetwork.load(file);
        } catch (IOException | RuntimeException e) {
            throw new TrainingException("The weights file " + file + " is not a readable Deeplearning4j model: "
                    + e.getMessage(), e);
        }
        Map<String, Layer> saved = new HashMap<>();
        for (Layer layer : layers(source)) {
            saved.put(layer.conf().getLayer().getLayerName(), layer);
        }
        List<String> copied = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Layer layer : layers(target)) {
            Map<String, INDArray> parameters = layer.paramTable();
            if (parameters.isEmpty()) {
                continue;
            }
            String name = layer.conf().getLayer().getLayerName();
            Layer from = saved.get(name);
            if (from != null && sameShapes(parameters, from.paramTable())) {
                parameters.forEach((key, value) -> value.assign(from.paramTable().get(key)));
                copied.add(name);
            } else {
                kept.add(name + (from == null ? ": not in the file" : ": other shapes in the file"));
            }
        }
        if (copied.isEmpty()) {
            throw new TrainingException("The weights file " + file + " matches none of the network's layers: "
                    + "it was saved from another architecture");
        }
        return new Outcome(copied, kept);
    }

    private static Layer[] layers(TrainableNetwork network) {
        return switch (network.model()) {
            case ComputationGraph graph -> graph.getLayers();
            case MultiLayerNetwork stack -> stack.getLayers();
            default -> new Layer[0];
        };
    }

    private static boolean sameShapes(Map<String, INDArray> a, Map<String, INDArray> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, INDArray> entry : a.entrySet()) {
            if (!java.util.Arrays.equals(entry.getValue().shape(), b.get(entry.getKey()).shape())) {
                return false;
            }
        }
        return true;
    }
}

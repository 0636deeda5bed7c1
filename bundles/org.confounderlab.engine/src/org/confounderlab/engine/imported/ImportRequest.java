package org.confounderlab.engine.imported;

import java.nio.file.Path;
import java.util.List;

import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.OutputActivation;
import org.confounderlab.model.experiment.TensorLayout;

/**
 * What a run asks of a model trained elsewhere.
 *
 * @param file         the model file, resolved
 * @param input        the image input's name; blank for the model's only input
 * @param layout       the order of the input's dimensions
 * @param output       the output holding the scores; blank for the first output
 * @param features     the value holding the penultimate features; blank to find them
 * @param outputLabels the label of each output column, in order; empty when they are {@code labels}
 * @param labels       the experiment's labels, in the order the run scores them
 * @param channels     the image channels the experiment feeds
 * @param size         the image side the experiment feeds
 * @param activation   what turns logits into probabilities, when the model ends in logits
 * @param kind         CPU, or CUDA for ONNX Runtime's GPU build
 * @param device       the CUDA device
 * @param threads      CPU threads for the model's operators
 */
public record ImportRequest(Path file, String input, TensorLayout layout, String output, String features,
        List<String> outputLabels, List<String> labels, int channels, int size, OutputActivation activation,
        BackendKind kind, int device, int threads) {

    public ImportRequest {
        outputLabels = List.copyOf(outputLabels);
        labels = List.copyOf(labels);
    }
}

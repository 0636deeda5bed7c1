package org.confounderlab.engine.onnx;

import java.util.ArrayList;
import java.util.List;

/**
 * What an ONNX model offers the audit, in lines for the experiment editor and {@code init}: its producer and opset,
 * its inputs and outputs with their shapes, where the penultimate features and the Grad-CAM layer are (or why
 * there is no Grad-CAM layer), and the intermediate feature maps whose activations can be read.
 */
public final class OnnxModelSummary {

    private OnnxModelSummary() {
    }

    /** The lines for {@code model}, the head read at {@code output} (blank: its first output). */
    public static List<String> lines(OnnxModel model, String output) {
        List<String> lines = new ArrayList<>();
        lines.add(model.toString() + ", written by " + (model.producer() == null || model.producer().isBlank()
                ? "an unknown producer" : model.producer()));
        model.inputs().forEach(input -> lines.add("Input: " + input.describe()));
        model.outputs().forEach(out -> lines.add("Output: " + out.describe()));
        String scores = output == null || output.isBlank()
                ? model.outputs().isEmpty() ? "" : model.outputs().get(0).name() : output;
        model.classifierHeadOf(scores).ifPresentOrElse(head -> {
            lines.add("Head: global average pooling of " + head.featureMaps() + ", then a linear layer ("
                    + head.featureCount() + " features → " + head.outputCount() + " outputs)"
                    + switch (head.activation()) {
                        case NONE -> ", logits";
                        case SIGMOID -> ", then Sigmoid (probabilities)";
                        case SOFTMAX -> ", then Softmax (probabilities)";
                    });
            lines.add("Features: " + head.features());
            lines.add("Grad-CAM layer: " + head.featureMaps() + " (exact: the gradient is the linear layer's weight "
                    + "divided by H·W)");
        }, () -> lines.add("No Grad-CAM layer, heat maps by occlusion: " + model.classifierHeadProblemOf(scores)));
        List<String> maps = model.featureMapValues();
        if (!maps.isEmpty()) {
            lines.add("Feature maps (" + maps.size() + "): " + (maps.size() <= 8 ? String.join(", ", maps)
                    : String.join(", ", maps.subList(0, 3)) + ", …, " + String.join(", ",
                            maps.subList(maps.size() - 3, maps.size()))));
        }
        return lines;
    }
}

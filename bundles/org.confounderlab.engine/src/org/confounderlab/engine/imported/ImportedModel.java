package org.confounderlab.engine.imported;

import java.util.List;

import org.confounderlab.engine.training.InspectableClassifier;

/**
 * A model trained elsewhere, opened for the run, with what the run records about it.
 *
 * @param classifier the model as the diagnostics see it
 * @param sha256     SHA-256 of the file
 * @param producer   the program that wrote the file, with its version and opset
 * @param input      the image input: name, element type and shape
 * @param output     the output read as the scores and what it holds (logits or probabilities)
 * @param features   the value read as the penultimate features, and how it was found
 * @param saliency   how heat maps are made: exact Grad-CAM at the named maps, or occlusion and why
 * @param camLayers  the values Grad-CAM can use
 */
public record ImportedModel(InspectableClassifier classifier, String sha256, String producer, String input,
        String output, String features, String saliency, List<String> camLayers) {

    public ImportedModel {
        camLayers = List.copyOf(camLayers);
    }
}

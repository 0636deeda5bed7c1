package org.confounderlab.engine.training;

import java.util.List;

/**
 * What the diagnostics ask of a trained model beyond its predictions: the penultimate features, and the activations
 * of a chosen layer with the gradient of a label's score with respect to them. Backends implement it, so the
 * statistics and diagnostics never see the deep-learning library.
 */
public interface InspectableClassifier extends ImageClassifier {

    /** Layers Grad-CAM can explain, input side first; the last one (the final feature maps) is the default. */
    List<String> camLayers();

    /** The penultimate features {@code [image][feature]} (the globally pooled final feature maps). */
    double[][] features(TensorBatch batch);

    /**
     * The activations of {@code layer} for the batch's images and the gradient of label {@code label}'s logit (the
     * score before the sigmoid) with respect to them.
     *
     * @throws IllegalArgumentException when {@code layer} is not one of {@link #camLayers()}
     */
    LayerGradients gradients(TensorBatch batch, String layer, int label);

    /** The same network with freshly initialised weights, for the model-randomisation sanity check of heat maps. */
    InspectableClassifier randomised();

    /**
     * The same network with its final layer, the linear read-out of {@link #features}, replaced: label l's logit is
     * {@code bias[l] + Σₖ weights[l][k] fₖ} (last-layer re-training, e.g. deep feature reweighting). The backbone's
     * weights are shared, not changed.
     *
     * @throws UnsupportedOperationException when the backend cannot change the model (a model trained elsewhere)
     */
    InspectableClassifier withReadout(double[][] weights, double[] bias);
}

package org.confounderlab.engine.training;

import java.util.List;

/**
 * Intermediate-layer knowledge distillation from a specialist teacher (Boland, Tsaftaris and Dahdouh, 2025): the
 * student, of the teacher's architecture, is trained on the full (biased) training images with the loss
 *
 * <pre>
 *   CE(labels, p) + w_final · CE(p_teacher, p) + Σ_l w_l · s_l · MSE(a_l, a_l,teacher)
 * </pre>
 *
 * where p are the student's predicted probabilities, a_l its activations at layer l, and s_l = CE / MSE_l on the
 * first training batch before any step, so that with weight 1 every term starts as large as the label loss and none
 * swamps the others. The two cross-entropies are on the same scale already.
 *
 * @param teacher     the specialist teacher, trained by the same backend on a confounder-free subset
 * @param teacherView what the teacher sees of each training image, in the training batch's order (the images with
 *                    the confounder regions covered, for a teacher trained on masked images), or {@code null} for the
 *                    images as the student sees them
 * @param layers      the intermediate layers matched, with their weights; empty for every layer the backend can
 *                    explain ({@link InspectableClassifier#camLayers()}), each with {@code layerWeight}
 * @param layerWeight the weight of each layer term when {@code layers} is empty
 * @param finalWeight the weight of the final-layer term
 * @param knownTerms  the terms with their scales as an interrupted run measured them before its first step (labels,
 *                    final layer, then each layer), so that a resumed run keeps its loss; empty to measure them
 */
public record Distillation(ImageClassifier teacher, ImageSource teacherView, List<Layer> layers, double layerWeight,
        double finalWeight, List<LossTerm> knownTerms) {

    /** One matched layer. */
    public record Layer(String name, double weight) {

        public Layer {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("layer " + name + ": weight " + weight + " is not a finite "
                        + "number ≥ 0");
            }
        }
    }

    public Distillation {
        layers = List.copyOf(layers);
        knownTerms = List.copyOf(knownTerms);
        if (!(layerWeight >= 0) || Double.isInfinite(layerWeight)) {
            throw new IllegalArgumentException("layer weight " + layerWeight + " is not a finite number ≥ 0");
        }
        if (!(finalWeight >= 0) || Double.isInfinite(finalWeight)) {
            throw new IllegalArgumentException("final-layer weight " + finalWeight + " is not a finite number ≥ 0");
        }
    }
}

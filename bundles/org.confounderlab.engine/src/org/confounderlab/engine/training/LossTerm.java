package org.confounderlab.engine.training;

/**
 * One term of a distillation loss: the training loss is the sum over the terms of weight · scale · value.
 *
 * @param name   {@code labels}, {@code final layer} or {@code layer NAME}
 * @param weight the user's weight of the term
 * @param scale  the factor that brings the term to the label loss's size (label loss over the term, measured on the
 *               first training batch before any step); 1 for the two cross-entropies
 * @param value  the term unscaled and unweighted (a mean over an epoch's steps, or one batch's value)
 */
public record LossTerm(String name, double weight, double scale, double value) {

    /** The name of the cross-entropy with the labels. */
    public static final String LABELS = "labels";
    /** The name of the cross-entropy with the teacher's predicted probabilities. */
    public static final String FINAL_LAYER = "final layer";

    /** The name of a layer's activation-matching term. */
    public static String layer(String layer) {
        return "layer " + layer;
    }

    /** The same term with another value. */
    public LossTerm withValue(double newValue) {
        return new LossTerm(name, weight, scale, newValue);
    }
}

package org.confounderlab.engine.image;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.confounderlab.engine.data.Box;

/** Interventions applied one after the other (e.g. a train-time cover, then a test variant's masking). */
public record InterventionSequence(List<ImageIntervention> steps) implements ImageIntervention {

    public InterventionSequence {
        steps = List.copyOf(steps);
    }

    /** {@code first} then {@code second}; either may be {@code null} (none), and two nulls give {@code null}. */
    public static ImageIntervention of(ImageIntervention first, ImageIntervention second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : new InterventionSequence(List.of(first, second));
    }

    @Override
    public FloatImage apply(FloatImage image, Map<String, Box> regions, SplittableRandom random) {
        FloatImage out = image;
        for (ImageIntervention step : steps) {
            out = step.apply(out, regions, random);
        }
        return out == image ? image.copy() : out;
    }

    @Override
    public String describe() {
        return steps.stream().map(ImageIntervention::describe).collect(Collectors.joining(" then "));
    }
}

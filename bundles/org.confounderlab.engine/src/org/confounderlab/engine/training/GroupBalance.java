package org.confounderlab.engine.training;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.audit.Subgroups;
import org.confounderlab.engine.data.ManifestEntry;

/**
 * Group-balanced sampling weights: every subgroup of one attribute gets the training set's label prevalence. For a label
 * with prevalence p over the training images and p_g in subgroup g, a positive of g weighs p / p_g and a negative
 * (1 − p) / (1 − p_g). Under these weights the label is independent of the attribute (a marker that agreed with the
 * label no longer predicts it), and each subgroup keeps its total weight, its number of images. The trainer re-samples
 * each epoch by these weights (see ClassifierTrainer). A subgroup that has no positive or no negative for a label cannot be balanced; its images keep weight 1 for
 * that label and it is listed by {@link #unbalanced()}. As in the tensors, a label counts as positive only when it is 1.
 *
 * @param attribute the attribute (or {@code region:<name>}) the subgroups come from
 * @param groups    one entry per subgroup and label, subgroups in the audit's order
 * @param weights   the sampling weight of every image and label, {@code [image][label]}, in the entries' order
 */
public record GroupBalance(String attribute, List<Group> groups, float[][] weights) {

    /** One subgroup's counts and weights for one label. */
    public record Group(String name, String label, int positives, int negatives, double positiveWeight,
            double negativeWeight) {

        /** Whether the weights balance this subgroup (it has both classes). */
        public boolean balanced() {
            return positives > 0 && negatives > 0;
        }
    }

    public GroupBalance {
        groups = List.copyOf(groups);
    }

    /**
     * The weights for {@code entries} (the training images, in the order of the training tensors).
     *
     * @throws IllegalArgumentException when the manifest has no column {@code attribute}
     */
    public static GroupBalance of(List<ManifestEntry> entries, List<String> labels, String attribute) {
        Subgroups subgroups = Subgroups.of(entries, attribute);
        if (subgroups == null) {
            throw new IllegalArgumentException("The manifest has no attribute '" + attribute
                    + "' to balance the training groups by");
        }
        int n = entries.size();
        int groupCount = subgroups.names().size();
        float[][] weights = new float[n][labels.size()];
        List<Group> groups = new ArrayList<>();
        for (int l = 0; l < labels.size(); l++) {
            String label = labels.get(l);
            int[] positives = new int[groupCount];
            int[] sizes = new int[groupCount];
            boolean[] positive = new boolean[n];
            int allPositives = 0;
            for (int i = 0; i < n; i++) {
                positive[i] = entries.get(i).label(label).asDouble() == 1.0;
                int g = subgroups.groupOf()[i];
                sizes[g]++;
                if (positive[i]) {
                    positives[g]++;
                    allPositives++;
                }
            }
            double prevalence = n == 0 ? 0 : (double) allPositives / n;
            double[] positiveWeight = new double[groupCount];
            double[] negativeWeight = new double[groupCount];
            for (int g = 0; g < groupCount; g++) {
                int negatives = sizes[g] - positives[g];
                if (positives[g] > 0 && negatives > 0) {
                    double groupPrevalence = (double) positives[g] / sizes[g];
                    positiveWeight[g] = prevalence / groupPrevalence;
                    negativeWeight[g] = (1 - prevalence) / (1 - groupPrevalence);
                } else {
                    positiveWeight[g] = 1;
                    negativeWeight[g] = 1;
                }
                if (sizes[g] > 0) {
                    groups.add(new Group(subgroups.names().get(g), label, positives[g], negatives, positiveWeight[g],
                            negativeWeight[g]));
                }
            }
            for (int i = 0; i < n; i++) {
                int g = subgroups.groupOf()[i];
                weights[i][l] = (float) (positive[i] ? positiveWeight[g] : negativeWeight[g]);
            }
        }
        return new GroupBalance(attribute, groups, weights);
    }

    /** The subgroups (and labels) that have only one class, whose images keep weight 1. */
    public List<Group> unbalanced() {
        return groups.stream().filter(g -> !g.balanced()).toList();
    }
}

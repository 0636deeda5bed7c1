package org.confounderlab.engine.training;

import java.util.Arrays;
import java.util.List;

/**
 * Online group distributionally robust optimisation (Sagawa, Koh, Hashimoto and Liang, "Distributionally robust neural
 * networks", ICLR 2020, Algorithm 1): a weight q_g per group (a confounder's subgroup × the label's class), all equal
 * at first; at every step each group present in the mini-batch raises its weight by its mean loss there, q_g ← q_g ·
 * exp(η · L_g), the weights are normalised, and the step minimises Σ_g q_g L_g. The trainer gets that as one loss weight
 * per example, w_i = B · q_g / n_g for the n_g images of group g among the batch's B, so that the batch's mean of
 * w_i ℓ_i is Σ_g q_g L_g. The weights carry over from step to step and epoch to epoch.
 *
 * @param groupOf each training image's group, 0 … {@code names.size() − 1}, in the training images' order
 * @param names the groups' names ("site A / positive")
 * @param stepSize η
 */
public record GroupDro(int[] groupOf, List<String> names, double stepSize) {

    public GroupDro {
        names = List.copyOf(names);
        for (int g : groupOf) {
            if (g < 0 || g >= names.size()) {
                throw new IllegalArgumentException("group " + g + " of " + names.size());
            }
        }
        if (!(stepSize > 0)) {
            throw new IllegalArgumentException("the group weights' step size must be positive, not " + stepSize);
        }
    }

    /** The changing part: the current group weights. */
    public State start() {
        double[] q = new double[names.size()];
        Arrays.fill(q, 1.0 / q.length);
        return new State(q);
    }

    /** The group weights q as they stand; {@link #step} updates them. */
    public final class State {

        private final double[] q;

        private State(double[] q) {
            this.q = q;
        }

        /** The weights q_g (a copy). */
        public double[] weights() {
            return q.clone();
        }

        /**
         * Updates q from the losses {@code losses[k]} of the batch's images {@code images[k]} and returns each image's
         * loss weight for the step.
         */
        public double[] step(int[] images, double[] losses) {
            int groups = q.length;
            double[] sum = new double[groups];
            int[] count = new int[groups];
            for (int k = 0; k < images.length; k++) {
                int g = groupOf[images[k]];
                sum[g] += losses[k];
                count[g]++;
            }
            double total = 0;
            for (int g = 0; g < groups; g++) {
                if (count[g] > 0) {
                    q[g] *= Math.exp(stepSize * sum[g] / count[g]);
                }
                total += q[g];
            }
            for (int g = 0; g < groups; g++) {
                q[g] /= total;
            }
            double[] weights = new double[images.length];
            for (int k = 0; k < images.length; k++) {
                int g = groupOf[images[k]];
                weights[k] = images.length * q[g] / count[g];
            }
            return weights;
        }
    }
}

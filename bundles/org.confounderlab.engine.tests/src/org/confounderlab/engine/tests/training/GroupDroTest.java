package org.confounderlab.engine.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.confounderlab.engine.training.GroupDro;
import org.junit.jupiter.api.Test;

/**
 * Online group DRO's weights, by Sagawa et al.'s Algorithm 1: uniform at first; a step raises each present group's q
 * by exp(η · its mean loss) and normalises; absent groups only renormalise; the example weights make the batch's mean
 * weighted loss equal Σ q_g L_g; a group that keeps losing more takes over.
 */
class GroupDroTest {

    @Test
    void theStepFollowsAlgorithmOne() {
        // images 0-3 in group 0, 4-5 in group 1, 6 in group 2
        GroupDro dro = new GroupDro(new int[] {0, 0, 0, 0, 1, 1, 2}, List.of("A/positive", "A/negative",
                "B/positive"), 0.5);
        GroupDro.State state = dro.start();
        assertEquals(1.0 / 3, state.weights()[2], 1e-15);
        int[] batch = {0, 1, 4, 5, 2};
        double[] losses = {0.2, 0.4, 1.0, 1.4, 0.3};
        double[] w = state.step(batch, losses);
        double l0 = (0.2 + 0.4 + 0.3) / 3;
        double l1 = (1.0 + 1.4) / 2;
        double q0 = Math.exp(0.5 * l0) / 3;
        double q1 = Math.exp(0.5 * l1) / 3;
        double q2 = 1.0 / 3;
        double total = q0 + q1 + q2;
        double[] q = state.weights();
        assertEquals(q0 / total, q[0], 1e-12);
        assertEquals(q1 / total, q[1], 1e-12);
        assertEquals(q2 / total, q[2], 1e-12, "group 2 was not in the batch: only renormalised");
        double weighted = 0;
        for (int k = 0; k < batch.length; k++) {
            weighted += w[k] * losses[k] / batch.length;
        }
        assertEquals(q[0] * l0 + q[1] * l1, weighted, 1e-12, "the batch's mean weighted loss is Σ q_g L_g");
        assertEquals(batch.length * q[1] / 2, w[2], 1e-12);
    }

    @Test
    void aGroupThatKeepsLosingMoreTakesOver() {
        GroupDro.State state = new GroupDro(new int[] {0, 1}, List.of("majority", "minority"), 0.01).start();
        for (int step = 0; step < 2000; step++) {
            state.step(new int[] {0, 1}, new double[] {0.1, 0.9});
        }
        assertTrue(state.weights()[1] > 0.99, "q = " + java.util.Arrays.toString(state.weights()));
    }

    @Test
    void badGroupsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GroupDro(new int[] {0, 2}, List.of("a", "b"), 0.01));
        assertThrows(IllegalArgumentException.class, () -> new GroupDro(new int[] {0, 1}, List.of("a", "b"), 0));
    }
}

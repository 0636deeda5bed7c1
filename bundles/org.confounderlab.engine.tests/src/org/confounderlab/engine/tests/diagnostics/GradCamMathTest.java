package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.diagnostics.GradCam;
import org.confounderlab.engine.diagnostics.HeatMap;
import org.confounderlab.engine.stats.SpearmanCorrelation;
import org.confounderlab.engine.training.LayerGradients;
import org.junit.jupiter.api.Test;

/** Grad-CAM's weighting, ReLU and resize; heat-map shares and the pointing game; Spearman's ρ against scipy. */
class GradCamMathTest {

    @Test
    void channelsAreWeightedByTheirMeanGradientAndNegativesCut() {
        // One image, two 2×2 channels: α = mean gradient = (1, -0.5).
        float[] activations = {1, 2, 3, 4, /* channel 2 */ 4, 0, 0, 8};
        float[] gradients = {1, 1, 1, 1, /* */ -0.5f, -0.5f, -0.5f, -0.5f};
        float[][] maps = GradCam.coarse(new LayerGradients(1, 2, 2, 2, activations, gradients));
        // 1·A1 − 0.5·A2 = (1−2, 2−0, 3−0, 4−4) → ReLU
        assertArrayEquals(new float[] {0, 2, 3, 0}, maps[0], 1e-6f);
    }

    @Test
    void resizingKeepsAConstantMapAndPutsAHotCellWhereItWas() {
        float[] activations = new float[16];
        activations[2 * 4 + 3] = 1; // row 2, column 3 of a 4×4 map
        float[] gradients = new float[16];
        java.util.Arrays.fill(gradients, 1);
        HeatMap map = GradCam.maps(new LayerGradients(1, 1, 4, 4, activations, gradients), 16)[0];
        int hottest = 0;
        for (int i = 0; i < map.values().length; i++) {
            hottest = map.values()[i] > map.values()[hottest] ? i : hottest;
        }
        assertEquals(2, hottest / 16 / 4, "row band");
        assertEquals(3, hottest % 16 / 4, "column band");
        float[] ones = new float[16];
        java.util.Arrays.fill(ones, 1);
        HeatMap flat = GradCam.maps(new LayerGradients(1, 1, 4, 4, ones, ones), 20)[0];
        for (float v : flat.values()) {
            assertEquals(1f, v, 1e-6f);
        }
    }

    @Test
    void sharesCountPixelsWhoseCentreIsInTheBox() {
        float[] values = new float[100];
        values[3 * 10 + 4] = 3; // (x 4, y 3)
        values[9 * 10 + 9] = 1;
        HeatMap map = new HeatMap(10, values);
        Box box = new Box(4, 3, 2, 2);
        assertEquals(0.75, map.shareInside(box), 1e-12);
        assertEquals(0.04, map.areaShare(box), 1e-12);
        assertTrue(map.pointsInto(box, 0));
        assertFalse(map.pointsInto(new Box(0, 0, 2, 2), 0));
        assertTrue(map.pointsInto(new Box(0, 0, 2, 2), 3), "within the tolerance");
        assertTrue(Double.isNaN(new HeatMap(2, new float[4]).shareInside(box)), "an all-zero map has no shares");
    }

    @Test
    void spearmanMatchesScipy() {
        // scipy.stats.spearmanr 1.10.1
        assertEquals(0.8207826816681233, SpearmanCorrelation.of(new double[] {1, 2, 3, 4, 5},
                new double[] {5, 6, 7, 8, 7}), 1e-12);
        assertEquals(0.9232476577353845, SpearmanCorrelation.of(new double[] {0, 0, 0, 1, 2, 2, 3},
                new double[] {1, 0, 0, 2, 2, 3, 3}), 1e-12);
        assertTrue(Double.isNaN(SpearmanCorrelation.of(new double[] {1, 1, 1}, new double[] {1, 2, 3})));
    }
}

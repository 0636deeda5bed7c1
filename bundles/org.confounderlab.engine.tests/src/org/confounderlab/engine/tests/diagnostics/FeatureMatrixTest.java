package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.confounderlab.engine.diagnostics.FeatureMatrix;
import org.confounderlab.engine.diagnostics.FeatureProbe;
import org.confounderlab.engine.diagnostics.ProbeResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Features kept in the heap or spilled to a file: the same float32 rows either way, the file removed on close, and a
 * probe on spilled features gives exactly the probe on the same values held as doubles.
 */
class FeatureMatrixTest {

    private static final int ROWS = 300;
    private static final int COLUMNS = 40;

    /** Rows whose first feature carries the target, the rest noise; a constant column too. */
    private static double[][] rows(boolean[] target) {
        SplittableRandom random = new SplittableRandom(5);
        double[][] rows = new double[ROWS][COLUMNS];
        for (int i = 0; i < ROWS; i++) {
            target[i] = i % 3 == 0;
            for (int j = 0; j < COLUMNS; j++) {
                rows[i][j] = j == 7 ? 2.5 : random.nextGaussian() + (j == 0 && target[i] ? 1.2 : 0);
            }
        }
        return rows;
    }

    private static FeatureMatrix build(double[][] rows, long limit, Path file) throws Exception {
        FeatureMatrix.Builder builder = FeatureMatrix.builder(rows.length, limit, file);
        for (double[] row : rows) {
            builder.add(row);
        }
        return builder.build();
    }

    @Test
    void spilledAndHeapRowsAreTheSameFloats(@TempDir Path folder) throws Exception {
        double[][] rows = rows(new boolean[ROWS]);
        Path file = folder.resolve("features.f32");
        try (FeatureMatrix heap = build(rows, Long.MAX_VALUE, file);
                FeatureMatrix spilled = build(rows, 1000, file)) {
            assertFalse(heap.spilled());
            assertTrue(spilled.spilled());
            assertEquals(4L * ROWS * COLUMNS, Files.size(file));
            double[] a = new double[COLUMNS];
            double[] b = new double[COLUMNS];
            for (int i = 0; i < ROWS; i++) {
                heap.row(i, a);
                spilled.row(i, b);
                assertArrayEquals(a, b, 0.0, "row " + i);
                assertEquals((float) rows[i][3], (float) b[3], 0.0f);
            }
            assertThrows(IndexOutOfBoundsException.class, () -> spilled.row(ROWS, b));
        }
        assertFalse(Files.exists(file), "closing removes the spill file");
    }

    @Test
    void aProbeOnSpilledFeaturesEqualsTheProbeOnTheSameValuesInTheHeap(@TempDir Path folder) throws Exception {
        boolean[] target = new boolean[ROWS];
        double[][] rows = rows(target);
        double[][] asFloats = new double[ROWS][COLUMNS];
        for (int i = 0; i < ROWS; i++) {
            for (int j = 0; j < COLUMNS; j++) {
                asFloats[i][j] = (float) rows[i][j];
            }
        }
        ProbeResult reference = FeatureProbe.probe(asFloats, target, 5, 11, 0.05);
        try (FeatureMatrix spilled = build(rows, 0, folder.resolve("f.f32"))) {
            assertTrue(spilled.spilled());
            ProbeResult probe = FeatureProbe.probe(spilled, target, 5, 11, 0.05);
            assertEquals(reference.auc(), probe.auc(), 0.0);
            assertEquals(reference.ciLower(), probe.ciLower(), 0.0);
            assertArrayEquals(reference.outOfFoldProbabilities(), probe.outOfFoldProbabilities(), 0.0);
        }
        assertTrue(reference.auc() > 0.7, "the planted feature is found: " + reference.auc());
    }

    @Test
    void rowsOfAnotherWidthAreRefused() throws Exception {
        FeatureMatrix.Builder builder = FeatureMatrix.builder(2, Long.MAX_VALUE, null).add(new double[3]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.add(new double[4]));
        assertTrue(e.getMessage().contains("row 1 has 4 features"), e.getMessage());
        assertThrows(IllegalStateException.class, builder::build);
    }
}

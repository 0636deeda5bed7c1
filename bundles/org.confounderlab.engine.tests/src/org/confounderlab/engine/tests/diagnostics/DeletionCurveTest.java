package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.confounderlab.engine.diagnostics.DeletionCurve;
import org.confounderlab.engine.diagnostics.HeatMap;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.junit.jupiter.api.Test;

/**
 * The deletion test on a model whose score is the brightness of one 8 × 8 corner of a 32 × 32 image (a real, if
 * simple, classifier): a map hot on that corner takes the score away at once when its pixels go first, far faster
 * than random removal (difference well above 0, interval too); a map hot on the opposite corner is no better than
 * random; the curves start at 1 and end where every pixel is the image's mean.
 */
class DeletionCurveTest {

    private static final int SIZE = 32;

    /** sigmoid(4 · (mean of the top-left 8 × 8 pixels − 0.5)). */
    private static final class CornerBrightness implements ImageClassifier {
        @Override
        public List<String> labels() {
            return List.of("finding");
        }

        @Override
        public double[][] predict(TensorBatch batch) {
            double[][] scores = new double[batch.count()][1];
            for (int i = 0; i < batch.count(); i++) {
                double sum = 0;
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        sum += batch.tensors()[i * SIZE * SIZE + y * SIZE + x];
                    }
                }
                scores[i][0] = 1 / (1 + Math.exp(-4 * (sum / 64 - 0.5)));
            }
            return scores;
        }

        @Override
        public void save(Path file) {
            throw new UnsupportedOperationException("a test model");
        }
    }

    private static HeatMap hotAt(int x0, int y0) {
        float[] values = new float[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                boolean inside = x >= x0 && x < x0 + 8 && y >= y0 && y < y0 + 8;
                values[y * SIZE + x] = inside ? 1f + 0.01f * (x + y) : 0.001f * (x + y);
            }
        }
        return new HeatMap(SIZE, values);
    }

    @Test
    void aMapOnWhatTheModelReadsBeatsRandomRemovalAndAMapElsewhereDoesNot() {
        int n = 12;
        float[] tensors = new float[n * SIZE * SIZE];
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < SIZE * SIZE; p++) {
                int x = p % SIZE;
                int y = p / SIZE;
                tensors[i * SIZE * SIZE + p] = (float) (x < 8 && y < 8 ? 0.9 + 0.1 * random.nextDouble()
                        : 0.3 * random.nextDouble());
            }
        }
        TensorBatch batch = new TensorBatch(tensors, new float[n][1], n, 1, SIZE, List.of("finding"));
        HeatMap[] onCorner = new HeatMap[n];
        HeatMap[] elsewhere = new HeatMap[n];
        for (int i = 0; i < n; i++) {
            onCorner[i] = hotAt(0, 0);
            elsewhere[i] = hotAt(24, 24);
        }
        CornerBrightness model = new CornerBrightness();
        DeletionCurve faithful = DeletionCurve.of(model, batch, onCorner, 0, 10, 0.95, 500, 1);
        DeletionCurve unfaithful = DeletionCurve.of(model, batch, elsewhere, 0, 10, 0.95, 500, 1);
        System.out.printf("DeletionCurveTest: area %.3f (map on the corner) / %.3f (map elsewhere) against %.3f "
                + "(random)%n", faithful.mapArea(), unfaithful.mapArea(), faithful.randomArea());
        assertEquals(1.0, faithful.mapCurve()[0], 0);
        assertEquals(11, faithful.mapCurve().length);
        assertEquals(faithful.mapCurve()[10], faithful.randomCurve()[10], 1e-9, "all removed: the same image");
        assertTrue(faithful.difference() > 0.1 && faithful.lower() > 0, faithful.toString());
        assertTrue(unfaithful.difference() < 0 && unfaithful.lower() < 0, unfaithful.toString());
        assertEquals(faithful.randomArea(), unfaithful.randomArea(), 1e-12, "the same random orders");
    }
}

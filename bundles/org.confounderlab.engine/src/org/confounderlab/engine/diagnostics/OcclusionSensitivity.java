package org.confounderlab.engine.diagnostics;

import java.util.Arrays;

import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;

/**
 * Occlusion sensitivity (Zeiler &amp; Fergus 2014), the model-agnostic check on Grad-CAM: a black square slides over
 * the image on a grid, and each cell's heat is how much the label's probability drops when that cell is covered
 * (no rise counts as 0). Needs only predictions, so it works for any backend.
 */
public final class OcclusionSensitivity {

    private final ImageClassifier classifier;
    private final int grid;

    /** Covers the image in {@code grid × grid} cells, one at a time. */
    public OcclusionSensitivity(ImageClassifier classifier, int grid) {
        if (grid < 2) {
            throw new IllegalArgumentException("the occlusion grid needs at least 2×2 cells, got " + grid);
        }
        this.classifier = classifier;
        this.grid = grid;
    }

    /** One map per image of {@code batch} for label {@code label}. */
    public HeatMap[] maps(TensorBatch batch, int label) {
        int size = batch.size();
        int length = batch.tensorLength();
        HeatMap[] maps = new HeatMap[batch.count()];
        double[][] original = classifier.predict(batch);
        int cells = grid * grid;
        for (int i = 0; i < batch.count(); i++) {
            float[] tensors = new float[cells * length];
            for (int cell = 0; cell < cells; cell++) {
                System.arraycopy(batch.tensors(), i * length, tensors, cell * length, length);
                int[] r = cell(cell, size);
                for (int c = 0; c < batch.channels(); c++) {
                    for (int y = r[1]; y < r[3]; y++) {
                        Arrays.fill(tensors, cell * length + c * size * size + y * size + r[0],
                                cell * length + c * size * size + y * size + r[2], 0f);
                    }
                }
            }
            double[][] occluded = classifier.predict(new TensorBatch(tensors, new float[cells][batch.labels().size()],
                    cells, batch.channels(), size, batch.labels()));
            float[] values = new float[size * size];
            for (int cell = 0; cell < cells; cell++) {
                float drop = (float) Math.max(0, original[i][label] - occluded[cell][label]);
                int[] r = cell(cell, size);
                for (int y = r[1]; y < r[3]; y++) {
                    Arrays.fill(values, y * size + r[0], y * size + r[2], drop);
                }
            }
            maps[i] = new HeatMap(size, values);
        }
        return maps;
    }

    /** Columns x0..x1-1 and rows y0..y1-1 of a grid cell. */
    private int[] cell(int cell, int size) {
        int gx = cell % grid;
        int gy = cell / grid;
        return new int[] {gx * size / grid, gy * size / grid, (gx + 1) * size / grid, (gy + 1) * size / grid};
    }
}

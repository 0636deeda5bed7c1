package org.confounderlab.engine.diagnostics;

import org.confounderlab.engine.training.LayerGradients;

/**
 * Grad-CAM (Selvaraju et al. 2017): per image, the feature maps of a layer weighted by the spatial mean of the
 * label logit's gradient, summed over channels, passed through ReLU, and resized bilinearly to the model input.
 */
public final class GradCam {

    private GradCam() {
    }

    /** The coarse maps {@code [image][row * width + column]} at the layer's own resolution. */
    public static float[][] coarse(LayerGradients layer) {
        int hw = layer.height() * layer.width();
        float[][] maps = new float[layer.count()][hw];
        float[] a = layer.activations();
        float[] g = layer.gradients();
        for (int i = 0; i < layer.count(); i++) {
            int base = i * layer.imageLength();
            float[] map = maps[i];
            for (int c = 0; c < layer.channels(); c++) {
                int offset = base + c * hw;
                double alpha = 0;
                for (int p = 0; p < hw; p++) {
                    alpha += g[offset + p];
                }
                alpha /= hw;
                for (int p = 0; p < hw; p++) {
                    map[p] += (float) (alpha * a[offset + p]);
                }
            }
            for (int p = 0; p < hw; p++) {
                map[p] = Math.max(0f, map[p]);
            }
        }
        return maps;
    }

    /** The maps at input resolution. */
    public static HeatMap[] maps(LayerGradients layer, int inputSize) {
        float[][] coarse = coarse(layer);
        HeatMap[] maps = new HeatMap[coarse.length];
        for (int i = 0; i < coarse.length; i++) {
            maps[i] = new HeatMap(inputSize, resize(coarse[i], layer.width(), layer.height(), inputSize));
        }
        return maps;
    }

    /** Bilinear resize of a {@code width × height} map to {@code size × size}, pixel centres aligned. */
    static float[] resize(float[] map, int width, int height, int size) {
        float[] out = new float[size * size];
        // Separable: each column's source columns and weight are the same on every row (worked out once).
        int[] left = new int[size];
        int[] right = new int[size];
        double[] weight = new double[size];
        for (int x = 0; x < size; x++) {
            double sx = Math.max(0, Math.min(width - 1, (x + 0.5) * width / size - 0.5));
            left[x] = (int) sx;
            right[x] = Math.min(width - 1, left[x] + 1);
            weight[x] = sx - left[x];
        }
        for (int y = 0; y < size; y++) {
            double sy = Math.max(0, Math.min(height - 1, (y + 0.5) * height / size - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(height - 1, y0 + 1);
            double fy = sy - y0;
            int row = y0 * width;
            int nextRow = y1 * width;
            for (int x = 0; x < size; x++) {
                double fx = weight[x];
                double top = map[row + left[x]] * (1 - fx) + map[row + right[x]] * fx;
                double bottom = map[nextRow + left[x]] * (1 - fx) + map[nextRow + right[x]] * fx;
                out[y * size + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }
}

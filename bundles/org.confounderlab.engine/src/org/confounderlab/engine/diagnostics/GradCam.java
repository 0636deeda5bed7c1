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
        for (int y = 0; y < size; y++) {
            double sy = Math.max(0, Math.min(height - 1, (y + 0.5) * height / size - 0.5));
            int y0 = (int) sy;
            int y1 = Math.min(height - 1, y0 + 1);
            double fy = sy - y0;
            for (int x = 0; x < size; x++) {
                double sx = Math.max(0, Math.min(width - 1, (x + 0.5) * width / size - 0.5));
                int x0 = (int) sx;
                int x1 = Math.min(width - 1, x0 + 1);
                double fx = sx - x0;
                double top = map[y0 * width + x0] * (1 - fx) + map[y0 * width + x1] * fx;
                double bottom = map[y1 * width + x0] * (1 - fx) + map[y1 * width + x1] * fx;
                out[y * size + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }
}

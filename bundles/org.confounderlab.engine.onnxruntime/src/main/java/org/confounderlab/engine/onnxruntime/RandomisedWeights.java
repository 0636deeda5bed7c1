package org.confounderlab.engine.onnxruntime;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.onnx.OnnxModel;
import org.confounderlab.engine.onnx.OnnxTensor;

/**
 * New values for a model's weights, for the model-randomisation sanity check of heat maps (Adebayo et al. 2018):
 * every float initialiser of rank 2 or more (convolution kernels, linear layers, with any batch norm PyTorch folded
 * into them) is drawn afresh from a normal distribution with its own standard deviation, so the network keeps its
 * scale but forgets what it learned. Biases and other vectors are kept. Seeded, so a run repeats.
 */
final class RandomisedWeights {

    private RandomisedWeights() {
    }

    /** The re-drawn initialisers of {@code model}, by name. */
    static Map<String, float[]> of(OnnxModel model, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, float[]> values = new LinkedHashMap<>();
        for (String name : model.floatInitializers()) {
            OnnxTensor tensor = model.initializer(name);
            if (tensor == null || tensor.dims().length < 2 || tensor.values().length < 2) {
                continue;
            }
            float[] old = tensor.values();
            double mean = 0;
            for (float v : old) {
                mean += v;
            }
            mean /= old.length;
            double variance = 0;
            for (float v : old) {
                variance += (v - mean) * (v - mean);
            }
            double std = Math.sqrt(variance / old.length);
            if (!(std > 0)) {
                std = 0.01;
            }
            float[] fresh = new float[old.length];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = (float) (gaussian(random) * std);
            }
            values.put(name, fresh);
        }
        return values;
    }

    /** A standard normal draw (Box–Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}

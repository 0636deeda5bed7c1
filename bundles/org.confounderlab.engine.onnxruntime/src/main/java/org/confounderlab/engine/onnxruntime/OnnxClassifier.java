package org.confounderlab.engine.onnxruntime;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.confounderlab.engine.onnx.ClassifierHead;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.LayerGradients;
import org.confounderlab.engine.training.TensorBatch;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * An ONNX model as the diagnostics see it, run by ONNX Runtime: probabilities from its output (logits through the
 * experiment's activation, or its own probabilities), penultimate features from a value added as a graph output,
 * and, for a head of global average pooling and a linear layer, Grad-CAM at the pooled feature maps with the exact
 * gradient: d logit_c / d A_kij = W[c][k] / (H·W). Without such a head it offers no Grad-CAM layer and the saliency
 * analysis falls back to occlusion.
 */
public final class OnnxClassifier implements InspectableClassifier {

    /** Seed of {@link #randomised()}'s weights. */
    static final long RANDOMISATION_SEED = 20180927L;

    private final OnnxSession opened;
    private final List<String> labels;
    private final int[] columns;
    private final ScoreKind scores;
    private final String features;
    private final ClassifierHead head;
    private final Map<String, OrtSession> valueSessions = new ConcurrentHashMap<>();

    OnnxClassifier(OnnxSession opened, List<String> labels, int[] columns, ScoreKind scores, String features,
            ClassifierHead head) {
        this.opened = opened;
        this.labels = List.copyOf(labels);
        this.columns = columns.clone();
        this.scores = scores;
        this.features = features;
        this.head = head;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[][] predict(TensorBatch batch) {
        double[][] out = new double[batch.count()][];
        int[] next = {0};
        run(opened.session(), batch, opened.output(), (values, shape, n) -> {
            int k = (int) shape[1];
            float[] row = new float[k];
            for (int i = 0; i < n; i++) {
                System.arraycopy(values, i * k, row, 0, k);
                out[next[0]++] = scores.probabilities(row, columns);
            }
        });
        return out;
    }

    @Override
    public List<String> camLayers() {
        return head == null ? List.of() : List.of(head.featureMaps());
    }

    @Override
    public double[][] features(TensorBatch batch) {
        double[][] out = new double[batch.count()][];
        int[] next = {0};
        run(opened.session(), batch, features, (values, shape, n) -> {
            FeatureMaps maps = shape.length == 4 ? FeatureMaps.of(values, shape, n, opened.channelsLast(features))
                    : null;
            int width = maps != null ? maps.channels() : (int) (values.length / shape[0]);
            for (int i = 0; i < n; i++) {
                double[] row = new double[width];
                if (maps != null) {
                    row = maps.spatialMeans(i);
                } else {
                    for (int f = 0; f < width; f++) {
                        row[f] = values[i * width + f];
                    }
                }
                out[next[0]++] = row;
            }
        });
        return out;
    }

    @Override
    public LayerGradients gradients(TensorBatch batch, String layer, int label) {
        if (head == null || !head.featureMaps().equals(layer)) {
            throw new IllegalArgumentException("Grad-CAM needs the feature maps the global average pooling reads; "
                    + "this model offers " + camLayers() + ", not " + layer);
        }
        float[][] parts = new float[1][];
        int[] dims = new int[3];
        int[] next = {0};
        run(opened.session(), batch, layer, (values, shape, n) -> {
            FeatureMaps maps = FeatureMaps.of(values, shape, n, opened.channelsLast(layer));
            if (parts[0] == null) {
                dims[0] = maps.channels();
                dims[1] = maps.height();
                dims[2] = maps.width();
                parts[0] = new float[batch.count() * maps.imageLength()];
            }
            System.arraycopy(maps.values(), 0, parts[0], next[0] * maps.imageLength(), n * maps.imageLength());
            next[0] += n;
        });
        int channels = dims[0];
        int hw = dims[1] * dims[2];
        float[] activations = parts[0];
        float[] gradients = new float[activations.length];
        float[] weights = head.weight()[columns[label]];
        for (int i = 0; i < batch.count(); i++) {
            for (int c = 0; c < channels; c++) {
                java.util.Arrays.fill(gradients, (i * channels + c) * hw, (i * channels + c + 1) * hw,
                        weights[c] / hw);
            }
        }
        return new LayerGradients(batch.count(), channels, dims[1], dims[2], activations, gradients);
    }

    /**
     * The values of {@code value}, any value of the graph, for the batch's images, as ONNX Runtime computes them:
     * {@code [image][...]} back to back, with the shape.
     *
     * @throws IllegalArgumentException when the graph has no such value
     */
    public Activations activations(TensorBatch batch, String value) {
        OrtSession session = valueSessions.computeIfAbsent(value, opened::sessionWith);
        float[][] parts = new float[batch.count()][];
        long[][] shapeOf = new long[1][];
        int[] next = {0};
        run(session, batch, value, (values, shape, n) -> {
            int each = (int) (values.length / shape[0]);
            for (int i = 0; i < n; i++) {
                parts[next[0]++] = java.util.Arrays.copyOfRange(values, i * each, (i + 1) * each);
            }
            shapeOf[0] = shape.clone();
        });
        long[] shape = shapeOf[0];
        shape[0] = batch.count();
        int each = parts.length == 0 ? 0 : parts[0].length;
        float[] all = new float[parts.length * each];
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, all, i * each, each);
        }
        return new Activations(shape, all);
    }

    /** A value's contents for a batch: {@code shape[0]} images. */
    public record Activations(long[] shape, float[] values) {
    }

    @Override
    public InspectableClassifier randomised() {
        return opened.randomised(RandomisedWeights.of(opened.model(), RANDOMISATION_SEED), labels, columns, scores,
                features);
    }

    /** An ONNX model is audited as it was trained elsewhere: its final layer is not re-fitted here. */
    @Override
    public InspectableClassifier withReadout(double[][] weights, double[] bias) {
        throw new UnsupportedOperationException("An ONNX model trained elsewhere is audited as it is; its final layer "
                + "cannot be re-fitted here (last-layer re-training needs a model trained by Confounder Lab)");
    }

    /** Writes the ONNX file the model was read from. */
    @Override
    public void save(Path file) throws IOException {
        Files.write(file, opened.model().bytes());
    }

    /** What to do with one output chunk: {@code n} images' values of the given shape. */
    @FunctionalInterface
    private interface Chunk {
        void accept(float[] values, long[] shape, int n);
    }

    /** Runs {@code session} on the batch's images, chunk by chunk, handing each chunk's {@code value} on. */
    private void run(OrtSession session, TensorBatch batch, String value, Chunk chunk) {
        ImageInput input = opened.input();
        int step = input.chunk(batch.count());
        for (int from = 0; from < batch.count(); from += step) {
            int n = Math.min(step, batch.count() - from);
            try (OnnxTensor tensor = input.tensor(opened.environment(), batch, from, n);
                    OrtSession.Result result = session.run(Map.of(input.name(), tensor), Set.of(value))) {
                OnnxValue out = result.get(value).orElseThrow(() -> new IllegalStateException(
                        opened.file() + ": ONNX Runtime returned no value " + value));
                if (!(out instanceof OnnxTensor tensorOut)) {
                    throw new IllegalStateException(opened.file() + ": the value " + value + " is not a tensor");
                }
                long[] shape = tensorOut.getInfo().getShape();
                FloatBuffer buffer = tensorOut.getFloatBuffer();
                if (buffer == null) {
                    throw new IllegalStateException(opened.file() + ": the value " + value + " is "
                            + tensorOut.getInfo().type + ", not float");
                }
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                int each = (int) (values.length / Math.max(1, shape[0]));
                chunk.accept(java.util.Arrays.copyOf(values, n * each), shape, n);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime failed on " + opened.file() + " computing " + value
                        + ": " + e.getMessage(), e);
            }
        }
    }
}

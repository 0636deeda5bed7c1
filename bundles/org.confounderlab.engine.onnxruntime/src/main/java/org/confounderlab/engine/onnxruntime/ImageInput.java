package org.confounderlab.engine.onnxruntime;

import java.nio.FloatBuffer;

import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.model.experiment.TensorLayout;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

/**
 * The model's image input: its name, the order of its dimensions, and the batch size it was exported with when that
 * is fixed. Turns the engine's channel-major tensors into ONNX Runtime tensors of that layout, {@link #fixedBatch}
 * images at a time (the last chunk padded with zeros) when the batch is fixed.
 *
 * @param name       the input's name in the graph
 * @param layout     NCHW (PyTorch) or NHWC (TensorFlow, Keras)
 * @param fixedBatch the batch dimension the file fixes, or 0 when it is dynamic
 */
record ImageInput(String name, TensorLayout layout, int fixedBatch) {

    /**
     * Images per call with a dynamic batch: ONNX Runtime's arena keeps the largest activations it ever held, and a
     * DenseNet-121 at 224² holds about 40 MB per image in flight.
     */
    static final int DYNAMIC_CHUNK = 16;

    /** Images per call for {@code count} images: up to {@link #DYNAMIC_CHUNK} of them, or the fixed batch. */
    int chunk(int count) {
        return fixedBatch > 0 ? fixedBatch : Math.max(1, Math.min(count, DYNAMIC_CHUNK));
    }

    /**
     * Images {@code from} to {@code from + n - 1} of {@code batch} as a tensor of {@link #chunk} images (zero images
     * after the batch's last when the batch size is fixed).
     */
    OnnxTensor tensor(OrtEnvironment environment, TensorBatch batch, int from, int n) throws OrtException {
        int images = fixedBatch > 0 ? fixedBatch : n;
        int channels = batch.channels();
        int size = batch.size();
        int length = batch.tensorLength();
        float[] data = new float[images * length];
        if (layout == TensorLayout.NHWC) {
            int plane = size * size;
            for (int i = 0; i < n; i++) {
                int source = (from + i) * length;
                int target = i * length;
                for (int c = 0; c < channels; c++) {
                    for (int p = 0; p < plane; p++) {
                        data[target + p * channels + c] = batch.tensors()[source + c * plane + p];
                    }
                }
            }
            return OnnxTensor.createTensor(environment, FloatBuffer.wrap(data), new long[] {images, size, size,
                    channels});
        }
        System.arraycopy(batch.tensors(), from * length, data, 0, n * length);
        return OnnxTensor.createTensor(environment, FloatBuffer.wrap(data), new long[] {images, channels, size, size});
    }
}

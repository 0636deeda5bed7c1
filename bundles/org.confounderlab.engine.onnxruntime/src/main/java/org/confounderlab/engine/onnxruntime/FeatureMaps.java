package org.confounderlab.engine.onnxruntime;

/**
 * A chunk of 4-D feature maps rearranged channel-major, {@code [image][channel][row][column]}, from a value that is
 * NCHW (PyTorch) or NHWC (TensorFlow).
 */
record FeatureMaps(int count, int channels, int height, int width, float[] values) {

    static FeatureMaps of(float[] values, long[] shape, int count, boolean channelsLast) {
        int channels = (int) (channelsLast ? shape[3] : shape[1]);
        int height = (int) (channelsLast ? shape[1] : shape[2]);
        int width = (int) (channelsLast ? shape[2] : shape[3]);
        if (!channelsLast) {
            return new FeatureMaps(count, channels, height, width, values);
        }
        int hw = height * width;
        float[] out = new float[count * channels * hw];
        for (int i = 0; i < count; i++) {
            int base = i * channels * hw;
            for (int p = 0; p < hw; p++) {
                for (int c = 0; c < channels; c++) {
                    out[base + c * hw + p] = values[base + p * channels + c];
                }
            }
        }
        return new FeatureMaps(count, channels, height, width, out);
    }

    int imageLength() {
        return channels * height * width;
    }

    /** The global average of each channel of image {@code i}. */
    double[] spatialMeans(int i) {
        int hw = height * width;
        double[] means = new double[channels];
        for (int c = 0; c < channels; c++) {
            double sum = 0;
            int offset = i * imageLength() + c * hw;
            for (int p = 0; p < hw; p++) {
                sum += values[offset + p];
            }
            means[c] = sum / hw;
        }
        return means;
    }
}

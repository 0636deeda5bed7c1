package org.confounderlab.engine.image;

import java.util.Arrays;

/**
 * Per-channel standardisation {@code (value - mean) / std}, as torchvision's {@code Normalize}.
 *
 * @param mean one mean per channel (a single value is used for every channel)
 * @param std  one standard deviation per channel, positive
 */
public record ChannelStandardisation(float[] mean, float[] std) implements Normalisation {

    public ChannelStandardisation {
        if (mean.length == 0 || mean.length != std.length) {
            throw new IllegalArgumentException("mean and std need the same, non-zero number of channels");
        }
        for (float s : std) {
            if (!(s > 0)) {
                throw new IllegalArgumentException("std must be positive, got " + Arrays.toString(std));
            }
        }
        mean = mean.clone();
        std = std.clone();
    }

    @Override
    public void applyInPlace(float[] data, int planeSize, int channels) {
        if (mean.length != 1 && mean.length != channels) {
            throw new IllegalArgumentException("normalisation has " + mean.length + " channels, image " + channels);
        }
        for (int c = 0; c < channels; c++) {
            float m = mean[mean.length == 1 ? 0 : c];
            float s = std[std.length == 1 ? 0 : c];
            for (int i = c * planeSize; i < (c + 1) * planeSize; i++) {
                data[i] = (data[i] - m) / s;
            }
        }
    }

    @Override
    public float[] mean() {
        return mean.clone();
    }

    @Override
    public float[] std() {
        return std.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChannelStandardisation n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String describe() {
        if (mean.length == 1 && mean[0] == 0f && std[0] == 1f) {
            return "none";
        }
        return "(x − mean) / std with mean " + values(mean) + ", std " + values(std);
    }

    private static String values(float[] values) {
        StringBuilder text = new StringBuilder(values.length == 1 ? "" : "(");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.6g", values[i])
                    .replaceAll("\\.?0+$", ""));
        }
        return text.append(values.length == 1 ? "" : ")").toString();
    }

    @Override
    public String toString() {
        return "ChannelStandardisation[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}

package org.confounderlab.engine.image;

import java.util.Arrays;

/**
 * Per-channel standardisation {@code (value - mean) / std}.
 *
 * @param mean one mean per channel (a single value is used for every channel)
 * @param std  one standard deviation per channel, positive
 */
public record Normalisation(float[] mean, float[] std) {

    /** ImageNet statistics, for pretrained RGB backbones. */
    public static final Normalisation IMAGENET = new Normalisation(new float[] {0.485f, 0.456f, 0.406f},
            new float[] {0.229f, 0.224f, 0.225f});

    /** Leaves values unchanged. */
    public static final Normalisation IDENTITY = new Normalisation(new float[] {0f}, new float[] {1f});

    public Normalisation {
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

    /** The same mean and std for every channel. */
    public static Normalisation of(float mean, float std) {
        return new Normalisation(new float[] {mean}, new float[] {std});
    }

    /** A normalised copy. */
    public FloatImage apply(FloatImage image) {
        FloatImage out = image.copy();
        applyInPlace(out.data(), image.width() * image.height(), image.channels());
        return out;
    }

    /** Normalises a CHW tensor in place. */
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
        return other instanceof Normalisation n && Arrays.equals(mean, n.mean) && Arrays.equals(std, n.std);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
    }

    @Override
    public String toString() {
        return "Normalisation[mean=" + Arrays.toString(mean) + ", std=" + Arrays.toString(std) + "]";
    }
}

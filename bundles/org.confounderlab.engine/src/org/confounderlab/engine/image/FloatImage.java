package org.confounderlab.engine.image;

import java.util.Arrays;

/**
 * An image of floats in 0..1, channel-planar ({@code data[c * width * height + y * width + x]}) so that it can be
 * handed to a model as a CHW tensor without copying.
 */
public final class FloatImage {

    private final int width;
    private final int height;
    private final int channels;
    private final float[] data;

    /** Wraps the given data (not copied). */
    public FloatImage(int width, int height, int channels, float[] data) {
        if (width <= 0 || height <= 0 || channels <= 0) {
            throw new IllegalArgumentException(
                    "image size must be positive, got " + width + "×" + height + "×" + channels);
        }
        if (data.length != (long) width * height * channels) {
            throw new IllegalArgumentException("data length " + data.length + " does not match " + width + "×" + height
                    + "×" + channels);
        }
        this.width = width;
        this.height = height;
        this.channels = channels;
        this.data = data;
    }

    /** A new image filled with one value. */
    public static FloatImage filled(int width, int height, int channels, float value) {
        float[] data = new float[width * height * channels];
        Arrays.fill(data, value);
        return new FloatImage(width, height, channels, data);
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** Number of channels (1 gray, 3 RGB). */
    public int channels() {
        return channels;
    }

    /** The backing array (not a copy). */
    public float[] data() {
        return data;
    }

    /** The value at one pixel of one channel. */
    public float get(int x, int y, int channel) {
        return data[index(x, y, channel)];
    }

    /** Sets the value at one pixel of one channel. */
    public void set(int x, int y, int channel, float value) {
        data[index(x, y, channel)] = value;
    }

    /** Index into {@link #data()} of one pixel of one channel. */
    public int index(int x, int y, int channel) {
        return (channel * height + y) * width + x;
    }

    /** A deep copy. */
    public FloatImage copy() {
        return new FloatImage(width, height, channels, data.clone());
    }

    /** The mean of one channel. */
    public double mean(int channel) {
        int plane = width * height;
        double sum = 0;
        for (int i = channel * plane; i < (channel + 1) * plane; i++) {
            sum += data[i];
        }
        return sum / plane;
    }
}

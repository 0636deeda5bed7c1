package org.confounderlab.engine.training;

/**
 * A layer's activations and the gradient of one label's logit with respect to them, for {@code count} images:
 * {@code [image][channel][row][column]} back to back in both arrays.
 *
 * @param count       images
 * @param channels    feature maps
 * @param height      rows of a feature map
 * @param width       columns of a feature map
 * @param activations the layer's output
 * @param gradients   d logit / d activation, same layout
 */
public record LayerGradients(int count, int channels, int height, int width, float[] activations, float[] gradients) {

    public LayerGradients {
        long length = (long) count * channels * height * width;
        if (activations.length != length || gradients.length != length) {
            throw new IllegalArgumentException("arrays do not match " + count + "×" + channels + "×" + height + "×"
                    + width);
        }
    }

    /** Values per image. */
    public int imageLength() {
        return channels * height * width;
    }
}

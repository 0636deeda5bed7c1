package org.confounderlab.engine.image;

/**
 * The last step of turning an image into a model input: pixel values in [0, 1] standardised the way the model's
 * weights expect. Applied after every change to the pixels (a counterfactual's fill, a train-time cover,
 * augmentation), so a masked box is filled in the image's own value range and then normalised like the rest.
 */
public sealed interface Normalisation permits ChannelStandardisation, PerImageStandardisation {

    /** Leaves values unchanged. */
    Normalisation IDENTITY = of(0f, 1f);

    /** torchvision's ImageNet statistics, for pretrained RGB backbones. */
    Normalisation IMAGENET = new ChannelStandardisation(new float[] {0.485f, 0.456f, 0.406f},
            new float[] {0.229f, 0.224f, 0.225f});

    /**
     * ImageNet statistics for a gray model: the means of the three channels' means and standard deviations, so that
     * a gray model whose first convolution is the sum of an RGB one over its channels sees exactly what the RGB one
     * sees when the gray image is given as three equal channels.
     */
    Normalisation IMAGENET_GRAY = of(0.449f, 0.226f);

    /** TorchXRayVision's scaling of [0, 1] to [−1024, 1024]: {@code (2x − 1) · 1024}. */
    Normalisation TORCHXRAYVISION = of(0.5f, 0.5f / 1024f);

    /** The same mean and std for every channel. */
    static Normalisation of(float mean, float std) {
        return new ChannelStandardisation(new float[] {mean}, new float[] {std});
    }

    /** Normalises a CHW tensor of {@code channels} planes of {@code planeSize} values in place. */
    void applyInPlace(float[] data, int planeSize, int channels);

    /** A normalised copy. */
    default FloatImage apply(FloatImage image) {
        FloatImage out = image.copy();
        applyInPlace(out.data(), image.width() * image.height(), image.channels());
        return out;
    }

    /** What it does, in words, for the run's record and report. */
    String describe();
}

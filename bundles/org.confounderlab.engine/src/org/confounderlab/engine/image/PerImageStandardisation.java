package org.confounderlab.engine.image;

/**
 * Each image standardised by its own mean and standard deviation over all its pixels and channels, so that a
 * scanner's global brightness and contrast do not reach the model. A constant image becomes zeros.
 */
public record PerImageStandardisation() implements Normalisation {

    @Override
    public void applyInPlace(float[] data, int planeSize, int channels) {
        int n = planeSize * channels;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += data[i];
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = data[i] - mean;
            squares += d * d;
        }
        double std = Math.sqrt(squares / n);
        float scale = std > 1e-6 ? (float) (1 / std) : 0f;
        for (int i = 0; i < n; i++) {
            data[i] = (float) (data[i] - mean) * scale;
        }
    }

    @Override
    public String describe() {
        return "per image: (x − the image's mean) / the image's std";
    }
}

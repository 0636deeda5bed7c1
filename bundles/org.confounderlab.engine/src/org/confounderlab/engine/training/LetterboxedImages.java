package org.confounderlab.engine.training;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.Normalisation;

/**
 * Images decoded and letterboxed to the model input once, before normalisation, with each image's regions in input
 * pixels: the counterfactual evaluation makes every variant (original, masked, region only, random box) from these
 * copies instead of decoding the files again per variant. {@link #variant} gives exactly the batch that
 * {@link TensorLoader#load(List, List, ImageIntervention, java.util.function.Function, long)} gives.
 */
public final class LetterboxedImages {

    private final float[] inputs;
    private final float[][] targets;
    private final List<Map<String, Box>> regions;
    private final int count;
    private final int channels;
    private final int size;
    private final List<String> labels;
    private final Normalisation normalisation;

    LetterboxedImages(float[] inputs, float[][] targets, List<Map<String, Box>> regions, int channels, int size,
            List<String> labels, Normalisation normalisation) {
        this.inputs = inputs;
        this.targets = targets;
        this.regions = List.copyOf(regions);
        this.count = targets.length;
        this.channels = channels;
        this.size = size;
        this.labels = List.copyOf(labels);
        this.normalisation = normalisation;
    }

    /** The number of images. */
    public int count() {
        return count;
    }

    /** Image {@code index}'s regions in input pixels. */
    public Map<String, Box> regions(int index) {
        return regions.get(index);
    }

    /**
     * The images through {@code intervention} (as they are when {@code null}), normalised; the seed makes random
     * interventions reproducible per image, as in the loader. The letterboxed images are left alone.
     */
    public TensorBatch variant(ImageIntervention intervention, long seed) {
        int length = channels * size * size;
        float[] tensors = new float[inputs.length];
        IntStream.range(0, count).parallel().forEach(index -> {
            float[] image = new float[length];
            System.arraycopy(inputs, index * length, image, 0, length);
            FloatImage input = new FloatImage(size, size, channels, image);
            FloatImage changed = intervention == null ? input
                    : intervention.apply(input, regions.get(index), TensorLoader.randomFor(seed, index));
            normalisation.applyInPlace(changed.data(), size * size, channels);
            System.arraycopy(changed.data(), 0, tensors, index * length, length);
        });
        float[][] copied = new float[count][];
        for (int i = 0; i < count; i++) {
            copied[i] = targets[i].clone();
        }
        return new TensorBatch(tensors, copied, count, channels, size, labels);
    }
}

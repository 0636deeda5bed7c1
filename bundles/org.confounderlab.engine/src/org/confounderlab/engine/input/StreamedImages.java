package org.confounderlab.engine.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.Augmentation;
import org.confounderlab.engine.image.Augmented;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.ImageRandom;
import org.confounderlab.engine.image.InterventionSequence;
import org.confounderlab.engine.image.LetterboxTransform;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.training.ImageReadException;
import org.confounderlab.engine.training.ImageSource;
import org.confounderlab.engine.training.TensorBatch;

/**
 * The images of a list of manifest entries, read a batch at a time from a {@link LetterboxedStore} (the files or the
 * preprocessed cache): letterboxed, then changed by an intervention (the train-time cover, a counterfactual variant),
 * then augmented (training epochs only), then normalised. Only the targets are held for every image; pixels exist
 * for the images of the batches being prepared. Views with another intervention, augmentation, subset or targets
 * share the store.
 *
 * <p>Every random draw is seeded by the image: an intervention's by (intervention seed, image), an augmentation's by
 * (augmentation seed, epoch, image), so a batch is the same whichever thread makes it and whenever.
 */
public final class StreamedImages implements ImageSource {

    /** How batches are read: worker threads and how many batches they may prepare ahead. */
    public record Reading(int threads, int prefetch) {

        public Reading {
            if (threads < 0 || prefetch < 1) {
                throw new IllegalArgumentException("reading needs threads ≥ 0 and prefetch ≥ 1");
            }
        }
    }

    private final List<ManifestEntry> entries;
    private final List<String> labels;
    private final float[][] targets;
    private final LetterboxedStore store;
    private final Normalisation normalisation;
    private final Function<ManifestEntry, Map<String, Box>> regions;
    private final ImageIntervention intervention;
    private final long interventionSeed;
    private final Augmentation augmentation;
    private final long augmentationSeed;
    private final Reading reading;

    private StreamedImages(List<ManifestEntry> entries, List<String> labels, float[][] targets,
            LetterboxedStore store, Normalisation normalisation, Function<ManifestEntry, Map<String, Box>> regions,
            ImageIntervention intervention, long interventionSeed, Augmentation augmentation, long augmentationSeed,
            Reading reading) {
        this.entries = entries;
        this.labels = labels;
        this.targets = targets;
        this.store = store;
        this.normalisation = normalisation;
        this.regions = regions;
        this.intervention = intervention;
        this.interventionSeed = interventionSeed;
        this.augmentation = augmentation;
        this.augmentationSeed = augmentationSeed;
        this.reading = reading;
    }

    /**
     * The images of {@code entries} as they are, with 0/1 targets for {@code labels} (uncertain or missing count as
     * 0) and {@code regions} giving each image's boxes in original-image pixels.
     */
    public static StreamedImages of(List<ManifestEntry> entries, List<String> labels, LetterboxedStore store,
            Normalisation normalisation, Function<ManifestEntry, Map<String, Box>> regions, Reading reading) {
        List<ManifestEntry> copied = List.copyOf(entries);
        float[][] targets = new float[copied.size()][labels.size()];
        for (int i = 0; i < copied.size(); i++) {
            for (int l = 0; l < labels.size(); l++) {
                targets[i][l] = copied.get(i).label(labels.get(l)).asDouble() == 1.0 ? 1f : 0f;
            }
        }
        return new StreamedImages(copied, List.copyOf(labels), targets, store, normalisation, regions, null, 0,
                Augmentation.NONE, 0, reading);
    }

    /** The same images through {@code change} (none when {@code null}), its random draws seeded by {@code seed}. */
    public StreamedImages withIntervention(ImageIntervention change, long seed) {
        return new StreamedImages(entries, labels, targets, store, normalisation, regions, change, seed,
                augmentation, augmentationSeed, reading);
    }

    /** The same images augmented in training epochs as {@code newAugmentation} says, seeded by {@code seed}. */
    public StreamedImages withAugmentation(Augmentation newAugmentation, long seed) {
        return new StreamedImages(entries, labels, targets, store, normalisation, regions, intervention,
                interventionSeed, newAugmentation, seed, reading);
    }

    /** The images {@code indices} of this source, in that order. */
    public StreamedImages subset(List<Integer> indices) {
        List<ManifestEntry> picked = new ArrayList<>(indices.size());
        float[][] pickedTargets = new float[indices.size()][];
        for (int k = 0; k < indices.size(); k++) {
            picked.add(entries.get(indices.get(k)));
            pickedTargets[k] = targets[indices.get(k)];
        }
        return new StreamedImages(List.copyOf(picked), labels, pickedTargets, store, normalisation, regions,
                intervention, interventionSeed, augmentation, augmentationSeed, reading);
    }

    /** The same images with one target, {@code name}, positive where {@code flags} says (the attribute models). */
    public StreamedImages retargeted(String name, boolean[] flags) {
        if (flags.length != entries.size()) {
            throw new IllegalArgumentException(flags.length + " flags for " + entries.size() + " images");
        }
        float[][] newTargets = new float[flags.length][];
        for (int i = 0; i < flags.length; i++) {
            newTargets[i] = new float[] {flags[i] ? 1f : 0f};
        }
        return new StreamedImages(entries, List.of(name), newTargets, store, normalisation, regions, intervention,
                interventionSeed, augmentation, augmentationSeed, reading);
    }

    /** The manifest entries, in the source's order. */
    public List<ManifestEntry> entries() {
        return entries;
    }

    /** The augmentation of training epochs. */
    public Augmentation augmentation() {
        return augmentation;
    }

    @Override
    public int count() {
        return entries.size();
    }

    @Override
    public int channels() {
        return store.channels();
    }

    @Override
    public int size() {
        return store.size();
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public float[] target(int index) {
        return targets[index].clone();
    }

    @Override
    public int readThreads() {
        return reading.threads();
    }

    @Override
    public int prefetchDepth() {
        return reading.prefetch();
    }

    /** Image {@code index}'s regions in input pixels (from the file's header or the cache; no pixels decoded). */
    public Map<String, Box> inputRegions(int index) {
        ManifestEntry entry = entries.get(index);
        Map<String, Box> boxes = regions.apply(entry);
        if (boxes.isEmpty()) {
            return Map.of();
        }
        try {
            return store.transform(entry).mapBoxes(boxes);
        } catch (ImageDecodeException e) {
            throw unreadable(entry, e);
        }
    }

    @Override
    public TensorBatch batch(int[] indices, int epoch) {
        try {
            return prepareBatch(indices, epoch);
        } catch (OutOfMemoryError e) {
            throw tooLarge(e, indices.length, 1);
        }
    }

    /** The request that ran out of memory, told in its size, as the cause of a new error. */
    private OutOfMemoryError tooLarge(OutOfMemoryError e, int images, int variants) {
        double megabytes = (double) images * variants * tensorLength() * 4 / 1e6;
        OutOfMemoryError described = new OutOfMemoryError(e.getMessage());
        described.initCause(new IllegalStateException(String.format(java.util.Locale.ROOT, "while preparing a "
                + "batch of %d images%s of %d×%d×%d floats (%.0f MB)", images, variants > 1 ? " × " + variants
                + " variants" : "", channels(), size(), size(), megabytes)));
        return described;
    }

    private TensorBatch prepareBatch(int[] indices, int epoch) {
        int length = tensorLength();
        float[] tensors = new float[checkedLength(indices.length, length)];
        float[][] batchTargets = new float[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            int index = indices[k];
            float[] image = prepare(index, epoch);
            System.arraycopy(image, 0, tensors, k * length, length);
            batchTargets[k] = targets[index].clone();
        }
        return new TensorBatch(tensors, batchTargets, indices.length, channels(), size(), labels);
    }

    /**
     * Images {@code indices} through each of {@code changes} (a {@code null} change is the images as this source
     * has them), each image read from the store once for all of them: the counterfactual variants of a chunk.
     */
    public List<TensorBatch> variants(int[] indices, List<ImageIntervention> changes) {
        try {
            return prepareVariants(indices, changes);
        } catch (OutOfMemoryError e) {
            throw tooLarge(e, indices.length, changes.size());
        }
    }

    private List<TensorBatch> prepareVariants(int[] indices, List<ImageIntervention> changes) {
        int length = tensorLength();
        List<float[]> tensors = new ArrayList<>();
        for (int v = 0; v < changes.size(); v++) {
            tensors.add(new float[checkedLength(indices.length, length)]);
        }
        float[][] batchTargets = new float[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            int index = indices[k];
            ManifestEntry entry = entries.get(index);
            Letterboxed image = read(entry);
            Map<String, Box> boxes = image.transform().mapBoxes(regions.apply(entry));
            for (int v = 0; v < changes.size(); v++) {
                // This source's own change, then the variant's, drawing from one random source, as one sequence.
                ImageIntervention change = InterventionSequence.of(intervention, changes.get(v));
                float[] pixels = v == changes.size() - 1 ? image.pixels() : image.pixels().clone();
                FloatImage input = new FloatImage(size(), size(), channels(), pixels);
                FloatImage changed = change == null ? input : change.apply(input, boxes,
                        ImageRandom.intervention(interventionSeed, index));
                normalisation.applyInPlace(changed.data(), size() * size(), channels());
                System.arraycopy(changed.data(), 0, tensors.get(v), k * length, length);
            }
            batchTargets[k] = targets[index];
        }
        List<TensorBatch> batches = new ArrayList<>();
        for (float[] data : tensors) {
            float[][] copied = new float[indices.length][];
            for (int k = 0; k < indices.length; k++) {
                copied[k] = batchTargets[k].clone();
            }
            batches.add(new TensorBatch(data, copied, indices.length, channels(), size(), labels));
        }
        return batches;
    }

    /** One image, ready for the model. */
    private float[] prepare(int index, int epoch) {
        ManifestEntry entry = entries.get(index);
        Letterboxed image = read(entry);
        FloatImage input = new FloatImage(size(), size(), channels(), image.pixels());
        boolean augmenting = epoch > 0 && augmentation.changesImages();
        Map<String, Box> boxes = intervention == null && !augmenting ? Map.of()
                : image.transform().mapBoxes(regions.apply(entry));
        if (intervention != null) {
            input = intervention.apply(input, boxes, ImageRandom.intervention(interventionSeed, index));
        }
        if (augmenting) {
            Augmented augmented = augmentation.apply(input, boxes, ImageRandom.augmentation(augmentationSeed, epoch,
                    index));
            input = augmented.image();
        }
        float[] data = input.data();
        normalisation.applyInPlace(data, size() * size(), channels());
        return data;
    }

    private Letterboxed read(ManifestEntry entry) {
        try {
            return store.read(entry);
        } catch (ImageDecodeException e) {
            throw unreadable(entry, e);
        }
    }

    private static ImageReadException unreadable(ManifestEntry entry, ImageDecodeException e) {
        String message = e.getMessage();
        String prefix = entry.image() + ": ";
        return new ImageReadException(new DataProblem(entry.image(), 0, null, (message.startsWith(prefix)
                ? message.substring(prefix.length()) : message) + " (" + entry.source() + ")"), e);
    }

    private int checkedLength(int images, int length) {
        long total = (long) images * length;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a batch of %d images of "
                    + "%d×%d×%d is %d floats, more than a Java array holds: lower the batch size", images, channels(),
                    size(), size(), total));
        }
        return (int) total;
    }
}

package org.confounderlab.engine.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageBatchLoader;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.ImageRandom;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.Letterbox;
import org.confounderlab.engine.image.LetterboxTransform;
import org.confounderlab.engine.image.PreparedImage;

/**
 * Decodes a small set of images into one {@link TensorBatch} in memory on several threads, optionally through an
 * intervention (masking, region only, random box) applied after the letterbox, with each image's regions mapped into
 * input pixels. For tests and benchmarks of a few hundred images; runs read a batch at a time through
 * {@code org.confounderlab.engine.input.StreamedImages} instead.
 */
public final class TensorLoader {

    private final ImagePipeline pipeline;
    private final int threads;

    public TensorLoader(ImagePipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = threads;
    }

    /** The images as they are. */
    public TensorBatch load(List<ManifestEntry> entries, List<String> labels)
            throws DataSetException, InterruptedException {
        return load(entries, labels, null, entry -> Map.of(), 0);
    }

    /**
     * The images through {@code intervention} (none when {@code null}); {@code regions} gives an image's boxes in
     * original-image pixels, and the seed makes random interventions reproducible per image.
     */
    public TensorBatch load(List<ManifestEntry> entries, List<String> labels, ImageIntervention intervention,
            Function<ManifestEntry, Map<String, Box>> regions, long seed) throws DataSetException, InterruptedException {
        int length = pipeline.tensorLength();
        int size = pipeline.inputSize();
        float[] tensors = new float[entries.size() * length];
        float[][] targets = new float[entries.size()][labels.size()];
        ImageBatchLoader.Preparer letterboxing = letterboxing();
        ImageBatchLoader.Preparer preparer = intervention == null ? pipeline::prepare : (index, path) -> {
            PreparedImage boxed = letterboxing.prepare(index, path);
            FloatImage input = new FloatImage(size, size, length / (size * size), boxed.tensor());
            FloatImage changed = intervention.apply(input,
                    boxed.transform().mapBoxes(regions.apply(entries.get(index))),
                    ImageRandom.intervention(seed, index));
            pipeline.normalisation().applyInPlace(changed.data(), size * size, changed.channels());
            return new PreparedImage(index, path, changed.data(), boxed.transform());
        };
        read(entries, labels, preparer, tensors, targets, image -> { });
        return new TensorBatch(tensors, targets, entries.size(), length / (size * size), size, labels);
    }

    /** Decodes a file and letterboxes it to the model input, not normalised. */
    private ImageBatchLoader.Preparer letterboxing() {
        ImageDecoder decoder = pipeline.decoder();
        Letterbox letterbox = new Letterbox(pipeline.inputSize(), pipeline.interpolation(), 0f);
        return (index, path) -> {
            FloatImage decoded = decoder.decode(path);
            LetterboxTransform transform = letterbox.transformFor(decoded.width(), decoded.height());
            return new PreparedImage(index, path, letterbox.apply(decoded, transform).data(), transform);
        };
    }

    /**
     * Prepares every entry's image on the loader's threads into {@code tensors} (one tensor per entry, in order) and
     * its 0/1 targets, telling {@code each} about every image as it comes.
     */
    private void read(List<ManifestEntry> entries, List<String> labels, ImageBatchLoader.Preparer preparer,
            float[] tensors, float[][] targets, java.util.function.Consumer<PreparedImage> each)
            throws DataSetException, InterruptedException {
        int length = pipeline.tensorLength();
        List<Path> paths = entries.stream().map(ManifestEntry::image).toList();
        try (ImageBatchLoader loader = new ImageBatchLoader(paths, preparer, threads, 4 * threads, ProblemPolicy.STOP)) {
            PreparedImage image;
            while ((image = loader.next()) != null) {
                int index = image.index();
                System.arraycopy(image.tensor(), 0, tensors, index * length, length);
                ManifestEntry entry = entries.get(index);
                for (int l = 0; l < labels.size(); l++) {
                    targets[index][l] = entry.label(labels.get(l)).asDouble() == 1.0 ? 1f : 0f;
                }
                each.accept(image);
            }
        }
    }
}

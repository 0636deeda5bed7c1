package org.confounderlab.engine.dl4j;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.image.ImageBatchLoader;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.PreparedImage;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A set of images decoded once into one tensor {@code [n, channels, size, size]} with their 0/1 label matrix
 * {@code [n, labels]} (uncertain or missing labels count as 0). Small data sets only: it lives in memory.
 */
public record LabelledImages(INDArray features, INDArray labels, List<ManifestEntry> entries) {

    /** Decodes the entries with the pipeline on {@code threads} threads; a bad image stops with its path. */
    public static LabelledImages load(List<ManifestEntry> entries, List<String> labelNames, ImagePipeline pipeline,
            int threads) throws DataSetException, InterruptedException {
        int size = pipeline.inputSize();
        int length = pipeline.tensorLength();
        int channels = length / (size * size);
        float[] pixels = new float[entries.size() * length];
        float[][] targets = new float[entries.size()][labelNames.size()];
        List<java.nio.file.Path> paths = new ArrayList<>();
        entries.forEach(entry -> paths.add(entry.image()));
        try (ImageBatchLoader loader = new ImageBatchLoader(paths, pipeline, threads, 4 * threads, ProblemPolicy.STOP)) {
            PreparedImage image;
            while ((image = loader.next()) != null) {
                System.arraycopy(image.tensor(), 0, pixels, image.index() * length, length);
                ManifestEntry entry = entries.get(image.index());
                for (int l = 0; l < labelNames.size(); l++) {
                    targets[image.index()][l] = entry.label(labelNames.get(l)).asDouble() == 1.0 ? 1f : 0f;
                }
            }
        }
        INDArray features = Nd4j.create(pixels, new long[] {entries.size(), channels, size, size}, 'c')
                .castTo(DataType.FLOAT);
        return new LabelledImages(features, Nd4j.create(targets), List.copyOf(entries));
    }

    public int size() {
        return entries.size();
    }
}

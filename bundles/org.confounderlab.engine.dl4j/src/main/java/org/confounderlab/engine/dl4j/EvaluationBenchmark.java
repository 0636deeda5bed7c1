package org.confounderlab.engine.dl4j;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.image.Fill;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.MaskRegions;
import org.confounderlab.engine.image.RandomBox;
import org.confounderlab.engine.image.RegionOnly;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;

/**
 * Inference throughput of the counterfactual evaluation: the test images scored by the small CNN as they are, with
 * the marker regions masked, with the regions only, and with a random box of the same size (4 variants), as the
 * run's evaluation does it: decoded and letterboxed once, each variant made from copies. Prints
 * {@code images_per_second=…} (variant images scored per second, decoding included, best of the repeats after a
 * warm-up) and, measured in the same process, {@code redecode_images_per_second=…} for decoding the files again for
 * every variant (what the evaluation did before). bench/evaluation_reference.py does the same in PyTorch.
 */
public final class EvaluationBenchmark {

    private static final List<String> LABELS = List.of("finding");
    private static final List<String> REGIONS = List.of("laterality", "initials");

    private EvaluationBenchmark() {
    }

    /** Usage: {@code EvaluationBenchmark MANIFEST SIZE REPEATS}. */
    public static void main(String[] args) throws Exception {
        Path manifestFile = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int repeats = Integer.parseInt(args[2]);
        List<ManifestEntry> entries = new GenericCsvImporter(LABELS).read(manifestFile, ImportOptions.strict())
                .manifest().entries();
        Function<ManifestEntry, Map<String, Box>> regions = ManifestEntry::regions;
        TensorLoader loader = new TensorLoader(ImagePipeline.gray(size), 2);
        Dl4jClassifier classifier = new Dl4jClassifier(
                TrainableNetwork.of(SmallCnn.configuration(size, 1, 1, 1e-3, 0, 1)), LABELS);
        List<ImageIntervention> variants = Arrays.asList(null, new MaskRegions(REGIONS, Fill.BLACK),
                new RegionOnly(REGIONS, Fill.BLACK), new RandomBox(REGIONS, Fill.BLACK));
        double once = 0;
        double again = 0;
        for (int r = 0; r <= repeats; r++) {
            long start = System.nanoTime();
            // As the run's evaluation reads the test images: a chunk at a time, each image once for all variants.
            StreamedImages images = StreamedImages.of(entries, LABELS, new DecodingStore(ImagePipeline.gray(size)),
                    Normalisation.IDENTITY, regions, new StreamedImages.Reading(2, 2)).withIntervention(null, 1);
            try (BatchStream<List<TensorBatch>> chunks = new BatchStream<>(BatchStream.split(BatchStream.identity(
                    entries.size()), 64), indices -> images.variants(indices, variants), 2, 2)) {
                while (chunks.hasNext()) {
                    for (TensorBatch batch : chunks.next()) {
                        classifier.predict(batch);
                    }
                }
            }
            long middle = System.nanoTime();
            for (ImageIntervention variant : variants) {
                classifier.predict(loader.load(entries, LABELS, variant, regions, 1));
            }
            long end = System.nanoTime();
            if (r > 0) { // the first round warms up
                double scored = (double) entries.size() * variants.size();
                once = Math.max(once, scored / ((middle - start) / 1e9));
                again = Math.max(again, scored / ((end - middle) / 1e9));
            }
        }
        System.out.printf(Locale.ROOT, "images=%d variants=%d size=%d%n", entries.size(), variants.size(), size);
        System.out.printf(Locale.ROOT, "images_per_second=%.1f%n", once);
        System.out.printf(Locale.ROOT, "redecode_images_per_second=%.1f%n", again);
    }
}

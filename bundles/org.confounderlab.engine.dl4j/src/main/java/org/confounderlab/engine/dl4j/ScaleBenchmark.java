package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.image.Augmentation;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.LetterboxedStore;
import org.confounderlab.engine.input.PreprocessedCache;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.TensorBatch;

/**
 * The real-scale data path on one data set: builds the preprocessed cache of every image at {@code SIZE}, reads the
 * whole set through the streaming pipeline (the rate the pipeline can feed), trains one epoch of the small CNN on
 * the first {@code TRAIN} images through the cache and again straight from the files (what the trainer consumes),
 * and prints the peak resident size of this JVM from /proc. Prints {@code key=value} lines.
 *
 * <p>Usage: {@code ScaleBenchmark MANIFEST SIZE TRAIN THREADS CACHE_FOLDER}.
 */
public final class ScaleBenchmark {

    private static final List<String> LABELS = List.of("finding");
    private static final int BATCH = 32;

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path manifest = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int trainImages = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        Path cacheFolder = Path.of(args[4]);
        // The timed epochs, "cached" or "decoding" each: by default cached, decoding, decoding, cached, so that a
        // drift over the run weighs on both alike; "cached" alone for a long epoch on the whole data set.
        List<String> order = List.of((args.length > 5 ? args[5] : "cached,decoding,decoding,cached").split(","));
        if (!order.stream().allMatch(o -> o.equals("cached") || o.equals("decoding"))) {
            throw new IllegalArgumentException("epochs are cached or decoding, got " + order);
        }
        List<ManifestEntry> entries = new GenericCsvImporter(LABELS).read(manifest, ImportOptions.lenient())
                .manifest().entries();
        ImagePipeline pipeline = ImagePipeline.gray(size);
        StreamedImages.Reading reading = new StreamedImages.Reading(threads, 4);
        print("images", entries.size());
        print("size", size);

        PreprocessedCache.Opening opening = PreprocessedCache.open(cacheFolder, entries, pipeline, 8, threads, null);
        print("cache_built", opening.built() ? 1 : 0);
        print("cache_build_seconds", opening.millis() / 1000.0);
        print("cache_megabytes", opening.cache().fileSize() / 1e6);
        try (PreprocessedCache cache = opening.cache()) {
            StreamedImages all = source(entries, cache, reading);
            print("pipeline_cached_images_per_second", readAll(all));
            // the last 256 images (at least) are the validation set
            List<ManifestEntry> train = entries.subList(0, Math.min(trainImages, entries.size() - 256));
            List<ManifestEntry> validation = entries.subList(train.size(), Math.min(entries.size(), train.size()
                    + 256));
            // A short untimed epoch first, so no timed epoch pays for the JIT's and oneDNN's warm-up; then the
            // epochs in the given order. Each figure is the mean of its epochs.
            epochSeconds(source(validation, cache, reading), source(validation, cache, reading), size);
            DecodingStore decoding = new DecodingStore(pipeline);
            double cachedTotal = 0;
            double decodingTotal = 0;
            int cachedEpochs = 0;
            int decodingEpochs = 0;
            for (int e = 0; e < order.size(); e++) {
                boolean cached = order.get(e).equals("cached");
                LetterboxedStore store = cached ? cache : decoding;
                double seconds = epochSeconds(source(train, store, reading), source(validation, store, reading),
                        size);
                print("epoch_" + (e + 1) + "_" + order.get(e) + "_seconds", seconds);
                if (cached) {
                    cachedTotal += seconds;
                    cachedEpochs++;
                } else {
                    decodingTotal += seconds;
                    decodingEpochs++;
                }
            }
            double cachedEpoch = cachedTotal / Math.max(1, cachedEpochs);
            print("epoch_train_images", train.size());
            print("epoch_cached_seconds", cachedEpoch);
            print("trainer_images_per_second", train.size() / cachedEpoch);
            print("pipeline_decoding_images_per_second", readAll(source(entries.subList(0, Math.min(entries.size(),
                    20_000)), decoding, reading)));
            if (decodingEpochs > 0) {
                print("epoch_decoding_seconds", decodingTotal / decodingEpochs);
            }
        }
        print("peak_resident_megabytes", peakResidentKilobytes() / 1024.0);
        print("max_heap_megabytes", Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static StreamedImages source(List<ManifestEntry> entries, LetterboxedStore store,
            StreamedImages.Reading reading) {
        return StreamedImages.of(entries, LABELS, store, Normalisation.IDENTITY, ManifestEntry::regions, reading)
                .withAugmentation(new Augmentation(0.5, 5, 0, 0.05, 0.05), 1);
    }

    /** Images per second the pipeline prepares (augmented training batches of 32), nothing consuming them. */
    private static double readAll(StreamedImages images) throws InterruptedException {
        long start = System.nanoTime();
        int read = 0;
        try (BatchStream<TensorBatch> batches = BatchStream.of(images, BatchStream.identity(images.count()), BATCH,
                1)) {
            while (batches.hasNext()) {
                read += batches.next().count();
            }
        }
        return read / ((System.nanoTime() - start) / 1e9);
    }

    private static double epochSeconds(StreamedImages train, StreamedImages validation, int size) throws Exception {
        ClassifierTrainer trainer = new ClassifierTrainer(SmallCnn.configuration(size, 1, 1, 3e-3, 0, 1), BATCH, 1);
        List<EpochSummary> epochs = new ArrayList<>();
        long start = System.nanoTime();
        trainer.train(train, validation, 1, epochs::add);
        return (System.nanoTime() - start) / 1e9;
    }

    private static long peakResidentKilobytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static void print(String key, double value) {
        System.out.printf(Locale.ROOT, "%s=%.3f%n", key, value);
    }
}

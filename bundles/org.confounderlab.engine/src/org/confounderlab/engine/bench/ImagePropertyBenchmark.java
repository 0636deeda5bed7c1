package org.confounderlab.engine.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.image.Interpolation;
import org.confounderlab.engine.image.Letterbox;
import org.confounderlab.engine.imageproperties.ImagePropertyMeter;
import org.confounderlab.engine.imageproperties.ImagePropertyTable;
import org.confounderlab.model.experiment.DicomIntensity;

/**
 * The image-property pass against the cache build's work per image, both on the same pool of threads: measuring
 * (decode at full size, then every {@code ImageProperty}) against decoding and letterboxing to the model input, which
 * is what building the preprocessed cache does per image. Prints {@code images_per_second=…} (the properties) and
 * {@code reference_images_per_second=…} (decode + letterbox), and {@code marks_images_per_second=…} (decode, then
 * burned-in mark detection), each the best of its passes after a warm-up.
 */
public final class ImagePropertyBenchmark {

    private ImagePropertyBenchmark() {
    }

    /** Usage: {@code ImagePropertyBenchmark IMAGE_FOLDER [threads] [inputSize] [passes]}. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int inputSize = args.length > 2 ? Integer.parseInt(args[2]) : 224;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.exit(run(folder, threads, inputSize, passes, System.out));
    }

    static int run(Path folder, int threads, int inputSize, int passes, PrintStream out) throws Exception {
        List<Path> images;
        try (Stream<Path> files = Files.list(folder)) {
            images = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        if (images.isEmpty()) {
            System.err.println(folder + ": no PNG files");
            return 2;
        }
        List<ManifestEntry> entries = images.stream().map(p -> new ManifestEntry(p, p.getFileName().toString(), null,
                Map.of("finding", LabelValue.NEGATIVE), Map.of(), Map.of(), null, p.toString())).toList();
        ImagePropertyMeter meter = new ImagePropertyMeter(DicomIntensity.STORED_RANGE);
        ImageDecoder decoder = new ImageDecoder(ColourMode.GRAY);
        Letterbox letterbox = new Letterbox(inputSize, Interpolation.BILINEAR, 0f);
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            double properties = 0;
            double cachePass = 0;
            double marks = 0;
            for (int pass = 0; pass <= passes; pass++) { // pass 0 warms up
                long start = System.nanoTime();
                ImagePropertyTable table = ImagePropertyTable.measure(entries, meter, threads, null);
                double rate = table.size() / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                pool.submit(() -> images.parallelStream().forEach(path -> {
                    try {
                        FloatImage decoded = decoder.decode(path);
                        letterbox.apply(decoded, letterbox.transformFor(decoded.width(), decoded.height()));
                    } catch (org.confounderlab.engine.image.ImageDecodeException e) {
                        throw new IllegalStateException(e);
                    }
                })).get();
                double reference = images.size() / ((System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                org.confounderlab.engine.marks.MarkScan.of(entries, DicomIntensity.STORED_RANGE, threads, null);
                double marked = images.size() / ((System.nanoTime() - start) / 1e9);
                if (pass > 0) {
                    properties = Math.max(properties, rate);
                    cachePass = Math.max(cachePass, reference);
                    marks = Math.max(marks, marked);
                }
            }
            out.printf("images=%d threads=%d input=%d%n", images.size(), threads, inputSize);
            out.printf("images_per_second=%.1f%n", properties);
            out.printf("reference_images_per_second=%.1f%n", cachePass);
            out.printf("marks_images_per_second=%.1f%n", marks);
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.confounderlab.engine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.image.Augmentation;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageBatchLoader;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.image.Interpolation;
import org.confounderlab.engine.image.Letterbox;
import org.confounderlab.engine.image.LetterboxTransform;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.image.PreparedImage;

/**
 * Training-time data pipeline throughput: decode a PNG, augment it (flip, rotation, scale, brightness), letterbox
 * it to the model input and normalise it, on a pool of threads ahead of the consumer, as the trainer will. Prints
 * {@code images_per_second=…} after a warm-up pass.
 */
public final class PipelineBenchmark {

    private PipelineBenchmark() {
    }

    /** Usage: {@code PipelineBenchmark IMAGE_FOLDER [threads] [inputSize] [passes]}. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int inputSize = args.length > 2 ? Integer.parseInt(args[2]) : 224;
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.exit(run(folder, threads, inputSize, passes, System.out));
    }

    static int run(Path folder, int threads, int inputSize, int passes, PrintStream out)
            throws IOException, DataSetException, InterruptedException {
        List<Path> images;
        try (Stream<Path> files = Files.list(folder)) {
            images = files.filter(p -> p.getFileName().toString().endsWith(".png")).sorted().toList();
        }
        if (images.isEmpty()) {
            System.err.println(folder + ": no PNG files");
            return 2;
        }
        pass(images, threads, inputSize); // warm-up: JIT, ImageIO plug-in loading
        double best = 0;
        for (int i = 0; i < passes; i++) {
            long start = System.nanoTime();
            int prepared = pass(images, threads, inputSize);
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.max(best, prepared / seconds);
        }
        out.printf("images=%d threads=%d input=%d%n", images.size(), threads, inputSize);
        out.printf("images_per_second=%.1f%n", best);
        return 0;
    }

    private static int pass(List<Path> images, int threads, int inputSize)
            throws DataSetException, InterruptedException {
        ImageDecoder decoder = new ImageDecoder(ColourMode.GRAY);
        Letterbox letterbox = new Letterbox(inputSize, Interpolation.BILINEAR, 0f);
        Normalisation normalisation = Normalisation.IDENTITY;
        ImageBatchLoader.Preparer preparer = (index, path) -> {
            FloatImage decoded = decoder.decode(path);
            FloatImage augmented = Augmentation.DEFAULT.apply(decoded, Map.of(), new SplittableRandom(index)).image();
            LetterboxTransform transform = letterbox.transformFor(augmented.width(), augmented.height());
            FloatImage input = letterbox.apply(augmented, transform);
            normalisation.applyInPlace(input.data(), inputSize * inputSize, 1);
            return new PreparedImage(index, path, input.data(), transform);
        };
        int count = 0;
        try (ImageBatchLoader loader = new ImageBatchLoader(images, preparer, threads, 4 * threads, ProblemPolicy.STOP)) {
            while (loader.next() != null) {
                count++;
            }
        }
        return count;
    }
}

package org.confounderlab.engine.dl4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training throughput of the small CNN with Deeplearning4j: the images are decoded into memory first, one epoch
 * warms up, then {@code epochs} timed epochs; prints {@code images_per_second=…} (best epoch). The reference in
 * bench/training_reference.py does the same with PyTorch.
 */
public final class TrainingBenchmark {

    private TrainingBenchmark() {
    }

    /** Usage: {@code TrainingBenchmark MANIFEST SIZE BATCH EPOCHS}. */
    public static void main(String[] args) throws Exception {
        Path manifestFile = Path.of(args[0]);
        int size = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        int epochs = Integer.parseInt(args[3]);
        List<String> labels = List.of("finding");
        Manifest manifest = new GenericCsvImporter(labels).read(manifestFile, ImportOptions.strict()).manifest();
        TensorBatch images = new TensorLoader(ImagePipeline.gray(size), 2).load(manifest.entries(), labels);
        org.nd4j.linalg.api.ndarray.INDArray features = ClassifierTrainer.features(images);
        ClassifierTrainer trainer = new ClassifierTrainer(SmallCnn.configuration(size, 1, 1, 3e-3, 0, 1), batch, 1);
        List<EpochSummary> timed = new ArrayList<>();
        trainer.train(images, images, 1 + epochs, timed::add);
        // Each epoch's time includes one validation pass over the same images; subtract it so only training counts.
        long validationMillis = time(() -> trainer.predict(features));
        double best = 0;
        for (EpochSummary epoch : timed.subList(1, timed.size())) {
            double seconds = Math.max(1, epoch.millis() - validationMillis) / 1000.0;
            best = Math.max(best, images.count() / seconds);
        }
        System.out.printf("backend=%s%n", Nd4j.getExecutioner().getEnvironmentInformation().getProperty("blas.vendor",
                Nd4j.getBackend().getClass().getSimpleName()));
        System.out.printf("images=%d size=%d batch=%d%n", images.count(), size, batch);
        System.out.printf("images_per_second=%.1f%n", best);
    }

    private static long time(Runnable work) {
        work.run(); // warm
        long start = System.currentTimeMillis();
        work.run();
        return System.currentTimeMillis() - start;
    }
}

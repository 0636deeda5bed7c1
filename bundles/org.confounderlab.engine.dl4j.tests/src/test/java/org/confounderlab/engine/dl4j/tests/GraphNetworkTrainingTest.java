package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.dl4j.DenseNet121;
import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.dl4j.Dl4jClassifier;
import org.confounderlab.engine.dl4j.GraphNetwork;
import org.confounderlab.engine.dl4j.LabelledImages;
import org.confounderlab.engine.dl4j.ResNet18;
import org.confounderlab.engine.dl4j.TrainableNetwork;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Architecture;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** ResNet-18 and DenseNet-121 as DL4J graphs: they take a training step, survive saving, and train in the backend. */
class GraphNetworkTrainingTest {

    private static final List<String> LABELS = List.of("effusion", "marker", "tube");

    @Test
    void resNet18TakesAStepAndRoundTrips(@TempDir Path folder) throws Exception {
        stepAndRoundTrip("ResNet-18", ResNet18.configuration(64, 1, LABELS.size(), 1e-3, 1e-5, 3), folder);
    }

    @Test
    void denseNet121TakesAStepAndRoundTrips(@TempDir Path folder) throws Exception {
        stepAndRoundTrip("DenseNet-121", DenseNet121.configuration(64, 1, LABELS.size(), 1e-3, 1e-5, 3), folder);
    }

    @Test
    void theBackendTrainsResNet18(@TempDir Path folder) throws Exception {
        TensorBatch train = NoiseImages.alternating(16, 32, LABELS, 5);
        TensorBatch validation = NoiseImages.alternating(8, 32, LABELS, 6);
        List<EpochSummary> epochs = new ArrayList<>();
        ImageClassifier classifier = new Dl4jBackend().train(train, validation,
                new TrainingSettings(Architecture.RESNET18, 1, 8, 1e-3, 1e-5, 7), epochs::add);

        assertEquals(1, epochs.size());
        assertTrue(Double.isFinite(epochs.get(0).trainLoss()) && Double.isFinite(epochs.get(0).validationLoss()));
        assertEquals(LABELS.size(), epochs.get(0).validationAucs().length);
        double[][] scores = classifier.predict(validation);
        assertEquals(validation.count(), scores.length);
        Path file = folder.resolve("resnet.zip");
        classifier.save(file);
        assertTrue(Dl4jClassifier.load(file, LABELS).network() instanceof GraphNetwork);
    }

    @Test
    void theBackendRefusesImagesTooSmallForTheDeepNetworks() {
        TensorBatch tiny = NoiseImages.alternating(4, 16, LABELS, 8);
        assertThrows(TrainingException.class, () -> new Dl4jBackend().train(tiny, tiny,
                new TrainingSettings(Architecture.DENSENET121, 1, 4, 1e-3, 0, 1), epoch -> { }));
    }

    private static void stepAndRoundTrip(String name, ComputationGraphConfiguration configuration, Path folder)
            throws Exception {
        TensorBatch batch = NoiseImages.alternating(4, 64, LABELS, 1);
        LabelledImages data = LabelledImages.of(batch);
        TrainableNetwork network = TrainableNetwork.of(configuration);

        long start = System.nanoTime();
        network.fit(data.features(), data.labels());
        System.out.printf("%s: first training step, 4 images 64×64: %d ms%n", name,
                (System.nanoTime() - start) / 1_000_000);
        assertTrue(Double.isFinite(network.score()), "score " + network.score());

        INDArray output = network.predict(data.features());
        assertArrayEquals(new long[] {4, LABELS.size()}, output.shape());
        assertTrue(output.minNumber().doubleValue() > 0 && output.maxNumber().doubleValue() < 1, output.toString());

        Dl4jClassifier classifier = new Dl4jClassifier(network, LABELS);
        Path file = folder.resolve("model.zip");
        classifier.save(file);
        double[][] reloaded = Dl4jClassifier.load(file, LABELS).predict(batch);
        double[][] original = classifier.predict(batch);
        for (int i = 0; i < original.length; i++) {
            assertArrayEquals(original[i], reloaded[i], 1e-6);
        }
    }
}

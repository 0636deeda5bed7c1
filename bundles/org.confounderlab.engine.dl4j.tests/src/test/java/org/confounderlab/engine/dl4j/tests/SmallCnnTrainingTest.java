package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.model.experiment.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real DL4J training of the small CNN on generated radiographs: it must learn, and beat chance clearly. */
class SmallCnnTrainingTest {

    private static final int SIZE = 32;
    private static final List<String> LABELS = List.of(SyntheticGenerator.LABEL);

    @Test
    void theEngineFindsTheDl4jBackend() throws Exception {
        assertTrue(TrainingBackends.find() instanceof Dl4jBackend);
    }

    @Test
    void smallCnnLearnsThePlantedSignalWellAboveChance(@TempDir Path folder) throws Exception {
        SyntheticDataSpec spec = SyntheticDataSpec.defaults().withSize(SIZE).withCount(360).withImagesPerPatient(3)
                .withPrevalence(0.5).withMarkerStrength(0.9).withSeed(11);
        Path manifestFile = new SyntheticGenerator(spec).generate(folder).manifest();
        Manifest manifest = new GenericCsvImporter(LABELS).read(manifestFile, ImportOptions.strict()).manifest();
        List<ManifestEntry> train = manifest.entries().stream().filter(e -> e.officialSplit() == SplitName.TRAIN).toList();
        List<ManifestEntry> held = manifest.entries().stream().filter(e -> e.officialSplit() != SplitName.TRAIN).toList();
        assertTrue(train.size() > 150 && held.size() > 50, train.size() + " train, " + held.size() + " held out");

        TensorLoader loader = new TensorLoader(ImagePipeline.gray(SIZE), 2);
        TensorBatch trainImages = loader.load(train, LABELS);
        TensorBatch heldImages = loader.load(held, LABELS);
        List<EpochSummary> epochs = new ArrayList<>();
        ImageClassifier classifier = new Dl4jBackend().train(trainImages, heldImages,
                new TrainingSettings(Architecture.SMALL_CNN, 6, 32, 3e-3, 1e-5, 42), epochs::add);

        assertEquals(6, epochs.size());
        EpochSummary last = epochs.get(epochs.size() - 1);
        assertTrue(last.trainLoss() < epochs.get(0).trainLoss(), "training loss did not fall");
        double[][] scores = classifier.predict(heldImages);
        double[] positive = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            positive[i] = scores[i][0];
        }
        double auc = RankAuc.auc(positive, heldImages.positives(0));
        assertTrue(auc > 0.75, "held-out AUC " + auc);
        assertEquals(last.validationAucs()[0], auc, 1e-9, "the classifier predicts what the trainer validated");

        Path model = folder.resolve("model.zip");
        classifier.save(model);
        assertTrue(Files.size(model) > 1000);
    }
}

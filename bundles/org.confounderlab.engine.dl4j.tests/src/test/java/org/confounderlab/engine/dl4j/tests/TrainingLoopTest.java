package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.dl4j.Checkpoints;
import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.BackendUnavailableException;
import org.confounderlab.engine.training.BatchProgress;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingListener;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Rebalancing;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training loop with real DL4J training: early stopping keeps the best epoch, a run resumed from its checkpoint
 * ends exactly where an uninterrupted one does, class weights pull an imbalanced model's scores up, saved weights
 * initialise a new network, progress arrives per step, and asking for CUDA without it says what to install.
 */
class TrainingLoopTest {

    private static final int SIZE = 32;
    private static final List<String> LABELS = List.of(SyntheticGenerator.LABEL);

    @TempDir
    static Path data;
    private static TensorBatch train;
    private static TensorBatch validation;

    @BeforeAll
    static void loadImages() throws Exception {
        SyntheticDataSpec spec = SyntheticDataSpec.defaults().withSize(SIZE).withCount(240).withImagesPerPatient(2)
                .withPrevalence(0.5).withMarkerStrength(0.9).withSeed(5);
        Path manifestFile = new SyntheticGenerator(spec).generate(data).manifest();
        Manifest manifest = new GenericCsvImporter(LABELS).read(manifestFile, ImportOptions.strict()).manifest();
        List<ManifestEntry> trainEntries = manifest.entries().stream()
                .filter(e -> e.officialSplit() == SplitName.TRAIN).toList();
        List<ManifestEntry> held = manifest.entries().stream()
                .filter(e -> e.officialSplit() != SplitName.TRAIN).toList();
        TensorLoader loader = new TensorLoader(ImagePipeline.gray(SIZE), 2);
        train = loader.load(trainEntries, LABELS);
        validation = loader.load(held, LABELS);
    }

    private static TrainingSettings settings(int epochs, double learningRate) {
        return new TrainingSettings(Architecture.SMALL_CNN, epochs, 32, learningRate, 1e-5, 42);
    }

    @Test
    void earlyStoppingEndsAfterPatienceEpochsWithoutImprovement() throws Exception {
        // With a learning rate of 0 nothing changes, so epoch 1 stays the best and 2 more epochs end it.
        List<EpochSummary> epochs = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        new Dl4jBackend().train(train, validation, settings(20, 0).withEarlyStopping(2), listener(epochs, messages));
        assertEquals(3, epochs.size(), "epochs trained");
        assertTrue(messages.stream().anyMatch(m -> m.contains("early stop") && m.contains("epoch 1")),
                messages.toString());
    }

    @Test
    void earlyStoppingReturnsTheBestEpochsWeights() throws Exception {
        List<EpochSummary> epochs = new ArrayList<>();
        ImageClassifier classifier = new Dl4jBackend().train(train, validation,
                settings(6, 0.02).withEarlyStopping(10), epochs::add);
        double best = epochs.stream().mapToDouble(e -> e.validationAucs()[0]).max().orElseThrow();
        assertEquals(best, auc(classifier, validation), 1e-9, "the classifier holds the best epoch: " + epochs);
    }

    @Test
    void aResumedRunEndsExactlyWhereAnUninterruptedOneDoes(@TempDir Path folder) throws Exception {
        List<EpochSummary> whole = new ArrayList<>();
        ImageClassifier uninterrupted = new Dl4jBackend().train(train, validation, settings(3, 3e-3), whole::add);

        Path runFolder = folder.resolve("run");
        List<EpochSummary> firstPart = new ArrayList<>();
        new Dl4jBackend().train(train, validation, settings(2, 3e-3).withCheckpoints(runFolder), firstPart::add);
        Checkpoints checkpoints = new Checkpoints(runFolder);
        assertTrue(Files.isRegularFile(checkpoints.epochFile(2)));
        assertFalse(Files.exists(checkpoints.epochFile(1)), "older checkpoints are removed");

        List<EpochSummary> rest = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        ImageClassifier resumed = new Dl4jBackend().train(train, validation,
                settings(3, 3e-3).withCheckpoints(runFolder).resumingAfter(firstPart), listener(rest, messages));
        assertEquals(1, rest.size());
        assertEquals(3, rest.get(0).epoch());
        assertTrue(messages.get(0).startsWith("resuming after epoch 2"), messages.toString());
        assertEquals(whole.get(2).trainLoss(), rest.get(0).trainLoss(), 1e-5);
        double[][] expected = uninterrupted.predict(validation);
        double[][] actual = resumed.predict(validation);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-5, "image " + i);
        }
    }

    @Test
    void resumingWithoutTheCheckpointSaysSo(@TempDir Path folder) {
        List<EpochSummary> finished = List.of(new EpochSummary(1, 0.5, 0.5, new double[] {0.6}, 10));
        TrainingException error = assertThrows(TrainingException.class, () -> new Dl4jBackend().train(train,
                validation, settings(3, 3e-3).withCheckpoints(folder).resumingAfter(finished), e -> { }));
        assertTrue(error.getMessage().contains("checkpoint of epoch 1 is missing"), error.getMessage());
    }

    @Test
    void classWeightsRaiseTheScoresOfARareClass() throws Exception {
        // Noise images with 10 % positives: the network can only learn the prior, which weighting balances.
        TensorBatch rare = NoiseImages.of(200, SIZE, LABELS, 3, (i, l) -> i < 20);
        double plain = meanScore(new Dl4jBackend().train(rare, rare, settings(8, 1e-2), e -> { }), rare);
        double weighted = meanScore(new Dl4jBackend().train(rare, rare,
                settings(8, 1e-2).withRebalancing(Rebalancing.CLASS_WEIGHTED), e -> { }), rare);
        assertTrue(plain < 0.25, "unweighted mean score " + plain);
        assertTrue(weighted > 0.35, "weighted mean score " + weighted);
    }

    @Test
    void savedWeightsInitialiseANewNetwork(@TempDir Path folder) throws Exception {
        ImageClassifier trained = new Dl4jBackend().train(train, validation, settings(2, 3e-3), e -> { });
        Path weights = folder.resolve("model.zip");
        trained.save(weights);
        List<org.confounderlab.engine.training.InitialWeightsReport> reports = new ArrayList<>();
        // Learning rate 0: the new network keeps exactly the weights it started from.
        ImageClassifier started = new Dl4jBackend().train(train, validation,
                settings(1, 0).withWeightsFile(weights), new org.confounderlab.engine.training.TrainingListener() {
                    @Override
                    public void onEpoch(EpochSummary epoch) {
                    }

                    @Override
                    public void onInitialWeights(org.confounderlab.engine.training.InitialWeightsReport report) {
                        reports.add(report);
                    }
                });
        assertEquals(1, reports.size());
        assertEquals("Deeplearning4j model", reports.get(0).format());
        assertEquals(4, reports.get(0).loaded().size(), "every layer: " + reports.get(0).loaded());
        assertTrue(reports.get(0).initialised().isEmpty(), reports.get(0).initialised().toString());
        assertEquals(64, reports.get(0).sha256().length());
        double[][] expected = trained.predict(validation);
        double[][] actual = started.predict(validation);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-5);
        }
    }

    @Test
    void weightsOfAnotherArchitectureAreRefused(@TempDir Path folder) throws Exception {
        Path weights = folder.resolve("small.zip");
        new Dl4jBackend().train(train, validation, settings(1, 3e-3), e -> { }).save(weights);
        TensorBatch big = NoiseImages.alternating(8, SIZE, LABELS, 4);
        TrainingException error = assertThrows(TrainingException.class, () -> new Dl4jBackend().train(big, big,
                new TrainingSettings(Architecture.RESNET18, 1, 4, 1e-3, 0, 1).withWeightsFile(weights), e -> { }));
        assertTrue(error.getMessage().contains("matches none"), error.getMessage());
        TrainingException missing = assertThrows(TrainingException.class, () -> new Dl4jBackend().train(train,
                validation, settings(1, 3e-3).withWeightsFile(folder.resolve("nope.zip")), e -> { }));
        assertTrue(missing.getMessage().contains("nope.zip") && missing.getMessage().contains("does not exist"));
    }

    @Test
    void progressArrivesForEveryStep() throws Exception {
        List<BatchProgress> steps = new ArrayList<>();
        new Dl4jBackend().train(train, validation, settings(2, 3e-3), new TrainingListener() {
            @Override
            public void onEpoch(EpochSummary epoch) {
            }

            @Override
            public void onBatch(BatchProgress progress) {
                steps.add(progress);
            }
        });
        int batches = (train.count() + 31) / 32;
        assertEquals(2 * batches, steps.size());
        BatchProgress last = steps.get(steps.size() - 1);
        assertEquals(last.stepsPlanned(), last.stepsDone());
        assertTrue(steps.stream().allMatch(s -> Double.isFinite(s.loss())));
    }

    @Test
    void cudaWithoutItsRuntimeSaysWhatToInstall() {
        BackendUnavailableException error = assertThrows(BackendUnavailableException.class,
                () -> new Dl4jBackend().train(train, validation, settings(1, 3e-3).withBackend(BackendKind.CUDA, 0),
                        e -> { }));
        assertTrue(error.getMessage().contains("CUDA runtime is not installed")
                && error.getMessage().contains("nd4j-cuda-11.6") && error.getMessage().contains("--backend cpu"),
                error.getMessage());
    }

    private static TrainingListener listener(List<EpochSummary> epochs, List<String> messages) {
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochSummary epoch) {
                epochs.add(epoch);
            }

            @Override
            public void onMessage(String message) {
                messages.add(message);
            }
        };
    }

    private static double auc(ImageClassifier classifier, TensorBatch batch) {
        double[][] scores = classifier.predict(batch);
        double[] positive = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            positive[i] = scores[i][0];
        }
        return RankAuc.auc(positive, batch.positives(0));
    }

    private static double meanScore(ImageClassifier classifier, TensorBatch batch) {
        return Stream.of(classifier.predict(batch)).mapToDouble(s -> s[0]).average().orElseThrow();
    }
}

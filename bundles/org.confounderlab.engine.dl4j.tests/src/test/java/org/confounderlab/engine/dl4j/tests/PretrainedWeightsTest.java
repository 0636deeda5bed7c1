package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.InitialWeightsReport;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingListener;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.model.experiment.Architecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * torchvision's ResNet-18 and DenseNet-121 weights, saved by PyTorch as .pth and .safetensors, loaded with 0 epochs:
 * the engine's scores and penultimate features equal PyTorch's on the same images to 1e-4, for 3-channel inputs and
 * for 1-channel ones (first convolution summed over its input channels). Files that do not fit are refused whole.
 */
class PretrainedWeightsTest {

    private static final double TOLERANCE = 1e-4;

    @TempDir
    static Path folder;
    private static TorchvisionReference reference;

    @BeforeAll
    static void makeReference() throws Exception {
        reference = TorchvisionReference.make(folder.resolve("reference"));
    }

    static Stream<Arguments> files() {
        List<Arguments> cases = new ArrayList<>();
        for (String architecture : List.of("resnet18", "densenet121")) {
            for (String extension : List.of(".pth", ".safetensors")) {
                for (int channels : new int[] {3, 1}) {
                    cases.add(Arguments.of(architecture, extension, channels));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}{1}, {2} channel(s)")
    @MethodSource("files")
    void scoresAndFeaturesEqualPyTorchs(String architecture, String extension, int channels) throws Exception {
        Path file = reference.file(architecture + extension);
        List<InitialWeightsReport> reports = new ArrayList<>();
        TensorBatch images = TorchvisionReference.images(channels, TorchvisionReference.LABELS);
        ImageClassifier classifier = untrained(architecture, file, images, reports);

        String kind = channels == 3 ? "rgb" : "gray";
        assertClose(reference.values(architecture, kind, "probabilities"), classifier.predict(images),
                architecture + " " + kind + " probabilities");
        assertClose(reference.values(architecture, kind, "features"),
                ((InspectableClassifier) classifier).features(images), architecture + " " + kind + " features");

        assertEquals(1, reports.size());
        InitialWeightsReport report = reports.get(0);
        assertEquals(sha256(file), report.sha256());
        assertEquals(extension.equals(".pth") ? "PyTorch zip archive" : "safetensors", report.format());
        assertTrue(report.initialised().isEmpty(), report.initialised().toString());
        assertTrue(report.ignored().isEmpty(), report.ignored().toString());
        // Every parameter and running statistic: ResNet-18 has 20 convolutions, 20 batch norms and fc; DenseNet-121
        // 120 convolutions, 121 batch norms and the classifier.
        assertEquals(architecture.equals("resnet18") ? 20 + 20 * 4 + 2 : 120 + 121 * 4 + 2, report.loaded().size());
        assertEquals(channels == 1, report.adaptations().stream().anyMatch(a -> a.contains("summed over its 3 "
                + "input channels")), report.adaptations().toString());
    }

    /**
     * Real NIH ChestX-ray14 radiographs (1024² and 512², from the engine tests' real/ folder), decoded and
     * letterboxed to 224² by the engine's own pipeline with ImageNet normalisation: PyTorch, given the same tensors,
     * scores them as the engine does.
     */
    @ParameterizedTest(name = "{0}, {1} channel(s)")
    @MethodSource("realCases")
    void realRadiographsScoreAsInPyTorch(String architecture, int channels) throws Exception {
        Path real = Path.of("..", "org.confounderlab.engine.tests", "real");
        List<Path> files = List.of(real.resolve("nih-1024-00000001_000.png"), real.resolve("nih-512-00027426_000.png"));
        org.confounderlab.engine.image.ImagePipeline pipeline = new org.confounderlab.engine.image.ImagePipeline(
                channels == 3 ? org.confounderlab.engine.image.ColourMode.RGB
                        : org.confounderlab.engine.image.ColourMode.GRAY, 224,
                org.confounderlab.engine.image.Interpolation.BILINEAR, channels == 3
                        ? org.confounderlab.engine.image.Normalisation.IMAGENET
                        : org.confounderlab.engine.image.Normalisation.IMAGENET_GRAY);
        int length = pipeline.tensorLength();
        float[] tensors = new float[files.size() * length];
        for (int i = 0; i < files.size(); i++) {
            System.arraycopy(pipeline.prepare(i, files.get(i)).tensor(), 0, tensors, i * length, length);
        }
        TensorBatch images = new TensorBatch(tensors, new float[files.size()][3], files.size(), channels, 224,
                TorchvisionReference.LABELS);
        java.util.Map<String, double[][]> pytorch = reference.score(architecture, images, folder);
        ImageClassifier classifier = untrained(architecture, reference.file(architecture + ".pth"), images,
                new ArrayList<>());
        assertClose(pytorch.get("probabilities"), classifier.predict(images), "real radiographs, " + architecture
                + ", probabilities");
        assertClose(pytorch.get("features"), ((InspectableClassifier) classifier).features(images),
                "real radiographs, " + architecture + ", features");
    }

    static Stream<Arguments> realCases() {
        return Stream.of(Arguments.of("resnet18", 3), Arguments.of("densenet121", 1));
    }

    @Test
    void theCommittedReferenceIsWhatThisPyTorchMakes() throws IOException {
        TorchvisionReference committed = TorchvisionReference.committed();
        if (!committed.header().equals(reference.header())) {
            System.out.println("reference.tsv was made by " + committed.header() + "; this machine has "
                    + reference.header() + ": not compared");
            return;
        }
        for (String architecture : List.of("resnet18", "densenet121")) {
            for (String kind : List.of("rgb", "gray")) {
                for (String quantity : List.of("probabilities", "features")) {
                    double[][] fresh = reference.values(architecture, kind, quantity);
                    double[][] stored = committed.values(architecture, kind, quantity);
                    for (int n = 0; n < fresh.length; n++) {
                        for (int v = 0; v < fresh[n].length; v++) {
                            assertEquals(stored[n][v], fresh[n][v], 1e-7 * Math.max(1, Math.abs(stored[n][v])),
                                    architecture + " " + kind + " " + quantity);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aClassifierWithOtherOutputsStartsFreshAndTheRestLoads() throws Exception {
        List<String> twoLabels = List.of("effusion", "marker");
        TensorBatch images = TorchvisionReference.images(3, twoLabels);
        List<InitialWeightsReport> reports = new ArrayList<>();
        ImageClassifier classifier = untrained("resnet18", reference.file("resnet18.safetensors"), images, reports);

        InitialWeightsReport report = reports.get(0);
        assertEquals(1, report.initialised().size(), report.initialised().toString());
        assertTrue(report.initialised().get(0).contains("fc.weight and fc.bias: 3 outputs in the file, 2 labels"),
                report.initialised().get(0));
        assertEquals(20 + 20 * 4, report.loaded().size());
        assertClose(reference.values("resnet18", "rgb", "features"),
                ((InspectableClassifier) classifier).features(images), "features under a fresh classifier");
    }

    @Test
    void aWrappersPrefixAndTorchvisionsOldDenseNetNamesAreRead() throws Exception {
        TensorBatch images = TorchvisionReference.images(1, TorchvisionReference.LABELS);
        List<InitialWeightsReport> reports = new ArrayList<>();
        ImageClassifier classifier = untrained("densenet121", reference.file("densenet121-old-names.pth"), images,
                reports);
        assertClose(reference.values("densenet121", "gray", "probabilities"), classifier.predict(images),
                "densenet121 with old names");
        List<String> adaptations = reports.get(0).adaptations();
        assertTrue(adaptations.contains("names read without the prefix 'module.'"), adaptations.toString());
        assertTrue(adaptations.contains("DenseNet names in the old form (norm.1) read as norm1"),
                adaptations.toString());
        assertTrue(reports.get(0).loaded().contains("module.features.denseblock1.denselayer1.norm.1.weight"),
                "loaded tensors are named as in the file");
    }

    @Test
    void float16WeightsLoadToTheirRoundedValues() throws Exception {
        TensorBatch images = TorchvisionReference.images(3, TorchvisionReference.LABELS);
        ImageClassifier classifier = untrained("resnet18", reference.file("resnet18-f16.safetensors"), images,
                new ArrayList<>());
        double[][] expected = reference.values("resnet18", "rgb", "probabilities");
        double[][] scores = classifier.predict(images);
        for (int n = 0; n < expected.length; n++) {
            for (int l = 0; l < expected[n].length; l++) {
                assertEquals(expected[n][l], scores[n][l], 0.02, "float16 rounding moves scores a little only");
            }
        }
    }

    @Test
    void aShapeThatDoesNotFitIsNamedWithBothShapes() throws Exception {
        Path file = reference.file("resnet18-bad-shape.safetensors");
        TrainingException e = assertThrows(TrainingException.class, () -> untrained("resnet18", file,
                TorchvisionReference.images(3, TorchvisionReference.LABELS), new ArrayList<>()));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("layer1.0.conv1.weight: the file has [32, 64, 3, 3], the model needs "
                + "[64, 64, 3, 3]"), e.getMessage());
        assertTrue(e.getMessage().contains("Nothing was loaded"), e.getMessage());
    }

    @Test
    void anotherArchitecturesFileListsWhatIsMissingAndUnknown() throws Exception {
        Path file = reference.file("resnet18.pth");
        TrainingException e = assertThrows(TrainingException.class, () -> untrained("densenet121", file,
                TorchvisionReference.images(1, TorchvisionReference.LABELS), new ArrayList<>()));
        assertTrue(e.getMessage().contains("features.conv0.weight: missing from the file"), e.getMessage());
        assertTrue(e.getMessage().contains("Names in the file that the model does not have"), e.getMessage());
        assertTrue(e.getMessage().contains("layer1.0.conv1.weight"), e.getMessage());
    }

    @Test
    void aPickleNamingOsSystemIsRefusedBeforeAnythingRuns(@TempDir Path temporary) throws Exception {
        Path file = temporary.resolve("evil.pth");
        Path marker = temporary.resolve("ran");
        // A zip archive as torch.save writes it whose data.pkl calls os.system('touch <marker>') when unpickled.
        String command = "touch " + marker;
        java.io.ByteArrayOutputStream pickle = new java.io.ByteArrayOutputStream();
        pickle.write(new byte[] {(byte) 0x80, 2});
        pickle.write("cos\nsystem\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        byte[] text = command.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        pickle.write('X');
        pickle.write(new byte[] {(byte) text.length, 0, 0, 0});
        pickle.write(text);
        pickle.write(new byte[] {(byte) 0x85, 'R', '.'});
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("archive/data.pkl"));
            zip.write(pickle.toByteArray());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("archive/version"));
            zip.write("3\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        TrainingException e = assertThrows(TrainingException.class, () -> untrained("resnet18", file,
                TorchvisionReference.images(3, TorchvisionReference.LABELS), new ArrayList<>()));
        assertTrue(e.getMessage().contains("os.system") && e.getMessage().contains(file.toString()), e.getMessage());
        assertFalse(Files.exists(marker), "the pickle's command ran");
    }

    @Test
    void fineTuningFromLoadedWeightsLearnsWithTheFirstEpochFrozen() throws Exception {
        Path file = reference.file("resnet18.safetensors");
        List<String> labels = List.of("marker");
        TensorBatch train = NoiseImages.alternating(48, 32, labels, 11);
        TensorBatch validation = NoiseImages.alternating(16, 32, labels, 12);
        List<EpochSummary> epochs = new ArrayList<>();
        TrainingSettings settings = new TrainingSettings(Architecture.RESNET18, 4, 16, 1e-3, 0, 5)
                .withWeightsFile(file).withFreezeEpochs(1);
        ImageClassifier classifier = new Dl4jBackend().train(train, validation, settings, new TrainingListener() {
            @Override
            public void onEpoch(EpochSummary epoch) {
                epochs.add(epoch);
            }
        });
        assertEquals(4, epochs.size());
        assertTrue(epochs.get(0).backboneFrozen());
        assertFalse(epochs.get(1).backboneFrozen() || epochs.get(2).backboneFrozen() || epochs.get(3).backboneFrozen());
        System.out.println("fine-tuning ResNet-18 from torchvision weights, train loss by epoch: "
                + epochs.stream().map(e -> String.format(java.util.Locale.ROOT, "%.4f%s", e.trainLoss(),
                        e.backboneFrozen() ? " (frozen)" : "")).toList());
        assertTrue(epochs.get(3).trainLoss() < epochs.get(0).trainLoss(), "loss falls: " + epochs);
        assertEquals(validation.count(), classifier.predict(validation).length);
    }

    @Test
    void aFrozenEpochChangesTheClassifierOnly() throws Exception {
        Path file = reference.file("resnet18.safetensors");
        TensorBatch train = rgb(NoiseImages.alternating(16, 32, TorchvisionReference.LABELS, 13));
        TensorBatch images = TorchvisionReference.images(3, TorchvisionReference.LABELS);
        TrainingSettings settings = new TrainingSettings(Architecture.RESNET18, 1, 8, 1e-2, 0, 5)
                .withWeightsFile(file).withFreezeEpochs(1);
        ImageClassifier classifier = new Dl4jBackend().train(train, train, settings, epoch -> { });
        // Features come from the frozen network: still PyTorch's (batch-norm statistics untouched too).
        assertClose(reference.values("resnet18", "rgb", "features"),
                ((InspectableClassifier) classifier).features(images), "features after a frozen epoch");
        double[][] expected = reference.values("resnet18", "rgb", "probabilities");
        double[][] scores = classifier.predict(images);
        double change = 0;
        for (int n = 0; n < expected.length; n++) {
            for (int l = 0; l < expected[n].length; l++) {
                change = Math.max(change, Math.abs(expected[n][l] - scores[n][l]));
            }
        }
        assertTrue(change > 1e-3, "the classifier learned: largest change " + change);
    }

    /** {@code gray}'s images as three equal channels. */
    private static TensorBatch rgb(TensorBatch gray) {
        int plane = gray.size() * gray.size();
        float[] tensors = new float[gray.count() * 3 * plane];
        for (int n = 0; n < gray.count(); n++) {
            for (int c = 0; c < 3; c++) {
                System.arraycopy(gray.tensors(), n * plane, tensors, (n * 3 + c) * plane, plane);
            }
        }
        float[][] targets = new float[gray.count()][];
        for (int n = 0; n < gray.count(); n++) {
            targets[n] = gray.target(n);
        }
        return new TensorBatch(tensors, targets, gray.count(), 3, gray.size(), gray.labels());
    }

    /** The classifier {@code file} makes, trained for 0 epochs (the initial weights, evaluated as they are). */
    private static ImageClassifier untrained(String architecture, Path file, TensorBatch images,
            List<InitialWeightsReport> reports) throws TrainingException {
        TrainingSettings settings = new TrainingSettings(architecture.equals("resnet18") ? Architecture.RESNET18
                : Architecture.DENSENET121, 0, 4, 1e-3, 0, 1).withWeightsFile(file);
        return new Dl4jBackend().train(images, images, settings, new TrainingListener() {
            @Override
            public void onEpoch(EpochSummary epoch) {
                throw new AssertionError("0 epochs train none");
            }

            @Override
            public void onInitialWeights(InitialWeightsReport report) {
                reports.add(report);
            }
        });
    }

    private static void assertClose(double[][] expected, double[][] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double worst = 0;
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n].length, actual[n].length, what);
            for (int v = 0; v < expected[n].length; v++) {
                worst = Math.max(worst, Math.abs(expected[n][v] - actual[n][v]) / Math.max(1, Math.abs(expected[n][v])));
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%s: largest difference from PyTorch %.2e%n", what, worst);
        assertTrue(worst <= TOLERANCE, what + ": largest difference from PyTorch " + worst);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.diagnostics.AttentionSummary;
import org.confounderlab.engine.diagnostics.SaliencyAnalysis;
import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.dl4j.LabelledImages;
import org.confounderlab.engine.dl4j.NetworkInspector;
import org.confounderlab.engine.dl4j.ResNet18;
import org.confounderlab.engine.dl4j.SmallCnn;
import org.confounderlab.engine.dl4j.TrainableNetwork;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.report.Canvas;
import org.confounderlab.engine.report.HeatmapOverlay;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.LayerGradients;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Architecture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Grad-CAM's gradients equal finite differences of the logit through the real network, for every explainable layer
 * of the small CNN and for ResNet-18's final feature maps; a model that learned the lesion points at it.
 */
class GradCamTest {

    private static final List<String> LABELS = List.of(SyntheticGenerator.LABEL);

    @Test
    void smallCnnGradientsMatchFiniteDifferences() throws Exception {
        TrainableNetwork network = TrainableNetwork.of(SmallCnn.configuration(32, 1, 2, 1e-3, 0, 3));
        TensorBatch batch = NoiseImages.alternating(3, 32, List.of("a", "b"), 1);
        network.fit(LabelledImages.of(batch).features(), LabelledImages.of(batch).labels()); // not at the init
        NetworkInspector inspector = new NetworkInspector(network);
        assertEquals(3, inspector.camLayers().size(), inspector.camLayers().toString());
        for (String layer : inspector.camLayers()) {
            checkAgainstFiniteDifferences(network, inspector, batch, layer);
        }
        assertThrows(IllegalArgumentException.class,
                () -> inspector.gradients(LabelledImages.of(batch).features(), "no-such-layer", 0));
    }

    @Test
    void resNetGradientsAtTheFinalFeatureMapsMatchFiniteDifferences() throws Exception {
        TrainableNetwork network = TrainableNetwork.of(ResNet18.configuration(32, 1, 2, 1e-3, 0, 3));
        NetworkInspector inspector = new NetworkInspector(network);
        assertEquals(1, inspector.camLayers().size());
        checkAgainstFiniteDifferences(network, inspector, NoiseImages.alternating(2, 32, List.of("a", "b"), 2), inspector.camLayers().get(0));
    }

    private static void checkAgainstFiniteDifferences(TrainableNetwork network, NetworkInspector inspector,
            TensorBatch batch, String layer) {
        INDArray input = LabelledImages.of(batch).features();
        INDArray activations = inspector.activations(layer, input);
        // The head rebuilt after the layer gives exactly the network's logits.
        INDArray probabilities = network.predict(input);
        INDArray logits = inspector.headLogits(layer, activations);
        for (int i = 0; i < batch.count(); i++) {
            double p = probabilities.getDouble(i, 0);
            assertEquals(Math.log(p / (1 - p)), logits.getDouble(i, 0), 1e-3, layer + ": head logit of image " + i);
        }
        LayerGradients gradients = inspector.gradients(input, layer, 0);
        Random random = new Random(7);
        double eps = 1e-3;
        int checked = 0;
        for (int trial = 0; trial < 600 && checked < 12; trial++) {
            int index = random.nextInt(gradients.gradients().length);
            double analytic = gradients.gradients()[index];
            int image = index / gradients.imageLength();
            long[] position = position(index, gradients);
            assertEquals(activations.getDouble(position), gradients.activations()[index], 1e-6,
                    layer + ": activation layout at " + index);
            if (Math.abs(analytic) < 1e-4) {
                continue; // ReLU-dead or not the pooling maximum: nothing to compare
            }
            double base = inspector.headLogits(layer, activations).getDouble(image, 0);
            INDArray plus = activations.dup();
            plus.putScalar(position, plus.getDouble(position) + eps);
            INDArray minus = activations.dup();
            minus.putScalar(position, minus.getDouble(position) - eps);
            double forward = (inspector.headLogits(layer, plus).getDouble(image, 0) - base) / eps;
            double backward = (base - inspector.headLogits(layer, minus).getDouble(image, 0)) / eps;
            if (Math.abs(forward - backward) > 0.1 * Math.max(Math.abs(forward), Math.abs(backward))) {
                continue; // a ReLU or max-pooling kink lies within eps: the function is not differentiable here
            }
            assertEquals((forward + backward) / 2, analytic, 1e-3 + 0.03 * Math.abs(analytic), layer + " at "
                    + index);
            checked++;
        }
        assertTrue(checked >= 5, layer + ": only " + checked + " non-zero gradients checked");
    }

    private static long[] position(int index, LayerGradients g) {
        int hw = g.height() * g.width();
        int image = index / g.imageLength();
        int rest = index % g.imageLength();
        return new long[] {image, rest / hw, rest % hw / g.width(), rest % g.width()};
    }

    @Test
    void aModelThatLearnedTheLesionPointsAtIt(@TempDir Path folder) throws Exception {
        // No shortcut at all, a clearly visible lesion: the only thing to learn is the lesion. At 32 px the small CNN
        // leaves its initial plateau after ~10 epochs of 1200 images and reaches a held-out AUC near 1.
        SyntheticDataSpec spec = SyntheticDataSpec.defaults().withSize(32).withCount(1200).withImagesPerPatient(2)
                .withPrevalence(0.5).withMarkerStrength(0).withInitialsStrength(0).withSiteStrength(0)
                .withSexCorrelateStrength(0).withLesionContrast(1.0).withSeed(21);
        Path manifestFile = new SyntheticGenerator(spec).generate(folder).manifest();
        Manifest manifest = new GenericCsvImporter(LABELS).read(manifestFile, ImportOptions.strict()).manifest();
        List<ManifestEntry> train = manifest.entries().stream().filter(e -> e.officialSplit() == SplitName.TRAIN)
                .toList();
        List<ManifestEntry> held = manifest.entries().stream().filter(e -> e.officialSplit() != SplitName.TRAIN)
                .toList();
        TensorLoader loader = new TensorLoader(ImagePipeline.gray(32), 2);
        TensorBatch trainImages = loader.load(train, LABELS);
        TensorBatch heldImages = loader.load(held, LABELS);
        InspectableClassifier model = (InspectableClassifier) new Dl4jBackend().train(trainImages, heldImages,
                new TrainingSettings(Architecture.SMALL_CNN, 18, 32, 3e-3, 1e-5, 42), e -> { });
        org.confounderlab.engine.input.StreamedImages heldSource = org.confounderlab.engine.input.StreamedImages.of(
                held, LABELS, new org.confounderlab.engine.input.DecodingStore(ImagePipeline.gray(32)),
                org.confounderlab.engine.image.Normalisation.IDENTITY, ManifestEntry::regions,
                new org.confounderlab.engine.input.StreamedImages.Reading(0, 1));
        List<Map<String, Box>> regions = new java.util.ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            regions.add(heldSource.inputRegions(i));
        }
        SaliencyAnalysis.Result result = new SaliencyAnalysis(model, new SaliencyAnalysis.Options("", 500, 0.05, 1,
                4, 0, 8)).analyse(heldImages, regions, List.of("lesion", "laterality"), List.of(0));
        AttentionSummary lesion = result.summaries().stream().filter(s -> s.region().equals("lesion")
                && s.subset().equals(AttentionSummary.PRESENT)).findFirst().orElseThrow();
        double auc = org.confounderlab.engine.stats.RankAuc.auc(java.util.Arrays.stream(model.predict(heldImages))
                .mapToDouble(r -> r[0]).toArray(), heldImages.positives(0));
        System.out.printf("lesion model: held-out AUC %.3f%n", auc);
        assertTrue(auc > 0.95, "the model learned the lesion: AUC " + auc);
        System.out.printf("lesion model: Grad-CAM share on the lesion %.3f (area %.3f, %.1f×), pointing game %.2f "
                + "over %d images, randomisation ρ %.2f%n", lesion.meanShare(), lesion.areaShare(), lesion.ratio(),
                lesion.pointingHitRate(), lesion.n(), lesion.randomisationRankCorrelation());
        // Overlays to look at: target/gradcam-lesion/.
        Path overlays = Files.createDirectories(Path.of("target", "gradcam-lesion"));
        for (SaliencyAnalysis.WorstCase worst : result.worstCases()) {
            int size = heldImages.size();
            float[] gray = java.util.Arrays.copyOfRange(heldImages.tensors(), worst.image() * size * size,
                    (worst.image() + 1) * size * size);
            Files.write(overlays.resolve("image-" + worst.image() + ".png"), Canvas.png(HeatmapOverlay.draw(gray,
                    worst.map(), regions.get(worst.image()), worst.region() + " " + worst.share())));
        }
        assertTrue(lesion.pointingHitRate() > 0.6, "pointing game hit rate " + lesion.pointingHitRate());
        assertTrue(lesion.ratio() > 2, "lesion attention ×area " + lesion.ratio());
        assertFalse(Double.isNaN(lesion.randomisationRankCorrelation()));
        assertEquals(4, result.worstCases().size());
    }
}

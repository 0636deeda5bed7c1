package org.confounderlab.engine.onnxruntime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.diagnostics.GradCam;
import org.confounderlab.engine.imported.ImportRequest;
import org.confounderlab.engine.imported.ImportedModel;
import org.confounderlab.engine.onnxruntime.OnnxClassifier;
import org.confounderlab.engine.onnxruntime.OnnxRuntimeImporter;
import org.confounderlab.engine.training.InspectableClassifier;
import org.confounderlab.engine.training.LayerGradients;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.OutputActivation;
import org.confounderlab.model.experiment.TensorLayout;
import org.junit.jupiter.api.Test;

/**
 * Models exported by Debian's PyTorch, run by ONNX Runtime through {@link OnnxClassifier}: the scores, and Grad-CAM
 * at the final feature maps from the head's weight, equal what PyTorch computes (its Grad-CAM with autograd's
 * gradient) to 1e-4; the same model exported with a Sigmoid, a fixed batch or an NHWC input scores the same.
 */
class OnnxClassifierTest {

    static final double TOLERANCE = 1e-4;

    static ImportRequest request(Path file, int channels, List<String> labels, TensorLayout layout) {
        return new ImportRequest(file, "", layout, "", "", List.of(), labels, channels, PyTorchModels.SIZE,
                OutputActivation.SIGMOID, BackendKind.CPU, 0, 2);
    }

    static ImportedModel open(Path file, int channels, List<String> labels) throws Exception {
        return new OnnxRuntimeImporter().open(request(file, channels, labels, TensorLayout.NCHW));
    }

    @Test
    void resnet18ScoresAndGradCamEqualPyTorch() throws Exception {
        PyTorchModels models = PyTorchModels.get();
        List<String> labels = List.of("a", "b");
        ImportedModel imported = open(models.model("resnet18.onnx"), 3, labels);
        InspectableClassifier model = imported.classifier();
        TensorBatch images = models.inputs("resnet18", 3, 3, labels);
        double[][] scores = model.predict(images);
        for (int i = 0; i < 3; i++) {
            assertClose(models.value("resnet18", "probabilities", i), scores[i], TOLERANCE, "resnet18 image " + i);
        }
        assertEquals(1, model.camLayers().size(), imported.saliency());
        assertTrue(imported.saliency().startsWith("Grad-CAM at "), imported.saliency());
        assertTrue(imported.output().contains("logits, through the experiment's sigmoid"), imported.output());
        String layer = model.camLayers().get(0);
        for (int label = 0; label < 2; label++) {
            LayerGradients gradients = model.gradients(images, layer, label);
            assertEquals(512, gradients.channels());
            assertEquals(2, gradients.height(), "64 px in, 2×2 maps at layer4");
            float[][] coarse = GradCam.coarse(gradients);
            for (int i = 0; i < 3; i++) {
                assertClose(models.value("resnet18", "gradcam-" + label, i), toDouble(coarse[i]), TOLERANCE,
                        "resnet18 Grad-CAM, output " + label + ", image " + i);
            }
        }
        assertTrue(anyPositive(models, "resnet18", "gradcam-0", 3) && anyPositive(models, "resnet18", "gradcam-1", 3),
                "the compared Grad-CAM maps are not all zero");
        double[][] features = model.features(images);
        assertEquals(512, features[0].length);
        OnnxClassifier.Activations maps = ((OnnxClassifier) model).activations(images, layer);
        assertEquals(List.of(3L, 512L, 2L, 2L), java.util.Arrays.stream(maps.shape()).boxed().toList());
        for (int c = 0; c < 512; c += 97) {
            double mean = 0;
            for (int p = 0; p < 4; p++) {
                mean += maps.values()[c * 4 + p] / 4.0;
            }
            assertEquals(mean, features[0][c], 1e-5, "features are the pooled maps, channel " + c);
        }
    }

    /**
     * Real NIH ChestX-ray14 radiographs (1024² and 512²), decoded and letterboxed to 224² by the engine's own
     * pipeline with ImageNet normalisation, through torchvision's densenet121 exported with ChestX-ray14's 14
     * outputs: two of its labels are read by name from their columns, and scores and Grad-CAM equal PyTorch's.
     */
    @Test
    void aDenseNet121WithFourteenOutputsScoresAndExplainsRealRadiographsAsPyTorch() throws Exception {
        PyTorchModels models = PyTorchModels.get();
        List<String> nih = List.of("Atelectasis", "Cardiomegaly", "Effusion", "Infiltration", "Mass", "Nodule",
                "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema", "Fibrosis", "Pleural_Thickening",
                "Hernia");
        List<String> labels = List.of("Effusion", "Pneumothorax");
        Path real = Path.of("..", "org.confounderlab.engine.tests", "real");
        List<Path> files = List.of(real.resolve("nih-1024-00000001_000.png"), real.resolve("nih-512-00027426_000.png"));
        org.confounderlab.engine.image.ImagePipeline pipeline = new org.confounderlab.engine.image.ImagePipeline(
                org.confounderlab.engine.image.ColourMode.RGB, 224,
                org.confounderlab.engine.image.Interpolation.BILINEAR,
                org.confounderlab.engine.image.Normalisation.IMAGENET);
        int length = pipeline.tensorLength();
        float[] tensors = new float[files.size() * length];
        for (int i = 0; i < files.size(); i++) {
            System.arraycopy(pipeline.prepare(i, files.get(i)).tensor(), 0, tensors, i * length, length);
        }
        TensorBatch images = new TensorBatch(tensors, new float[files.size()][2], files.size(), 3, 224, labels);
        PyTorchModels pytorch = models.scoreDenseNet(images, new int[] {2, 7});
        ImportRequest request = new ImportRequest(models.model("densenet121.onnx"), "", TensorLayout.NCHW, "", "",
                nih, labels, 3, 224, OutputActivation.SIGMOID, BackendKind.CPU, 0, 2);
        ImportedModel imported = new OnnxRuntimeImporter().open(request);
        InspectableClassifier model = imported.classifier();
        double[][] scores = model.predict(images);
        for (int i = 0; i < files.size(); i++) {
            double[] logits = pytorch.value("densenet121", "logits", i);
            assertClose(new double[] {1 / (1 + Math.exp(-logits[2])), 1 / (1 + Math.exp(-logits[7]))}, scores[i],
                    TOLERANCE, "densenet121 on " + files.get(i).getFileName());
        }
        for (int label = 0; label < 2; label++) {
            LayerGradients gradients = model.gradients(images, model.camLayers().get(0), label);
            assertEquals(1024, gradients.channels());
            assertEquals(7, gradients.height());
            float[][] coarse = GradCam.coarse(gradients);
            for (int i = 0; i < files.size(); i++) {
                assertClose(pytorch.value("densenet121", "gradcam-" + (label == 0 ? 2 : 7), i), toDouble(coarse[i]),
                        TOLERANCE, "densenet121 Grad-CAM of " + labels.get(label) + " on " + files.get(i).getFileName());
            }
        }
        assertTrue(imported.output().contains("Effusion from column 2, Pneumothorax from column 7"), imported.output());
        assertTrue(anyPositive(pytorch, "densenet121", "gradcam-2", 2) && anyPositive(pytorch, "densenet121",
                "gradcam-7", 2), "the compared Grad-CAM maps are not all zero");
    }

    @Test
    void theMarkerCnnTrainedInPyTorchScoresAndExplainsAsInPyTorch() throws Exception {
        PyTorchModels models = PyTorchModels.get();
        List<String> labels = List.of("finding");
        TensorBatch images = models.inputs("marker-cnn", 4, 1, labels);
        for (String file : List.of("marker-cnn.onnx", "marker-cnn-sigmoid.onnx", "marker-cnn-batch1.onnx")) {
            ImportedModel imported = open(models.model(file), 1, labels);
            double[][] scores = imported.classifier().predict(images);
            for (int i = 0; i < 4; i++) {
                assertClose(models.value("marker-cnn", "probabilities", i), scores[i], TOLERANCE, file + " " + i);
            }
            float[][] coarse = GradCam.coarse(imported.classifier().gradients(images,
                    imported.classifier().camLayers().get(0), 0));
            for (int i = 0; i < 4; i++) {
                assertClose(models.value("marker-cnn", "gradcam-0", i), toDouble(coarse[i]), TOLERANCE,
                        file + " Grad-CAM " + i);
            }
            if (file.contains("sigmoid")) {
                assertTrue(imported.output().contains("probabilities the model computes itself (it ends in "
                        + "Sigmoid)"), imported.output());
            }
            if (file.contains("batch1")) {
                assertTrue(imported.input().contains("fixed batch 1"), imported.input());
            }
        }
        assertTrue(anyPositive(models, "marker-cnn", "gradcam-0", 4), "the compared Grad-CAM maps are not all zero");
        ImportedModel nhwc = new OnnxRuntimeImporter().open(request(models.model("marker-cnn-nhwc.onnx"), 1, labels,
                TensorLayout.NHWC));
        double[][] scores = nhwc.classifier().predict(images);
        for (int i = 0; i < 4; i++) {
            assertClose(models.value("marker-cnn", "probabilities", i), scores[i], TOLERANCE, "NHWC " + i);
        }
    }

    @Test
    void outputLabelsPickTheColumnsAndSoftmaxUsesThemAll() throws Exception {
        PyTorchModels models = PyTorchModels.get();
        TensorBatch images = models.inputs("resnet18", 3, 3, List.of("b"));
        ImportRequest second = new ImportRequest(models.model("resnet18.onnx"), "image", TensorLayout.NCHW, "logits",
                "", List.of("a", "b"), List.of("b"), 3, PyTorchModels.SIZE, OutputActivation.SOFTMAX, BackendKind.CPU,
                0, 2);
        ImportedModel imported = new OnnxRuntimeImporter().open(second);
        double[][] scores = imported.classifier().predict(images);
        for (int i = 0; i < 3; i++) {
            double[] logits = models.value("resnet18", "logits", i);
            double softmax = Math.exp(logits[1]) / (Math.exp(logits[0]) + Math.exp(logits[1]));
            assertEquals(softmax, scores[i][0], TOLERANCE, "column 1 through the softmax over both");
        }
        assertTrue(imported.output().contains("b from column 1"), imported.output());
        float[][] coarse = GradCam.coarse(imported.classifier().gradients(images,
                imported.classifier().camLayers().get(0), 0));
        assertClose(models.value("resnet18", "gradcam-1", 0), toDouble(coarse[0]), TOLERANCE,
                "Grad-CAM of label b is output 1's");
    }

    @Test
    void theRandomisedModelHasOtherWeightsAndTheSameLayers() throws Exception {
        PyTorchModels models = PyTorchModels.get();
        List<String> labels = List.of("finding");
        InspectableClassifier model = open(models.model("marker-cnn.onnx"), 1, labels).classifier();
        InspectableClassifier random = model.randomised();
        TensorBatch images = models.inputs("marker-cnn", 4, 1, labels);
        assertEquals(model.camLayers(), random.camLayers());
        double[][] trained = model.predict(images);
        double[][] redrawn = random.predict(images);
        assertNotEquals(trained[0][0], redrawn[0][0], 1e-6);
        assertArrayEquals(redrawn, model.randomised().predict(images), "seeded: the same weights each time");
        LayerGradients a = model.gradients(images, model.camLayers().get(0), 0);
        LayerGradients b = random.gradients(images, random.camLayers().get(0), 0);
        assertNotEquals(a.gradients()[0], b.gradients()[0], "the head is re-drawn too");
        assertThrows(IllegalArgumentException.class, () -> model.gradients(images, "no-such-layer", 0));
    }

    @Test
    void aModelWithoutPoolingAndLinearHeadOffersNoGradCamAndSaysWhy() throws Exception {
        Path noGap = Path.of("../org.confounderlab.engine.tests/onnx/no-gap.onnx");
        ImportRequest request = new ImportRequest(noGap, "", TensorLayout.NCHW, "", "", List.of("x", "y"),
                List.of("y"), 1, 32, OutputActivation.SIGMOID, BackendKind.CPU, 0, 1);
        ImportedModel imported = new OnnxRuntimeImporter().open(request);
        assertTrue(imported.classifier().camLayers().isEmpty());
        assertTrue(imported.saliency().startsWith("occlusion, no Grad-CAM: "), imported.saliency());
        assertTrue(imported.features().contains("spatial mean of the last feature maps"), imported.features());
        TensorBatch zeros = new TensorBatch(new float[2 * 32 * 32], new float[2][1], 2, 1, 32, List.of("y"));
        assertEquals(2, imported.classifier().predict(zeros).length);
        assertFalse(imported.classifier().features(zeros)[0].length == 0);
    }

    @Test
    void theCommittedReferenceIsWhatThisPyTorchMakes() throws Exception {
        PyTorchModels fresh = PyTorchModels.get();
        PyTorchModels committed = PyTorchModels.committed();
        org.junit.jupiter.api.Assumptions.assumeTrue(fresh.header.equals(committed.header),
                "committed with " + committed.header + ", this is " + fresh.header);
        assertEquals(committed.values().keySet(), fresh.values().keySet());
        for (Map.Entry<String, double[]> entry : committed.values().entrySet()) {
            assertClose(entry.getValue(), fresh.values().get(entry.getKey()), 1e-5, entry.getKey());
        }
    }

    /** Whether any map of {@code model}'s {@code quantity} in PyTorch's reference has a positive value. */
    static boolean anyPositive(PyTorchModels models, String model, String quantity, int images) {
        for (int i = 0; i < images; i++) {
            for (double v : models.value(model, quantity, i)) {
                if (v > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static void assertClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double scale = 0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        scale = scale > 0 ? scale : 1; // relative to the largest value (a Grad-CAM map's peak), absolute for zeros
        double largest = 0;
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], tolerance * scale, what + " [" + i + "]");
            largest = Math.max(largest, Math.abs(expected[i] - actual[i]) / scale);
        }
        System.out.printf(java.util.Locale.ROOT, "agreement: %s: largest |difference| %.2e (of the largest value, "
                + "%.3g)%n", what, largest, scale);
    }

    private static void assertArrayEquals(double[][] expected, double[][] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected[i], actual[i], what);
        }
    }

    static double[] toDouble(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}

package org.confounderlab.engine.onnxruntime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.confounderlab.engine.imported.ImportRequest;
import org.confounderlab.engine.imported.ModelImportException;
import org.confounderlab.engine.onnxruntime.OnnxRuntimeImporter;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.OutputActivation;
import org.confounderlab.model.experiment.TensorLayout;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files and settings the audit cannot use are refused when the model is opened, before any data is read, each with
 * a message naming the model file and the input, output or operator at fault.
 */
class OnnxBadInputTest {

    private static final List<String> LABELS = List.of("finding");

    private static String refusal(Path file, String input, String output, List<String> outputLabels,
            List<String> labels, int channels, int size, TensorLayout layout) {
        ImportRequest request = new ImportRequest(file, input, layout, output, "", outputLabels, labels, channels,
                size, OutputActivation.SIGMOID, BackendKind.CPU, 0, 1);
        ModelImportException e = assertThrows(ModelImportException.class,
                () -> new OnnxRuntimeImporter().open(request));
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
        return e.getMessage();
    }

    private static String refusal(Path file, int channels, int size) {
        return refusal(file, "", "", List.of(), LABELS, channels, size, TensorLayout.NCHW);
    }

    @Test
    void filesThatAreNoUsableOnnxModel(@TempDir Path folder) throws Exception {
        PyTorchModels models = PyTorchModels.get();
        Path missing = folder.resolve("missing.onnx");
        assertTrue(refusal(missing, 1, 64).contains("does not exist"));
        Path png = folder.resolve("radiograph.onnx");
        Files.copy(models.audit.resolve("data/images/img_00000.png"), png);
        assertTrue(refusal(png, 1, 64).contains("not an ONNX model"), refusal(png, 1, 64));
        byte[] whole = Files.readAllBytes(models.model("marker-cnn.onnx"));
        Path truncated = folder.resolve("truncated.onnx");
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(refusal(truncated, 1, 64).contains("truncated"), refusal(truncated, 1, 64));
        Path empty = folder.resolve("empty.onnx");
        Files.write(empty, new byte[0]);
        assertTrue(refusal(empty, 1, 64).contains("empty"));
    }

    @Test
    void anInputThatDoesNotMatchTheExperiment() throws Exception {
        Path cnn = PyTorchModels.get().model("marker-cnn.onnx");
        String channels = refusal(cnn, 3, 64);
        assertTrue(channels.contains("the input image float [batch, 1, 64, 64] (read as NCHW) takes 1 channels, and "
                + "the experiment feeds 3: set the model's channels to 1"), channels);
        String size = refusal(cnn, 1, 224);
        assertTrue(size.contains("takes 64×64 images, and the experiment feeds 224×224: set the model's input size "
                + "to 64"), size);
        String layout = refusal(PyTorchModels.get().model("marker-cnn-nhwc.onnx"), 1, 64);
        assertTrue(layout.contains("(read as NCHW) takes 64 channels"), layout);
        String name = refusal(cnn, "pixels", "", List.of(), LABELS, 1, 64, TensorLayout.NCHW);
        assertTrue(name.contains("has no input pixels (the experiment's model.onnxInput); its input is image"), name);
        String two = refusal(PyTorchModels.get().model("two-inputs.onnx"), 1, 64);
        assertTrue(two.contains("has 2 inputs (image float [batch, 1, 64, 64], scale float [1, 1]); the audit feeds "
                + "one image input") || two.contains("has 2 inputs (image float [1, 1, 64, 64], scale float [1, 1])"),
                two);
    }

    @Test
    void outputsThatDoNotMatchTheLabels() throws Exception {
        Path cnn = PyTorchModels.get().model("marker-cnn.onnx");
        String missing = refusal(cnn, "", "probabilities", List.of(), LABELS, 1, 64, TensorLayout.NCHW);
        assertTrue(missing.contains("has no output probabilities (the experiment's model.onnxOutput); its outputs "
                + "are logits float [batch, 1]"), missing);
        String width = refusal(cnn, "", "", List.of(), List.of("finding", "effusion"), 1, 64, TensorLayout.NCHW);
        assertTrue(width.contains("the output logits float [batch, 1] has 1 columns, and the experiment has 2 labels"),
                width);
        String order = refusal(cnn, "", "", List.of("effusion"), LABELS, 1, 64, TensorLayout.NCHW);
        assertTrue(order.contains("model.outputLabels [effusion] has no column for the label finding"), order);
    }

    @Test
    void cudaWithTheCpuBuildSaysHowToGetTheGpuBuild() throws Exception {
        Path cnn = PyTorchModels.get().model("marker-cnn.onnx");
        ImportRequest request = new ImportRequest(cnn, "", TensorLayout.NCHW, "", "", List.of(), LABELS, 1, 64,
                OutputActivation.SIGMOID, BackendKind.CUDA, 0, 1);
        ModelImportException e = assertThrows(ModelImportException.class,
                () -> new OnnxRuntimeImporter().open(request));
        assertTrue(e.getMessage().contains("cannot run " + cnn + " on CUDA device 0 (providers available: [CPU]")
                && e.getMessage().contains("./confounderlab onnxruntime-gpu FOLDER"), e.getMessage());
    }

    @Test
    void anOperatorOnnxRuntimeLacksIsNamed(@TempDir Path folder) throws Exception {
        byte[] bytes = Files.readAllBytes(PyTorchModels.get().model("marker-cnn.onnx"));
        // Every "Relu" (op type, node and value names) becomes "Relx": the same length, so the file stays valid.
        byte[] relu = "Relu".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + relu.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + relu.length, relu, 0, relu.length)) {
                bytes[i + 3] = 'x';
            }
        }
        Path patched = folder.resolve("unknown-op.onnx");
        Files.write(patched, bytes);
        String message = refusal(patched, 1, 64);
        assertTrue(message.contains("ONNX Runtime 1.22.0 cannot load " + patched + ": "), message);
        assertTrue(message.contains("Relx"), message);
    }

    @Test
    void aRunWithABadModelFailsAtOnceNamingTheFile(@TempDir Path folder) throws Exception {
        PyTorchModels models = PyTorchModels.get();
        Path file = OnnxAuditRunTest.experiment(folder, models, "marker-cnn.onnx", 64, List.of());
        Files.write(folder.resolve("models/marker-cnn.onnx"), "not a model".getBytes(StandardCharsets.US_ASCII));
        String[] result = OnnxAuditRunTest.cli("run", file.toString());
        assertEquals("1", result[0], result[1] + result[2]);
        assertTrue(result[2].contains("marker-cnn.onnx"), result[2]);
        Path runFolder = OnnxAuditRunTest.onlyRunFolder(folder);
        Run run = RunFolder.read(runFolder);
        assertEquals(RunStatus.FAILED, run.getStatus());
        assertTrue(run.getErrorMessage().contains("marker-cnn.onnx") && run.getErrorMessage().contains(
                "not an ONNX model"), run.getErrorMessage());
        assertFalse(Files.exists(runFolder.resolve(RunFolder.PREDICTIONS_FILE)), "nothing evaluated");
        assertFalse(Files.exists(folder.resolve("runs/.cache")), "no image read, no cache built");
        assertTrue(run.getEpochs().isEmpty() && run.getAudit() == null, "stopped before the import");
    }
}

package org.confounderlab.engine.onnxruntime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.TensorLayout;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new user's path from the command line: {@code init DATA --onnx MODEL} writes an experiment that audits the model,
 * its input read off the file (name, layout, channels, size), and {@code run} on it completes with nothing trained.
 */
class InitFromOnnxTest {

    @Test
    void initReadsTheModelsInputAndTheExperimentRuns(@TempDir Path folder) throws Exception {
        PyTorchModels models = PyTorchModels.get();
        Files.createDirectories(folder.resolve("models"));
        Files.copy(models.model("marker-cnn-nhwc.onnx"), folder.resolve("models/marker-cnn-nhwc.onnx"));
        Path experimentFile = folder.resolve("audit.experiment");
        String[] init = OnnxAuditRunTest.cli("init", models.audit.resolve("data").toString(), "--onnx",
                folder.resolve("models/marker-cnn-nhwc.onnx").toString(), "--out", experimentFile.toString(),
                "--name", "onnx-audit");
        assertEquals("0", init[0], init[1] + init[2]);
        assertTrue(init[1].contains("model: Input: image float [batch, 64, 64, 1]"), init[1]);
        assertTrue(init[1].contains("model: Grad-CAM layer: "), init[1]);
        Experiment experiment = ModelFiles.loadExperiment(experimentFile);
        assertEquals(Architecture.ONNX, experiment.getModel().getArchitecture());
        assertEquals("models/marker-cnn-nhwc.onnx", experiment.getModel().getOnnxFile(), "relative to the experiment");
        assertEquals(TensorLayout.NHWC, experiment.getModel().getOnnxLayout());
        assertEquals(64, experiment.getModel().getInputSize());
        assertEquals(1, experiment.getModel().getChannels());
        assertEquals("image", experiment.getModel().getOnnxInput());
        assertEquals("logits", experiment.getModel().getOnnxOutput());

        String[] run = OnnxAuditRunTest.cli("run", experimentFile.toString(), "--threads", "2");
        assertEquals("0", run[0], run[1] + run[2]);
        Run done = RunFolder.read(OnnxAuditRunTest.onlyRunFolder(folder));
        assertEquals(RunStatus.COMPLETED, done.getStatus(), done.getErrorMessage());
        assertTrue(done.getEpochs().isEmpty());
        assertTrue(done.getImportedModel().getInput().contains("(NHWC)"), done.getImportedModel().getInput());
    }

    @Test
    void initRefusesAFileThatIsNoOnnxModel(@TempDir Path folder) throws Exception {
        PyTorchModels models = PyTorchModels.get();
        Path bad = folder.resolve("model.onnx");
        Files.writeString(bad, "not a model");
        String[] init = OnnxAuditRunTest.cli("init", models.audit.resolve("data").toString(), "--onnx",
                bad.toString(), "--out", folder.resolve("a.experiment").toString());
        assertEquals("2", init[0]);
        assertTrue(init[2].contains("init: --onnx " + bad + " is not an ONNX model"), init[2]);
        assertTrue(!Files.exists(folder.resolve("a.experiment")), "nothing written");
    }
}

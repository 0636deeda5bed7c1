package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.report.RunReport;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.InputNormalisation;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole runs from torchvision weights on generated radiographs: with 0 epochs the run evaluates and diagnoses the
 * starting weights (and says when its classifier is untrained); with freezeEpochs the first epoch trains the
 * classifier only. The run records the weights file, its checksum and what was loaded; the report shows them.
 */
class PretrainedRunTest {

    @TempDir
    static Path folder;
    private static TorchvisionReference reference;

    @BeforeAll
    static void makeData() throws Exception {
        reference = TorchvisionReference.make(folder.resolve("reference"));
        MarkerExperiment.generateData(folder, 0.9, 160, 0.4);
    }

    @Test
    void zeroEpochsAuditsTheStartingWeightsAsTheyAre() throws Exception {
        Experiment experiment = experiment("untrained", 0, 0);
        Run run = run(experiment, RunOptions.NONE);

        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        assertTrue(run.getEpochs().isEmpty());
        assertFalse(run.getEvaluations().isEmpty(), "the test images are evaluated");
        assertEquals(reference.file("resnet18.pth").toAbsolutePath().toString(), run.getInitialWeights().getFile());
        assertEquals(64, run.getInitialWeights().getSha256().length());
        assertEquals(100, run.getInitialWeights().getLoaded().size());
        assertEquals(List.of("fc.weight and fc.bias: 3 outputs in the file, 1 label in the experiment, so the "
                + "classifier starts fresh"), run.getInitialWeights().getInitialised());
        assertTrue(run.getFindings().stream().anyMatch(f -> "untrained-classifier".equals(f.getKind())),
                "a 0-epoch run with a fresh classifier says its scores are a random read-out");
        Path report = folder.resolve("untrained.html");
        new RunReport(run, folder).write(report);
        String html = Files.readString(report);
        assertTrue(html.contains("Starting weights: resnet18.pth (PyTorch zip archive, SHA-256 "
                + run.getInitialWeights().getSha256() + "): 100 tensors loaded"), html);
        assertTrue(html.contains("normalisation IMAGENET: (x − mean) / std with mean (0.485, 0.456, 0.406)"), html);
        assertTrue(html.contains("Not trained (0 epochs)"), html);
    }

    @Test
    void runEpochsZeroOverridesTheExperimentsEpochs() throws Exception {
        Run run = run(experiment("override", 3, 0), RunOptions.epochs(0));
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        assertTrue(run.getEpochs().isEmpty(), "run --epochs 0 trains none");
        assertEquals(0, run.getExperiment().getTraining().getEpochs());
    }

    @Test
    void fineTuningRecordsItsFrozenEpoch() throws Exception {
        Run run = run(experiment("finetuned", 2, 1), RunOptions.NONE);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        List<EpochRecord> epochs = run.getEpochs();
        assertEquals(2, epochs.size());
        assertTrue(epochs.get(0).isBackboneFrozen());
        assertFalse(epochs.get(1).isBackboneFrozen());
        assertTrue(run.getFindings().stream().noneMatch(f -> "untrained-classifier".equals(f.getKind())));
    }

    @Test
    void aMissingWeightsFileStopsTheRunBeforeTheImport() throws Exception {
        Experiment experiment = experiment("missing", 0, 0);
        experiment.getModel().setWeightsFile("weights/none.safetensors");
        Run run = run(experiment, RunOptions.NONE);
        assertEquals(RunStatus.FAILED, run.getStatus());
        assertTrue(run.getErrorMessage().contains("none.safetensors") && run.getErrorMessage().contains("does not "
                + "exist"), run.getErrorMessage());
        assertTrue(run.getInputs() == null, "stopped before the import");
    }

    /** ResNet-18 on 3-channel 64×64 input with ImageNet normalisation, from the reference's resnet18.pth. */
    private static Experiment experiment(String name, int epochs, int freezeEpochs) {
        Experiment experiment = MarkerExperiment.create(name);
        experiment.getModel().setArchitecture(Architecture.RESNET18);
        experiment.getModel().setChannels(3);
        experiment.getModel().setNormalisation(InputNormalisation.IMAGENET);
        experiment.getModel().setWeightsFile(reference.file("resnet18.pth").toString());
        experiment.getTraining().setEpochs(epochs);
        experiment.getTraining().setFreezeEpochs(freezeEpochs);
        experiment.getTraining().setBatchSize(16);
        experiment.getTraining().setLearningRate(1e-3);
        return experiment;
    }

    private static Run run(Experiment experiment, RunOptions options) throws Exception {
        Path file = folder.resolve(experiment.getName() + ".experiment");
        ModelFiles.save(experiment, file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            return new ExperimentRunner(new Dl4jBackend(), new PrintStream(log, true, StandardCharsets.UTF_8), 2)
                    .run(experiment, file, RunFolder.create(folder.resolve("runs"), experiment.getName()), options);
        } catch (Exception e) {
            for (Path run : Files.list(folder.resolve("runs").resolve(experiment.getName())).toList()) {
                return RunFolder.read(run);
            }
            throw e;
        } finally {
            System.out.println(experiment.getName() + ":\n" + log.toString(StandardCharsets.UTF_8));
        }
    }
}

package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data set whose decoded tensors are more than four times the engine's heap trains, evaluates and is explained
 * (Grad-CAM, probes, subgroups) to a completed run: 4,000 RGB images at 128² are 786 MB of floats, the engine's heap
 * is 176 MB. Before streaming, the whole set was one float array in the heap.
 */
class LargerThanHeapRunTest {

    private static final int IMAGES = 4000;
    private static final int SIZE = 128;
    private static final String HEAP = "176m";

    @Test
    void aDataSetFourTimesTheHeapRunsToCompletion(@TempDir Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(SIZE).withCount(IMAGES).withSeed(8))
                .generate(folder.resolve("data"));
        Experiment experiment = DemoExperiment.create(SIZE, 1);
        ExperimentTemplates.addColumnRegion(experiment, "laterality", "region:laterality", "the L/R marker");
        ExperimentTemplates.addDefaultInterventions(experiment);
        experiment.getModel().setChannels(3);
        experiment.getDiagnostics().setGradCam(true);
        experiment.getDiagnostics().setBootstrapResamples(100);
        Path experimentFile = folder.resolve("large.experiment");
        ModelFiles.save(experiment, experimentFile);
        long tensorBytes = 4L * IMAGES * 3 * SIZE * SIZE;
        assertTrue(tensorBytes >= 4L * 176 * 1024 * 1024, "the decoded set is at least 4× the heap");

        EngineProcess.Outcome outcome = EngineProcess.run(HEAP, folder.resolve("engine.log"), 20, "run",
                experimentFile.toString(), "--threads", "2");
        assertEquals(0, outcome.exitCode(), outcome.log());
        Run run = ModelFiles.loadRun(runFile(folder.resolve("runs")));
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        assertEquals(1, run.getEpochs().size());
        assertEquals(4, run.getEvaluations().size(), "original and the three counterfactual variants");
        assertEquals(3, run.getComparisons().size(), "each variant against the original (DeLong)");
        assertTrue(run.getEvaluations().get(0).getN() > 500, "test images: " + run.getEvaluations().get(0).getN());
        assertTrue(!run.getSaliency().isEmpty(), "Grad-CAM ran");
        assertTrue(run.getArtifacts().stream().anyMatch(a -> a.getDescription().startsWith("preprocessed cache, "
                + "built")), "the run says which cache it built");
        assertTrue(outcome.log().contains("cache: built"), outcome.log());
    }

    static Path runFile(Path runs) throws Exception {
        try (Stream<Path> files = Files.walk(runs)) {
            return files.filter(p -> p.getFileName().toString().equals(RunFolder.RUN_FILE)).findFirst()
                    .orElseThrow();
        }
    }
}

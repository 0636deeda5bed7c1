package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures leave a failed run with a message in plain words: a batch larger than the engine's heap (a real
 * OutOfMemoryError in a JVM with a small heap) says what ran out, how big the request was and what to change.
 */
class RunFailureTest {

    @Test
    void runningOutOfHeapLeavesAFailedRunThatSaysWhatToChange(@TempDir Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(400).withSeed(2))
                .generate(folder.resolve("data"));
        // A batch of 256 images of 512² floats is 268 MB, in a 128 MB heap.
        Experiment experiment = DemoExperiment.create(512, 1);
        experiment.getTraining().setBatchSize(256);
        Path experimentFile = folder.resolve("oom.experiment");
        ModelFiles.save(experiment, experimentFile);
        EngineProcess.Outcome outcome = EngineProcess.run("128m", folder.resolve("engine.log"), 5, "run",
                experimentFile.toString(), "--threads", "1");
        assertNotEquals(0, outcome.exitCode(), outcome.log());
        Run run = ModelFiles.loadRun(LargerThanHeapRunTest.runFile(folder.resolve("runs")));
        assertEquals(RunStatus.FAILED, run.getStatus());
        String message = run.getErrorMessage();
        assertTrue(message.contains("ran out of Java heap"), message);
        assertTrue(message.contains("batch of 256 images of 1×512×512 floats (268 MB)"), message);
        assertTrue(message.contains("CONFOUNDERLAB_ENGINE_HEAP"), message);
        assertTrue(outcome.log().contains("ran out of Java heap"), "the log says it too: " + outcome.log());
        assertTrue(!outcome.log().contains("\tat org."), "no stack trace for the user: " + outcome.log());
    }
}

package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.dl4j.Checkpoints;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training process killed with SIGKILL leaves a readable run, marked failed, with its finished epochs; the run then
 * resumes from its last checkpoint ({@code run --resume}) and completes with every epoch recorded once.
 */
class KilledRunTest {

    /** A training process started from the command line, once it has finished two epochs. */
    private record Training(Process process, Path experimentFile, Path runFolder) {
    }

    private static Training startAndWaitForTwoEpochs(Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(300).withSeed(3))
                .generate(folder.resolve("data"));
        Experiment experiment = DemoExperiment.create(32, 200);
        // Augmented, so the resumed epochs must draw the same augmentation as an uninterrupted run would.
        experiment.getTraining().getAugmentation().setHorizontalFlip(true);
        experiment.getTraining().getAugmentation().setRotationDegrees(5);
        experiment.getTraining().getAugmentation().setTranslationFraction(0.05);
        Path experimentFile = folder.resolve("killed.experiment");
        ModelFiles.save(experiment, experimentFile);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.confounderlab.engine.cli.ConfounderLabCommand", "run", experimentFile.toString(), "--threads", "1"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("engine.log").toFile()).start();
        Path runFolder = null;
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline && process.isAlive()) {
            Optional<Path> found = runFile(folder.resolve("runs"));
            if (found.isPresent()) {
                runFolder = found.get().getParent();
                Run partial = ModelFiles.loadRun(found.get());
                if (partial.getEpochs().size() >= 2) {
                    break;
                }
            }
            Thread.sleep(200);
        }
        assertTrue(process.isAlive(), "the engine ended before it could be stopped: "
                + Files.readString(folder.resolve("engine.log")));
        return new Training(process, experimentFile, runFolder);
    }

    @Test
    void terminatedTrainingLeavesACancelledRunWithItsFinishedEpochs(@TempDir Path folder) throws Exception {
        Training training = startAndWaitForTwoEpochs(folder);
        training.process().destroy(); // SIGTERM, as the IDE's terminate button sends
        assertTrue(training.process().waitFor(30, TimeUnit.SECONDS));
        // A plain read: the engine itself recorded the cancellation on its way out.
        Run run = ModelFiles.loadRun(training.runFolder().resolve(RunFolder.RUN_FILE));
        assertEquals(RunStatus.CANCELLED, run.getStatus(), Files.readString(folder.resolve("engine.log")));
        assertTrue(run.getEpochs().size() >= 2, "finished epochs kept: " + run.getEpochs().size());
        assertTrue(run.getErrorMessage().startsWith("Terminated after"), run.getErrorMessage());
        assertTrue(run.getEndTime() != null);
        assertTrue(!Files.exists(training.runFolder().resolve(RunFolder.PID_FILE)), "no longer marked as running");
    }

    @Test
    void killedTrainingLeavesAFailedRunWithItsFinishedEpochs(@TempDir Path folder) throws Exception {
        Training training = startAndWaitForTwoEpochs(folder);
        Process process = training.process();
        Path runFolder = training.runFolder();
        Path experimentFile = training.experimentFile();
        process.destroyForcibly();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));

        Run run = RunFolder.read(runFolder);
        assertEquals(RunStatus.FAILED, run.getStatus());
        assertTrue(run.getEpochs().size() >= 2, "finished epochs kept: " + run.getEpochs().size());
        assertTrue(run.getErrorMessage().contains("ended without finishing"), run.getErrorMessage());
        // The failure was written back: a plain read now says failed too.
        assertEquals(RunStatus.FAILED, ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE)).getStatus());

        int finished = run.getEpochs().size();
        // What a kill during a checkpoint's write leaves (it happens when the kill lands mid-save): the next saved
        // epoch removes it.
        Files.writeString(runFolder.resolve(Checkpoints.FOLDER).resolve("epoch-123456789.part"), "half a zip");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(experimentFile.toString(), "--resume", "--epochs",
                String.valueOf(finished + 2), "--threads", "1"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log + err.toString(StandardCharsets.UTF_8));
        assertTrue(log.contains("resuming after epoch " + finished), log);
        Run resumed = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
        assertEquals(RunStatus.COMPLETED, resumed.getStatus());
        assertEquals(finished + 2, resumed.getEpochs().size());
        for (int i = 0; i < resumed.getEpochs().size(); i++) {
            assertEquals(i + 1, resumed.getEpochs().get(i).getIndex(), "epochs in order, none twice");
        }
        assertTrue(resumed.getEvaluations().size() > 0, "the resumed run was evaluated");
        try (Stream<Path> checkpoints = Files.list(runFolder.resolve(Checkpoints.FOLDER))) {
            assertEquals(List.of("epoch-" + String.format("%03d", finished + 2) + ".zip"),
                    checkpoints.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("epoch-")).sorted()
                            .toList(), "the last epoch's checkpoint only, no half-written file");
        }
        // A completed run is not resumed again.
        err.reset();
        assertEquals(2, RunCommand.run(List.of(experimentFile.toString(), "--resume", runFolder.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already complete"), err.toString());
    }

    private static Optional<Path> runFile(Path runs) throws Exception {
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        // runs/<experiment>/<run id>/run.run, looked up by name: walking the tree would stat the temporary files
        // the engine writes beside the run file and renames a moment later (NoSuchFileException)
        try (Stream<Path> experiments = Files.list(runs)) {
            for (Path experiment : experiments.toList()) {
                if (!Files.isDirectory(experiment)) {
                    continue;
                }
                try (Stream<Path> ids = Files.list(experiment)) {
                    for (Path id : ids.toList()) {
                        Path file = id.resolve(RunFolder.RUN_FILE);
                        if (Files.isRegularFile(file)) {
                            return Optional.of(file);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}

package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.run.ArmProcesses;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study's arms trained side by side, each in an engine JVM of its own with one thread, give the same study as the
 * same arms trained one after another with one thread each: every arm's test predictions equal byte for byte, and so
 * every AUC of the study's table. (Thread counts, not the order, decide the arithmetic.)
 */
class StudySideBySideTest {

    @Test
    void sideBySideArmsEqualOneAfterAnother(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 0.7, 300, 0.5);
        Experiment experiment = MarkerExperiment.create("side");
        experiment.getTraining().setEpochs(2);
        experiment.getModel().setInputSize(32);
        Path file = folder.resolve("side.experiment");
        ModelFiles.save(experiment, file);
        List<String> arms = StudyRunner.arms(experiment, new java.util.ArrayList<>()).stream()
                .map(StudyRunner.Arm::name).toList();
        assertTrue(arms.size() >= 3, arms.toString());

        Study oneAfterAnother = study(experiment, file, folder.resolve("sequential"), new ArmProcesses(1, 1, "1g"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Study sideBySide = study(experiment, file, folder.resolve("parallel"), new ArmProcesses(2, 1, "1g"), log);
        String text = log.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("study: arms side by side, 2 at a time with 1 thread each"), text);
        assertTrue(text.contains("[" + arms.get(1) + "] ") && text.contains("[" + arms.get(2) + "] "), text);

        assertEquals(oneAfterAnother.getArms().size(), sideBySide.getArms().size());
        for (int a = 0; a < arms.size(); a++) {
            StudyArm sequential = oneAfterAnother.getArms().get(a);
            StudyArm parallel = sideBySide.getArms().get(a);
            assertEquals(arms.get(a), parallel.getName());
            Path sequentialPredictions = folder.resolve("sequential/side/studies").resolve(oneAfterAnother.getId())
                    .resolve(sequential.getRunPath()).resolveSibling(RunFolder.PREDICTIONS_FILE);
            Path parallelPredictions = folder.resolve("parallel/side/studies").resolve(sideBySide.getId())
                    .resolve(parallel.getRunPath()).resolveSibling(RunFolder.PREDICTIONS_FILE);
            assertEquals(Files.readString(sequentialPredictions.normalize()), Files.readString(
                    parallelPredictions.normalize()), parallel.getName() + ": the same test predictions");
            assertEquals(sequential.getInDistributionAuc(), parallel.getInDistributionAuc(), 0.0, parallel.getName());
            assertEquals(sequential.getShiftedAuc(), parallel.getShiftedAuc(), 0.0, parallel.getName());
        }
    }

    private static Study study(Experiment experiment, Path file, Path runs, ArmProcesses processes) throws Exception {
        return study(experiment, file, runs, processes, new ByteArrayOutputStream());
    }

    private static Study study(Experiment experiment, Path file, Path runs, ArmProcesses processes,
            ByteArrayOutputStream log) throws Exception {
        PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
        return new StudyRunner(new ExperimentRunner(TrainingBackends.find(), out, 1), out).sideBySide(processes)
                .run(experiment, file, runs, RunOptions.NONE);
    }
}

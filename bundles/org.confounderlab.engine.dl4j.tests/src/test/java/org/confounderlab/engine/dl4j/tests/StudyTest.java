package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.ArmKind;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code study}: the marker experiment run as four arms on the same splits and seeds. On generated radiographs whose
 * L/R marker follows the label, the baseline leans on the marker (masking it at test time costs AUC, and the
 * association-flipped test set costs more), and train-time masking and specialist-teacher distillation each do
 * significantly better than the baseline on the flipped set (paired DeLong).
 */
class StudyTest {

    @Test
    void masksAndDistillationEachBeatTheShortcutBaselineOnTheFlippedTestSet(@TempDir Path folder) throws Exception {
        // The marker on 85 % of positives and 15 % of negatives; 1,200 images so that the flipped test set, which
        // keeps all of each subgroup's short class, still has about 60 images.
        MarkerExperiment.generateData(folder, 0.7, 1200, 0.5);
        Experiment experiment = MarkerExperiment.create("study");
        experiment.getSplit().setTrainFraction(0.55);
        experiment.getSplit().setValidationFraction(0.15);
        experiment.getSplit().setTestFraction(0.3);
        MarkerExperiment.addAttribute(experiment, "marker");
        experiment.getDiagnostics().setGradCam(true);
        Path file = folder.resolve("study.experiment");
        ModelFiles.save(experiment, file);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run("study", file.toString(), "--threads", "2");
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log + err.toString(StandardCharsets.UTF_8));

        Path studyFile;
        try (Stream<Path> list = Files.list(folder.resolve("runs/study").resolve(StudyRunner.STUDIES_FOLDER))) {
            studyFile = list.findFirst().orElseThrow().resolve(StudyRunner.STUDY_FILE);
        }
        Study study = ModelFiles.loadStudy(studyFile);
        System.out.println("StudyTest:\n" + log.lines().filter(line -> line.startsWith("study")
                || line.startsWith("  ") || line.startsWith("Shifted")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(RunStatus.COMPLETED, study.getStatus());
        assertEquals(List.of(ArmKind.BASELINE, ArmKind.MASKING, ArmKind.BALANCING, ArmKind.DISTILLATION,
                ArmKind.LAST_LAYER_RETRAINING, ArmKind.JUST_TRAIN_TWICE, ArmKind.GROUP_DRO),
                study.getArms().stream().map(StudyArm::getKind).toList());
        for (StudyArm arm : study.getArms()) {
            Run run = ModelFiles.loadRun(studyFile.getParent().resolve(arm.getRunPath()));
            assertEquals(arm.getRunId(), run.getId());
            assertEquals(RunStatus.COMPLETED, run.getStatus());
            // identical splits and seeds in every arm
            assertEquals(experiment.getSplit().getSeed(), run.getExperiment().getSplit().getSeed());
            assertEquals(experiment.getTraining().getSeed(), run.getExperiment().getTraining().getSeed());
            assertTrue(Files.isRegularFile(studyFile.getParent().resolve(arm.getRunPath()).resolveSibling(
                    StudyRunner.ARM_REPORT_FILE)));
        }
        assertEquals("region laterality", study.getShiftGrouping());
        String html = Files.readString(studyFile.resolveSibling(StudyRunner.REPORT_FILE));
        for (String arm : List.of("baseline", "masking", "balancing", "distillation", "dfr", "jtt", "group-dro")) {
            assertTrue(html.contains(">" + arm + "</a>") || html.contains(">" + arm + " (did not learn)</a>"), arm);
        }

        StudyArm baseline = study.getArms().get(0);
        // The baseline relies on the marker: masking it at test time costs AUC, and so does the flipped test set.
        assertTrue(baseline.getMaskedDeltaAuc() < -0.05 && baseline.getMaskedPValue() < 0.05,
                "masked ΔAUC " + baseline.getMaskedDeltaAuc() + ", p " + baseline.getMaskedPValue());
        assertTrue(baseline.getShiftedAuc() < baseline.getInDistributionAuc() - 0.1,
                baseline.getShiftedAuc() + " shifted against " + baseline.getInDistributionAuc());
        for (String arm : List.of("masking", "distillation")) {
            ArmComparison shifted = study.getComparisons().stream().filter(c -> c.getArm().equals(arm)
                    && c.getTestSet().equals("shifted")).findFirst().orElseThrow();
            assertEquals("baseline", shifted.getBaseline());
            assertTrue(shifted.getDeltaAuc() > 0 && shifted.getPValue() < 0.05, arm + " against the baseline on the "
                    + "flipped set: ΔAUC " + shifted.getDeltaAuc() + ", p " + shifted.getPValue());
        }
        StudyArm distillation = study.getArms().get(3);
        assertTrue(Math.abs(distillation.getMaskedDeltaAuc()) < Math.abs(baseline.getMaskedDeltaAuc()),
                "distillation leans on the marker less: " + distillation.getMaskedDeltaAuc());
    }
}

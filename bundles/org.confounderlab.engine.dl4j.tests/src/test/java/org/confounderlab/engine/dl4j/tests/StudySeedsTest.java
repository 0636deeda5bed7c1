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
import java.util.stream.Stream;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.report.StudyTable;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code study --seeds 2} on an experiment with no confounder named (arms: baseline and JTT): every arm is trained
 * with the training seed and the next one, on the same split; the table's columns over seeds hold the mean of the
 * seeds' test AUCs (equal to their runs' own) with its t interval; the comparison is one DeLong contrast over both
 * seeds; and a side-by-side child finds a later seed's arm by its name.
 */
class StudySeedsTest {

    @Test
    void everyArmIsTrainedWithEverySeedAndTheTestsUseThemAll(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 0.7, 400, 0.5);
        Experiment experiment = MarkerExperiment.create("seeds");
        experiment.getRegions().clear();
        experiment.getInterventions().clear();
        ExperimentDefaults.original(experiment);
        experiment.getTraining().setEpochs(2);
        Path file = folder.resolve("seeds.experiment");
        ModelFiles.save(experiment, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run("study", file.toString(), "--seeds", "2",
                        "--threads", "2");
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log);
        Path studyFile;
        try (Stream<Path> list = Files.list(folder.resolve("runs/seeds").resolve(StudyRunner.STUDIES_FOLDER))) {
            studyFile = list.findFirst().orElseThrow().resolve(StudyRunner.STUDY_FILE);
        }
        Study study = ModelFiles.loadStudy(studyFile);
        assertEquals(2, study.getSeeds());
        assertEquals(List.of("baseline", "jtt"), study.getArms().stream().map(StudyArm::getName).toList());
        for (StudyArm arm : study.getArms()) {
            assertEquals(2, arm.getSeedRunPaths().size(), arm.getName());
            List<Long> seeds = new ArrayList<>();
            double sum = 0;
            for (String path : arm.getSeedRunPaths()) {
                Run run = ModelFiles.loadRun(studyFile.getParent().resolve(path));
                seeds.add(run.getExperiment().getTraining().getSeed());
                assertEquals(experiment.getSplit().getSeed(), run.getExperiment().getSplit().getSeed());
                sum += run.getEvaluations().get(0).getLabels().get(0).getAuc();
            }
            assertEquals(List.of(experiment.getTraining().getSeed(), experiment.getTraining().getSeed() + 1), seeds);
            assertEquals(sum / 2, arm.getInDistributionAucSeedMean(), 1e-9, arm.getName());
            assertTrue(arm.getInDistributionAucSeedLower() <= arm.getInDistributionAucSeedMean()
                    && arm.getInDistributionAucSeedMean() <= arm.getInDistributionAucSeedUpper());
        }
        ArmComparison comparison = study.getComparisons().stream().filter(c -> c.getTestSet().equals(
                "in-distribution")).findFirst().orElseThrow();
        assertEquals(2, comparison.getSeeds());
        assertTrue(comparison.getMethod().startsWith("DeLong contrast of the means over 2 seeds"), comparison
                .getMethod());
        assertEquals(study.getArms().get(1).getInDistributionAucSeedMean() - study.getArms().get(0)
                .getInDistributionAucSeedMean(), comparison.getDeltaAuc(), 1e-9);
        List<String> row = StudyTable.seedRows(study).get(1);
        assertEquals("jtt", row.get(0));
        assertEquals("2", row.get(1));
        assertTrue(row.get(StudyTable.SEED_COLUMNS.indexOf("AUC")).matches("0\\.\\d{3} \\[.*\\]"), row.toString());
        // no region to mask and no attribute to group by here: those columns say so
        assertEquals("—", row.get(StudyTable.SEED_COLUMNS.indexOf("ΔAUC masked")), row.toString());
        assertEquals("jtt seed 2", StudyRunner.arm(experiment, "jtt seed 2").name());
        assertEquals(experiment.getTraining().getSeed() + 1, StudyRunner.arm(experiment, "jtt seed 2").experiment()
                .getTraining().getSeed());
    }

    /** The interventions an experiment without regions keeps: the original only. */
    private static final class ExperimentDefaults {
        static void original(Experiment experiment) {
            org.confounderlab.model.experiment.Intervention original = org.confounderlab.model.experiment
                    .ExperimentFactory.eINSTANCE.createIntervention();
            original.setName("original");
            original.setKind(org.confounderlab.model.experiment.InterventionKind.ORIGINAL);
            experiment.getInterventions().add(original);
        }
    }
}

package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.DistilledLayer;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.TeacherData;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.LossTerm;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Specialist-teacher distillation end to end on real DL4J training: a teacher trained on a quarter of the training
 * images with the marker covered, then the student trained on all of them with the teacher's activations matched at
 * the small CNN's three convolution layers and its probabilities at the final layer; every term recorded per epoch,
 * scaled to the label loss before training.
 */
class DistillationTest {

    @Test
    void theStudentMatchesTheTeachersLayersWithEveryTermScaledAndRecorded(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 1.0);
        Experiment experiment = MarkerExperiment.create("distil");
        experiment.getTraining().setEpochs(4);
        DistillationSpec distillation = ExperimentFactory.eINSTANCE.createDistillationSpec();
        distillation.setTeacherData(TeacherData.MASKED_IMAGES);
        distillation.setTeacherFraction(0.25);
        distillation.setTeacherEpochs(3);
        distillation.setFinalLayerWeight(0.5);
        for (String layer : List.of("layer2", "layer4")) {
            DistilledLayer distilled = ExperimentFactory.eINSTANCE.createDistilledLayer();
            distilled.setLayer(layer);
            distilled.setWeight(layer.equals("layer2") ? 1 : 2);
            distillation.getLayers().add(distilled);
        }
        experiment.getTraining().setDistillation(distillation);
        Path file = folder.resolve("distil.experiment");
        ModelFiles.save(experiment, file);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(file.toString(), "--threads", "2"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log + err.toString(StandardCharsets.UTF_8));
        assertTrue(log.contains("specialist teacher: "), log);
        assertTrue(log.contains("distillation, before the first step: labels "), log);

        Path runFolder = onlyRunFolder(folder.resolve("runs/distil"));
        Run run = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertTrue(Files.size(runFolder.resolve(RunFolder.TEACHER_FILE)) > 0);
        var record = run.getDistillation();
        assertEquals(RunFolder.TEACHER_FILE, record.getTeacherModel());
        assertTrue(record.getTeacherData().contains("with laterality covered"), record.getTeacherData());
        int trainImages = (int) Math.round(record.getTeacherImages() / 0.25);
        assertTrue(trainImages > 200 && trainImages < 320, "a quarter of the training images: "
                + record.getTeacherImages());
        assertEquals(3, record.getTeacherEpochs().size());
        // A teacher that learned little of the disease is reported: it pulls the student towards it.
        double teacherAuc = record.getTeacherEpochs().get(2).getLabelAucs().get(0).getValue();
        boolean weak = run.getFindings().stream().anyMatch(f -> f.getKind().equals("distillation.weak-teacher")
                && f.getMessage().contains(String.format(java.util.Locale.ROOT, "AUC %.3f", teacherAuc)));
        System.out.printf("DistillationTest: teacher validation AUC %.3f after 3 epochs%n", teacherAuc);
        assertEquals(teacherAuc < 0.6, weak, "teacher AUC " + teacherAuc + ", findings " + run.getFindings());

        List<String> names = List.of("labels", "final layer", "layer layer2", "layer layer4");
        assertEquals(names, record.getTerms().stream().map(LossTerm::getName).toList());
        LossTerm labels = record.getTerms().get(0);
        assertEquals(0.5, record.getTerms().get(1).getWeight(), 0);
        assertEquals(1, record.getTerms().get(1).getScale(), 0);
        for (LossTerm layer : record.getTerms().subList(2, 4)) {
            // Scaled, each layer term starts as large as the label loss, whatever its own size.
            assertEquals(labels.getValue(), layer.getScale() * layer.getValue(), 1e-9 * labels.getValue());
            assertNotEquals(1.0, layer.getScale());
        }
        assertEquals(2.0, record.getTerms().get(3).getWeight(), 0);
        assertEquals(4, run.getEpochs().size());
        for (EpochRecord epoch : run.getEpochs()) {
            assertEquals(names, epoch.getLossTerms().stream().map(LossTerm::getName).toList());
            double total = epoch.getLossTerms().stream().mapToDouble(t -> t.getWeight() * t.getScale() * t.getValue())
                    .sum();
            assertTrue(total > 0 && Double.isFinite(total), "epoch " + epoch.getIndex() + ": " + total);
        }
        // The student learns the teacher's activations: each layer's difference shrinks well below its start.
        EpochRecord last = run.getEpochs().get(run.getEpochs().size() - 1);
        for (int t = 2; t < 4; t++) {
            double start = record.getTerms().get(t).getValue();
            double end = last.getLossTerms().get(t).getValue();
            System.out.printf("DistillationTest: %s mean squared difference %.4g before training, %.4g in epoch %d"
                    + "%n", names.get(t), start, end, last.getIndex());
            assertTrue(end < 0.7 * start, names.get(t) + ": " + start + " → " + end);
        }
    }

    @Test
    void theCommandLineSwitchesDistillationAndBalancingOn(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 1.0);
        Experiment experiment = MarkerExperiment.create("switches");
        experiment.getTraining().setEpochs(2);
        MarkerExperiment.addAttribute(experiment, "marker");
        Path file = folder.resolve("switches.experiment");
        ModelFiles.save(experiment, file);

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, RunCommand.run(List.of(file.toString(), "--rebalance-by", "scanner"), quiet,
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--rebalance-by scanner: " + file
                + " has no such attribute (it has marker)"), err.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(file.toString(), "--distil", "--rebalance-by", "marker", "--threads", "2"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
        Path runFolder = onlyRunFolder(folder.resolve("runs/switches"));
        Run run = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
        assertEquals(TeacherData.MASKED_IMAGES, run.getExperiment().getTraining().getDistillation().getTeacherData());
        assertEquals(org.confounderlab.model.experiment.Rebalancing.GROUP_BALANCED,
                run.getExperiment().getTraining().getRebalancing());
        assertEquals("marker", run.getExperiment().getTraining().getRebalanceAttribute().getName());
        assertTrue(run.getDistillation().getTeacherData().contains("with laterality covered"));
        // Three convolution layers, each weighted 5 by default, beside the two cross-entropies.
        assertEquals(List.of("labels", "final layer", "layer layer0", "layer layer2", "layer layer4"),
                run.getDistillation().getTerms().stream().map(LossTerm::getName).toList());
        assertTrue(run.getDistillation().getTerms().subList(1, 5).stream().allMatch(t -> t.getWeight() == 5));
        assertTrue(!run.getGroupWeights().isEmpty());
        // The teacher on a quarter of the images trains as many steps as the student: four times the epochs.
        assertEquals(8, run.getDistillation().getTeacherEpochs().size());
    }

    @Test
    void aResumedRunKeepsItsTeacherAndItsScales(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 1.0);
        Experiment experiment = MarkerExperiment.create("resumed");
        experiment.getTraining().setEpochs(2);
        DistillationSpec distillation = ExperimentFactory.eINSTANCE.createDistillationSpec();
        distillation.setTeacherEpochs(2);
        experiment.getTraining().setDistillation(distillation);
        Path file = folder.resolve("resumed.experiment");
        ModelFiles.save(experiment, file);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(0, RunCommand.run(List.of(file.toString(), "--threads", "2"), quiet, quiet));
        Path runFolder = onlyRunFolder(folder.resolve("runs/resumed"));
        Run first = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
        assertEquals(2, first.getDistillation().getKeptEpoch());
        // As if the process had died after its second epoch: resume it for a third.
        first.setStatus(RunStatus.FAILED);
        ModelFiles.save(first, runFolder.resolve(RunFolder.RUN_FILE));
        byte[] teacher = Files.readAllBytes(runFolder.resolve(RunFolder.TEACHER_FILE));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(file.toString(), "--resume", runFolder.toString(), "--epochs", "3",
                "--threads", "2"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log + err.toString(StandardCharsets.UTF_8));
        assertTrue(log.contains("specialist teacher: the interrupted run's, from "), log);
        Run resumed = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
        assertEquals(RunStatus.COMPLETED, resumed.getStatus());
        assertEquals(3, resumed.getEpochs().size());
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(first.getDistillation(), resumed.getDistillation()),
                "the teacher's record and the terms measured before the first step are kept");
        assertTrue(java.util.Arrays.equals(teacher, Files.readAllBytes(runFolder.resolve(RunFolder.TEACHER_FILE))),
                "no new teacher");
        List<LossTerm> before = resumed.getEpochs().get(1).getLossTerms();
        List<LossTerm> after = resumed.getEpochs().get(2).getLossTerms();
        for (int t = 0; t < before.size(); t++) {
            assertEquals(before.get(t).getScale(), after.get(t).getScale(), 0, "the scales stay");
        }
        assertTrue(resumed.getArtifacts().stream().anyMatch(a -> a.getPath().equals(RunFolder.TEACHER_FILE)));
    }

    /** The one run folder under an experiment's runs folder. */
    private static Path onlyRunFolder(Path experimentRuns) throws java.io.IOException {
        try (Stream<Path> list = Files.list(experimentRuns)) {
            return list.findFirst().orElseThrow();
        }
    }
}

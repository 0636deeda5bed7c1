package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.dl4j.ClassifierTrainer;
import org.confounderlab.engine.run.LearningCheck;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.GroupBalance;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 24's study, as a new user ran it: 1,200 generated radiographs, three per patient, whose label goes with a
 * site's brightness (site strength 0.7: A mostly positive, C mostly negative), and a technologist's-initials region boxed on every image. The
 * study's axis is the site (its shift test drops the baseline's AUC the most), not the region present everywhere;
 * intervals and tests are clustered by patient; an arm that learned nothing is marked, with its reason and a finding;
 * and the group-balanced sampler draws every site at the training prevalence (its weights reach it as computed, in
 * the images' order), so a balancing arm that fails to learn fails by the method, not by a defect.
 */
class ScannerShortcutStudyTest {

    @Test
    void theStudyIsBuiltOnTheSiteClusteredByPatientAndFailedArmsAreMarked(@TempDir Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(1200).withImagesPerPatient(3)
                .withPrevalence(0.5).withMarkerStrength(0.5).withSiteStrength(0.7).withSeed(5))
                .generate(folder.resolve("data"));
        Experiment experiment = MarkerExperiment.create("scanner");
        experiment.getRegions().clear();
        experiment.getInterventions().clear();
        ExperimentTemplates.addColumnRegion(experiment, "initials", "region:initials", "present on every image");
        ExperimentTemplates.addDefaultInterventions(experiment);
        MarkerExperiment.addAttribute(experiment, "site");
        experiment.getTraining().setEpochs(4);
        experiment.getTraining().setLearningRate(1e-3);
        Path file = folder.resolve("scanner.experiment");
        ModelFiles.save(experiment, file);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8)).run("study", file.toString(), "--threads", "2");
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log);
        Path studyFile;
        try (Stream<Path> list = Files.list(folder.resolve("runs/scanner").resolve(StudyRunner.STUDIES_FOLDER))) {
            studyFile = list.findFirst().orElseThrow().resolve(StudyRunner.STUDY_FILE);
        }
        Study study = ModelFiles.loadStudy(studyFile);
        System.out.println("ScannerShortcutStudyTest:\n" + log.lines().filter(line -> line.startsWith("study")
                || line.startsWith("  ") || line.startsWith("Shifted")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(RunStatus.COMPLETED, study.getStatus());

        // the axis: the site, by its shift-test drop; the region on every image is no axis
        assertEquals("site", study.getShiftGrouping(), study.getShiftNote());
        assertTrue(study.getShiftNote().startsWith("Axis: site, the confounder whose shift test drops the baseline's "
                + "AUC the most"), study.getShiftNote());
        assertTrue(!study.getShiftGroups().contains("NaN"), study.getShiftGroups());
        // three images per patient: every comparison is clustered by patient
        int testImages = study.getComparisons().stream().filter(c -> c.getTestSet().equals("in-distribution"))
                .findFirst().orElseThrow().getCases();
        assertTrue(study.getPatients() > 0 && study.getPatients() < testImages, study.getPatients() + " patients");
        for (ArmComparison comparison : study.getComparisons()) {
            assertTrue(comparison.getMethod().startsWith("DeLong clustered by patient (Obuchowski 1997)"),
                    comparison.getMethod());
        }
        // DFR re-fits the baseline's final layer on site-balanced validation images, and is held against the baseline
        StudyArm dfr = study.getArms().stream().filter(a -> a.getKind() == org.confounderlab.model.run.ArmKind
                .LAST_LAYER_RETRAINING).findFirst().orElseThrow();
        Run dfrRun = ModelFiles.loadRun(studyFile.getParent().resolve(dfr.getRunPath()));
        assertEquals("site", dfrRun.getLastLayerRetraining().getGroups());
        assertTrue(dfrRun.getLastLayerRetraining().getSubsetSize() >= 2, dfrRun.getLastLayerRetraining().getCells());
        ArmComparison dfrShifted = study.getComparisons().stream().filter(c -> c.getArm().equals("dfr")
                && c.getTestSet().equals("shifted")).findFirst().orElseThrow();
        System.out.printf(java.util.Locale.ROOT, "ScannerShortcutStudyTest: DFR against the baseline on the shifted "
                + "set: ΔAUC %+.3f (CI %+.3f to %+.3f), p %.3g; DFR validation worst-group AUC %.3f → %.3f (%s)%n",
                dfrShifted.getDeltaAuc(), dfrShifted.getCiLower(), dfrShifted.getCiUpper(), dfrShifted.getPValue(),
                dfrRun.getLastLayerRetraining().getWorstGroupAucBefore(),
                dfrRun.getLastLayerRetraining().getWorstGroupAucAfter(), dfrRun.getLastLayerRetraining().getCells());
        assertTrue(Files.readString(studyFile.getParent().resolve(dfr.getRunPath()).resolveSibling(
                StudyRunner.ARM_REPORT_FILE)).contains("Last-layer re-training (DFR)"), "the arm's report shows it");
        // JTT: an identification model's error set upweighted, no group labels; the error set falls where the site
        // shortcut fails
        StudyArm jtt = study.getArms().stream().filter(a -> a.getKind() == org.confounderlab.model.run.ArmKind
                .JUST_TRAIN_TWICE).findFirst().orElseThrow();
        org.confounderlab.model.run.JustTrainTwiceRecord twice = ModelFiles.loadRun(studyFile.getParent().resolve(
                jtt.getRunPath())).getJustTrainTwice();
        assertTrue(twice.getErrors() > 0 && twice.getErrors() < twice.getTrainImages(), twice.getErrors() + " errors");
        assertTrue(twice.getErrorsByGroup().startsWith("site A "), twice.getErrorsByGroup());
        ArmComparison jttShifted = study.getComparisons().stream().filter(c -> c.getArm().equals("jtt")
                && c.getTestSet().equals("shifted")).findFirst().orElseThrow();
        System.out.printf(java.util.Locale.ROOT, "ScannerShortcutStudyTest: JTT (%d of %d in the error set: %s) "
                + "against the baseline on the shifted set: ΔAUC %+.3f (CI %+.3f to %+.3f), p %.3g%n",
                twice.getErrors(), twice.getTrainImages(), twice.getErrorsByGroup(), jttShifted.getDeltaAuc(),
                jttShifted.getCiLower(), jttShifted.getCiUpper(), jttShifted.getPValue());
        // group DRO: the site × class groups, their weights by epoch
        StudyArm robust = study.getArms().stream().filter(a -> a.getKind() == org.confounderlab.model.run.ArmKind
                .GROUP_DRO).findFirst().orElseThrow();
        org.confounderlab.model.run.GroupDroRecord dro = ModelFiles.loadRun(studyFile.getParent().resolve(
                robust.getRunPath())).getGroupDro();
        assertEquals("site", dro.getGroups());
        assertEquals(experiment.getTraining().getEpochs(), dro.getEpochWeights().size(), dro.getEpochWeights()
                .toString());
        ArmComparison droShifted = study.getComparisons().stream().filter(c -> c.getArm().equals("group-dro")
                && c.getTestSet().equals("shifted")).findFirst().orElseThrow();
        System.out.printf(java.util.Locale.ROOT, "ScannerShortcutStudyTest: group DRO (%s; last %s) against the "
                + "baseline on the shifted set: ΔAUC %+.3f (CI %+.3f to %+.3f), p %.3g%n", dro.getCells(),
                dro.getEpochWeights().get(dro.getEpochWeights().size() - 1), droShifted.getDeltaAuc(),
                droShifted.getCiLower(), droShifted.getCiUpper(), droShifted.getPValue());
        // every arm is judged by its own training; one that did not learn is marked and has the finding
        for (StudyArm arm : study.getArms()) {
            Run run = ModelFiles.loadRun(studyFile.getParent().resolve(arm.getRunPath()));
            String failure = LearningCheck.failure(run);
            assertEquals(failure != null, arm.isFailedToLearn(), arm.getName());
            assertEquals(failure != null, run.getFindings().stream().anyMatch(f -> f.getKind().equals(
                    "training.did-not-learn")), arm.getName());
            assertTrue(Double.isFinite(run.getConstantValidationLoss()), arm.getName());
            if (failure != null) {
                assertTrue(study.getShiftNote().contains("Arm " + arm.getName() + " did not learn"), study.getShiftNote());
            }
            for (double value : new double[] {arm.getShiftedAuc(), arm.getWorstGroupAuc()}) {
                assertTrue(Double.isFinite(value), arm.getName() + ": " + study.getShiftNote());
            }
        }
    }

    @Test
    void theGroupBalancedSamplerDrawsEverySiteAtTheTrainingPrevalence() {
        // the study's site cells: A mostly positive, C mostly negative, B all negative (cannot be balanced)
        List<ManifestEntry> entries = new ArrayList<>();
        add(entries, "A", 190, 8);
        add(entries, "C", 20, 180);
        add(entries, "B", 0, 60);
        java.util.Collections.shuffle(entries, new java.util.Random(3)); // the images' order is not the cells' order
        GroupBalance balance = GroupBalance.of(entries, List.of("finding"), "site");
        double[] weights = new double[entries.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = balance.weights()[i][0];
        }
        Map<String, int[]> drawn = new HashMap<>();
        Map<String, java.util.Set<Integer>> distinct = new HashMap<>();
        for (int epoch = 1; epoch <= 200; epoch++) {
            for (int index : ClassifierTrainer.weightedSample(weights, 42, epoch)) {
                ManifestEntry entry = entries.get(index);
                String cell = entry.attributes().get("site");
                int[] counts = drawn.computeIfAbsent(cell, c -> new int[2]);
                counts[entry.label("finding").asDouble() == 1.0 ? 1 : 0]++;
                if (entry.label("finding").asDouble() == 0.0 && cell.equals("A")) {
                    distinct.computeIfAbsent(cell, c -> new java.util.HashSet<>()).add(index);
                }
            }
        }
        double p = 210.0 / 458;
        for (String site : List.of("A", "C")) {
            int[] counts = drawn.get(site);
            double prevalence = (double) counts[1] / (counts[0] + counts[1]);
            assertEquals(p, prevalence, 0.01, site + " drawn " + counts[1] + " positive, " + counts[0] + " negative");
        }
        assertEquals(0, drawn.get("B")[1], "B has no positive to draw");
        // what the method costs: site A's negatives are 8 distinct images, each drawn ~13× an epoch
        assertEquals(8, distinct.get("A").size());
        assertEquals(balance.groups().stream().filter(g -> g.name().equals("A")).findFirst().orElseThrow()
                .negativeWeight(), (1 - p) / (8 / 198.0), 1e-4);
    }

    private static void add(List<ManifestEntry> entries, String site, int positives, int negatives) {
        for (int k = 0; k < positives + negatives; k++) {
            int index = entries.size();
            entries.add(new ManifestEntry(Path.of("img_" + index + ".png"), "P" + index, null, Map.of("finding",
                    k < positives ? LabelValue.POSITIVE : LabelValue.NEGATIVE), Map.of("site", site), Map.of(), null,
                    "manifest.csv:" + (index + 2)));
        }
    }
}

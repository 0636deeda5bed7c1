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

import org.confounderlab.engine.cli.ReportCommand;
import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.ShiftTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group-balanced training by the marker attribute, on generated data whose L/R marker agrees with the label in 90 %
 * of images: the run records each marker subgroup's sampling weights, the report shows them, and the balanced model
 * leans on the marker less than the same training without balancing (a smaller AUC drop when the marker is masked:
 * 0.15 against 0.25 here).
 */
class GroupBalancedTrainingTest {

    @Test
    void balancingByTheMarkerIsRecordedAndWeakensTheShortcut(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 0.8);
        Run baseline = train(folder, "baseline", Rebalancing.NONE);
        Run balanced = train(folder, "balanced", Rebalancing.GROUP_BALANCED);

        assertTrue(baseline.getGroupWeights().isEmpty());
        List<String> groups = balanced.getGroupWeights().stream().map(GroupWeight::getGroup).toList();
        assertEquals(List.of("L", "R", "none"), groups);
        int trainImages = 0;
        for (GroupWeight w : balanced.getGroupWeights()) {
            assertEquals("marker", w.getAttribute());
            assertEquals(SyntheticGenerator.LABEL, w.getLabel());
            trainImages += w.getPositives() + w.getNegatives();
            // weighted, every subgroup has the same prevalence, and keeps its size
            double positives = w.getPositives() * w.getPositiveWeight();
            double negatives = w.getNegatives() * w.getNegativeWeight();
            assertEquals(w.getPositives() + w.getNegatives(), positives + negatives, 1e-6, w.getGroup());
        }
        double p = balanced.getGroupWeights().stream().mapToDouble(w -> w.getPositives() * w.getPositiveWeight())
                .sum() / trainImages;
        for (GroupWeight w : balanced.getGroupWeights()) {
            assertEquals(p, w.getPositives() * w.getPositiveWeight() / (w.getPositives() + w.getNegatives()), 1e-6);
        }
        // the marker's subgroups lean the other ways: L/R mostly positive, none mostly negative
        GroupWeight none = balanced.getGroupWeights().stream().filter(w -> w.getGroup().equals("none")).findFirst()
                .orElseThrow();
        assertTrue(none.getPositiveWeight() > 1 && none.getNegativeWeight() < 1, "none: " + none);

        double baselineDrop = maskedDrop(baseline);
        double balancedDrop = maskedDrop(balanced);
        System.out.printf("GroupBalancedTrainingTest: AUC drop with the marker masked: baseline %.3f, balanced %.3f%n",
                baselineDrop, balancedDrop);
        assertTrue(baselineDrop > 0.05, "the baseline leans on the marker: drop " + baselineDrop);
        assertTrue(balancedDrop < baselineDrop - 0.03, "balancing weakens the shortcut: " + balancedDrop + " vs "
                + baselineDrop);

        // the association-flipped test set: the baseline falls there, the balanced model falls less
        double baselineShiftDrop = shiftDrop(baseline);
        double balancedShiftDrop = shiftDrop(balanced);
        System.out.printf("GroupBalancedTrainingTest: AUC drop on the marker-flipped test set: baseline %.3f, "
                + "balanced %.3f%n", baselineShiftDrop, balancedShiftDrop);
        assertTrue(baselineShiftDrop > 0.1, "the baseline drops on the flipped set: " + baselineShiftDrop);
        assertTrue(balancedShiftDrop < baselineShiftDrop, balancedShiftDrop + " vs " + baselineShiftDrop);
        assertTrue(baseline.getFindings().stream().anyMatch(f -> f.getKind().equals("shift.auc-drop")),
                baseline.getFindings().toString());

        Path runFolder = folder.resolve("runs/balanced").resolve(runFolder(folder, "balanced"));
        ByteArrayOutputStream reportOut = new ByteArrayOutputStream();
        assertEquals(0, ReportCommand.run(List.of(runFolder.toString()), new PrintStream(reportOut, true,
                StandardCharsets.UTF_8), new PrintStream(reportOut, true, StandardCharsets.UTF_8)), reportOut.toString());
        String report = Files.readString(runFolder.resolve("report.html"));
        assertTrue(report.contains("Group-balanced training") && report.contains("<td>none</td>"), "report section");
        assertTrue(report.contains("Shift tests") && report.contains("<td>region laterality</td>"), "shift section");
    }

    /** AUC on the whole test set − AUC on the test set with the marker region's association flipped. */
    private static double shiftDrop(Run run) {
        ShiftTest shift = run.getShiftTests().stream().filter(s -> s.getAttribute().equals("region laterality"))
                .findFirst().orElseThrow(() -> new AssertionError("no shift test of the marker in " + run.getId()));
        return shift.getInDistributionAuc() - shift.getAuc();
    }

    /** original AUC − masked AUC of the run's first label. */
    private static double maskedDrop(Run run) {
        AucComparison masked = run.getComparisons().stream().filter(c -> c.getVariant().getInterventionName().equals("mask-regions"))
                .findFirst().orElseThrow(() -> new AssertionError("no masked comparison in " + run.getId()));
        return -masked.getDeltaAuc();
    }

    private static Run train(Path folder, String name, Rebalancing rebalancing) throws Exception {
        Experiment experiment = MarkerExperiment.create(name);
        ConfounderAttribute marker = MarkerExperiment.addAttribute(experiment, "marker");
        experiment.getTraining().setRebalancing(rebalancing);
        if (rebalancing == Rebalancing.GROUP_BALANCED) {
            experiment.getTraining().setRebalanceAttribute(marker);
        }
        Path file = folder.resolve(name + ".experiment");
        ModelFiles.save(experiment, file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(file.toString(), "--threads", "2"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log + err.toString(StandardCharsets.UTF_8));
        if (rebalancing == Rebalancing.GROUP_BALANCED) {
            assertTrue(log.contains("group-balanced: marker = none"), log);
        }
        Run run = ModelFiles.loadRun(folder.resolve("runs").resolve(name).resolve(runFolder(folder, name))
                .resolve(RunFolder.RUN_FILE));
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        return run;
    }

    private static String runFolder(Path folder, String name) throws Exception {
        try (Stream<Path> runs = Files.list(folder.resolve("runs").resolve(name))) {
            return runs.findFirst().orElseThrow().getFileName().toString();
        }
    }
}

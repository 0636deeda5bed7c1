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

import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.MaskPlacement;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --masked-retrain --random-erasing-control}: beside the masked arm, a control arm trained with boxes of the
 * same size erased at random places. The control still sees the marker, so masking the marker at test time still
 * costs it AUC, while the masked arm no longer reacts to it.
 */
class RandomErasingControlTest {

    @Test
    void theControlArmErasesElsewhereAndStillLeansOnTheMarker(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 1.0);
        Experiment experiment = MarkerExperiment.create("arms");
        Path file = folder.resolve("arms.experiment");
        ModelFiles.save(experiment, file);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(file.toString(), "--masked-retrain", "--random-erasing-control",
                "--threads", "2"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, log + err.toString(StandardCharsets.UTF_8));
        assertTrue(log.contains("erased at a random place away from it in every image (the control arm)"), log);

        List<Run> runs = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder.resolve("runs/arms"))) {
            for (Path run : list.sorted().toList()) {
                runs.add(ModelFiles.loadRun(run.resolve(RunFolder.RUN_FILE)));
            }
        }
        assertEquals(3, runs.size());
        Run baseline = runs.stream().filter(r -> r.getBaselineRun() == null || r.getBaselineRun().isEmpty())
                .findFirst().orElseThrow();
        Run masked = arm(runs, MaskPlacement.REGIONS);
        Run control = arm(runs, MaskPlacement.RANDOM_LOCATION);
        for (Run arm : List.of(masked, control)) {
            assertEquals(RunStatus.COMPLETED, arm.getStatus());
            assertEquals(baseline.getId(), arm.getBaselineRun());
        }
        assertTrue(control.getFindings().stream().anyMatch(f -> f.getKind().equals("mitigation.random-erasing-control")
                && f.getMessage().contains("the control arm")), control.getFindings().toString());

        double baselineDrop = maskedDrop(baseline);
        double maskedDrop = maskedDrop(masked);
        double controlDrop = maskedDrop(control);
        System.out.printf("RandomErasingControlTest: AUC drop with the marker masked at test time: baseline %.3f, "
                + "masked arm %.3f, random-erasing control %.3f%n", baselineDrop, maskedDrop, controlDrop);
        assertEquals(0.0, maskedDrop, 1e-12, "the masked arm's covers already hide the marker");
        assertTrue(controlDrop > 0.1, "the control still leans on the marker: " + controlDrop);
    }

    private static Run arm(List<Run> runs, MaskPlacement placement) {
        return runs.stream().filter(r -> r.getBaselineRun() != null && !r.getBaselineRun().isEmpty()
                && r.getExperiment().getTraining().getTrainTimeMaskPlacement() == placement).findFirst()
                .orElseThrow(() -> new AssertionError("no " + placement + " arm"));
    }

    /** original AUC − AUC with the marker masked, first label. */
    private static double maskedDrop(Run run) {
        AucComparison masked = run.getComparisons().stream()
                .filter(c -> c.getVariant().getInterventionName().equals("mask-regions")).findFirst().orElseThrow();
        return -masked.getDeltaAuc();
    }
}

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

import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --masked-retrain}: the "cover the labels" arm as a second run linked to the first, compared on the same
 * test images; and attribute models trained on the images themselves.
 */
class MaskedRetrainTest {

    @Test
    void theMaskedArmIsASecondLinkedRunThatNoLongerReliesOnTheMarker(@TempDir Path folder) throws Exception {
        MarkerExperiment.generateData(folder, 1.0);
        Experiment experiment = MarkerExperiment.create("arms");
        MarkerExperiment.addAttribute(experiment, "sex");
        experiment.getDiagnostics().setAttributeImageModels(true);
        Path file = folder.resolve("arms.experiment");
        ModelFiles.save(experiment, file);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RunCommand.run(List.of(file.toString(), "--masked-retrain", "--threads", "2"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String log = out.toString(StandardCharsets.UTF_8);
        System.out.println(log);
        assertEquals(0, exit, log + err.toString(StandardCharsets.UTF_8));

        List<Path> runs;
        try (Stream<Path> list = Files.list(folder.resolve("runs/arms"))) {
            runs = list.sorted().toList();
        }
        assertEquals(2, runs.size(), runs.toString());
        Run a = ModelFiles.loadRun(runs.get(0).resolve(RunFolder.RUN_FILE));
        Run b = ModelFiles.loadRun(runs.get(1).resolve(RunFolder.RUN_FILE));
        Run second = a.getBaselineRun() != null ? a : b; // the linked one, whatever the folder names sort as
        Run first = second == a ? b : a;
        assertEquals(RunStatus.COMPLETED, second.getStatus());
        assertEquals(first.getId(), second.getBaselineRun());
        assertEquals(List.of("laterality"), second.getExperiment().getTraining().getTrainTimeMasking().stream()
                .map(r -> r.getName()).toList());
        assertTrue(first.getFindings().stream().anyMatch(f -> f.getSeverity() == FindingSeverity.CRITICAL
                && f.getKind().equals("shortcut.masking-hurts")), "the first model relies on the marker");
        assertTrue(second.getFindings().stream().noneMatch(f -> f.getSeverity() == FindingSeverity.CRITICAL
                && f.getKind().startsWith("shortcut.")), "the masked arm no longer does: " + second.getFindings());
        // Evaluated as deployed, with the cover on the test images too: masking the marker changes nothing more.
        assertEquals(0.0, second.getComparisons().get(0).getDeltaAuc(), 1e-12);
        for (Run run : List.of(first, second)) {
            assertTrue(run.getFindings().stream().anyMatch(f -> f.getKind().equals("mitigation.masked-retrain")
                    && f.getMessage().contains(first.getId()) && f.getMessage().contains("paired DeLong")),
                    "comparison recorded in " + run.getId());
        }
        // The marker is plain to see, so a network trained on the images tells its presence easily.
        AttributeProbe marker = first.getProbes().stream().filter(p -> p.getMethod().equals("image model")
                && p.getAttribute().equals("region laterality present")).findFirst().orElseThrow();
        assertTrue(marker.getAuc() > 0.8 && marker.getCiLower() > 0.5, "image model of the marker: AUC "
                + marker.getAuc());
        assertTrue(first.getProbes().stream().anyMatch(p -> p.getMethod().equals("image model")
                && p.getAttribute().equals("sex = M")));
        assertTrue(first.getFindings().stream().anyMatch(f -> f.getKind().equals("probe.attribute-in-images")
                && f.getMessage().contains("'region laterality'")), first.getFindings().toString());
    }
}

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
import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo end to end, in this JVM: data, experiment, training, counterfactual evaluation, findings, run on disk. */
class DemoTest {

    @Test
    void demoFindsThatTheModelLeansOnThePlantedMarker(@TempDir Path folder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("demo", "--out", folder.toString(), "--count", "400", "--epochs", "5");
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertEquals(ExitCode.OK, exit, err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("VERDICT: the model leans on the planted laterality marker."), printed);
        assertTrue(printed.contains("ETA"), "progress lines with an ETA: " + printed);

        Path runFile;
        try (Stream<Path> files = Files.walk(folder.resolve("runs"))) {
            runFile = files.filter(p -> p.getFileName().toString().equals("run.run")).findFirst().orElseThrow();
        }
        Run run = ModelFiles.loadRun(runFile);
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals(5, run.getEpochs().size());
        assertEquals(List.of(InterventionKind.ORIGINAL, InterventionKind.MASK_REGIONS, InterventionKind.REGION_ONLY,
                InterventionKind.RANDOM_BOX), run.getEvaluations().stream().map(Evaluation::getInterventionKind).toList());
        Evaluation original = run.getEvaluations().get(0);
        assertTrue(original.getLabels().get(0).getAuc() > 0.7, "original AUC " + original.getLabels().get(0).getAuc());
        assertTrue(original.getLabels().get(0).getRocPoints().size() > 5);
        AucComparison masked = run.getComparisons().get(0);
        assertEquals(InterventionKind.MASK_REGIONS, masked.getVariant().getInterventionKind());
        assertTrue(masked.getDeltaAuc() < 0 && masked.getPValue() < 0.05, "masking the marker: ΔAUC "
                + masked.getDeltaAuc() + ", p " + masked.getPValue());
        assertEquals(FindingSeverity.CRITICAL, run.getFindings().get(0).getSeverity());
        Evaluation markerOnly = run.getEvaluations().get(2);
        assertTrue(markerOnly.getLabels().get(0).getCiLower() > 0.5, "the marker alone predicts the label");
        assertTrue(Files.size(runFile.resolveSibling("model.zip")) > 1000);
        List<String> predictions = Files.readAllLines(runFile.resolveSibling("predictions.csv"));
        assertEquals("image,patient_id,variant,label:finding,score:finding", predictions.get(0));
        assertEquals(1 + 4 * original.getN(), predictions.size());
        String report = Files.readString(runFile.resolveSibling("report.html"));
        assertTrue(report.contains("data:image/png;base64,") && report.contains(run.getId()), "report with plots");
        assertTrue(run.getArtifacts().stream().anyMatch(a -> a.getPath().equals("report.html")));
        assertTrue(run.getAudit().getAssociations().stream().anyMatch(a -> a.getAttribute().equals("region:laterality")
                && a.getCramersV() > 0.6));
    }
}

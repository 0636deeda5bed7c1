package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The masking finding from a region nobody drew: one generated data set whose L/R marker follows the label, run once
 * with the hand-drawn marker boxes and once, without its marker column or any box, with the region {@code marks}
 * proposed and {@code --accept} took in. Both runs find that masking the region hurts the model (critical), by
 * about as much.
 */
class AcceptedMarkRunTest {

    private static Experiment experiment(String name, DatasetFormat format, String location) {
        Experiment experiment = ExperimentTemplates.newDefault(name, format, location, List.of(SyntheticGenerator.LABEL));
        experiment.getModel().setArchitecture(Architecture.SMALL_CNN);
        experiment.getModel().setInputSize(64);
        experiment.getTraining().setEpochs(6);
        experiment.getTraining().setBatchSize(32);
        experiment.getTraining().setLearningRate(3e-3);
        experiment.getSplit().setTrainFraction(0.6);
        experiment.getSplit().setValidationFraction(0.2);
        experiment.getSplit().setTestFraction(0.2);
        experiment.getSplit().setUseOfficialSplit(false);
        experiment.getDiagnostics().setBootstrapResamples(200);
        experiment.getDiagnostics().setGradCam(false);
        return experiment;
    }

    private static Run run(Experiment experiment, Path file, Path folder) throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return new ExperimentRunner(new Dl4jBackend(), new PrintStream(log, true, StandardCharsets.UTF_8), 2)
                .run(experiment, file, RunFolder.create(folder.resolve("runs"), experiment.getName()), 0);
    }

    private static AucComparison masking(Run run) {
        return run.getComparisons().stream().filter(c -> c.getVariant().getInterventionKind()
                == InterventionKind.MASK_REGIONS).findFirst().orElseThrow();
    }

    private static String findings(Run run) {
        return run.getFindings().stream().map(f -> "[" + f.getSeverity() + "] " + f.getKind() + ": " + f.getMessage())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void theAcceptedProposedRegionGivesTheMaskingFindingTheHandDrawnOneGives(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(500).withImagesPerPatient(2)
                .withPrevalence(0.5).withMarkerStrength(1.0).withInitialsStrength(0).withSiteStrength(0)
                .withSexCorrelateStrength(0).withLesionContrast(0.25).withSeed(8)).generate(data);

        Experiment drawn = experiment("drawn", DatasetFormat.SYNTHETIC, "data/" + SyntheticGenerator.MANIFEST);
        ExperimentTemplates.addColumnRegion(drawn, "laterality", "region:laterality", "the L/R marker, drawn");
        ExperimentTemplates.addDefaultInterventions(drawn);
        Path drawnFile = folder.resolve("drawn.experiment");
        ModelFiles.save(drawn, drawnFile);
        Run withDrawn = run(drawn, drawnFile, folder);

        StringBuilder csv = new StringBuilder("path,patient_id,split,finding\n");
        try (CsvReader reader = CsvReader.open(data.resolve(SyntheticGenerator.MANIFEST))) {
            CsvRecord header = reader.readRecord();
            List<Integer> kept = List.of("path", "patient_id", "split", "finding").stream()
                    .map(header.fields()::indexOf).toList();
            for (CsvRecord row : reader) {
                csv.append(String.join(",", kept.stream().map(row::field).toList())).append('\n');
            }
        }
        Files.writeString(data.resolve("unannotated.csv"), csv);
        Experiment found = experiment("found", DatasetFormat.GENERIC_CSV, "data/unannotated.csv");
        ExperimentTemplates.addDefaultInterventions(found);
        Path foundFile = folder.resolve("found.experiment");
        ModelFiles.save(found, foundFile);
        ConfounderLabCommand cli = new ConfounderLabCommand(new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()));
        Path proposedCsv = folder.resolve("found-marks.csv");
        assertEquals(0, cli.run("marks", foundFile.toString(), "--out", proposedCsv.toString()));
        // the proposed region the audit ranks first against the label: the one a user would accept
        Manifest proposed = new GenericCsvImporter(List.of(SyntheticGenerator.LABEL)).read(proposedCsv,
                ImportOptions.strict()).manifest();
        DatasetAudit audit = new DatasetAuditor().audit(proposed);
        String region = proposed.regionNames().stream().max(java.util.Comparator.comparingDouble(r -> audit.find(
                "region:" + r, SyntheticGenerator.LABEL).orElseThrow().cramersV())).orElseThrow();
        assertEquals(0, cli.run("marks", foundFile.toString(), "--accept", region, "--out", proposedCsv.toString()));
        Experiment accepted = ModelFiles.loadExperiment(foundFile);
        Run withFound = run(accepted, foundFile, folder);

        String both = "drawn:\n" + findings(withDrawn) + "\nfound (" + region + "):\n" + findings(withFound);
        assertTrue(withDrawn.getFindings().stream().anyMatch(f -> f.getSeverity() == FindingSeverity.CRITICAL
                && f.getKind().equals("shortcut.masking-hurts") && f.getMessage().contains("laterality")), both);
        assertTrue(withFound.getFindings().stream().anyMatch(f -> f.getSeverity() == FindingSeverity.CRITICAL
                && f.getKind().equals("shortcut.masking-hurts") && f.getMessage().contains(region)), both);
        AucComparison a = masking(withDrawn);
        AucComparison b = masking(withFound);
        System.out.printf("masking: drawn ΔAUC %.3f (p %.2g), found %s ΔAUC %.3f (p %.2g)%n", a.getDeltaAuc(),
                a.getPValue(), region, b.getDeltaAuc(), b.getPValue());
        assertTrue(a.getDeltaAuc() < 0 && b.getDeltaAuc() < 0 && a.getPValue() < 0.05 && b.getPValue() < 0.05, both);
        assertTrue(Math.abs(a.getDeltaAuc() - b.getDeltaAuc()) < 0.15, "drawn " + a.getDeltaAuc() + ", found "
                + b.getDeltaAuc());
    }
}

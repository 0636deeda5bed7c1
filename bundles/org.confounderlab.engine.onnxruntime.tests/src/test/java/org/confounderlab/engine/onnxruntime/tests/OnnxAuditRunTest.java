package org.confounderlab.engine.onnxruntime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.weights.StateDict;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole audit of a model trained in PyTorch, from the command line as a user runs it: {@code run} on an ONNX
 * experiment trains nothing, scores the test images as PyTorch does, and the counterfactual evaluation finds the
 * L/R marker the model learned (masking it lowers the AUC, paired DeLong p &lt; 0.05); Grad-CAM, probes,
 * subgroups, shift tests and the report run as for a trained model.
 */
class OnnxAuditRunTest {

    /** An ONNX experiment on the audit images, the model copied to {@code models/} beside it. */
    static Path experiment(Path folder, PyTorchModels models, String model, int size, List<String> outputLabels)
            throws Exception {
        Files.createDirectories(folder.resolve("models"));
        Files.copy(models.model(model), folder.resolve("models").resolve(model));
        Experiment experiment = ExperimentTemplates.newDefault("onnx-audit", DatasetFormat.SYNTHETIC,
                models.audit.resolve("data").resolve(SyntheticGenerator.MANIFEST).toString(),
                List.of(SyntheticGenerator.LABEL));
        ExperimentTemplates.addColumnRegion(experiment, "laterality", "region:laterality", "the L/R marker");
        ExperimentTemplates.addDefaultInterventions(experiment);
        ConfounderAttribute sex = ExperimentFactory.eINSTANCE.createConfounderAttribute();
        sex.setName("sex");
        sex.setColumn("sex");
        sex.setKind(AttributeKind.CATEGORICAL);
        experiment.getAttributes().add(sex);
        experiment.getModel().setArchitecture(Architecture.ONNX);
        experiment.getModel().setOnnxFile("models/" + model);
        experiment.getModel().setInputSize(size);
        experiment.getModel().getOutputLabels().addAll(outputLabels);
        experiment.getSplit().setUseOfficialSplit(false);
        experiment.getSplit().setTestFraction(0.5);
        experiment.getSplit().setTrainFraction(0.3);
        experiment.getSplit().setValidationFraction(0.2);
        experiment.getDiagnostics().setBootstrapResamples(200);
        experiment.getDiagnostics().setOcclusion(true);
        experiment.getDiagnostics().setOcclusionImages(32);
        Path file = folder.resolve("onnx-audit.experiment");
        ModelFiles.save(experiment, file);
        return file;
    }

    static String[] cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8)};
    }

    static Path onlyRunFolder(Path folder) throws Exception {
        try (Stream<Path> runs = Files.list(folder.resolve("runs/onnx-audit"))) {
            List<Path> all = runs.filter(Files::isDirectory).toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void theAuditOfAPyTorchTrainedMarkerModelFindsTheMarker(@TempDir Path folder) throws Exception {
        PyTorchModels models = PyTorchModels.get();
        Path file = experiment(folder, models, "marker-cnn.onnx", 64, List.of());
        String[] result = cli("run", file.toString(), "--threads", "2");
        String log = result[1] + result[2];
        assertEquals("0", result[0], log);
        assertTrue(log.contains("audited as it is: no training"), log);
        assertFalse(log.contains("epoch 1"), log);
        Path runFolder = onlyRunFolder(folder);
        Run run = RunFolder.read(runFolder);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        assertTrue(run.getEpochs().isEmpty(), "nothing trained");
        assertNotNull(run.getImportedModel());
        assertEquals(StateDict.sha256Of(folder.resolve("models/marker-cnn.onnx")), run.getImportedModel().getSha256());
        assertTrue(run.getImportedModel().getProducer().startsWith("pytorch"), run.getImportedModel().getProducer());
        assertTrue(run.getImportedModel().getSaliency().startsWith("Grad-CAM at "));
        assertTrue(run.getBackend().getNd4jBackend().startsWith("onnxruntime 1.22"), run.getBackend().getNd4jBackend());

        // The engine's scores on the test images, read from the PNGs through its own pipeline, are PyTorch's.
        Map<String, Double> pytorch = models.auditScores();
        int compared = 0;
        try (CsvReader reader = CsvReader.open(runFolder.resolve(RunFolder.PREDICTIONS_FILE))) {
            CsvRecord header = reader.readRecord();
            int variant = header.fields().indexOf("variant");
            int score = header.fields().indexOf("score:finding");
            for (CsvRecord record : reader) {
                if (record.field(variant).equals("original")) {
                    String name = Path.of(record.field(0)).getFileName().toString();
                    assertEquals(pytorch.get(name), Double.parseDouble(record.field(score)), 1e-4, name);
                    compared++;
                }
            }
        }
        assertTrue(compared >= 150, compared + " test images compared");

        AucComparison masked = run.getComparisons().stream()
                .filter(c -> c.getVariant().getInterventionKind() == InterventionKind.MASK_REGIONS).findFirst()
                .orElseThrow();
        String findings = run.getFindings().stream().map(f -> f.getSeverity() + " " + f.getKind() + ": "
                + f.getMessage()).collect(Collectors.joining("\n"));
        assertTrue(masked.getDeltaAuc() < 0 && masked.getPValue() < 0.05, "ΔAUC " + masked.getDeltaAuc() + ", p "
                + masked.getPValue() + "\n" + findings);
        assertTrue(run.getFindings().stream().map(Finding::getKind).anyMatch("shortcut.masking-hurts"::equals),
                findings);
        assertFalse(run.getFindings().stream().map(Finding::getKind).anyMatch("untrained-classifier"::equals),
                findings);
        assertTrue(run.getSaliency().stream().anyMatch(s -> s.getMethod().getLiteral().equals("GRAD_CAM")
                && s.getRegionName().equals("laterality")), "Grad-CAM shares on the marker\n" + log);
        assertTrue(run.getSaliency().stream().anyMatch(s -> s.getMethod().getLiteral().equals("OCCLUSION")), log);
        assertFalse(run.getProbes().isEmpty(), "probes of the model's features");
        assertFalse(run.getSubgroups().isEmpty(), "subgroup metrics by sex");
        assertFalse(run.getShiftTests().isEmpty(), "shift tests");
        assertEquals(0, Integer.parseInt(cli("report", runFolder.toString())[0]));
    }

    @Test
    void aModelWithoutAGradCamLayerIsExplainedByOcclusion(@TempDir Path folder) throws Exception {
        PyTorchModels models = PyTorchModels.get();
        Path file = experiment(folder, models, "marker-cnn-flat.onnx", 64, List.of());
        String[] result = cli("run", file.toString(), "--threads", "2");
        String log = result[1] + result[2];
        assertEquals("0", result[0], log);
        assertTrue(log.contains("saliency: occlusion only"), log);
        Run run = RunFolder.read(onlyRunFolder(folder));
        assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
        assertTrue(run.getImportedModel().getSaliency().startsWith("occlusion, no Grad-CAM: "));
        assertTrue(run.getImportedModel().getCamLayers().isEmpty());
        assertTrue(run.getSaliency().stream().allMatch(s -> s.getMethod().getLiteral().equals("OCCLUSION")));
        assertTrue(run.getSaliency().stream().anyMatch(s -> s.getRegionName().equals("laterality")), log);
        assertTrue(run.getFindings().stream().map(Finding::getKind).anyMatch("shortcut.masking-hurts"::equals), log);
    }

    @Test
    void trainingOnlyRequestsAreRefusedBeforeAnythingIsWritten(@TempDir Path folder) throws Exception {
        PyTorchModels models = PyTorchModels.get();
        Path file = experiment(folder, models, "marker-cnn.onnx", 64, List.of());
        String[] retrain = cli("run", file.toString(), "--masked-retrain");
        assertEquals(Integer.toString(ExitCode.BAD_INPUT), retrain[0]);
        assertTrue(retrain[2].contains("--masked-retrain and --random-erasing-control need training"), retrain[2]);
        String[] study = cli("study", file.toString());
        assertFalse(study[0].equals("0"), study[1] + study[2]);
        assertTrue((study[1] + study[2]).contains("A study trains one model per arm"), study[1] + study[2]);
        Experiment experiment = ModelFiles.loadExperiment(file);
        experiment.getDiagnostics().setMaskedRetrain(true);
        ModelFiles.save(experiment, file);
        String[] invalid = cli("run", file.toString());
        assertEquals(Integer.toString(ExitCode.BAD_INPUT), invalid[0]);
        assertTrue(invalid[2].contains("the masked retrain (which trains a second model on covered images) cannot "
                + "run"), invalid[2]);
        assertFalse(Files.exists(folder.resolve("runs/onnx-audit")) && Files.list(folder.resolve("runs/onnx-audit"))
                .findAny().isPresent(), "no run folder");
    }
}

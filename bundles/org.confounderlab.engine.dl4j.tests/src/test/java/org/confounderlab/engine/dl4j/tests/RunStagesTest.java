package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Date;
import java.util.List;

import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.run.DiagnoseStage;
import org.confounderlab.engine.run.EvaluateStage;
import org.confounderlab.engine.run.FindingsStage;
import org.confounderlab.engine.run.ImportStage;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunImages;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.run.SplitStage;
import org.confounderlab.engine.run.TrainStage;
import org.confounderlab.engine.run.TrainedModel;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.SaliencyMethod;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each stage of a run on its own, from explicit inputs, as {@code ExperimentRunner} chains them: import, split,
 * images, train, evaluate (of a model read back from its file, not the object the training made), diagnose and
 * findings. Each test starts from the data set on disk and runs only the stages it needs.
 */
class RunStagesTest {

    @TempDir
    static Path folder;
    private static Path experimentFile;
    private static Experiment experiment;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static final PrintStream PROGRESS = new PrintStream(LOG, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void dataSet() throws Exception {
        MarkerExperiment.generateData(folder, 0.9, 160, 0.25);
        // A row without its columns: the import skips it and lists it.
        Files.writeString(folder.resolve("data").resolve(SyntheticGenerator.MANIFEST), "images/missing.png,P9\n",
                StandardOpenOption.APPEND);
        experiment = MarkerExperiment.create("stages");
        MarkerExperiment.addAttribute(experiment, "site");
        experiment.getTraining().setEpochs(2);
        experiment.getDiagnostics().setGradCam(true);
        experiment.getDiagnostics().setBootstrapResamples(50);
        experimentFile = folder.resolve("stages.experiment");
        ModelFiles.save(experiment, experimentFile);
    }

    private static Run newRun(RunFolder runFolder) {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(runFolder.id());
        run.setStartTime(new Date());
        run.setExperiment(EcoreUtil.copy(experiment));
        run.setExperimentPath(experimentFile.toString());
        run.setBackend(RunFactory.eINSTANCE.createBackendInfo());
        return run;
    }

    @Test
    void importReadsTheRowsAndListsTheSkippedOnesSplitKeepsPatientsTogether() throws Exception {
        RunFolder runFolder = RunFolder.create(folder.resolve("runs"), "import");
        Run run = newRun(runFolder);
        Manifest manifest = new ImportStage(PROGRESS).read(run, experiment, experimentFile, runFolder);
        assertEquals(160, manifest.size());
        assertEquals(160, run.getInputs().getImages());
        assertEquals(1, run.getInputs().getSkippedRows());
        assertTrue(run.getArtifacts().stream().anyMatch(a -> a.getPath().equals(ImportStage.SKIPPED_ROWS_FILE)));
        String skipped = Files.readString(runFolder.path().resolve(ImportStage.SKIPPED_ROWS_FILE));
        assertTrue(skipped.contains("162"), skipped); // the header is row 1, the broken row the 162nd line

        SplitAssignment splits = SplitStage.split(experiment, manifest);
        int total = 0;
        for (SplitName name : SplitName.values()) {
            total += splits.entriesOf(name).size();
            for (SplitName other : SplitName.values()) {
                if (other != name) {
                    List<String> patients = splits.entriesOf(other).stream().map(e -> e.patientId()).toList();
                    assertTrue(splits.entriesOf(name).stream().noneMatch(e -> patients.contains(e.patientId())),
                            "a patient in " + name + " and " + other);
                }
            }
        }
        assertEquals(160, total);
        assertEquals(SplitStage.split(experiment, manifest).entriesOf(SplitName.TEST),
                splits.entriesOf(SplitName.TEST), "the split is the same every time");
    }

    @Test
    void trainThenEvaluateASavedModelThenDiagnoseThenFindEachAlone() throws Exception {
        RunFolder runFolder = RunFolder.create(folder.resolve("runs"), "train");
        Run run = newRun(runFolder);
        Manifest manifest = new ImportStage(PROGRESS).read(experiment, experimentFile);
        SplitAssignment splits = SplitStage.split(experiment, manifest);
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        try (RunImages images = RunImages.open(run, experiment, labels, manifest.entries(),
                splits.entriesOf(SplitName.TRAIN), runFolder, InputOptions.defaults(2), PROGRESS)) {
            assertTrue(run.getArtifacts().stream().anyMatch(a -> a.getDescription().startsWith("preprocessed cache")),
                    "the images stage records its cache");
            assertTrue(Files.isRegularFile(Path.of(run.getInputs().getCacheFile())));
            assertEquals(Files.size(Path.of(run.getInputs().getCacheFile())), run.getInputs().getCacheBytes());
            assertEquals(0, run.getInputs().getBadImages());
            StreamedImages train = images.training(splits.entriesOf(SplitName.TRAIN));
            StreamedImages validation = images.validation(splits.entriesOf(SplitName.VALIDATION));
            StreamedImages test = images.test(splits.entriesOf(SplitName.TEST));

            TrainingSettings settings = TrainStage.settings(experiment, experimentFile, RunOptions.NONE);
            assertEquals(2, settings.epochs());
            TrainedModel trained = new TrainStage(new Dl4jBackend(), PROGRESS).train(run, settings, images, train,
                    validation, runFolder);
            assertEquals(2, run.getEpochs().size(), "every epoch is recorded");
            assertTrue(Files.isRegularFile(runFolder.path().resolve(RunFolder.MODEL_FILE)));
            assertTrue(run.getArtifacts().stream().anyMatch(a -> a.getKind() == ArtifactKind.MODEL));
            assertEquals(2, RunFolder.read(runFolder.path()).getEpochs().size(), "and saved with the run");

            // The evaluation of the model file alone: the same scores as the model the training handed on.
            ImageClassifier saved = new Dl4jBackend().load(runFolder.path().resolve(RunFolder.MODEL_FILE), labels);
            EvaluateStage.Original original = new EvaluateStage(saved, labels).evaluate(run, test,
                    experiment.getInterventions(), 0.05, runFolder);
            assertEquals(1 + experiment.getInterventions().stream().filter(i -> i.getKind()
                    != org.confounderlab.model.experiment.InterventionKind.ORIGINAL).count(),
                    run.getEvaluations().size(), "the original and every variant");
            assertEquals(test.count(), original.scores().length);
            double[][] direct = trained.classifier().scoresOf(test);
            for (int i = 0; i < direct.length; i++) {
                assertEquals(direct[i][0], original.scores()[i][0], 1e-5, "image " + i);
            }
            assertTrue(Files.isRegularFile(runFolder.path().resolve(RunFolder.PREDICTIONS_FILE)));

            assertTrue(run.getSaliency().isEmpty());
            // Features kept in the heap up to 0 bytes: the probes read them from a file in the run folder.
            new DiagnoseStage(PROGRESS, 0).run(run, experiment, saved, new DiagnoseStage.Splits(train, validation,
                    test.entries()), original, images.regions(), DiagnoseStage.AttributeModelTrainer.like(
                            new Dl4jBackend(), trained.settings()), runFolder);
            assertTrue(run.getSaliency().stream().anyMatch(s -> s.getMethod() == SaliencyMethod.GRAD_CAM),
                    "Grad-CAM summaries");
            assertFalse(run.getSubgroups().isEmpty(), "subgroup metrics");
            assertFalse(run.getProbes().isEmpty(), "probes on the spilled features");
            assertTrue(LOG.toString(StandardCharsets.UTF_8).contains("features (")
                    && LOG.toString(StandardCharsets.UTF_8).contains("spilled to"), "the log says so");
            assertFalse(Files.exists(runFolder.path().resolve(DiagnoseStage.FEATURES_FILE)), "and the file is gone");
        }
        assertTrue(run.getFindings().isEmpty());
        FindingsStage.record(run, experiment);
        assertFalse(run.getFindings().isEmpty(), "the findings stage says what the evaluation showed");
        for (int i = 1; i < run.getFindings().size(); i++) {
            assertTrue(run.getFindings().get(i - 1).getSeverity().getValue()
                    >= run.getFindings().get(i).getSeverity().getValue(), "most severe first");
        }
    }
}

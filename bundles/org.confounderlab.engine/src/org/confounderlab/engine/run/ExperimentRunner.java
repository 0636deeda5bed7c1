package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.audit.AuditModelFactory;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.cli.RuntimeInfo;
import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.DataSetImporters;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.split.PatientSplitter;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.engine.split.SplitFractions;
import org.confounderlab.engine.split.SplitOptions;
import org.confounderlab.engine.training.ComputeDevice;
import org.confounderlab.engine.training.Distillation;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.GroupBalance;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.LossTerm;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.SplitSpec;
import org.confounderlab.model.experiment.TrainingSpec;
import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs an experiment end to end in this JVM: import the data set, audit it, split it by patient, train, evaluate
 * every intervention variant on the test split, and record everything in the run folder. The run file is saved
 * (atomically) at the start, after every epoch and at the end, so an interrupted run keeps its finished epochs;
 * with the checkpoint written after each epoch, {@link #resume} continues it where it stopped.
 */
public final class ExperimentRunner {

    /** The list of the manifest rows the import skipped, in the run folder. */
    static final String SKIPPED_ROWS_FILE = "skipped-rows.tsv";

    private final TrainingBackend backend;
    private final PrintStream progress;
    private final int threads;
    private final InputOptions input;

    public ExperimentRunner(TrainingBackend backend, PrintStream progress, int threads) {
        this(backend, progress, threads, InputOptions.defaults(threads));
    }

    /** A runner reading images as {@code input} says (cache, bad-image policy, prefetching). */
    public ExperimentRunner(TrainingBackend backend, PrintStream progress, int threads, InputOptions input) {
        this.backend = backend;
        this.progress = progress;
        this.threads = threads;
        this.input = input;
    }

    /**
     * Runs {@code experiment} (read from {@code experimentFile}) into {@code folder}, with {@code epochs} overriding
     * the experiment's when positive. Returns the finished run; a failure is recorded in the run, then rethrown.
     */
    public Run run(Experiment experiment, Path experimentFile, RunFolder folder, int epochs)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        return run(experiment, experimentFile, folder, RunOptions.epochs(epochs));
    }

    /** Runs {@code experiment} into the new {@code folder} as {@code options} say. */
    public Run run(Experiment experiment, Path experimentFile, RunFolder folder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(folder.id());
        run.setStartTime(new Date());
        run.setExperiment(EcoreUtil.copy(experiment));
        options.applyTo(run.getExperiment());
        run.setExperimentPath(experimentFile.toAbsolutePath().toString());
        return execute(run, folder, options);
    }

    /**
     * Continues the interrupted run in {@code folder} (failed, cancelled or killed) from the checkpoint of its last
     * finished epoch, with the experiment as the run recorded it; {@code options} may raise the number of epochs.
     */
    public Run resume(RunFolder folder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        Run run;
        try {
            run = RunFolder.read(folder.path());
        } catch (org.confounderlab.model.resource.ModelLoadException e) {
            throw new TrainingException("Cannot resume: " + e.getMessage(), e);
        }
        if (run.getStatus() == RunStatus.COMPLETED) {
            throw new TrainingException("Cannot resume " + folder.path() + ": the run is already complete");
        }
        if (run.getStatus() == RunStatus.RUNNING) {
            throw new TrainingException("Cannot resume " + folder.path() + ": it is still running in another "
                    + "process");
        }
        if (options.changesTrainingOrder()) {
            throw new TrainingException("Cannot resume " + folder.path() + " with another batch size or seed: the "
                    + "finished epochs were trained with the run's own");
        }
        progress.printf("resuming %s after %d finished epochs (it was %s: %s)%n", folder.path(),
                run.getEpochs().size(), run.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT),
                run.getErrorMessage());
        run.setErrorMessage(null);
        run.setEndTime(null);
        run.getEvaluations().clear();
        run.getComparisons().clear();
        run.getSaliency().clear();
        run.getSubgroups().clear();
        run.getProbes().clear();
        run.getShiftTests().clear();
        run.getFindings().clear();
        run.getArtifacts().clear();
        options.applyTo(run.getExperiment()); // more epochs, if asked for
        return execute(run, folder, options);
    }

    private Run execute(Run run, RunFolder folder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        run.setStatus(RunStatus.RUNNING);
        run.setBackend(backendInfo(options.backendFor(run.getExperiment()), options.deviceFor(run.getExperiment())));
        folder.save(run);
        // Terminated from outside (the IDE's terminate button, kill, Ctrl-C): the JVM runs this hook, which records
        // the run as cancelled with what it has. A SIGKILL skips it; RunFolder.read then reads the run as failed.
        Thread onTermination = new Thread(() -> cancelOnTermination(run, folder), "run " + folder.id() + " cancel");
        Runtime.getRuntime().addShutdownHook(onTermination);
        try {
            execute(run, run.getExperiment(), Path.of(run.getExperimentPath()), folder, options);
            synchronized (run) {
                run.setStatus(RunStatus.COMPLETED);
            }
            return run;
        } catch (IOException | DataSetException | TrainingException | RuntimeException | InterruptedException e) {
            synchronized (run) {
                run.setStatus(e instanceof InterruptedException ? RunStatus.CANCELLED : RunStatus.FAILED);
                run.setErrorMessage(RunFailure.describe(e));
            }
            throw e;
        } catch (OutOfMemoryError | StackOverflowError e) {
            // The JVM survives these when the request that failed was large; what it held is freed by now.
            String message = RunFailure.describe(e);
            synchronized (run) {
                run.setStatus(RunStatus.FAILED);
                run.setErrorMessage(message);
            }
            throw new TrainingException(message, e);
        } finally {
            synchronized (run) {
                run.setEndTime(new Date());
                folder.save(run);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(onTermination);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down; the hook has run or will find the run finished
            }
        }
    }

    /** Marks a run that is still going as cancelled, keeping its finished epochs, and saves it. */
    private static void cancelOnTermination(Run run, RunFolder folder) {
        synchronized (run) {
            if (run.getStatus() != RunStatus.RUNNING) {
                return;
            }
            run.setStatus(RunStatus.CANCELLED);
            int epochs = run.getEpochs().size();
            run.setErrorMessage("Terminated after " + epochs + (epochs == 1 ? " finished epoch; it is kept"
                    : " finished epochs; they are kept") + " (resume with run --resume).");
            run.setEndTime(new Date());
            try {
                folder.save(run);
            } catch (IOException | RuntimeException e) {
                // The run file keeps its last state (running): read later, it is marked failed instead.
                System.err.println("could not record the cancelled run in " + folder.path() + ": " + e);
            }
        }
    }

    /**
     * The stages of a run, in order: import → audit → split → images (cache, bad images, cover, augmentation) →
     * train → evaluate → diagnose → findings. Each stage reads what the earlier ones made and records its own part in
     * the run.
     */
    private void execute(Run run, Experiment experiment, Path experimentFile, RunFolder folder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        Manifest manifest = importDataSet(experiment, experimentFile, labels, folder);
        run.setAudit(AuditModelFactory.create(new DatasetAuditor().audit(manifest, labels),
                experiment.getDataset().getLocation(), new Date()));
        SplitAssignment splits = split(experiment, manifest, labels);
        progress.println("split: " + describe(splits));
        try (RunImages images = RunImages.open(run, experiment, labels, manifest.entries(),
                splits.entriesOf(SplitName.TRAIN), folder, input, progress)) {
            StreamedImages train = images.training(splits.entriesOf(SplitName.TRAIN));
            StreamedImages validation = images.validation(splits.entriesOf(SplitName.VALIDATION));
            StreamedImages test = images.test(splits.entriesOf(SplitName.TEST));
            folder.save(run);
            Trained trained = train(run, experiment, experimentFile, folder, options, images, train, validation);
            InterventionEvaluator.Original original = new InterventionEvaluator(trained.classifier(), labels)
                    .evaluate(run, test, experiment.getInterventions(), experiment.getDiagnostics() == null ? 0.05
                            : experiment.getDiagnostics().getAlpha(), folder);
            progress.printf("evaluated %d test images on %d variants%n", test.count(), run.getEvaluations().size());
            folder.save(run);
            diagnose(run, experiment, trained, images, train, validation, original, folder);
        }
        List<Finding> findings = new ArrayList<>(new ShortcutFindings().of(run, experiment));
        findings.addAll(new DiagnosticFindings().of(run, experiment));
        findings.sort((a, b) -> Integer.compare(b.getSeverity().getValue(), a.getSeverity().getValue()));
        run.getFindings().addAll(findings);
    }

    /** The trained model and the settings it was trained with. */
    private record Trained(ImageClassifier classifier, TrainingSettings settings) {
    }

    /**
     * The "train" stage: re-balancing weights, the distillation teacher if any, then the model, each epoch recorded
     * in the run as it ends; the model is saved beside the run.
     */
    private Trained train(Run run, Experiment experiment, Path experimentFile, RunFolder folder, RunOptions options,
            RunImages images, StreamedImages train, StreamedImages validation)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        List<String> labels = train.labels();
        float[][] groupWeights = null;
        if (experiment.getTraining().getRebalancing() == Rebalancing.GROUP_BALANCED) {
            GroupBalance balance = groupBalance(experiment, train.entries(), labels);
            recordGroupWeights(run, balance);
            groupWeights = balance.weights();
        }
        folder.save(run);
        List<EpochSummary> finished = run.getEpochs().stream().map(record -> summary(record, labels)).toList();
        TrainingSettings plain = settings(experiment, experimentFile, options).withCheckpoints(folder.path())
                .resumingAfter(finished).withExampleWeights(groupWeights);
        TrainingSettings settings = experiment.getTraining().getDistillation() == null ? plain
                : plain.withDistillation(distillation(run, experiment, plain, images, train, validation, folder));
        run.getBackend().setKind(settings.backend());
        int[] lastEpoch = {finished.isEmpty() ? 0 : finished.get(finished.size() - 1).epoch()};
        ImageClassifier classifier = backend.train(train, validation, settings,
                new TrainingProgress(progress, labels, epoch -> {
                    synchronized (run) {
                        run.getEpochs().add(epochRecord(epoch, labels, settings.learningRate()));
                        lastEpoch[0] = epoch.epoch();
                        save(folder, run);
                    }
                }).recordingLossTermsWith(terms -> {
                    synchronized (run) {
                        if (run.getDistillation() != null) {
                            run.getDistillation().getTerms().clear();
                            terms.forEach(term -> run.getDistillation().getTerms().add(lossTerm(term)));
                            save(folder, run);
                        }
                    }
                }));
        Path model = folder.path().resolve(RunFolder.MODEL_FILE);
        classifier.save(model);
        run.getArtifacts().add(artifact(ArtifactKind.MODEL, RunFolder.MODEL_FILE, "trained " + settings.architecture()
                + " (" + backend.name() + "), " + keptWeights(settings, run, lastEpoch[0])
                + (train.augmentation().changesImages() ? ", augmented: " + train.augmentation().describe() : "")));
        return new Trained(classifier, settings);
    }

    /**
     * The "diagnose" stage: saliency, probes, attribute models, subgroups and shift tests on the test images the
     * evaluation scored. Attribute models train on the images with the same network and settings, fewer epochs, no
     * checkpoints, no distillation from the disease teacher and no re-balancing by the disease label.
     */
    private void diagnose(Run run, Experiment experiment, Trained trained, RunImages images, StreamedImages train,
            StreamedImages validation, InterventionEvaluator.Original original, RunFolder folder)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        TrainingSettings settings = trained.settings();
        TrainingSettings attributeSettings = settings.withCheckpoints(null).resumingAfter(List.of())
                .withEarlyStopping(0).withEpochs(Math.max(1, Math.min(settings.epochs(), 10)))
                .withDistillation(null).withExampleWeights(null).withRebalancing(Rebalancing.NONE);
        DiagnosticsRunner.AttributeModelTrainer attributeTrainer = (attributeTrain, attributeValidation) ->
                backend.train(attributeTrain, attributeValidation, attributeSettings, epoch -> { });
        new DiagnosticsRunner(progress).run(run, experiment, trained.classifier(), new DiagnosticsRunner.Splits(
                train, validation, original.images().entries()), original, images.regions(), attributeTrainer,
                folder);
    }

    /** The test images of {@code experiment} as its runs split them (the same import, split and seed). */
    List<ManifestEntry> testEntries(Experiment experiment, Path experimentFile) throws DataSetException, IOException {
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        return split(experiment, importDataSet(experiment, experimentFile, labels, null), labels)
                .entriesOf(SplitName.TEST);
    }

    /** Which epoch's weights the model file holds: the best one with early stopping, else the last. */
    private static String keptWeights(TrainingSettings settings, Run run, int lastEpoch) {
        if (settings.earlyStoppingPatience() <= 0) {
            return "weights after epoch " + lastEpoch;
        }
        org.confounderlab.engine.training.EarlyStopping stopping = org.confounderlab.engine.training.EarlyStopping
                .after(settings.earlyStoppingPatience(), run.getEpochs().stream()
                        .map(r -> summary(r, List.copyOf(run.getExperiment().getDataset().getLabelNames()))).toList());
        return String.format(java.util.Locale.ROOT, "weights of epoch %d of %d (best mean validation AUC %.3f%s)",
                stopping.bestEpoch(), lastEpoch, stopping.bestAuc(), lastEpoch < settings.epochs()
                        ? ", stopped early" : "");
    }

    /** An epoch as the run recorded it, back in the trainer's terms (for resuming). */
    private static EpochSummary summary(EpochRecord record, List<String> labels) {
        double[] aucs = new double[labels.size()];
        java.util.Arrays.fill(aucs, Double.NaN);
        for (LabelValue value : record.getLabelAucs()) {
            int index = labels.indexOf(value.getLabel());
            if (index >= 0) {
                aucs[index] = value.getValue();
            }
        }
        return new EpochSummary(record.getIndex(), record.getTrainLoss(), record.getValidationLoss(), aucs,
                record.getDurationMillis());
    }

    /** The "import" stage; skipped rows are summarised and listed in {@code folder} (when given). */
    private Manifest importDataSet(Experiment experiment, Path experimentFile, List<String> labels, RunFolder folder)
            throws DataSetException, IOException {
        Path location = Path.of(experiment.getDataset().getLocation());
        if (!location.isAbsolute()) {
            location = experimentFile.toAbsolutePath().getParent().resolve(location);
        }
        ImportResult result = DataSetImporters.forFormat(experiment.getDataset().getFormat(), labels)
                .read(location, ImportOptions.lenient());
        if (folder != null) {
            ProblemReport.report("skipped rows", result.skipped(), folder.path().resolve(SKIPPED_ROWS_FILE),
                    progress);
        } else if (!result.skipped().isEmpty()) {
            progress.println("skipped rows: " + result.skipped().size() + ", the first: " + result.skipped().get(0));
        }
        progress.printf("data set: %d images (%d rows skipped)%n", result.manifest().size(), result.skipped().size());
        return result.manifest();
    }

    private static SplitAssignment split(Experiment experiment, Manifest manifest, List<String> labels) {
        SplitSpec spec = experiment.getSplit();
        SplitOptions options = new SplitOptions(new SplitFractions(spec.getTrainFraction(),
                spec.getValidationFraction(), spec.getTestFraction()), spec.getSeed(), labels.get(0),
                spec.isUseOfficialSplit());
        return new PatientSplitter().split(manifest, options);
    }

    private static String describe(SplitAssignment splits) {
        StringBuilder text = new StringBuilder();
        for (SplitName name : SplitName.values()) {
            var statistics = splits.summary().of(name);
            text.append(text.isEmpty() ? "" : "; ").append(String.format(java.util.Locale.ROOT,
                    "%s %d images of %d patients (prevalence %.2f)", name.name().toLowerCase(java.util.Locale.ROOT),
                    statistics.entries(), statistics.patients(), statistics.prevalence()));
        }
        return text.append(splits.summary().officialSplitUsed() ? ", official split" : ", grouped by patient")
                .toString();
    }

    /** The group-balanced loss weights of the training images, by the experiment's rebalancing attribute. */
    private GroupBalance groupBalance(Experiment experiment, List<ManifestEntry> trainEntries, List<String> labels)
            throws TrainingException {
        ConfounderAttribute attribute = experiment.getTraining().getRebalanceAttribute();
        if (attribute == null) {
            throw new TrainingException("Group-balanced training needs a rebalancing attribute: choose one of the "
                    + "experiment's confounder attributes under Training > Rebalance attribute");
        }
        String column = AttributeColumns.of(attribute);
        GroupBalance balance;
        try {
            balance = GroupBalance.of(trainEntries, labels, column);
        } catch (IllegalArgumentException e) {
            throw new TrainingException(e.getMessage() + " (rebalancing attribute '" + attribute.getName() + "')", e);
        }
        for (GroupBalance.Group group : balance.groups()) {
            progress.printf(java.util.Locale.ROOT, "group-balanced: %s = %s, %s: %d positive, %d negative, weights "
                    + "%.3f / %.3f%s%n", attribute.getName(), group.name(), group.label(), group.positives(),
                    group.negatives(), group.positiveWeight(), group.negativeWeight(),
                    group.balanced() ? "" : " (one class only: cannot be balanced)");
        }
        return balance;
    }

    private static void recordGroupWeights(Run run, GroupBalance balance) {
        run.getGroupWeights().clear();
        for (GroupBalance.Group group : balance.groups()) {
            GroupWeight weight = RunFactory.eINSTANCE.createGroupWeight();
            weight.setAttribute(balance.attribute());
            weight.setGroup(group.name());
            weight.setLabel(group.label());
            weight.setPositives(group.positives());
            weight.setNegatives(group.negatives());
            weight.setPositiveWeight(group.positiveWeight());
            weight.setNegativeWeight(group.negativeWeight());
            run.getGroupWeights().add(weight);
        }
    }

    private static TrainingSettings settings(Experiment experiment, Path experimentFile, RunOptions options) {
        TrainingSpec training = experiment.getTraining();
        String weights = experiment.getModel().getWeightsFile();
        Path weightsFile = null;
        if (weights != null && !weights.isBlank()) {
            weightsFile = Path.of(weights);
            if (!weightsFile.isAbsolute()) {
                weightsFile = experimentFile.toAbsolutePath().getParent().resolve(weightsFile);
            }
        }
        return new TrainingSettings(experiment.getModel().getArchitecture(),
                options.epochs() > 0 ? options.epochs() : training.getEpochs(), training.getBatchSize(),
                training.getLearningRate(), training.getWeightDecay(), training.getSeed())
                .withEarlyStopping(training.getEarlyStoppingPatience())
                .withRebalancing(training.getRebalancing())
                .withWeightsFile(weightsFile)
                .withBackend(options.backendFor(experiment), options.deviceFor(experiment));
    }

    /**
     * What the student distils from: the specialist teacher of the experiment's distillation, trained now on its
     * confounder-free data and recorded in the run (epochs, kept epoch, model file). A resumed run takes the teacher
     * its first session saved, and the scales it measured, so the loss stays the same.
     */
    private Distillation distillation(Run run, Experiment experiment, TrainingSettings student, RunImages images,
            StreamedImages train, StreamedImages validation, RunFolder folder)
            throws DataSetException, TrainingException, InterruptedException, IOException {
        DistillationSpec spec = experiment.getTraining().getDistillation();
        List<String> labels = train.labels();
        TeacherImages data = TeacherImages.of(experiment, train.entries(), validation.entries(), labels.get(0));
        if (data.train().size() < 2 || data.validation().isEmpty()) {
            throw new TrainingException("The specialist teacher has " + data.train().size() + " training and "
                    + data.validation().size() + " validation images (" + data.description() + "): too few");
        }
        ImageIntervention cover = images.cover();
        Function<ManifestEntry, Map<String, Box>> teacherRegions = images.regions();
        if (!data.maskRegions().isEmpty()) {
            TrainTimeMask mask = TrainTimeMask.over(train.entries(), teacherRegions,
                    List.copyOf(data.maskRegions()));
            cover = mask.intervention();
            teacherRegions = mask.addCovers(teacherRegions);
        }
        long seed = experiment.getSplit().getSeed();
        DistillationRecord previous = run.getDistillation();
        Path teacherFile = folder.path().resolve(RunFolder.TEACHER_FILE);
        ImageClassifier teacher;
        List<LossTerm> known = List.of();
        if (student.resuming() && previous != null && previous.getKeptEpoch() > 0
                && Files.isRegularFile(teacherFile)) {
            teacher = backend.load(teacherFile, labels);
            known = previous.getTerms().stream().map(t -> new LossTerm(t.getName(), t.getWeight(), t.getScale(),
                    t.getValue())).toList();
            progress.println("specialist teacher: the interrupted run's, from " + teacherFile + " (" + previous
                    .getTeacherData() + ")");
            run.getArtifacts().add(artifact(ArtifactKind.MODEL, RunFolder.TEACHER_FILE, "specialist teacher, trained "
                    + "on " + previous.getTeacherData() + ", weights of epoch " + previous.getKeptEpoch()));
        } else {
            StreamedImages teacherTrain = images.through(data.train(), cover, teacherRegions, seed);
            StreamedImages teacherValidation = images.through(data.validation(), cover, teacherRegions, seed + 1);
            teacher = trainTeacher(run, spec, student, data, teacherTrain, teacherValidation, train.count(), labels,
                    folder);
        }
        // What the teacher sees of every training image, for its targets: the images with its covers, augmented
        // with the student's draws.
        StreamedImages view = cover == images.cover() ? null
                : images.through(train.entries(), cover, teacherRegions, seed);
        List<Distillation.Layer> layers = spec.getLayers().stream()
                .map(layer -> new Distillation.Layer(layer.getLayer(), layer.getWeight())).toList();
        try {
            return new Distillation(teacher, view, layers, spec.getLayerWeight(), spec.getFinalLayerWeight(), known);
        } catch (IllegalArgumentException e) {
            throw new TrainingException("Distillation: " + e.getMessage(), e);
        }
    }

    /** Trains the teacher on its images, records it in the run and saves it beside the run. */
    private ImageClassifier trainTeacher(Run run, DistillationSpec spec, TrainingSettings student, TeacherImages data,
            StreamedImages teacherTrain, StreamedImages teacherValidation, int studentImages, List<String> labels,
            RunFolder folder) throws TrainingException, IOException {
        int epochs = spec.getTeacherEpochs() > 0 ? spec.getTeacherEpochs()
                : teacherEpochs(student.epochs(), studentImages, teacherTrain.count());
        progress.printf(java.util.Locale.ROOT, "specialist teacher: %s, %d validation images, %d epochs%n",
                data.description(), teacherValidation.count(), epochs);
        DistillationRecord record = RunFactory.eINSTANCE.createDistillationRecord();
        record.setTeacherData(data.description());
        record.setTeacherImages(teacherTrain.count());
        run.setDistillation(record);
        TrainingSettings settings = student.withCheckpoints(null).resumingAfter(List.of()).withExampleWeights(null)
                .withRebalancing(Rebalancing.NONE).withEpochs(epochs);
        List<EpochSummary> summaries = new ArrayList<>();
        ImageClassifier teacher = backend.train(teacherTrain, teacherValidation, settings,
                new TrainingProgress(progress, labels, epoch -> {
                    synchronized (run) {
                        summaries.add(epoch);
                        record.getTeacherEpochs().add(epochRecord(epoch, labels, settings.learningRate()));
                        save(folder, run);
                    }
                }));
        teacher.save(folder.path().resolve(RunFolder.TEACHER_FILE));
        org.confounderlab.engine.training.EarlyStopping stopping = org.confounderlab.engine.training.EarlyStopping
                .after(settings.earlyStoppingPatience(), summaries);
        record.setKeptEpoch(stopping.enabled() && stopping.bestEpoch() > 0 ? stopping.bestEpoch()
                : summaries.get(summaries.size() - 1).epoch());
        record.setTeacherModel(RunFolder.TEACHER_FILE);
        run.getArtifacts().add(artifact(ArtifactKind.MODEL, RunFolder.TEACHER_FILE, "specialist teacher ("
                + settings.architecture() + "), trained on " + data.description() + ", weights of epoch "
                + record.getKeptEpoch()));
        folder.save(run);
        return teacher;
    }

    /**
     * The teacher's epochs when the experiment leaves them open: as many optimisation steps as the student's, so a
     * teacher on a quarter of the images trains four times the epochs (at most ten times the student's).
     */
    static int teacherEpochs(int studentEpochs, int studentImages, int teacherImages) {
        long epochs = ((long) studentEpochs * studentImages + teacherImages - 1) / Math.max(1, teacherImages);
        return (int) Math.max(1, Math.min(10L * studentEpochs, epochs));
    }

    private static void save(RunFolder folder, Run run) {
        try {
            folder.save(run);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static org.confounderlab.model.run.LossTerm lossTerm(LossTerm term) {
        org.confounderlab.model.run.LossTerm stored = RunFactory.eINSTANCE.createLossTerm();
        stored.setName(term.name());
        stored.setWeight(term.weight());
        stored.setScale(term.scale());
        stored.setValue(term.value());
        return stored;
    }

    private static EpochRecord epochRecord(EpochSummary epoch, List<String> labels, double learningRate) {
        EpochRecord record = RunFactory.eINSTANCE.createEpochRecord();
        record.setIndex(epoch.epoch());
        record.setTrainLoss(epoch.trainLoss());
        record.setValidationLoss(epoch.validationLoss());
        record.setDurationMillis(epoch.millis());
        record.setLearningRate(learningRate);
        for (int l = 0; l < labels.size(); l++) {
            LabelValue auc = RunFactory.eINSTANCE.createLabelValue();
            auc.setLabel(labels.get(l));
            auc.setValue(epoch.validationAucs()[l]);
            record.getLabelAucs().add(auc);
        }
        epoch.lossTerms().forEach(term -> record.getLossTerms().add(lossTerm(term)));
        return record;
    }

    static Artifact artifact(ArtifactKind kind, String path, String description) {
        Artifact artifact = RunFactory.eINSTANCE.createArtifact();
        artifact.setKind(kind);
        artifact.setPath(path);
        artifact.setDescription(description);
        return artifact;
    }

    /** What the run trains on: the backend, the processor (GPU name, driver and memory for CUDA) and the JVM. */
    private BackendInfo backendInfo(org.confounderlab.model.experiment.BackendKind kind, int device) {
        RuntimeInfo runtime = RuntimeInfo.current();
        ComputeDevice processor = ComputeDevice.describe(kind, device);
        BackendInfo info = RunFactory.eINSTANCE.createBackendInfo();
        info.setKind(kind);
        info.setCpuThreads(threads);
        info.setJavaVersion(runtime.javaVersion());
        info.setNd4jBackend(backend.name());
        info.setDeviceName(processor.name());
        info.setDriverVersion(processor.driverVersion());
        info.setMemoryBytes(processor.memoryBytes());
        return info;
    }
}

package org.confounderlab.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.confounderlab.engine.audit.AuditModelFactory;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.cli.RuntimeInfo;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.imported.ModelImporters;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.engine.training.ComputeDevice;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.resource.ModelFiles;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Runs an experiment end to end in this JVM: import the data set, audit it, split it by patient, train, evaluate
 * every intervention variant on the test split, and record everything in the run folder. The run file is saved
 * (atomically) at the start, after every epoch and at the end, so an interrupted run keeps its finished epochs;
 * with the checkpoint written after each epoch, {@link #resume} continues it where it stopped.
 */
public final class ExperimentRunner {

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
        return run(experiment, experimentFile, folder, epochs > 0 ? RunOptions.epochs(epochs) : RunOptions.NONE);
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
     * Writes {@code experiment} (read from {@code experimentFile}) into the new {@code folder} as a queued run, with
     * {@code options} applied to its copy of the experiment (epochs, batch size, seed, backend and device), for a
     * cluster job to train later with {@link #runQueued}.
     */
    public Run queue(Experiment experiment, Path experimentFile, RunFolder folder, RunOptions options)
            throws IOException {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(folder.id());
        run.setStatus(RunStatus.QUEUED);
        run.setExperiment(EcoreUtil.copy(experiment));
        options.applyTo(run.getExperiment());
        if (options.backend() != null || options.device() >= 0) {
            org.confounderlab.model.experiment.BackendSpec spec = org.confounderlab.model.experiment
                    .ExperimentFactory.eINSTANCE.createBackendSpec();
            spec.setKind(options.backendFor(experiment));
            spec.setDeviceIndex(options.deviceFor(experiment));
            run.getExperiment().setBackend(spec);
        }
        run.setExperimentPath(experimentFile.toAbsolutePath().toString());
        folder.save(run);
        return run;
    }

    /**
     * Trains the run {@link #queue} wrote into {@code folder}, as a cluster job does: from the start when it is still
     * queued, from the checkpoint of its last finished epoch when an earlier job of it was stopped (time limit,
     * preemption, node failure, cancelled) or it failed, and not at all when it is complete. A run file that still
     * says running is this job's own earlier attempt (a requeued job), since the workload manager runs one at a time.
     */
    public Run runQueued(RunFolder folder, String clusterJob)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        Run run;
        try {
            run = ModelFiles.loadRun(folder.runFile());
        } catch (org.confounderlab.model.resource.ModelLoadException e) {
            throw new TrainingException("Cannot train the queued run: " + e.getMessage(), e);
        }
        if (clusterJob != null) {
            run.setClusterJob(clusterJob);
        }
        if (run.getStatus() == RunStatus.COMPLETED) {
            progress.println("run " + folder.path() + " is already complete");
            return run;
        }
        if (run.getStatus() == RunStatus.QUEUED && run.getEpochs().isEmpty()) {
            run.setStartTime(new Date());
            return execute(run, folder, RunOptions.NONE);
        }
        // stopped, failed, or queued again after an earlier job of it stopped: after its finished epochs
        return continueRun(run, folder, RunOptions.NONE);
    }

    /**
     * Builds the preprocessed image cache that the queued run in {@code folder} reads, and finds its bad images,
     * without training (the import, split and images stages on a copy of the run): a cluster's tasks, which start
     * together, then read the cache instead of each building it. The run file stays as it was.
     */
    public void prepareQueued(RunFolder folder)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        Run run;
        try {
            run = EcoreUtil.copy(ModelFiles.loadRun(folder.runFile()));
        } catch (org.confounderlab.model.resource.ModelLoadException e) {
            throw new TrainingException("Cannot prepare the queued run: " + e.getMessage(), e);
        }
        Experiment experiment = run.getExperiment();
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        Manifest manifest = new ImportStage(progress).read(run, experiment, Path.of(run.getExperimentPath()), folder);
        SplitAssignment splits = SplitStage.split(experiment, manifest);
        try (RunImages images = RunImages.open(run, experiment, labels, manifest.entries(), splits.entriesOf(
                SplitName.TRAIN), folder, input, progress)) {
            progress.println("prepared: " + (run.getInputs() == null || run.getInputs().getCacheFile() == null
                    ? "no cache (images are decoded as they are read)" : "the image cache "
                            + run.getInputs().getCacheFile()));
        }
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
        if (run.getStatus() == RunStatus.QUEUED) {
            throw new TrainingException("Cannot resume " + folder.path() + ": it is queued on a cluster and has not "
                    + "started (status shows its job)");
        }
        if (options.changesTrainingOrder()) {
            throw new TrainingException("Cannot resume " + folder.path() + " with another batch size or seed: the "
                    + "finished epochs were trained with the run's own");
        }
        return continueRun(run, folder, options);
    }

    private Run continueRun(Run run, RunFolder folder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        if (run.getStartTime() == null) {
            run.setStartTime(new Date());
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
     * The stages of a run, in order. Each reads what the earlier ones made and records its own part in the run:
     * <ol>
     * <li>import: the data set's rows ({@link ImportStage});</li>
     * <li>audit: confounder–label association in the whole data set;</li>
     * <li>split: training, validation and test images by patient ({@link SplitStage});</li>
     * <li>images: the cache or the header check, bad images, the train-time cover, augmentation
     * ({@link RunImages});</li>
     * <li>train: re-balancing weights, the distillation teacher, the model ({@link TrainStage}); for a model trained
     * elsewhere, opened and checked before the import instead ({@link ImportModelStage});</li>
     * <li>evaluate: the test images as they are and through each counterfactual variant ({@link EvaluateStage});</li>
     * <li>diagnose: saliency, probes, attribute models, subgroups, shift tests ({@link DiagnoseStage});</li>
     * <li>findings: what all that says, in plain words ({@link FindingsStage}).</li>
     * </ol>
     */
    private void execute(Run run, Experiment experiment, Path experimentFile, RunFolder folder, RunOptions options)
            throws IOException, DataSetException, TrainingException, InterruptedException {
        List<String> labels = List.copyOf(experiment.getDataset().getLabelNames());
        TrainingSettings settings = TrainStage.settings(experiment, experimentFile, options);
        // Files the model needs are checked before the import and the cache, which may take hours.
        TrainedModel imported = ImportModelStage.imports(experiment)
                ? new ImportModelStage(ModelImporters.find(), progress).open(run, experimentFile, settings, threads,
                        folder)
                : null;
        if (imported == null) {
            TrainStage.checkWeightsFile(settings, progress);
        }
        Manifest manifest = new ImportStage(progress).read(run, experiment, experimentFile, folder);
        run.setAudit(AuditModelFactory.create(new DatasetAuditor().audit(manifest, labels),
                experiment.getDataset().getLocation(), new Date()));
        SplitAssignment splits = SplitStage.split(experiment, manifest);
        progress.println("split: " + SplitStage.describe(splits));
        SplitStage.requireCasesAndControls(splits, labels, experimentFile);
        List<ManifestEntry> trainEntries = splits.entriesOf(SplitName.TRAIN);
        try (RunImages images = RunImages.open(run, experiment, labels, manifest.entries(), trainEntries, folder,
                input, progress)) {
            StreamedImages train = images.training(trainEntries);
            StreamedImages validation = images.validation(splits.entriesOf(SplitName.VALIDATION));
            StreamedImages test = images.test(splits.entriesOf(SplitName.TEST));
            if (images.imageProperties() != null) {
                // the audit again, now with the image properties the images stage measured, drifting (or not)
                // between this run's own training and test images
                java.util.Map<ManifestEntry, SplitName> splitOf = new java.util.IdentityHashMap<>();
                for (int i = 0; i < splits.entries().size(); i++) {
                    splitOf.put(splits.entries().get(i), splits.splits().get(i));
                }
                SplitName[] runSplits = manifest.entries().stream().map(splitOf::get).toArray(SplitName[]::new);
                run.setAudit(AuditModelFactory.create(new DatasetAuditor().audit(manifest, labels,
                        images.imageProperties(), runSplits), experiment.getDataset().getLocation(), new Date()));
            }
            LeakStage leakStage = new LeakStage(progress);
            java.util.Set<ManifestEntry> leaking = leakStage.check(run, splits,
                    experiment.getSplit().getNearDuplicateDistance(), images, folder, input.readThreads());
            folder.save(run);
            TrainedModel trained = imported != null ? imported
                    : new TrainStage(backend, progress).train(run, settings, images, train, validation, folder);
            if (imported == null && experiment.getTraining().getLastLayerRetraining() != null) {
                trained = new LastLayerRetrainingStage(progress).refit(run, trained, validation, folder);
            }
            if (trained.classifier() instanceof org.confounderlab.engine.training.InspectableClassifier model) {
                leaking = leakStage.checkFeatures(run, model, images, experiment.getSplit().getNearDuplicateCosine(),
                        experiment.getSplit().getSeed(), folder, Runtime.getRuntime().maxMemory() / 8);
            }
            EvaluateStage evaluation = new EvaluateStage(trained.classifier(), labels);
            EvaluateStage.Original original = evaluation.evaluate(run, test,
                    experiment.getInterventions(), experiment.getDiagnostics() == null ? 0.05
                            : experiment.getDiagnostics().getAlpha(), folder);
            progress.printf("evaluated %d test images on %d variants%n", test.count(), run.getEvaluations().size());
            evaluation.evaluateLeakFree(run, original, leaking,
                    experiment.getDiagnostics() == null ? 0.05 : experiment.getDiagnostics().getAlpha(), progress);
            folder.save(run);
            new DiagnoseStage(progress).describingSlicesBy(images.imageProperties(), manifest.entries()).run(run,
                    experiment, trained.classifier(), new DiagnoseStage.Splits(train,
                    validation, test.entries()), original, images.regions(),
                    DiagnoseStage.AttributeModelTrainer.like(backend, trained.settings()), folder);
        }
        FindingsStage.record(run, experiment);
    }

    /** The test images of {@code experiment} as its runs split them (the same import, split and seed). */
    List<ManifestEntry> testEntries(Experiment experiment, Path experimentFile) throws DataSetException, IOException {
        return SplitStage.split(experiment, new ImportStage(progress).read(experiment, experimentFile))
                .entriesOf(SplitName.TEST);
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
        info.setCpuModel(ComputeDevice.cpuModel());
        info.setCpuIsa(ComputeDevice.cpuIsa());
        return info;
    }
}

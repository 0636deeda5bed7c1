package org.confounderlab.engine.slurm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.run.EngineJvm;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.ArmKind;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.Study;

/**
 * Runs and studies as Slurm jobs. A submission queues every run it trains in its run folder first (the run file,
 * status queued, holding the experiment as the run will train it), writes the batch script and the submission's
 * files into {@code slurm/} and calls {@code sbatch}: one job array with a task per run (a study's arms × seeds), and
 * for a study a one-core job that assembles it once every task has ended ({@code --dependency=afterany}), so the
 * study completes even when the submitting machine is gone. Every task runs the engine's {@code task} command: the
 * same stages as a local run, in the same run folder layout.
 */
public final class SlurmExecutor {

    /** The file, in a study's {@code slurm/} folder, of the experiment as submitted (the assembly reads it). */
    public static final String EXPERIMENT_SNAPSHOT = "experiment.experiment";

    private final SlurmCommands slurm;
    private final SlurmResources resources;
    private final InputOptions input;
    private final PrintStream progress;

    public SlurmExecutor(SlurmCommands slurm, SlurmResources resources, InputOptions input, PrintStream progress) {
        this.slurm = slurm;
        this.resources = resources;
        this.input = input;
        this.progress = progress;
    }

    /** Submits one run of {@code experiment} into a new folder under {@code runsFolder}; returns the submission. */
    public ClusterSubmission submitRun(ExperimentRunner runner, Experiment experiment, Path experimentFile,
            Path runsFolder, RunOptions options) throws IOException, SlurmException {
        checkPaths(experiment, experimentFile, runsFolder);
        RunFolder folder = RunFolder.create(runsFolder, experiment.getName());
        runner.queue(experiment, experimentFile, folder, options);
        ClusterSubmission submission = new ClusterSubmission(folder.path(), false, experimentFile.toAbsolutePath(),
                List.of(new ClusterSubmission.Task(0, experiment.getName(), "", folder.path(), "")), List.of(),
                List.of(), false);
        return submit(submission, List.of(0), "cl-" + experiment.getName());
    }

    /**
     * Submits a study of {@code experiment}: its folder and record (status queued), every arm's run queued, the
     * array and the assembly; returns the submission.
     */
    public ClusterSubmission submitStudy(StudyRunner studies, ExperimentRunner runner, Experiment experiment,
            Path experimentFile, Path runsFolder, RunOptions options)
            throws IOException, SlurmException, DataSetException, TrainingException {
        checkPaths(experiment, experimentFile, runsFolder);
        StudyRunner.Plan plan = studies.plan(experiment, experimentFile, runsFolder);
        List<ClusterSubmission.Task> tasks = new ArrayList<>();
        for (int a = 0; a < plan.arms().size(); a++) {
            StudyRunner.Arm arm = plan.arms().get(a);
            RunFolder folder = RunFolder.create(runsFolder, experiment.getName());
            runner.queue(arm.experiment(), experimentFile, folder, options);
            tasks.add(new ClusterSubmission.Task(a, arm.name(), arm.kind().getLiteral(), folder.path(), ""));
        }
        ClusterSubmission submission = new ClusterSubmission(plan.folder(), true, experimentFile.toAbsolutePath(),
                tasks, List.of(), List.of(), false);
        Files.createDirectories(submission.files());
        Experiment snapshot = org.eclipse.emf.ecore.util.EcoreUtil.copy(experiment);
        options.applyTo(snapshot);
        ModelFiles.save(snapshot, submission.files().resolve(EXPERIMENT_SNAPSHOT));
        Study study = plan.study();
        study.setStatus(RunStatus.QUEUED);
        ModelFiles.save(study, plan.file());
        List<Integer> all = tasks.stream().map(ClusterSubmission.Task::index).toList();
        return submit(submission, all, "cl-" + experiment.getName());
    }

    /**
     * Submits again the tasks of the study (or run) in {@code folder} whose runs did not complete (failed, cancelled,
     * killed): each continues from its last checkpoint; a study gets a new assembly. Returns the submission, or the
     * old one unchanged when every run is complete.
     */
    public ClusterSubmission resume(Path folder) throws IOException, SlurmException {
        ClusterSubmission submission = ClusterSubmission.read(folder);
        List<ClusterStatus.TaskStatus> statuses = ClusterStatus.reconcile(submission, slurm);
        List<Integer> again = new ArrayList<>();
        for (ClusterStatus.TaskStatus status : statuses) {
            if (status.slurm() != null && status.slurm().active()) {
                throw new SlurmException("task " + status.task().index() + " (" + status.task().name() + ") is "
                        + status.slurm().state().toLowerCase(java.util.Locale.ROOT) + " as job " + status.task()
                                .job() + ": resume once it has ended, or cancel it first");
            }
            if (status.status() != RunStatus.COMPLETED) {
                again.add(status.task().index());
            }
        }
        if (again.isEmpty() && !submission.study()) {
            progress.println("resume: every run of " + folder + " is complete");
            return submission;
        }
        if (submission.study()) {
            Study study = loadStudy(folder);
            if (again.isEmpty() && study.getStatus() == RunStatus.COMPLETED) {
                progress.println("resume: study " + folder + " is complete; nothing to resume");
                return submission;
            }
            study.setStatus(RunStatus.QUEUED);
            study.setErrorMessage(null);
            ModelFiles.save(study, folder.resolve(StudyRunner.STUDY_FILE));
        }
        String name = "cl-" + folder.getParent().getParent().getFileName();
        if (again.isEmpty()) {
            // every run is complete, the study is not (its assembly failed or was cancelled): assemble it again
            progress.println("resume: every run of the study is complete; submitting its assembly again");
            Path assemble = write(submission.files().resolve(ClusterSubmission.ASSEMBLY_SCRIPT), BatchScript
                    .assembly(submission, EngineJvm.command(EngineJvm.heapOfThisJvm())));
            List<String> options = new ArrayList<>(resources.assemblyOptions());
            options.addAll(List.of("--job-name=" + name + "-assemble", "--output=" + submission.assemblyLog()
                    .toAbsolutePath(), "--open-mode=append"));
            String assembly = slurm.submit(assemble, options);
            List<String> assemblies = new ArrayList<>(submission.assembly());
            assemblies.add(assembly);
            ClusterSubmission updated = new ClusterSubmission(submission.folder(), true, submission.experiment(),
                    submission.tasks(), submission.arrayJobs(), assemblies, false, submission.preparation(),
                    submission.resources(), submission.input());
            updated.save();
            progress.println("slurm: submitted the study's assembly as job " + assembly);
            return updated;
        }
        progress.println("resume: tasks " + again + " of " + submission.tasks().size() + " did not complete; "
                + "submitting them again");
        return submit(new ClusterSubmission(submission.folder(), submission.study(), submission.experiment(),
                submission.tasks(), submission.arrayJobs(), submission.assembly(), false, submission.preparation(),
                submission.resources(), submission.input()), again, submission.study()
                        ? name : "cl-" + submission.tasks().get(0).name());
    }

    /**
     * Cancels every job of the submission in {@code folder} ({@code scancel}), marks it cancelled, and its runs and
     * study that had not finished cancelled too.
     */
    public static void cancel(Path folder, SlurmCommands slurm, PrintStream progress)
            throws IOException, SlurmException {
        ClusterSubmission submission = ClusterSubmission.read(folder).cancel();
        submission.save();
        slurm.cancel(submission.jobs());
        progress.println("cancel: scancel " + String.join(" ", submission.jobs()));
        for (ClusterSubmission.Task task : submission.tasks()) {
            try {
                endQueued(task, RunStatus.CANCELLED, "Cancelled before it started (Slurm job " + task.job() + ").");
            } catch (ModelLoadException e) {
                progress.println("cancel: " + e.getMessage());
            }
        }
        if (submission.study()) {
            endStudy(folder, RunStatus.CANCELLED, "Cancelled: scancel " + String.join(" ", submission.jobs()));
        }
    }

    /** Ends the run of {@code task} with {@code status} and {@code message} if it is still queued. */
    private static void endQueued(ClusterSubmission.Task task, RunStatus status, String message)
            throws IOException, ModelLoadException {
        Run run = ModelFiles.loadRun(task.run().resolve(RunFolder.RUN_FILE));
        if (run.getStatus() == RunStatus.QUEUED) {
            run.setStatus(status);
            run.setErrorMessage(message);
            new RunFolder(task.run(), run.getId()).save(run);
        }
    }

    /** Ends the study in {@code folder} with {@code status} and {@code message} unless it completed. */
    private static void endStudy(Path folder, RunStatus status, String message) throws IOException {
        Study study = loadStudy(folder);
        if (study.getStatus() != RunStatus.COMPLETED) {
            study.setStatus(status);
            study.setErrorMessage(message);
            study.setEndTime(new java.util.Date());
            ModelFiles.save(study, folder.resolve(StudyRunner.STUDY_FILE));
        }
    }

    /**
     * Assembles the study in {@code folder} once its tasks have ended (what the assembly job runs): reconciles each
     * task with Slurm, then tabulates the study, or marks it failed naming the arms that did not complete.
     */
    public static Study assemble(Path folder, StudyRunner studies, SlurmCommands slurm, PrintStream progress)
            throws IOException, SlurmException, ModelLoadException {
        ClusterSubmission submission = ClusterSubmission.read(folder);
        List<ClusterStatus.TaskStatus> statuses = ClusterStatus.reconcile(submission, slurm);
        Study study = loadStudy(folder);
        Experiment experiment = ModelFiles.loadExperiment(submission.files().resolve(EXPERIMENT_SNAPSHOT));
        List<StudyRunner.Arm> arms = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        List<RunFolder> folders = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (ClusterStatus.TaskStatus status : statuses) {
            ClusterSubmission.Task task = status.task();
            Run run = status.run();
            if (run == null) {
                throw new IOException(task.run().resolve(RunFolder.RUN_FILE) + ": " + status.note());
            }
            arms.add(new StudyRunner.Arm(task.name(), ArmKind.get(task.kind()), run.getExperiment()));
            if (run.getStatus() == RunStatus.COMPLETED) {
                runs.add(run);
                folders.add(new RunFolder(task.run(), run.getId()));
            } else {
                runs.add(null);
                folders.add(null);
                failed.add(task.name() + " (task " + task.index() + ", " + run.getStatus().getLiteral().toLowerCase(
                        java.util.Locale.ROOT) + ": " + status.note() + ")");
            }
        }
        int seeds = Math.max(1, study.getSeeds());
        StudyRunner.Plan plan = new StudyRunner.Plan(study, folder, arms.subList(0, arms.size() / seeds), arms);
        String failure = failed.isEmpty() ? null : (submission.cancelled() ? "Cancelled; " : "")
                + failed.size() + " of " + arms.size() + " runs did not complete: " + String.join("; ", failed)
                + ". study --resume " + folder + " submits them again, each from its last checkpoint.";
        Study assembled = studies.assemble(plan, experiment, submission.experiment(), runs, folders, failure);
        if (submission.cancelled() && assembled.getStatus() != RunStatus.COMPLETED) {
            assembled.setStatus(RunStatus.CANCELLED);
            ModelFiles.save(assembled, plan.file());
        }
        progress.println("study " + folder + ": " + assembled.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT)
                + (assembled.getErrorMessage() == null ? "" : " (" + assembled.getErrorMessage() + ")"));
        return assembled;
    }

    /** Writes the scripts and the submission, submits the tasks {@code indices} and, for a study, its assembly. */
    private ClusterSubmission submit(ClusterSubmission submitting, List<Integer> indices, String name)
            throws IOException, SlurmException {
        ClusterSubmission submission = submitting.with(resources.options(), input.arguments());
        List<String> java = EngineJvm.command(EngineJvm.heapOfThisJvm());
        Path script = write(submission.files().resolve(ClusterSubmission.SCRIPT), BatchScript.tasks(submission,
                resources, java, input.arguments()));
        List<String> options = new ArrayList<>(BatchScript.submissionOptions(submission, name));
        options.add("--array=" + String.join(",", indices.stream().map(String::valueOf).toList()));
        submission.save(); // the files are there before any task starts
        String preparation = null;
        if (input.cache() && submission.arrayJobs().isEmpty() && submission.tasks().size() > 1) {
            // the tasks start together: one job builds the cache they all read, and they wait for it
            Path prepare = write(submission.files().resolve(ClusterSubmission.PREPARATION_SCRIPT), BatchScript
                    .preparation(submission, java, input.arguments()));
            List<String> before = new ArrayList<>(resources.preparationOptions());
            before.addAll(List.of("--job-name=" + name + "-prepare", "--output=" + submission.preparationLog()
                    .toAbsolutePath(), "--open-mode=append"));
            try {
                preparation = slurm.submit(prepare, before);
            } catch (SlurmException e) {
                notSubmitted(submission, indices, e.getMessage());
                throw e;
            }
            submission = submission.preparedBy(preparation);
            submission.save();
            options.addAll(List.of("--dependency=afterok:" + preparation, "--kill-on-invalid-dep=yes"));
            progress.println("slurm: submitted job " + preparation + ", which builds the image cache before the "
                    + "tasks start");
        }
        String job;
        try {
            job = slurm.submit(script, options);
        } catch (SlurmException e) {
            if (preparation != null) {
                slurm.cancel(List.of(preparation));
            }
            notSubmitted(submission, indices, e.getMessage());
            throw e;
        }
        progress.println("slurm: submitted job array " + job + " (" + indices.size() + " task"
                + (indices.size() == 1 ? "" : "s") + ", " + String.join(" ", resources.options()) + ")");
        String assembly = null;
        if (submission.study()) {
            Path assemble = write(submission.files().resolve(ClusterSubmission.ASSEMBLY_SCRIPT), BatchScript
                    .assembly(submission, java));
            List<String> after = new ArrayList<>(resources.assemblyOptions());
            after.addAll(List.of("--job-name=" + name + "-assemble", "--dependency=afterany:" + job, "--output="
                    + submission.assemblyLog().toAbsolutePath(), "--open-mode=append"));
            try {
                assembly = slurm.submit(assemble, after);
            } catch (SlurmException e) {
                slurm.cancel(preparation == null ? List.of(job) : List.of(preparation, job));
                notSubmitted(submission, indices, e.getMessage());
                throw new SlurmException(e.getMessage() + " (the study's tasks, job " + job
                        + ", were cancelled again)", e);
            }
            progress.println("slurm: submitted the study's assembly as job " + assembly + ", after every task of "
                    + job + " has ended");
        }
        ClusterSubmission submitted = submission.submitted(job, indices, assembly);
        submitted.save();
        for (ClusterSubmission.Task task : submitted.tasks()) {
            if (indices.contains(task.index())) {
                setClusterJob(task);
            }
        }
        return submitted;
    }

    /** Marks the queued runs of {@code indices} and the study failed: Slurm did not take them. */
    private static void notSubmitted(ClusterSubmission submission, List<Integer> indices, String why)
            throws IOException {
        for (ClusterSubmission.Task task : submission.tasks()) {
            if (indices.contains(task.index())) {
                try {
                    endQueued(task, RunStatus.FAILED, "Not submitted: " + why);
                } catch (ModelLoadException e) {
                    // the submission's message says what failed
                }
            }
        }
        if (submission.study()) {
            endStudy(submission.folder(), RunStatus.FAILED, "Not submitted: " + why);
        }
    }

    /** Records the task's job in its queued run, for the Runs view. */
    private static void setClusterJob(ClusterSubmission.Task task) throws IOException {
        try {
            Run run = ModelFiles.loadRun(task.run().resolve(RunFolder.RUN_FILE));
            run.setClusterJob(task.job());
            if (run.getStatus() != RunStatus.COMPLETED && run.getStatus() != RunStatus.QUEUED
                    && run.getStatus() != RunStatus.RUNNING) {
                // resubmitted: waits again (its finished epochs and message stay until the task continues it)
                run.setStatus(RunStatus.QUEUED);
            }
            new RunFolder(task.run(), run.getId()).save(run);
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Checks the paths the jobs read and write, printing what the check found. */
    private void checkPaths(Experiment experiment, Path experimentFile, Path runsFolder) throws IOException {
        Files.createDirectories(runsFolder);
        List<SharedPaths.Finding> findings = new ArrayList<>();
        findings.add(SharedPaths.check("the runs folder", runsFolder, true));
        findings.add(SharedPaths.check("the experiment", experimentFile, false));
        if (experiment.getDataset() != null && experiment.getDataset().getLocation() != null) {
            Path data = experimentFile.toAbsolutePath().getParent().resolve(experiment.getDataset().getLocation());
            findings.add(SharedPaths.check("the data set", data, false));
        }
        if (input.cacheFolder() != null) {
            Files.createDirectories(input.cacheFolder());
            findings.add(SharedPaths.check("the image cache", input.cacheFolder(), true));
        }
        for (String line : SharedPaths.summary(findings)) {
            progress.println("slurm: " + line);
        }
    }

    private static Study loadStudy(Path folder) throws IOException {
        try {
            return ModelFiles.loadStudy(folder.resolve(StudyRunner.STUDY_FILE));
        } catch (ModelLoadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // not POSIX: sbatch reads the script all the same
        }
        return file;
    }
}

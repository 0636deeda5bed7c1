package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.slurm.ClusterStatus;
import org.confounderlab.engine.slurm.ClusterSubmission;
import org.confounderlab.engine.slurm.SlurmCommands;
import org.confounderlab.engine.slurm.SlurmException;
import org.confounderlab.engine.slurm.SlurmExecutor;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.Study;

/**
 * The commands of runs and studies submitted to Slurm: {@code status} and {@code cancel} for the user, {@code task}
 * and {@code study-assemble} for the jobs' batch scripts.
 */
final class ClusterCommands {

    static final String STATUS_USAGE = "usage: status [STUDY_FOLDER | RUN_FOLDER | RUNS_FOLDER]";
    static final String CANCEL_USAGE = "usage: cancel STUDY_FOLDER | RUN_FOLDER";
    static final String TASK_USAGE = "usage: task RUN_FOLDER [--threads N] [--prepare] " + InputArguments.USAGE;
    static final String ASSEMBLE_USAGE = "usage: study-assemble STUDY_FOLDER";

    private ClusterCommands() {
    }

    /**
     * {@code task RUN_FOLDER [--threads N] [--prepare] [input options]}: trains the queued run in the folder (a Slurm
     * task does this), or continues it from its last checkpoint after an earlier job of it was stopped;
     * {@code --prepare}: only builds the image cache it reads (a study's first job, before its tasks).
     */
    static int task(List<String> args, PrintStream out, PrintStream err) {
        Path folder = null;
        int threads = 1;
        boolean prepare = false;
        InputArguments input = new InputArguments(1);
        try {
            for (int i = 0; i < args.size(); i++) {
                int taken = input.take(args, i);
                if (taken >= 0) {
                    i = taken;
                } else if (args.get(i).equals("--prepare")) {
                    prepare = true;
                } else if (args.get(i).equals("--threads")) {
                    threads = OptionValues.positive("--threads", OptionValues.value(args, ++i, "--threads"));
                } else if (args.get(i).startsWith("--") || folder != null) {
                    throw new IllegalArgumentException("unexpected argument '" + args.get(i) + "'");
                } else {
                    folder = Path.of(args.get(i));
                }
            }
            if (folder == null) {
                throw new IllegalArgumentException("name the run folder");
            }
        } catch (IllegalArgumentException e) {
            err.println("task: " + e.getMessage());
            err.println(TASK_USAGE);
            return ExitCode.BAD_INPUT;
        }
        if (!Files.isRegularFile(folder.resolve(RunFolder.RUN_FILE))) {
            err.println("task: " + folder + " holds no queued run (" + RunFolder.RUN_FILE + ")");
            return ExitCode.BAD_INPUT;
        }
        Path runFolder = folder;
        int taskThreads = threads;
        InputOptions reading = input.options(taskThreads);
        boolean onlyPrepare = prepare;
        return TrainingWork.run("task", err, () -> {
            if (onlyPrepare) {
                new ExperimentRunner(TrainingBackends.find(), out, taskThreads, reading).prepareQueued(new RunFolder(
                        runFolder, runFolder.getFileName().toString()));
                return ExitCode.OK;
            }
            String job = System.getenv("SLURM_ARRAY_JOB_ID") != null && System.getenv("SLURM_ARRAY_TASK_ID") != null
                    ? System.getenv("SLURM_ARRAY_JOB_ID") + "_" + System.getenv("SLURM_ARRAY_TASK_ID")
                    : System.getenv("SLURM_JOB_ID");
            out.println("run folder: " + runFolder);
            Run run = new ExperimentRunner(TrainingBackends.find(), out, taskThreads, reading).runQueued(
                    new RunFolder(runFolder, runFolder.getFileName().toString()), job);
            out.println("run " + run.getId() + ": " + run.getStatus().getLiteral().toLowerCase(Locale.ROOT));
            return ExitCode.OK;
        });
    }

    /** {@code study-assemble STUDY_FOLDER}: tabulates a submitted study once its tasks have ended. */
    static int assemble(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || !ClusterSubmission.exists(Path.of(args.get(0)))) {
            err.println(args.size() == 1 ? "study-assemble: " + args.get(0) + " is not a study submitted to Slurm"
                    : ASSEMBLE_USAGE);
            return ExitCode.BAD_INPUT;
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath();
        return TrainingWork.run("study-assemble", err, () -> {
            StudyRunner studies = new StudyRunner(new ExperimentRunner(TrainingBackends.find(), out, 1), out);
            try {
                Study study = SlurmExecutor.assemble(folder, studies, new SlurmCommands(), out);
                StudyCommand.print(study, out);
            } catch (SlurmException | ModelLoadException e) {
                err.println("study-assemble: " + e.getMessage());
                return ExitCode.FAILURE;
            }
            return ExitCode.OK;
        });
    }

    /**
     * {@code status [FOLDER]}: the tasks of a submitted study or run, from its run files and Slurm (queued, running,
     * completed, failed, cancelled, with Slurm's state and reason); a runs folder (default {@code runs}): every
     * submission under it.
     */
    static int status(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() > 1 || args.stream().anyMatch(a -> a.startsWith("--"))) {
            err.println(STATUS_USAGE);
            return ExitCode.BAD_INPUT;
        }
        Path given = Path.of(args.isEmpty() ? "runs" : args.get(0)).toAbsolutePath();
        if (!Files.isDirectory(given)) {
            err.println("status: " + given + ": no such folder");
            return ExitCode.BAD_INPUT;
        }
        List<Path> submissions = new ArrayList<>();
        if (ClusterSubmission.exists(given)) {
            submissions.add(given);
        } else {
            try (var walk = Files.walk(given, 4)) {
                walk.filter(ClusterSubmission::exists).sorted().forEach(submissions::add);
            } catch (IOException e) {
                err.println("status: " + e.getMessage());
                return ExitCode.FAILURE;
            }
        }
        if (submissions.isEmpty()) {
            out.println("status: nothing under " + given + " was submitted to a cluster");
            return ExitCode.OK;
        }
        SlurmCommands slurm = new SlurmCommands();
        for (Path folder : submissions) {
            try {
                ClusterSubmission submission = ClusterSubmission.read(folder);
                List<ClusterStatus.TaskStatus> tasks = ClusterStatus.reconcile(submission, slurm);
                String what = submission.study() ? "study " + studyStatus(folder) : "run";
                out.println(folder + ": " + what + (submission.cancelled() ? " (cancelled)" : "") + ", jobs "
                        + String.join(" ", submission.jobs()));
                for (ClusterStatus.TaskStatus task : tasks) {
                    out.printf(Locale.ROOT, "  %-3d %-24s %-10s %-22s %3d epochs  %s%n", task.task().index(),
                            task.task().name(), task.status().getLiteral().toLowerCase(Locale.ROOT),
                            task.slurm() == null ? "-" : task.task().job() + " " + task.slurm().state(),
                            task.epochs(), task.note() == null ? "" : task.note());
                }
            } catch (IOException | SlurmException e) {
                err.println("status: " + folder + ": " + e.getMessage());
                return ExitCode.FAILURE;
            }
        }
        return ExitCode.OK;
    }

    /** {@code cancel FOLDER}: scancel every job of a submitted study or run; its unfinished runs read cancelled. */
    static int cancel(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(CANCEL_USAGE);
            return ExitCode.BAD_INPUT;
        }
        Path folder = Path.of(args.get(0)).toAbsolutePath();
        if (!ClusterSubmission.exists(folder)) {
            err.println("cancel: " + folder + " was not submitted to a cluster (no " + ClusterSubmission.FOLDER
                    + "/ submission there)");
            return ExitCode.BAD_INPUT;
        }
        try {
            SlurmExecutor.cancel(folder, new SlurmCommands(), out);
            return ExitCode.OK;
        } catch (IOException | SlurmException e) {
            err.println("cancel: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    private static String studyStatus(Path folder) {
        try {
            return ModelFiles.loadStudy(folder.resolve(StudyRunner.STUDY_FILE)).getStatus().getLiteral()
                    .toLowerCase(Locale.ROOT);
        } catch (ModelLoadException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}

package org.confounderlab.engine.cli;

import static org.confounderlab.engine.cli.OptionValues.positive;
import static org.confounderlab.engine.cli.OptionValues.value;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.report.StudyTable;
import org.confounderlab.engine.run.ArmProcesses;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.slurm.ClusterSubmission;
import org.confounderlab.engine.slurm.SlurmCommands;
import org.confounderlab.engine.slurm.SlurmException;
import org.confounderlab.engine.slurm.SlurmExecutor;
import org.confounderlab.engine.slurm.SlurmResources;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Study;

/**
 * {@code study <file.experiment> [--epochs N] [--out DIR] [--threads N]}: runs the experiment as a study
 * ({@link StudyRunner}): every arm a run under {@code DIR/<experiment>/} (by default the {@code runs} folder beside the
 * experiment), the study in {@code DIR/<experiment>/studies/<id>/study.study} with its HTML table, and the table
 * printed.
 */
public final class StudyCommand {

    static final String USAGE = "usage: study <file.experiment> [--epochs N] [--out DIR] [--threads N] "
            + "[--parallel N|auto] [--seeds N] " + InputArguments.USAGE + " " + SlurmArguments.USAGE
            + "\n       study --resume STUDY_FOLDER [" + SlurmArguments.USAGE + "]";

    private StudyCommand() {
    }

    /** Runs the command on the arguments after its name; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("study: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.BAD_INPUT;
        }
        if (arguments.resume != null) {
            return resume(arguments, out, err);
        }
        if (!Files.isRegularFile(arguments.experiment)) {
            err.println(arguments.experiment + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        return TrainingWork.run("study", err, () -> {
            Experiment experiment = ModelFiles.loadExperiment(arguments.experiment);
            if (arguments.seeds > 0) {
                if (experiment.getDiagnostics() == null) {
                    experiment.setDiagnostics(org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE
                            .createDiagnosticsSpec());
                }
                experiment.getDiagnostics().setStudySeeds(arguments.seeds);
            }
            if (ExperimentErrors.report(arguments.experiment, experiment, err)) {
                return ExitCode.BAD_INPUT;
            }
            TrainingBackend backend = TrainingBackends.find();
            RunOptions options = arguments.epochs > 0 ? RunOptions.epochs(arguments.epochs) : RunOptions.NONE;
            Path runs = arguments.out != null ? arguments.out
                    : arguments.experiment.toAbsolutePath().getParent().resolve("runs");
            if (arguments.slurm.slurm()) {
                return submit(experiment, arguments, backend, runs, options, out, err);
            }
            if (arguments.slurm.resourcesGiven()) {
                err.println("study: the Slurm options need --executor slurm");
                return ExitCode.BAD_INPUT;
            }
            if (options.backendFor(experiment) == org.confounderlab.model.experiment.BackendKind.CUDA) {
                // the GPU's compute capability against the runtime's code, before any run folder exists
                org.confounderlab.engine.cuda.CudaCompatibility gpu = org.confounderlab.engine.cuda
                        .CudaCompatibility.require(options.deviceFor(experiment));
                err.println("gpu: " + gpu.describe());
            }
            backend.checkAvailable(options.backendFor(experiment), options.deviceFor(experiment));
            Path runsFolder = runs;
            StudyRunner studies = new StudyRunner(new ExperimentRunner(backend, out, arguments.threads,
                    arguments.input), out);
            ArmProcesses sideBySide = sideBySide(arguments, experiment, err);
            if (sideBySide != null) {
                studies.sideBySide(sideBySide);
            }
            Study study = studies.run(experiment, arguments.experiment, runsFolder, options);
            print(study, out);
            return ExitCode.OK;
        });
    }

    /** {@code --executor slurm}: every arm × seed queued and submitted as one job array, with the assembly after it. */
    private static int submit(Experiment experiment, Arguments arguments, TrainingBackend backend, Path runs,
            RunOptions options, PrintStream out, PrintStream err) throws java.io.IOException,
            org.confounderlab.engine.data.DataSetException, org.confounderlab.engine.training.TrainingException {
        SlurmResources resources;
        try {
            resources = arguments.slurm.resources(experiment);
        } catch (IllegalArgumentException e) {
            err.println("study: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        ExperimentRunner runner = new ExperimentRunner(backend, out, resources.cpusPerJob(), arguments.input);
        try {
            ClusterSubmission submission = new SlurmExecutor(new SlurmCommands(), resources, arguments.input, out)
                    .submitStudy(new StudyRunner(runner, out), runner, experiment, arguments.experiment, runs,
                            options);
            out.println("study folder: " + submission.folder());
            out.println("submitted: " + submission.tasks().size() + " tasks as job array " + submission.arrayJobs()
                    .get(submission.arrayJobs().size() - 1) + ", the study's assembly as job " + submission.assembly()
                            .get(submission.assembly().size() - 1) + "; confounderlab status " + submission.folder()
                            + " shows them");
            return ExitCode.OK;
        } catch (SlurmException e) {
            err.println("study: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    /** {@code study --resume FOLDER}: the tasks of a submitted study that did not complete, submitted again. */
    private static int resume(Arguments arguments, PrintStream out, PrintStream err) {
        Path folder = arguments.resume.toAbsolutePath();
        if (!ClusterSubmission.exists(folder)) {
            err.println("study: " + folder + " is not a study submitted with --executor slurm (no "
                    + ClusterSubmission.FOLDER + "/ submission there); resume a local study's runs with run --resume");
            return ExitCode.BAD_INPUT;
        }
        try {
            Experiment experiment = ModelFiles.loadExperiment(folder.resolve(ClusterSubmission.FOLDER).resolve(
                    SlurmExecutor.EXPERIMENT_SNAPSHOT));
            ClusterSubmission stored = ClusterSubmission.read(folder);
            // what the study was submitted with, unless this command says otherwise
            SlurmResources resources = arguments.slurm.over(SlurmResources.ofSubmission(stored, experiment
                    .getSlurm()));
            InputOptions input = arguments.inputGiven || stored.input().isEmpty() ? arguments.input
                    : InputArguments.parse(stored.input(), arguments.threads);
            out.println("resume: each job asks for " + String.join(" ", resources.options()));
            ClusterSubmission submission = new SlurmExecutor(new SlurmCommands(), resources, input, out).resume(
                    folder);
            out.println("study folder: " + folder + "; jobs " + String.join(" ", submission.jobs()));
            return ExitCode.OK;
        } catch (java.io.IOException | SlurmException | org.confounderlab.model.resource.ModelLoadException
                | IllegalArgumentException e) {
            err.println("study: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    /** The threads each arm gets side by side under {@code --parallel auto}, at most. */
    static final int AUTO_THREADS_PER_ARM = 4;

    /**
     * How the arms run: {@code null} for one after another in this JVM ({@code --parallel 1}); else side by side,
     * {@code --parallel N} at a time with {@code threads / N} threads each, or {@code auto} (the default): arms of
     * {@value #AUTO_THREADS_PER_ARM} threads (fewer on a smaller machine) as many at a time as the cores and the
     * memory allow (threads per arm × arms ≤ cores), one after another in this JVM when that is one.
     */
    private static ArmProcesses sideBySide(Arguments arguments, Experiment experiment, PrintStream err) {
        if (arguments.parallel == 1) {
            return null;
        }
        int arms = StudyRunner.arms(experiment, new java.util.ArrayList<>()).size()
                * StudyRunner.seedsOf(experiment);
        long heap = Runtime.getRuntime().maxMemory();
        String heapOption = org.confounderlab.engine.run.EngineJvm.heapOfThisJvm();
        if (arguments.parallel > 1) {
            int each = Math.max(1, arguments.threads / arguments.parallel);
            return new ArmProcesses(arguments.parallel, each, heapOption, arguments.input.withReadThreads(each));
        }
        long perArm = ArmProcesses.estimatedBytes(experiment, heap);
        long available = ArmProcesses.availableMemory();
        int each = Math.max(1, Math.min(arguments.threads, AUTO_THREADS_PER_ARM));
        int fitting = ArmProcesses.fitting(arms - 1, arguments.threads, each, available, perArm);
        err.printf(java.util.Locale.ROOT, "study: %d arms; %d cores and %.1f GB available against ~%.1f GB per arm: "
                + "%s%n", arms, arguments.threads, available / 1e9, perArm / 1e9, fitting > 1 ? fitting
                        + " side by side with " + each + " thread" + (each == 1 ? "" : "s") + " each"
                        : "one after another in this JVM with " + arguments.threads + " threads");
        return fitting > 1 ? new ArmProcesses(fitting, each, heapOption, arguments.input.withReadThreads(each))
                : null;
    }

    private record Arguments(Path experiment, Path out, int epochs, int threads, InputOptions input, int parallel,
            int seeds, SlurmArguments slurm, Path resume, boolean inputGiven) {

        static Arguments parse(List<String> args) {
            Path experiment = null;
            Path out = null;
            int epochs = 0;
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            int parallel = 0; // auto
            int seeds = 0;
            InputArguments input = new InputArguments(threads);
            SlurmArguments slurm = new SlurmArguments();
            Path resume = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                int taken = input.take(args, i);
                if (taken < 0) {
                    taken = slurm.take(args, i);
                }
                if (taken >= 0) {
                    i = taken;
                    continue;
                }
                switch (arg) {
                    case "--epochs" -> epochs = positive(arg, value(args, ++i, arg));
                    case "--threads" -> threads = positive(arg, value(args, ++i, arg));
                    case "--parallel" -> {
                        String value = value(args, ++i, arg);
                        parallel = value.equals("auto") ? 0 : positive(arg, value);
                    }
                    case "--out" -> out = Path.of(value(args, ++i, arg));
                    case "--seeds" -> seeds = positive(arg, value(args, ++i, arg));
                    case "--resume" -> resume = Path.of(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--") || experiment != null) {
                            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                        }
                        experiment = Path.of(arg);
                    }
                }
            }
            if (experiment == null && resume == null) {
                throw new IllegalArgumentException("name the .experiment file");
            }
            if (experiment != null && resume != null) {
                throw new IllegalArgumentException("--resume takes a study folder, not an experiment");
            }
            return new Arguments(experiment, out, epochs, threads, input.options(threads), parallel, seeds, slurm,
                    resume, input.given());
        }
    }

    /** The study's two tables as aligned text. */
    static void print(Study study, PrintStream out) {
        out.println(StudyTable.shiftDescription(study));
        printTable(StudyTable.ARM_COLUMNS, StudyTable.armRows(study), out);
        if (!StudyTable.seedRows(study).isEmpty()) {
            out.println("over the " + study.getSeeds() + " seeds (mean and t interval):");
            printTable(StudyTable.SEED_COLUMNS, StudyTable.seedRows(study), out);
        }
        out.println("against the baseline (paired DeLong):");
        printTable(StudyTable.COMPARISON_COLUMNS, StudyTable.comparisonRows(study), out);
    }

    private static void printTable(List<String> columns, List<List<String>> rows, PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = columns.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder header = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            header.append(String.format("%-" + (widths[c] + 2) + "s", columns.get(c)));
        }
        out.println("  " + header.toString().stripTrailing());
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                line.append(String.format("%-" + (widths[c] + 2) + "s", row.get(c)));
            }
            out.println("  " + line.toString().stripTrailing());
        }
    }
}

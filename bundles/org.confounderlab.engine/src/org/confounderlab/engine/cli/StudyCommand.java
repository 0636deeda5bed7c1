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
            + "[--parallel N|auto] [--seeds N] " + InputArguments.USAGE;

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
            if (options.backendFor(experiment) == org.confounderlab.model.experiment.BackendKind.CUDA) {
                // the GPU's compute capability against the runtime's code, before any run folder exists
                org.confounderlab.engine.cuda.CudaCompatibility gpu = org.confounderlab.engine.cuda
                        .CudaCompatibility.require(options.deviceFor(experiment));
                err.println("gpu: " + gpu.describe());
            }
            backend.checkAvailable(options.backendFor(experiment), options.deviceFor(experiment));
            Path runsFolder = arguments.out != null ? arguments.out
                    : arguments.experiment.toAbsolutePath().getParent().resolve("runs");
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

    /**
     * How the arms run: {@code null} for one after another in this JVM (the default, {@code --parallel 1}); else
     * side by side, {@code --parallel N} at a time with {@code threads / N} threads each, or {@code auto}: one thread
     * per arm, as many as the cores and the memory allow (said when that is one).
     */
    private static ArmProcesses sideBySide(Arguments arguments, Experiment experiment, PrintStream err) {
        if (arguments.parallel == 1) {
            return null;
        }
        int arms = StudyRunner.arms(experiment, new java.util.ArrayList<>()).size()
                * StudyRunner.seedsOf(experiment);
        long heap = Runtime.getRuntime().maxMemory();
        String heapOption = Math.max(256, heap / (1024 * 1024)) + "m";
        if (arguments.parallel > 1) {
            return new ArmProcesses(arguments.parallel, Math.max(1, arguments.threads / arguments.parallel),
                    heapOption);
        }
        long perArm = ArmProcesses.estimatedBytes(experiment, heap);
        long available = ArmProcesses.availableMemory();
        int fitting = ArmProcesses.fitting(arms - 1, arguments.threads, 1, available, perArm);
        err.printf(java.util.Locale.ROOT, "study: %d arms; %d cores and %.1f GB available against ~%.1f GB per arm: "
                + "%s%n", arms, arguments.threads, available / 1e9, perArm / 1e9, fitting > 1 ? fitting
                        + " side by side with 1 thread each" : "one after another");
        return fitting > 1 ? new ArmProcesses(fitting, 1, heapOption) : null;
    }

    private record Arguments(Path experiment, Path out, int epochs, int threads, InputOptions input, int parallel,
            int seeds) {

        static Arguments parse(List<String> args) {
            Path experiment = null;
            Path out = null;
            int epochs = 0;
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            int parallel = 1;
            int seeds = 0;
            InputArguments input = new InputArguments(threads);
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                int taken = input.take(args, i);
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
                    default -> {
                        if (arg.startsWith("--") || experiment != null) {
                            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                        }
                        experiment = Path.of(arg);
                    }
                }
            }
            if (experiment == null) {
                throw new IllegalArgumentException("name the .experiment file");
            }
            return new Arguments(experiment, out, epochs, threads, input.options(threads), parallel, seeds);
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

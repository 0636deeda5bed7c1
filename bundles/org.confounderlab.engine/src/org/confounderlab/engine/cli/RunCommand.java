package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * {@code run <file.experiment> [--epochs N] [--out DIR] [--backend cpu|cuda] [--device N] [--threads N]}: trains
 * and evaluates an experiment into a new run folder ({@code DIR/<experiment>/<run-id>/}, by default the
 * {@code runs} folder beside the experiment file) and prints its findings.
 */
public final class RunCommand {

    static final String USAGE = "usage: run <file.experiment> [--epochs N] [--out DIR] [--backend cpu|cuda] "
            + "[--device N] [--threads N]";

    private RunCommand() {
    }

    /** Runs the command on the arguments after its name; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("run: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.BAD_INPUT;
        }
        if (!Files.isRegularFile(arguments.experiment)) {
            err.println(arguments.experiment + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        if (arguments.backend.equals("cuda")) {
            err.println("run: the CUDA backend is not installed in this build. It needs nd4j-cuda-11.6 and an NVIDIA "
                    + "driver with CUDA 11.6; use --backend cpu meanwhile.");
            return ExitCode.BAD_INPUT;
        }
        try {
            Experiment experiment = ModelFiles.loadExperiment(arguments.experiment);
            Diagnostic diagnostic = ExperimentValidation.validate(experiment);
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                for (Diagnostic child : diagnostic.getChildren()) {
                    err.println(arguments.experiment + ": " + child.getMessage());
                }
                return ExitCode.BAD_INPUT;
            }
            TrainingBackend backend = TrainingBackends.find();
            Path runs = arguments.out != null ? arguments.out
                    : arguments.experiment.toAbsolutePath().getParent().resolve("runs");
            RunFolder folder = RunFolder.create(runs, experiment.getName());
            out.println("run folder: " + folder.path());
            Run run = new ExperimentRunner(backend, out, arguments.threads).run(experiment, arguments.experiment,
                    folder, arguments.epochs);
            printFindings(run, out);
            return ExitCode.OK;
        } catch (ModelLoadException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        } catch (DataSetException e) {
            e.getProblems().forEach(err::println);
            return ExitCode.BAD_INPUT;
        } catch (TrainingException | IOException e) {
            err.println("run failed: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("run cancelled");
            return ExitCode.FAILURE;
        }
    }

    static void printFindings(Run run, PrintStream out) {
        out.println("findings:");
        if (run.getFindings().isEmpty()) {
            out.println("  none");
        }
        for (Finding finding : run.getFindings()) {
            out.println("  [" + finding.getSeverity().getLiteral() + "] " + finding.getMessage());
        }
    }

    private record Arguments(Path experiment, int epochs, Path out, String backend, int device, int threads) {

        static Arguments parse(List<String> args) {
            Path experiment = null;
            int epochs = 0;
            Path out = null;
            String backend = "cpu";
            int device = 0;
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--epochs" -> epochs = positive(arg, value(args, ++i, arg));
                    case "--out" -> out = Path.of(value(args, ++i, arg));
                    case "--backend" -> {
                        backend = value(args, ++i, arg);
                        if (!backend.equals("cpu") && !backend.equals("cuda")) {
                            throw new IllegalArgumentException("--backend must be cpu or cuda, not '" + backend + "'");
                        }
                    }
                    case "--device" -> device = Integer.parseInt(value(args, ++i, arg));
                    case "--threads" -> threads = positive(arg, value(args, ++i, arg));
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
            return new Arguments(experiment, epochs, out, backend, device, threads);
        }

        private static String value(List<String> args, int index, String option) {
            if (index >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(index);
        }

        private static int positive(String option, String text) {
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(option + " must be a positive whole number, not '" + text + "'");
        }
    }
}

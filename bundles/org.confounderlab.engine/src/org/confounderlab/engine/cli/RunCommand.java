package org.confounderlab.engine.cli;

import static org.confounderlab.engine.cli.OptionValues.nonNegative;
import static org.confounderlab.engine.cli.OptionValues.positive;
import static org.confounderlab.engine.cli.OptionValues.value;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.ImportModelStage;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.MaskedRetrain;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.MaskPlacement;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;

/**
 * {@code run <file.experiment> [--epochs N] [--batch-size N] [--seed N] [--out DIR] [--backend cpu|cuda]
 * [--device N] [--threads N] [--resume [RUN_FOLDER]]}: trains and evaluates an experiment into a new run folder
 * ({@code DIR/<experiment>/<run-id>/}, by default the {@code runs} folder beside the experiment file) and prints its
 * findings; {@code --epochs 0} evaluates and diagnoses the starting weights untrained. With {@code --resume} it
 * continues an interrupted run from its last checkpoint instead: the one named, or the newest unfinished run of the
 * experiment. {@code --masked-retrain} (or the experiment's diagnostics) then
 * trains the experiment again with its masking regions covered at training time, as a second, linked run;
 * {@code --random-erasing-control} trains the control arm, with boxes of the same size erased at random places.
 * {@code --rebalance-by ATTRIBUTE} trains group-balanced by that attribute, and {@code --distil} distils from a
 * specialist teacher (the experiment's distillation, or a teacher on masked images or a balanced subset).
 */
public final class RunCommand {

    static final String USAGE = "usage: run <file.experiment> [--epochs N] [--batch-size N] [--seed N] [--out DIR] "
            + "[--backend cpu|cuda] [--device N] [--threads N] [--resume [RUN_FOLDER]] [--masked-retrain] "
            + "[--random-erasing-control] [--rebalance-by ATTRIBUTE] [--distil] [--dfr [GROUPS]] [--jtt] [--group-dro [GROUPS]] "
            + InputArguments.USAGE + " " + SlurmArguments.USAGE;

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
        return TrainingWork.run("run", err, () -> {
            Experiment experiment = ModelFiles.loadExperiment(arguments.experiment);
            String mitigation = mitigate(experiment, arguments);
            if (mitigation != null) {
                err.println("run: " + mitigation);
                return ExitCode.BAD_INPUT;
            }
            if (ExperimentErrors.report(arguments.experiment, experiment, err)) {
                return ExitCode.BAD_INPUT;
            }
            TrainingBackend backend = TrainingBackends.find();
            Path runs = arguments.out != null ? arguments.out
                    : arguments.experiment.toAbsolutePath().getParent().resolve("runs");
            RunOptions options = new RunOptions(arguments.epochs, arguments.backend, arguments.device,
                    arguments.batchSize, arguments.seed);
            if (arguments.slurm.slurm()) {
                return submit(experiment, arguments, backend, runs, options, out, err);
            }
            if (arguments.slurm.resourcesGiven()) {
                err.println("run: the Slurm options need --executor slurm");
                return ExitCode.BAD_INPUT;
            }
            if (ImportModelStage.imports(experiment)) {
                if (arguments.maskedRetrain || arguments.randomErasingControl) {
                    err.println("run: " + arguments.experiment + " audits an ONNX model trained elsewhere, which "
                            + "cannot be retrained here: --masked-retrain and --random-erasing-control need training");
                    return ExitCode.BAD_INPUT;
                }
            } else {
                // An imported model's runtime checks its own device when it opens the model.
                if (options.backendFor(experiment) == org.confounderlab.model.experiment.BackendKind.CUDA) {
                    // the GPU's compute capability against the runtime's code, before any run folder exists
                    org.confounderlab.engine.cuda.CudaCompatibility gpu = org.confounderlab.engine.cuda
                            .CudaCompatibility.require(options.deviceFor(experiment));
                    err.println("gpu: " + gpu.describe());
                }
                backend.checkAvailable(options.backendFor(experiment), options.deviceFor(experiment));
            }
            ExperimentRunner runner = new ExperimentRunner(backend, out, arguments.threads, arguments.input);
            Run run;
            RunFolder folder;
            if (arguments.resume) {
                Path resumed = arguments.resumeFolder != null ? arguments.resumeFolder
                        : newestUnfinished(runs.resolve(experiment.getName()));
                if (resumed == null || !Files.isRegularFile(resumed.resolve(RunFolder.RUN_FILE))) {
                    err.println("run: nothing to resume: " + (resumed != null ? resumed + " holds no run"
                            : "no unfinished run of '" + experiment.getName() + "' under " + runs));
                    return ExitCode.BAD_INPUT;
                }
                if (RunFolder.read(resumed).getStatus() == RunStatus.COMPLETED) {
                    err.println("run: " + resumed + " is already complete; nothing to resume");
                    return ExitCode.BAD_INPUT;
                }
                out.println("run folder: " + resumed);
                folder = new RunFolder(resumed, resumed.getFileName().toString());
                run = runner.resume(folder, options);
            } else {
                folder = RunFolder.create(runs, experiment.getName());
                out.println("run folder: " + folder.path());
                run = runner.run(experiment, arguments.experiment, folder, options);
            }
            printFindings(run, out);
            if (arguments.maskedRetrain || experiment.getDiagnostics() != null
                    && experiment.getDiagnostics().isMaskedRetrain()) {
                Run retrained = new MaskedRetrain(runner, out).run(run, folder, options);
                out.println("masked retrain " + retrained.getId() + ":");
                printFindings(retrained, out);
            }
            if (arguments.randomErasingControl) {
                Run control = new MaskedRetrain(runner, out, MaskPlacement.RANDOM_LOCATION).run(run, folder, options);
                out.println("random-erasing control " + control.getId() + ":");
                printFindings(control, out);
            }
            return ExitCode.OK;
        });
    }

    /** {@code --executor slurm}: the run queued in a new folder and submitted as a one-task job array. */
    private static int submit(Experiment experiment, Arguments arguments, TrainingBackend backend, Path runs,
            RunOptions options, PrintStream out, PrintStream err) throws IOException {
        if (arguments.resume || arguments.maskedRetrain || arguments.randomErasingControl) {
            err.println("run: --executor slurm submits a new run; --resume, --masked-retrain and "
                    + "--random-erasing-control run here (a study submits its arms as a job array: study --executor "
                    + "slurm; study --resume submits what did not complete)");
            return ExitCode.BAD_INPUT;
        }
        org.confounderlab.engine.slurm.SlurmResources resources;
        try {
            resources = arguments.slurm.resources(experiment);
        } catch (IllegalArgumentException e) {
            err.println("run: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        ExperimentRunner runner = new ExperimentRunner(backend, out, resources.cpusPerJob(), arguments.input);
        try {
            org.confounderlab.engine.slurm.ClusterSubmission submission = new org.confounderlab.engine.slurm
                    .SlurmExecutor(new org.confounderlab.engine.slurm.SlurmCommands(), resources, arguments.input, out)
                            .submitRun(runner, experiment, arguments.experiment, runs, options);
            out.println("run folder: " + submission.folder());
            out.println("submitted as Slurm job " + submission.tasks().get(0).job() + "; confounderlab status "
                    + submission.folder() + " shows it, confounderlab cancel " + submission.folder() + " stops it");
            return ExitCode.OK;
        } catch (org.confounderlab.engine.slurm.SlurmException e) {
            err.println("run: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    /**
     * Applies {@code --rebalance-by} (group-balanced training by the named attribute) and {@code --distil} (the
     * experiment's distillation, or the study's default one) to the experiment; returns why not, or {@code null}.
     */
    private static String mitigate(Experiment experiment, Arguments arguments) {
        if (arguments.rebalanceBy != null) {
            ConfounderAttribute attribute = experiment.getAttributes().stream()
                    .filter(a -> arguments.rebalanceBy.equals(a.getName())).findFirst().orElse(null);
            if (attribute == null) {
                return "--rebalance-by " + arguments.rebalanceBy + ": " + arguments.experiment + " has no such attribute"
                        + " (it has " + String.join(", ", experiment.getAttributes().stream()
                                .map(ConfounderAttribute::getName).toList()) + ")";
            }
            experiment.getTraining().setRebalancing(Rebalancing.GROUP_BALANCED);
            experiment.getTraining().setRebalanceAttribute(attribute);
        }
        if (arguments.distil && experiment.getTraining().getDistillation() == null) {
            DistillationSpec spec = StudyRunner.defaultDistillation(experiment);
            if (spec == null) {
                return "--distil: " + arguments.experiment + " has no masking regions or attribute to choose the "
                        + "teacher's clean images by; add a distillation to the experiment";
            }
            experiment.getTraining().setDistillation(spec);
        }
        if (arguments.jtt && experiment.getTraining().getJustTrainTwice() == null) {
            experiment.getTraining().setJustTrainTwice(org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE
                    .createJustTrainTwiceSpec());
        }
        if (arguments.groupDro != null) {
            org.confounderlab.model.experiment.GroupDroSpec spec = experiment.getTraining().getGroupDro() != null
                    ? experiment.getTraining().getGroupDro()
                    : org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE.createGroupDroSpec();
            if (!arguments.groupDro.isEmpty()) {
                spec.setGroups(arguments.groupDro);
            }
            experiment.getTraining().setGroupDro(spec);
            String groups = spec.getGroups() != null && !spec.getGroups().isBlank() ? spec.getGroups()
                    : org.confounderlab.engine.run.LastLayerRetrainingStage.groupsOf(experiment);
            if (groups == null || org.confounderlab.engine.run.StudyAxis.grouping(experiment, groups,
                    java.util.List.of()) == null) {
                return "--group-dro" + (arguments.groupDro.isEmpty() ? "" : " " + arguments.groupDro) + ": "
                        + (groups == null ? arguments.experiment + " has no attribute to form the groups by; name one"
                                : "'" + groups + "' is neither an attribute nor a region of " + arguments.experiment);
            }
        }
        if (arguments.dfr != null) {
            org.confounderlab.model.experiment.LastLayerRetrainingSpec spec = experiment.getTraining()
                    .getLastLayerRetraining() != null ? experiment.getTraining().getLastLayerRetraining()
                            : org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE
                                    .createLastLayerRetrainingSpec();
            if (!arguments.dfr.isEmpty()) {
                spec.setGroups(arguments.dfr);
            }
            experiment.getTraining().setLastLayerRetraining(spec);
            String groups = org.confounderlab.engine.run.LastLayerRetrainingStage.groupsOf(experiment);
            if (groups == null || org.confounderlab.engine.run.StudyAxis.grouping(experiment, groups,
                    java.util.List.of()) == null) {
                return "--dfr" + (arguments.dfr.isEmpty() ? "" : " " + arguments.dfr) + ": " + (groups == null
                        ? arguments.experiment + " has no attribute to balance the validation images by; name one"
                        : "'" + groups + "' is neither an attribute nor a region of " + arguments.experiment)
                        + " (attributes: " + String.join(", ", experiment.getAttributes().stream()
                                .map(ConfounderAttribute::getName).toList()) + "; regions as 'region NAME')";
            }
        }
        return null;
    }

    /** The newest run folder under {@code experimentRuns} whose run did not complete, or {@code null}. */
    private static Path newestUnfinished(Path experimentRuns) throws IOException {
        if (!Files.isDirectory(experimentRuns)) {
            return null;
        }
        List<Path> folders;
        try (var list = Files.list(experimentRuns)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve(RunFolder.RUN_FILE)))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        }
        for (Path folder : folders) {
            try {
                if (RunFolder.read(folder).getStatus() != RunStatus.COMPLETED) {
                    return folder;
                }
            } catch (ModelLoadException e) {
                // an unreadable run cannot be resumed; look further
            }
        }
        return null;
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

    private record Arguments(Path experiment, int epochs, int batchSize, long seed, Path out, BackendKind backend,
            int device, int threads, boolean resume, Path resumeFolder, boolean maskedRetrain,
            boolean randomErasingControl, String rebalanceBy, boolean distil, String dfr, boolean jtt, String groupDro,
            InputOptions input, SlurmArguments slurm) {

        static Arguments parse(List<String> args) {
            Path experiment = null;
            int epochs = -1;
            int batchSize = 0;
            long seed = -1;
            Path out = null;
            BackendKind backend = null;
            int device = -1;
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            boolean resume = false;
            Path resumeFolder = null;
            boolean maskedRetrain = false;
            boolean randomErasingControl = false;
            String rebalanceBy = null;
            boolean distil = false;
            String dfr = null;
            boolean jtt = false;
            String groupDro = null;
            InputArguments input = new InputArguments(threads);
            SlurmArguments slurm = new SlurmArguments();
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
                    case "--epochs" -> epochs = nonNegative(arg, value(args, ++i, arg));
                    case "--batch-size" -> batchSize = positive(arg, value(args, ++i, arg));
                    case "--seed" -> seed = seed(value(args, ++i, arg));
                    case "--out" -> out = Path.of(value(args, ++i, arg));
                    case "--backend" -> {
                        String name = value(args, ++i, arg);
                        backend = switch (name) {
                            case "cpu" -> BackendKind.CPU;
                            case "cuda" -> BackendKind.CUDA;
                            default -> throw new IllegalArgumentException("--backend must be cpu or cuda, not '"
                                    + name + "'");
                        };
                    }
                    case "--device" -> device = nonNegative(arg, value(args, ++i, arg));
                    case "--threads" -> threads = positive(arg, value(args, ++i, arg));
                    case "--masked-retrain" -> maskedRetrain = true;
                    case "--random-erasing-control" -> randomErasingControl = true;
                    case "--rebalance-by" -> rebalanceBy = value(args, ++i, arg);
                    case "--distil" -> distil = true;
                    case "--jtt" -> jtt = true;
                    case "--group-dro" -> groupDro = i + 1 < args.size() && !args.get(i + 1).startsWith("--")
                            && !args.get(i + 1).endsWith(".experiment") ? args.get(++i) : "";
                    case "--dfr" -> dfr = i + 1 < args.size() && !args.get(i + 1).startsWith("--")
                            && !args.get(i + 1).endsWith(".experiment") ? args.get(++i) : "";
                    case "--resume" -> {
                        resume = true;
                        // The folder is optional: a following argument that is a folder names it.
                        if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")
                                && Files.isDirectory(Path.of(args.get(i + 1)))) {
                            resumeFolder = Path.of(args.get(++i));
                        }
                    }
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
            if (resume && (batchSize > 0 || seed >= 0 || rebalanceBy != null || distil || dfr != null || jtt
                    || groupDro != null)) {
                throw new IllegalArgumentException("--batch-size, --seed, --rebalance-by, --distil, --dfr, --jtt and "
                        + "--group-dro cannot change a resumed run");
            }
            return new Arguments(experiment, epochs, batchSize, seed, out, backend, device, threads, resume, resumeFolder,
                    maskedRetrain, randomErasingControl, rebalanceBy, distil, dfr, jtt, groupDro,
                    input.options(threads), slurm);
        }

        private static long seed(String text) {
            try {
                long value = Long.parseLong(text);
                if (value >= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--seed must be a whole number ≥ 0, not '" + text + "'");
        }
    }
}

package org.confounderlab.engine.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * The engine's command line: the entry point of the separate JVM that the launch configuration and the
 * {@code confounderlab} script start. Each subcommand returns an {@link ExitCode}.
 */
public final class ConfounderLabCommand {

    private static final String USAGE = """
            usage: confounderlab-engine <command> [arguments]
              info                         print the Java runtime the engine runs on
              validate <file.experiment>…  check experiment files; messages name file, line and object
              generate --out DIR [options]  write a synthetic confounded data set (PNGs + manifest.csv)
              audit LOCATION [--label NAME[,NAME…]] [--format F] [--check-images] [--json] [--save FILE.audit]
                    [--problems FILE]      confounder–label association and plausibility warnings of a data set's
                                           metadata (a manifest, a data set folder or table, or an .experiment)
              init LOCATION [--label NAME[,NAME…]] [--format F] [--name N] [--out FILE.experiment]
                    [--onnx MODEL.onnx]    write a ready, validated experiment for a data set (--onnx: to audit
                                           that model, trained elsewhere, instead of training one)
              run <file.experiment> [--epochs N] [--out DIR] [--backend cpu|cuda] [--executor local|slurm]
                                           train and evaluate an experiment into a run folder (an ONNX
                                           experiment's model is audited as it is, untrained)
              study <file.experiment> [--epochs N] [--out DIR] [--threads N] [--parallel N|auto]
                                           baseline, masking, balancing and distillation arms on the same splits
                                           and seeds; per-arm table and paired DeLong between arms (study.html);
                                           --parallel: arms side by side in engine JVMs of their own;
                    [--executor slurm …] [--resume STUDY_FOLDER]
                                           --executor slurm: a Slurm job array (one task per arm × seed) and a
                                           job that assembles the study; --resume: submit again what did not
                                           complete, each from its last checkpoint
              status [FOLDER]              the tasks of studies and runs submitted to Slurm: run files, squeue, sacct
              cancel FOLDER                scancel a submitted study's or run's jobs; its runs read cancelled
              demo [--out DIR]             generate confounded data, train, test, say whether the model uses the marker
              report <run folder | file.run> [--out FILE.html]
                                           self-contained HTML report of a run, with plots
              cache list [DIR] | cache clean [DIR] (--unused-days N | --all)
                                           the preprocessed image caches (default runs/.cache), and removing them
              dicom2png IN... --out DIR [--window]
                                           DICOM radiographs to 16-bit PNG (the pixels the engine trains on)
                                           and headers.csv with their header fields
              marks <location> [--label L] [--out FILE.csv] [--accept mark_N[,...]]
                                           find burned-in marks nobody boxed, propose them as regions, audit them;
                                           --accept adds them to an experiment
              cuda-architectures <folder>  read the GPU architectures a CUDA runtime folder's libraries carry code
                                           for and write them to its cuda-architectures.txt (cuda-runtime does)
              gpu-check [--device N]       a GPU's compute capability (nvidia-smi) against this engine's CUDA runtime
              roc-test <csv> --label COL --score A --score B [--json]
                                           paired DeLong test of two scores' AUCs (as R's pROC roc.test)
            """;

    private final PrintStream out;
    private final PrintStream err;

    public ConfounderLabCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new ConfounderLabCommand(System.out, System.err).run(args));
    }

    /** Runs one command and returns its exit code; never throws for bad input. */
    public int run(String... args) {
        if (args.length == 0) {
            err.print(USAGE);
            return ExitCode.BAD_INPUT;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "info" -> info();
                case "validate" -> validate(rest);
                case "generate" -> GenerateCommand.run(rest, out, err);
                case "audit" -> AuditCommand.run(rest, out, err);
                case "init" -> InitCommand.run(rest, out, err);
                case "roc-test" -> RocTestCommand.run(rest, out, err);
                case "run" -> RunCommand.run(rest, out, err);
                case "study" -> StudyCommand.run(rest, out, err);
                case "study-arm" -> StudyArmCommand.run(rest, out, err);
                case "status" -> ClusterCommands.status(rest, out, err);
                case "cancel" -> ClusterCommands.cancel(rest, out, err);
                case "task" -> ClusterCommands.task(rest, out, err);
                case "study-assemble" -> ClusterCommands.assemble(rest, out, err);
                case "demo" -> DemoCommand.run(rest, out, err);
                case "report" -> ReportCommand.run(rest, out, err);
                case "cache" -> CacheCommand.run(rest, out, err);
                case "dicom2png" -> Dicom2PngCommand.run(rest, out, err);
                case "marks" -> MarksCommand.run(rest, out, err);
                case "cuda-architectures" -> CudaCommands.architectures(rest, out, err);
                case "gpu-check" -> CudaCommands.gpuCheck(rest, out, err);
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield ExitCode.OK;
                }
                default -> {
                    err.println("unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield ExitCode.BAD_INPUT;
                }
            };
        } catch (RuntimeException e) {
            err.println("internal error: " + e);
            e.printStackTrace(err);
            return ExitCode.FAILURE;
        }
    }

    private int info() {
        RuntimeInfo.current().asProperties().forEach((key, value) -> out.println(key + "=" + value));
        return ExitCode.OK;
    }

    private int validate(List<String> files) {
        if (files.isEmpty()) {
            err.println("validate: name at least one .experiment file");
            return ExitCode.BAD_INPUT;
        }
        int exit = ExitCode.OK;
        for (String name : files) {
            Path file = Path.of(name);
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such file");
                exit = ExitCode.BAD_INPUT;
                continue;
            }
            try {
                Experiment experiment = ModelFiles.loadExperiment(file);
                Diagnostic diagnostic = ExperimentValidation.validate(experiment);
                if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                    exit = ExitCode.BAD_INPUT;
                }
                report(file, diagnostic);
            } catch (ModelLoadException e) {
                err.println(e.getMessage());
                exit = ExitCode.BAD_INPUT;
            }
        }
        return exit;
    }

    private void report(Path file, Diagnostic diagnostic) {
        if (diagnostic.getSeverity() == Diagnostic.OK) {
            out.println(file + ": ok");
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            PrintStream stream = child.getSeverity() >= Diagnostic.ERROR ? err : out;
            stream.println(file + ": " + severityName(child.getSeverity()) + ": " + child.getMessage());
        }
    }

    private static String severityName(int severity) {
        if (severity >= Diagnostic.ERROR) {
            return "error";
        }
        return severity >= Diagnostic.WARNING ? "warning" : "info";
    }
}

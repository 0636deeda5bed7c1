package org.confounderlab.engine.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.run.ArmProcesses;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.InputOptions;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.engine.run.StudyRunner;
import org.confounderlab.engine.training.TrainingBackends;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;

/**
 * {@code study-arm EXPERIMENT --arm NAME --out RUNS [--threads N] [--epochs N]}: trains one arm of a study, as
 * {@code study} makes it from the experiment, into a new run folder under {@code RUNS}, and prints
 * {@value ArmProcesses#RUN_FOLDER_LINE}{@code PATH} first. A study whose arms run side by side starts one of these per
 * arm ({@link ArmProcesses}); it is not meant to be called by hand.
 */
final class StudyArmCommand {

    static final String USAGE = "usage: study-arm EXPERIMENT --arm NAME --out RUNS [--threads N] [--epochs N] "
            + InputArguments.USAGE;

    private StudyArmCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        Path experimentFile = null;
        Path runs = null;
        String name = null;
        int threads = 1;
        int epochs = 0;
        InputArguments input = new InputArguments(1);
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                int taken = input.take(args, i);
                if (taken >= 0) {
                    i = taken;
                    continue;
                }
                switch (arg) {
                    case "--arm" -> name = value(args, ++i, arg);
                    case "--out" -> runs = Path.of(value(args, ++i, arg));
                    case "--threads" -> threads = Integer.parseInt(value(args, ++i, arg));
                    case "--epochs" -> epochs = Integer.parseInt(value(args, ++i, arg));
                    default -> {
                        if (arg.startsWith("--") || experimentFile != null) {
                            throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                        }
                        experimentFile = Path.of(arg);
                    }
                }
            }
            if (experimentFile == null || runs == null || name == null) {
                throw new IllegalArgumentException("name the experiment, --arm and --out");
            }
        } catch (IllegalArgumentException e) {
            err.println("study-arm: " + e.getMessage());
            err.println(USAGE);
            return ExitCode.BAD_INPUT;
        }
        if (!Files.isRegularFile(experimentFile)) {
            err.println(experimentFile + ": no such file");
            return ExitCode.BAD_INPUT;
        }
        Path file = experimentFile;
        Path runsFolder = runs;
        String armName = name;
        int armThreads = Math.max(1, threads);
        InputOptions reading = input.options(armThreads);
        RunOptions options = epochs > 0 ? RunOptions.epochs(epochs) : RunOptions.NONE;
        return TrainingWork.run("study-arm", err, () -> {
            Experiment experiment = ModelFiles.loadExperiment(file);
            List<StudyRunner.Arm> arms = StudyRunner.arms(experiment, new ArrayList<>());
            StudyRunner.Arm arm = StudyRunner.arm(experiment, armName);
            if (arm == null) {
                err.println("study-arm: " + file + " has no arm '" + armName + "' (its arms: " + String.join(", ",
                        arms.stream().map(StudyRunner.Arm::name).toList()) + ")");
                return ExitCode.BAD_INPUT;
            }
            RunFolder folder = RunFolder.create(runsFolder, experiment.getName());
            out.println(ArmProcesses.RUN_FOLDER_LINE + folder.path());
            new ExperimentRunner(TrainingBackends.find(), out, armThreads, reading)
                    .run(arm.experiment(), file, folder, options);
            return ExitCode.OK;
        });
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}

package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.report.RunReport;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.resource.RunResourceFactory;
import org.confounderlab.model.run.Run;

/**
 * {@code report <run folder | file.run> [--out FILE.html]}: writes the run's self-contained HTML report
 * (default {@code report.html} in the run folder) and prints its path. The arguments are those after the
 * command name.
 */
public final class ReportCommand {

    static final String USAGE = "usage: report <run folder | file.run> [--out FILE.html]";

    /** The name of the run model inside a run folder. */
    static final String RUN_FILE = "run." + RunResourceFactory.FILE_EXTENSION;
    /** The report's file name when no {@code --out} is given. */
    static final String DEFAULT_REPORT = "report.html";

    private ReportCommand() {
    }

    /** Writes the report of the run named by {@code args}; returns an {@link ExitCode}. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String target = null;
        String output = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--out") || arg.equals("-o")) {
                if (i + 1 >= args.size()) {
                    return badInput(err, "report: " + arg + " needs a file name");
                }
                output = args.get(++i);
            } else if (arg.startsWith("--out=")) {
                output = arg.substring("--out=".length());
            } else if (arg.startsWith("-") && arg.length() > 1) {
                return badInput(err, "report: unknown option '" + arg + "'");
            } else if (target == null) {
                target = arg;
            } else {
                return badInput(err, "report: only one run, got '" + target + "' and '" + arg + "'");
            }
        }
        if (target == null) {
            return badInput(err, "report: name the run folder or its ." + RunResourceFactory.FILE_EXTENSION + " file");
        }
        if (output != null && output.isBlank()) {
            return badInput(err, "report: --out needs a file name");
        }
        Path path;
        Path outFile = null;
        try {
            path = Path.of(target);
            if (output != null) {
                outFile = Path.of(output);
            }
        } catch (InvalidPathException e) {
            err.println("report: not a valid path: " + e.getInput());
            return ExitCode.BAD_INPUT;
        }
        if (!Files.exists(path)) {
            err.println(path + ": no such file or folder");
            return ExitCode.BAD_INPUT;
        }
        Path runFile;
        try {
            runFile = Files.isDirectory(path) ? findRunFile(path) : path;
        } catch (IOException e) {
            err.println(path + ": cannot list the folder: " + e.getMessage());
            return ExitCode.FAILURE;
        }
        if (runFile == null) {
            return badInput(err, path + ": no " + RUN_FILE + " (or single ." + RunResourceFactory.FILE_EXTENSION
                    + " file) in this folder");
        }
        Run run;
        try {
            run = ModelFiles.loadRun(runFile);
        } catch (ModelLoadException e) {
            err.println(e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        Path runFolder = runFile.toAbsolutePath().normalize().getParent();
        Path report = outFile != null ? outFile : runFolder.resolve(DEFAULT_REPORT);
        if (Files.isDirectory(report)) {
            return badInput(err, report + ": is a folder; --out needs a file name");
        }
        try {
            new RunReport(run, runFolder).write(report);
        } catch (IOException e) {
            err.println(report + ": cannot write: " + e.getMessage());
            return ExitCode.FAILURE;
        } catch (RuntimeException e) {
            // A rendering bug must not lose the user's run; say which run it was and fail.
            err.println(runFile + ": cannot render the report: " + e);
            return ExitCode.FAILURE;
        }
        out.println(report);
        return ExitCode.OK;
    }

    // run.run is the engine's name; a folder holding exactly one other .run file is accepted too.
    private static Path findRunFile(Path folder) throws IOException {
        Path standard = folder.resolve(RUN_FILE);
        if (Files.isRegularFile(standard)) {
            return standard;
        }
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*." + RunResourceFactory.FILE_EXTENSION)) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    candidates.add(file);
                }
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }

    private static int badInput(PrintStream err, String message) {
        err.println(message);
        err.println(USAGE);
        return ExitCode.BAD_INPUT;
    }
}

package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.synthetic.SyntheticDataSet;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;

/**
 * {@code generate --out DIR [--count N] [--size PX] [--prevalence P] [--marker-strength S] [--site-strength S]
 * [--seed N]}: writes a synthetic confounded data set.
 */
public final class GenerateCommand {

    /** Usage line for help output. */
    public static final String USAGE = "generate --out DIR [--count N] [--size PX] [--prevalence P]"
            + " [--marker-strength S] [--site-strength S] [--images-per-patient N] [--seed N]";

    private GenerateCommand() {
    }

    /**
     * Runs the command; {@code args} are the options after {@code generate} (a leading {@code generate} is ignored).
     *
     * @return {@link ExitCode#OK}, {@link ExitCode#BAD_INPUT} or {@link ExitCode#FAILURE}
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> options = !args.isEmpty() && args.get(0).equals("generate") ? args.subList(1, args.size()) : args;
        SyntheticDataSpec spec = SyntheticDataSpec.defaults();
        Path folder = null;
        try {
            for (int i = 0; i < options.size(); i++) {
                String option = options.get(i);
                if (option.equals("--help") || option.equals("-h")) {
                    out.println("usage: " + USAGE);
                    return ExitCode.OK;
                }
                if (i + 1 >= options.size()) {
                    throw new BadOption(option.startsWith("--") ? option + " needs a value" : "unknown argument "
                            + option);
                }
                String value = options.get(++i);
                switch (option) {
                    case "--out" -> folder = path(option, value);
                    case "--count" -> spec = spec.withCount(integer(option, value));
                    case "--size" -> spec = spec.withSize(integer(option, value));
                    case "--images-per-patient" -> spec = spec.withImagesPerPatient(integer(option, value));
                    case "--prevalence" -> spec = spec.withPrevalence(number(option, value));
                    case "--marker-strength" -> spec = spec.withMarkerStrength(number(option, value));
                    case "--site-strength" -> spec = spec.withSiteStrength(number(option, value));
                    case "--seed" -> spec = spec.withSeed(longInteger(option, value));
                    default -> throw new BadOption("unknown option " + option);
                }
            }
        } catch (BadOption e) {
            err.println("generate: " + e.getMessage());
            err.println("usage: " + USAGE);
            return ExitCode.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // The spec's own range checks; their messages name the option in words.
            err.println("generate: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (folder == null) {
            err.println("generate: --out DIR is required");
            err.println("usage: " + USAGE);
            return ExitCode.BAD_INPUT;
        }
        // A file where the folder (or one of its parents) should be is the user's mistake, not an I/O failure.
        for (Path p = folder.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                err.println("generate: --out " + folder + ": " + p + " is a file, not a folder");
                return ExitCode.BAD_INPUT;
            }
        }
        try {
            SyntheticDataSet result = new SyntheticGenerator(spec).generate(folder);
            out.println("wrote " + result.manifest().toAbsolutePath().normalize());
            out.println(result.summary());
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            err.println("generate: could not write to " + folder + ": " + e);
            return ExitCode.FAILURE;
        }
    }

    private static Path path(String option, String value) throws BadOption {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new BadOption(option + ": not a valid path: " + value);
        }
    }

    private static int integer(String option, String value) throws BadOption {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadOption(option + ": not a whole number: " + value);
        }
    }

    private static long longInteger(String option, String value) throws BadOption {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadOption(option + ": not a whole number: " + value);
        }
    }

    private static double number(String option, String value) throws BadOption {
        try {
            double parsed = Double.parseDouble(value);
            if (!(parsed >= 0 && parsed <= 1)) {
                throw new BadOption(option + ": must be between 0 and 1, got " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new BadOption(option + ": not a number: " + value);
        }
    }

    /** A bad command-line argument; the message names it. */
    private static final class BadOption extends Exception {
        private static final long serialVersionUID = 1L;

        BadOption(String message) {
            super(message);
        }
    }
}

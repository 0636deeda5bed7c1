package org.confounderlab.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfounderLabCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void infoPrintsTheRuntime() {
        assertEquals(ExitCode.OK, run("info"));
        assertTrue(out().contains("java.version=" + System.getProperty("java.version")), out());
        assertTrue(out().contains("processors=" + Runtime.getRuntime().availableProcessors()), out());
    }

    @Test
    void validExperimentIsOk() throws IOException {
        Path file = folder.resolve("valid.experiment");
        ModelFiles.save(ExperimentTemplates.newDefault("valid"), file);
        assertEquals(ExitCode.OK, run("validate", file.toString()), err());
        assertEquals(file + ": ok", out().strip());
    }

    @Test
    void invalidExperimentIsBadInputAndNamesTheProblem() throws IOException {
        Experiment experiment = ExperimentTemplates.newDefault("broken");
        experiment.getTraining().setBatchSize(0);
        Path file = folder.resolve("broken.experiment");
        ModelFiles.save(experiment, file);
        assertEquals(ExitCode.BAD_INPUT, run("validate", file.toString()));
        assertTrue(err().startsWith(file + ": error: "), err());
        assertTrue(err().toLowerCase().contains("batch size"), err());
    }

    @Test
    void malformedFileNamesFileAndLine() throws IOException {
        Path file = folder.resolve("malformed.experiment");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<experiment:Experiment xmlns:experiment=\"x\">\n<unclosed>\n");
        assertEquals(ExitCode.BAD_INPUT, run("validate", file.toString()));
        assertTrue(err().contains("malformed.experiment"), err());
        assertTrue(err().matches("(?s).*malformed\\.experiment:\\d+.*"), err());
    }

    @Test
    void missingFileIsBadInput() {
        assertEquals(ExitCode.BAD_INPUT, run("validate", folder.resolve("absent.experiment").toString()));
        assertTrue(err().contains("absent.experiment: no such file"), err());
    }

    @Test
    void unknownCommandIsBadInputWithUsage() {
        assertEquals(ExitCode.BAD_INPUT, run("frobnicate"));
        assertTrue(err().contains("unknown command 'frobnicate'"), err());
        assertTrue(err().contains("usage:"), err());
        assertEquals(ExitCode.BAD_INPUT, run());
    }

    @Test
    void runRejectsBadOverridesBeforeReadingTheExperiment() {
        String file = folder.resolve("absent.experiment").toString();
        assertEquals(ExitCode.BAD_INPUT, run("run", file, "--batch-size", "0"));
        assertTrue(err().contains("--batch-size must be a positive whole number, not '0'"), err());
        assertEquals(ExitCode.BAD_INPUT, run("run", file, "--seed", "-3"));
        assertTrue(err().contains("--seed must be a whole number ≥ 0, not '-3'"), err());
        assertEquals(ExitCode.BAD_INPUT, run("run", file, "--resume", "--seed", "4"));
        assertTrue(err().contains("--batch-size, --seed, --rebalance-by, --distil, --dfr, --jtt and --group-dro "
                + "cannot change a resumed run"), err());
        assertEquals(ExitCode.BAD_INPUT, run("run", file, "--resume", "--dfr", "site"));
        assertEquals(ExitCode.BAD_INPUT, run("run", file, "--resume", "--distil"));
        assertEquals(ExitCode.BAD_INPUT, run("run", file, "--rebalance-by"));
        assertTrue(err().contains("--rebalance-by needs a value"), err());
    }
}

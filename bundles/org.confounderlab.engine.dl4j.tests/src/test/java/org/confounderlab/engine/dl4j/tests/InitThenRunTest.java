package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.cli.InitCommand;
import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code init} writes, {@code run} trains and evaluates as it is (one epoch, to keep the test short). */
class InitThenRunTest {

    @Test
    void anInitialisedExperimentRuns(@TempDir Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(60).withImagesPerPatient(2)
                .withSeed(12)).generate(folder.resolve("data"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(log, true, StandardCharsets.UTF_8);
        Path experiment = folder.resolve("fresh.experiment");
        assertEquals(0, InitCommand.run(List.of(folder.resolve("data").toString(), "--label",
                SyntheticGenerator.LABEL, "--out", experiment.toString()), print, print), log.toString());
        assertEquals(0, RunCommand.run(List.of(experiment.toString(), "--epochs", "1", "--threads", "2"), print,
                print), log.toString());
        try (var files = Files.walk(folder.resolve("runs"))) {
            Path runFile = files.filter(p -> p.getFileName().toString().equals(RunFolder.RUN_FILE)).findFirst()
                    .orElseThrow(() -> new AssertionError("no run file under runs/: " + log));
            Run run = ModelFiles.loadRun(runFile);
            assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
            assertEquals(1, run.getEpochs().size());
        }
    }
}

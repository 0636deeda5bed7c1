package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.cli.RunCommand;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.BadImagePolicy;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrupt file in the middle of a 1,000-image set is found before training, listed in the run folder with its
 * reason, left out of every split, and the run completes; with {@code --on-bad-image stop} the run fails naming it.
 * The same holds without the cache, where a check decodes every file first.
 */
class BadImageRunTest {

    private static Path prepare(Path folder) throws Exception {
        Path manifest = new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(1000).withSeed(6))
                .generate(folder.resolve("data")).manifest();
        List<ManifestEntry> entries = new GenericCsvImporter(List.of(SyntheticGenerator.LABEL))
                .read(manifest, ImportOptions.strict()).manifest().entries();
        Path corrupt = entries.get(500).image();
        byte[] png = Files.readAllBytes(corrupt);
        Files.write(corrupt, java.util.Arrays.copyOf(png, png.length / 2)); // truncated, as an interrupted copy
        Experiment experiment = DemoExperiment.create(32, 1);
        experiment.getDiagnostics().setGradCam(false);
        Path experimentFile = folder.resolve("bad.experiment");
        ModelFiles.save(experiment, experimentFile);
        return corrupt;
    }

    private static int run(Path folder, StringBuilder log, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of(folder.resolve("bad.experiment").toString(),
                "--threads", "2"));
        args.addAll(List.of(options));
        int exit = RunCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        log.append(out.toString(StandardCharsets.UTF_8));
        return exit;
    }

    @Test
    void aCorruptFileIsSkippedAndListedAndTheRunCompletes(@TempDir Path folder) throws Exception {
        Path corrupt = prepare(folder);
        for (String[] options : new String[][] {{}, {"--no-cache"}}) {
            StringBuilder log = new StringBuilder();
            assertEquals(0, run(folder, log, options), log.toString());
            assertTrue(log.toString().contains("unreadable images, left out of the run: 1"), log.toString());
            assertTrue(log.toString().contains(corrupt.toString()), "the first rows are printed: " + log);
            Path runFolder = newest(folder.resolve("runs"));
            Run run = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
            assertEquals(RunStatus.COMPLETED, run.getStatus(), run.getErrorMessage());
            List<String> listed = Files.readAllLines(runFolder.resolve("bad-images.tsv"));
            assertEquals(2, listed.size(), listed.toString());
            assertTrue(listed.get(1).startsWith(corrupt + "\t"), listed.toString());
            assertTrue(run.getArtifacts().stream().anyMatch(a -> "bad-images.tsv".equals(a.getPath())));
            assertEquals(1, run.getInputs().getBadImages());
            assertEquals(options.length == 0, run.getInputs().getCacheFile() != null, "the cache, when used");
            assertEquals(0, org.confounderlab.engine.cli.ReportCommand.run(List.of(runFolder.toString()),
                    new PrintStream(new ByteArrayOutputStream()), System.err));
            String report = Files.readString(runFolder.resolve("report.html"));
            assertTrue(report.contains("1 unreadable image (listed in bad-images.tsv)"), "the report says it");
            String predictions = Files.readString(runFolder.resolve(RunFolder.PREDICTIONS_FILE));
            assertFalse(predictions.contains(corrupt.getFileName().toString()), "not evaluated");
            int scored = run.getEvaluations().get(0).getN();
            assertTrue(scored > 100, "test images: " + scored);
        }
    }

    @Test
    void theCacheOptionsAct(@TempDir Path folder) throws Exception {
        prepare(folder);
        Path caches = folder.resolve("my-caches");
        StringBuilder log = new StringBuilder();
        assertEquals(0, run(folder, log, "--cache-dir", caches.toString(), "--cache-bits", "16", "--prefetch", "1"),
                log.toString());
        Run run = ModelFiles.loadRun(newest(folder.resolve("runs")).resolve(RunFolder.RUN_FILE));
        String cache = run.getArtifacts().stream().map(a -> a.getDescription())
                .filter(d -> d.startsWith("preprocessed cache, built")).findFirst().orElseThrow();
        assertTrue(cache.contains(caches.toString()) && cache.contains("16-bit"), cache);
        assertEquals(16, run.getInputs().getCacheBits());
        assertTrue(run.getInputs().isCacheBuilt());
        assertTrue(run.getInputs().getCacheFile().startsWith(caches.toString()), run.getInputs().getCacheFile());
        try (var files = Files.list(caches)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().endsWith(".cache")), "the cache is in --cache-dir");
        }
        assertFalse(Files.exists(folder.resolve("runs").resolve(".cache")), "and not in the default folder");
    }

    @Test
    void underTheStopPolicyTheRunFailsNamingTheFile(@TempDir Path folder) throws Exception {
        Path corrupt = prepare(folder);
        StringBuilder log = new StringBuilder();
        assertNotEquals(0, run(folder, log, "--on-bad-image", "stop"), log.toString());
        Run run = ModelFiles.loadRun(newest(folder.resolve("runs")).resolve(RunFolder.RUN_FILE));
        assertEquals(RunStatus.FAILED, run.getStatus());
        assertTrue(run.getErrorMessage().contains(corrupt.toString()), run.getErrorMessage());
        assertTrue(run.getEpochs().isEmpty(), "stopped before training");
    }

    @Test
    void theExperimentsPolicyActsAndTheCommandLineOverridesIt(@TempDir Path folder) throws Exception {
        Path corrupt = prepare(folder);
        Path experimentFile = folder.resolve("bad.experiment");
        Experiment experiment = ModelFiles.loadExperiment(experimentFile);
        experiment.getDataset().setBadImagePolicy(BadImagePolicy.STOP);
        ModelFiles.save(experiment, experimentFile);
        StringBuilder log = new StringBuilder();
        assertNotEquals(0, run(folder, log), log.toString());
        assertTrue(log.toString().contains(corrupt.toString()), log.toString());
        log.setLength(0);
        assertEquals(0, run(folder, log, "--on-bad-image", "skip"), log.toString());
        assertTrue(log.toString().contains("left out of the run: 1"), log.toString());
    }

    private static Path newest(Path runs) throws Exception {
        try (var experiments = Files.list(runs)) {
            Path experiment = experiments.filter(p -> !p.getFileName().toString().startsWith(".")).findFirst()
                    .orElseThrow();
            try (var ids = Files.list(experiment)) {
                return ids.filter(p -> Files.isRegularFile(p.resolve(RunFolder.RUN_FILE))).max(Path::compareTo)
                        .orElseThrow();
            }
        }
    }
}

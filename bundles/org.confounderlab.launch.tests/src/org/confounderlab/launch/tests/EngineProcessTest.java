package org.confounderlab.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.launch.engine.EngineClasspath;
import org.confounderlab.launch.engine.EngineProcessBuilder;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine starts as a JVM of its own, on a flat class path made from the installed bundles. */
class EngineProcessTest {

    @TempDir
    Path folder;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(EngineProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "engine JVM did not end");
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theEngineGetsGlibcMallocTunablesBeforeTheUsersOwn() throws IOException, InterruptedException {
        assertEquals(EngineProcessBuilder.MALLOC_TUNABLES,
                EngineProcessBuilder.environment(java.util.Map.of()).get("GLIBC_TUNABLES"));
        assertEquals(EngineProcessBuilder.MALLOC_TUNABLES + ":glibc.malloc.arena_max=2", EngineProcessBuilder
                .environment(java.util.Map.of("GLIBC_TUNABLES", "glibc.malloc.arena_max=2")).get("GLIBC_TUNABLES"));
        // the started JVM really has them
        Process process = new EngineProcessBuilder().arguments("info", folder.resolve("none.experiment").toString())
                .start();
        String environment = new String(java.nio.file.Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()),
                "environ")), StandardCharsets.UTF_8);
        process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        // glibc rewrites the separators of GLIBC_TUNABLES in place as it parses them, so look for each setting
        assertTrue(environment.contains("GLIBC_TUNABLES="), environment);
        for (String tunable : EngineProcessBuilder.MALLOC_TUNABLES.split(":")) {
            assertTrue(environment.contains(tunable), tunable + " missing: " + environment);
        }
    }

    @Test
    void classpathHoldsEngineModelAndEmfButNoOsgi() throws IOException {
        List<Path> entries = EngineClasspath.resolve();
        String joined = EngineClasspath.asArgument(entries);
        assertTrue(entries.get(0).toString().contains("org.confounderlab.engine"), joined);
        for (String needed : List.of("org.confounderlab.model", "org.eclipse.emf.ecore", "org.eclipse.emf.ecore.xmi",
                "org.eclipse.emf.common")) {
            assertTrue(entries.stream().anyMatch(p -> p.toString().contains(needed)), needed + " missing: " + joined);
        }
        // The Deeplearning4j backend comes from the carrier bundle's lib/ folder, natives for linux-x86_64 with oneDNN.
        for (String library : List.of("org.confounderlab.engine.dl4j-", "deeplearning4j-nn-", "nd4j-api-",
                "nd4j-native-1.0.0-M2.1-linux-x86_64-onednn-avx2.jar")) {
            assertTrue(entries.stream().anyMatch(p -> p.getFileName().toString().startsWith(library)),
                    library + " missing: " + joined);
        }
        assertFalse(entries.stream().anyMatch(p -> p.getFileName().toString().equals("nd4j-native-1.0.0-M2.1-linux-x86_64.jar")),
                "the generic natives must not ship: " + joined);
        // The ONNX Runtime backend and ONNX Runtime's CPU build for linux-x64 come from their carrier's lib/ folder.
        for (String library : List.of("org.confounderlab.engine.onnxruntime-", "onnxruntime-1.22.0-linux-x64.jar")) {
            assertTrue(entries.stream().anyMatch(p -> p.getFileName().toString().startsWith(library)),
                    library + " missing: " + joined);
        }
        for (String forbidden : List.of("org.eclipse.osgi", "org.eclipse.core.runtime", "org.eclipse.swt", "org.eclipse.ui")) {
            assertFalse(entries.stream().anyMatch(p -> p.getFileName().toString().startsWith(forbidden + "_")
                    || p.getFileName().toString().startsWith(forbidden + "-")), forbidden + " leaked: " + joined);
        }
    }

    @Test
    void onnxRuntimesGpuBuildReplacesTheCpuBuild(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Path gpu = java.nio.file.Files.createFile(folder.resolve("onnxruntime_gpu-1.22.0.jar"));
        List<String> command = new EngineProcessBuilder().extraClasspath(List.of(gpu)).arguments("info").command();
        String classpath = command.get(command.indexOf("-cp") + 1);
        assertTrue(classpath.contains(gpu.toString()), classpath);
        assertFalse(classpath.contains("onnxruntime-1.22.0-linux-x64.jar"), "one ONNX Runtime only: " + classpath);
        assertTrue(classpath.contains("org.confounderlab.engine.onnxruntime-"), "the backend stays: " + classpath);
        assertTrue(org.confounderlab.launch.engine.CudaRuntimeFolder.problem(folder).isEmpty(),
                "a folder with the GPU build is a CUDA runtime for ONNX launches");
    }

    @Test
    void engineRunsInItsOwnJvm() throws Exception {
        Result result = run(new EngineProcessBuilder().jvmOption("-Xmx64m").arguments("info"));
        assertEquals(ExitCode.OK, result.exit(), result.err());
        assertTrue(result.out().contains("java.version="), result.out());
        assertTrue(result.out().contains("max.heap.mib=64"), "the JVM options reach the engine: " + result.out());
        long pid = ProcessHandle.current().pid();
        assertFalse(result.out().contains("pid=" + pid));
    }

    @Test
    void engineJvmValidatesExperimentsAndReportsBadInputByExitCode() throws Exception {
        Experiment experiment = ExperimentTemplates.newDefault("launch-check");
        experiment.getModel().setChannels(2);
        Path file = folder.resolve("launch-check.experiment");
        ModelFiles.save(experiment, file);

        Result result = run(new EngineProcessBuilder().workingDirectory(folder).arguments("validate", file.toString()));

        assertEquals(ExitCode.BAD_INPUT, result.exit(), result.out() + result.err());
        assertTrue(result.err().contains("launch-check.experiment: error:"), result.err());
        assertTrue(result.err().toLowerCase().contains("channels"), result.err());
    }
}

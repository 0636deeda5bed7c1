package org.confounderlab.launch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the command that starts the engine in a JVM of its own (training never runs inside the IDE):
 * {@code java <jvm options> -cp <engine class path> org.confounderlab.engine.cli.ConfounderLabCommand <args>}.
 */
public final class EngineProcessBuilder {

    /** The engine's main class. */
    public static final String MAIN_CLASS = "org.confounderlab.engine.cli.ConfounderLabCommand";

    /**
     * glibc malloc settings for the engine's JVM. ND4J and oneDNN allocate and free scratch buffers of several
     * megabytes on every layer call; with glibc's defaults each free trims the heap and the next call faults the pages
     * in again (a tenth of the training time on the small CNN in perf). Keeping 1 GiB of freed memory and 64 MiB of
     * headroom on each heap growth sped that training up by a quarter (bench/README.md). The same string is set by
     * the {@code confounderlab} script.
     */
    public static final String MALLOC_TUNABLES = "glibc.malloc.trim_threshold=1073741824:"
            + "glibc.malloc.mmap_threshold=33554432:glibc.malloc.top_pad=67108864";

    private static final String TUNABLES = "GLIBC_TUNABLES";

    private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> arguments = new ArrayList<>();
    private final List<Path> extraClasspath = new ArrayList<>();
    private Path workingDirectory;

    /** Uses the {@code java} of another installation (by default the IDE's own). */
    public EngineProcessBuilder javaHome(Path javaHome) {
        this.javaExecutable = javaHome.resolve("bin").resolve("java");
        return this;
    }

    public EngineProcessBuilder jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public EngineProcessBuilder arguments(String... engineArguments) {
        arguments.addAll(List.of(engineArguments));
        return this;
    }

    /** Adds jars after the engine's own (the optional CUDA runtime). */
    public EngineProcessBuilder extraClasspath(List<Path> entries) {
        extraClasspath.addAll(entries);
        return this;
    }

    public EngineProcessBuilder workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /** The full command line, class path resolved from the installed bundles. */
    public List<String> command() throws IOException {
        if (!Files.isExecutable(javaExecutable)) {
            throw new IOException("No Java executable at " + javaExecutable);
        }
        List<String> command = new ArrayList<>();
        command.add(javaExecutable.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        List<Path> classpath = new ArrayList<>(EngineClasspath.resolve());
        if (extraClasspath.stream().anyMatch(p -> p.getFileName().toString().startsWith(
                CudaRuntimeFolder.ONNXRUNTIME_GPU_JAR_PREFIX))) {
            // ONNX Runtime's GPU build has the same classes as the CPU build the product carries: only one may load.
            classpath.removeIf(p -> p.getFileName().toString().matches("onnxruntime-[0-9.]+-linux-x64\\.jar"));
        }
        classpath.addAll(extraClasspath);
        command.add(EngineClasspath.asArgument(classpath));
        command.add(MAIN_CLASS);
        command.addAll(arguments);
        return command;
    }

    /**
     * The variables the engine's process gets on top of {@code inherited}: {@link #MALLOC_TUNABLES} in
     * {@code GLIBC_TUNABLES}, before any tunables the user set there (glibc takes the last value of a tunable).
     */
    public static Map<String, String> environment(Map<String, String> inherited) {
        String own = inherited.get(TUNABLES);
        return Map.of(TUNABLES, own == null || own.isBlank() ? MALLOC_TUNABLES : MALLOC_TUNABLES + ":" + own);
    }

    /** Starts the engine process. */
    public Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command());
        builder.environment().putAll(environment(builder.environment()));
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        return builder.start();
    }
}

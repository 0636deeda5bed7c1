package org.confounderlab.launch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command that starts the engine in a JVM of its own (training never runs inside the IDE):
 * {@code java <jvm options> -cp <engine class path> org.confounderlab.engine.cli.ConfounderLabCommand <args>}.
 */
public final class EngineProcessBuilder {

    /** The engine's main class. */
    public static final String MAIN_CLASS = "org.confounderlab.engine.cli.ConfounderLabCommand";

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
        classpath.addAll(extraClasspath);
        command.add(EngineClasspath.asArgument(classpath));
        command.add(MAIN_CLASS);
        command.addAll(arguments);
        return command;
    }

    /** Starts the engine process. */
    public Process start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command());
        if (workingDirectory != null) {
            builder.directory(workingDirectory.toFile());
        }
        return builder.start();
    }
}

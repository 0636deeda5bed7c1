package org.confounderlab.engine.dl4j.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's command line in a JVM of its own with a chosen heap and no limit on ND4J's native memory, as
 * {@code ./confounderlab} starts it.
 */
final class EngineProcess {

    /** What the process did. */
    record Outcome(int exitCode, String log) {
    }

    private EngineProcess() {
    }

    /** Runs {@code arguments} with {@code -Xmx<heap>}, its output in {@code log}, for at most {@code minutes}. */
    static Outcome run(String heap, Path log, int minutes, String... arguments) throws Exception {
        return run(java.util.Map.of(), heap, log, minutes, arguments);
    }

    /** As {@link #run(String, Path, int, String...)}, with {@code environment} added to the process's. */
    static Outcome run(java.util.Map<String, String> environment, String heap, Path log, int minutes,
            String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-Dorg.bytedeco.javacpp.maxbytes=0",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=0", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.confounderlab.engine.cli.ConfounderLabCommand"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the engine did not finish in " + minutes + " min: " + Files.readString(log));
        }
        return new Outcome(process.exitValue(), Files.readString(log));
    }
}

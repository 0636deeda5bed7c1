package org.confounderlab.engine.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts another engine JVM as this one was started: the same Java, class path and native-access
 * flags, with a heap of its own. A study's arms side by side ({@link ArmProcesses}) and a cluster's tasks start one
 * each; the engine's command line follows.
 */
public final class EngineJvm {

    /** The engine's command-line entry point. */
    public static final String MAIN_CLASS = "org.confounderlab.engine.cli.ConfounderLabCommand";

    private EngineJvm() {
    }

    /** {@code java -Xmx<heap> … -cp <this class path> ConfounderLabCommand}; the engine command's words follow. */
    public static List<String> command(String heap) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-Dorg.bytedeco.javacpp.maxbytes=0",
                "-Dorg.bytedeco.javacpp.maxphysicalbytes=0", "-Djava.awt.headless=true",
                "--enable-native-access=ALL-UNNAMED"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS));
        return command;
    }

    /** This JVM's heap as an {@code -Xmx} value, at least 256 MB. */
    public static String heapOfThisJvm() {
        return Math.max(256, Runtime.getRuntime().maxMemory() / (1024 * 1024)) + "m";
    }
}

package org.confounderlab.engine.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the engine's JVM runs on: recorded in runs and printed by {@code confounderlab info}. */
public record RuntimeInfo(String javaVersion, String javaVendor, String javaHome, String os, String arch,
        int processors, long maxHeapBytes) {

    /** The facts of the current JVM. */
    public static RuntimeInfo current() {
        return new RuntimeInfo(System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("java.home"), System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
    }

    /** Name/value pairs in a stable order, one per printed line. */
    public Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("java.version", javaVersion);
        properties.put("java.vendor", javaVendor);
        properties.put("java.home", javaHome);
        properties.put("os", os + " " + arch);
        properties.put("processors", Integer.toString(processors));
        properties.put("max.heap.mib", Long.toString(maxHeapBytes / (1024 * 1024)));
        return properties;
    }
}

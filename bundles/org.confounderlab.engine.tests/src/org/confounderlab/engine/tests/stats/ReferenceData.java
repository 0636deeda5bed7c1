package org.confounderlab.engine.tests.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reference values computed by independent tools and committed under {@code reference/}: by default
 * {@code audit_reference.json} (scipy and scikit-learn, made by {@code audit_reference.py}). Found via the system
 * property {@value #PROPERTY} (the folder), else relative to the working directory: the test bundle's folder (how
 * Tycho runs the tests) or the repository root.
 */
public final class ReferenceData {

    /** System property naming the folder that holds {@value #FILE}. */
    public static final String PROPERTY = "confounderlab.reference.dir";

    private static final String FILE = "audit_reference.json";
    private static final Map<String, Map<String, Object>> CACHE = new java.util.HashMap<>();

    private ReferenceData() {
    }

    /** The parsed audit reference file. */
    public static Map<String, Object> get() {
        return get(FILE);
    }

    /** The parsed reference file {@code name} (read once). */
    public static synchronized Map<String, Object> get(String name) {
        return CACHE.computeIfAbsent(name, file -> {
            try {
                return MiniJson.object(MiniJson.parse(Files.readString(locate(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Path locate(String file) {
        String folder = System.getProperty(PROPERTY);
        List<Path> candidates = folder != null ? List.of(Path.of(folder, file))
                : List.of(Path.of("reference", file),
                        Path.of("bundles", "org.confounderlab.engine.tests", "reference", file),
                        Path.of("..", "org.confounderlab.engine.tests", "reference", file));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(
                () -> new IllegalStateException("reference file not found; tried " + candidates.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString()).toList() + " (set -D" + PROPERTY
                        + " to its folder)"));
    }
}

package org.confounderlab.engine.tests.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The reference values that {@code reference/audit_reference.py} computed with scipy and scikit-learn. Found via
 * the system property {@value #PROPERTY} (the folder), else relative to the working directory: the test bundle's
 * folder (how Tycho runs the tests) or the repository root.
 */
public final class ReferenceData {

    /** System property naming the folder that holds {@value #FILE}. */
    public static final String PROPERTY = "confounderlab.reference.dir";

    private static final String FILE = "audit_reference.json";
    private static Map<String, Object> cached;

    private ReferenceData() {
    }

    /** The parsed reference file. */
    public static synchronized Map<String, Object> get() {
        if (cached == null) {
            try {
                cached = MiniJson.object(MiniJson.parse(Files.readString(locate())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }

    private static Path locate() {
        String folder = System.getProperty(PROPERTY);
        List<Path> candidates = folder != null ? List.of(Path.of(folder, FILE))
                : List.of(Path.of("reference", FILE),
                        Path.of("bundles", "org.confounderlab.engine.tests", "reference", FILE),
                        Path.of("..", "org.confounderlab.engine.tests", "reference", FILE));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(
                () -> new IllegalStateException("reference file not found; tried " + candidates.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString()).toList() + " (set -D" + PROPERTY
                        + " to its folder)"));
    }
}

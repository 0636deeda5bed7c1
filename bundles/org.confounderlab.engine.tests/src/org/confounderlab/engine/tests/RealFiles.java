package org.confounderlab.engine.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real radiographs and metadata tables the engine's tests read: byte-for-byte copies from
 * {@code ../shared/real-data} in this bundle's {@code real/} folder, with their licences in {@code real/README.txt},
 * so a fresh clone tests without {@code ../shared}.
 */
public final class RealFiles {

    private static final Path FOLDER = locate();

    private RealFiles() {
    }

    /** The file or folder {@code name} under {@code real/}, absolute. */
    public static Path of(String name) {
        return FOLDER.resolve(name).toAbsolutePath();
    }

    private static Path locate() {
        for (Path candidate : List.of(Path.of("real"), Path.of("bundles", "org.confounderlab.engine.tests", "real"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the real/ folder of org.confounderlab.engine.tests is missing");
    }
}

package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Tells which kind of network a ModelSerializer zip holds, since restoring needs to know beforehand. */
final class SavedModels {

    private static final String CONFIGURATION = "configuration.json";

    private SavedModels() {
    }

    /** Whether the saved configuration is a computation graph's (it has vertices; a layer stack has confs). */
    static boolean isGraph(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(CONFIGURATION);
            if (entry == null) {
                throw new IOException(file + " is not a Deeplearning4j model: no " + CONFIGURATION);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("\"vertices\"");
            }
        }
    }
}

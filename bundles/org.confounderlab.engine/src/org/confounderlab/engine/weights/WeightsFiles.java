package org.confounderlab.engine.weights;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * Tells the kinds of weights file apart by content: a Deeplearning4j model (an earlier run's {@code model.zip}, a zip
 * with {@code configuration.json}) or a PyTorch state dict ({@link StateDict}: a zip with {@code data.pkl}, or
 * safetensors).
 */
public final class WeightsFiles {

    private static final String DL4J_CONFIGURATION = "configuration.json";

    private WeightsFiles() {
    }

    /** Whether {@code file} is a zip holding a Deeplearning4j configuration; false for anything else or unreadable. */
    public static boolean isDeeplearning4jModel(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry(DL4J_CONFIGURATION) != null;
        } catch (IOException e) {
            return false; // not a zip: safetensors, or something StateDict.read will name
        }
    }
}

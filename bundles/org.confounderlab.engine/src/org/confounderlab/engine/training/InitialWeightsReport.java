package org.confounderlab.engine.training;

import java.nio.file.Path;
import java.util.List;

/**
 * What a network took from its weights file.
 *
 * @param file        the weights file
 * @param format      "safetensors", "PyTorch zip archive" or "Deeplearning4j model"
 * @param sha256      SHA-256 of the file, hexadecimal
 * @param loaded      the file's tensors (or layers) whose values the network took, by their name in the file
 * @param initialised the network's parameters left freshly initialised, each with the reason
 * @param ignored     names in the file the network has no place for
 * @param adaptations changes made on the way in, in words
 */
public record InitialWeightsReport(Path file, String format, String sha256, List<String> loaded,
        List<String> initialised, List<String> ignored, List<String> adaptations) {

    public InitialWeightsReport {
        loaded = List.copyOf(loaded);
        initialised = List.copyOf(initialised);
        ignored = List.copyOf(ignored);
        adaptations = List.copyOf(adaptations);
    }

    /** One line for the log: how much was loaded, initialised and ignored. */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
                "initial weights: %d tensors loaded from %s (%s, sha256 %s)", loaded.size(), file, format,
                sha256.length() > 12 ? sha256.substring(0, 12) + "…" : sha256));
        if (!initialised.isEmpty()) {
            text.append("; initialised fresh: ").append(String.join("; ", initialised));
        }
        if (!ignored.isEmpty()) {
            text.append("; ").append(ignored.size()).append(" names in the file not used");
        }
        for (String adaptation : adaptations) {
            text.append("; ").append(adaptation);
        }
        return text.toString();
    }
}

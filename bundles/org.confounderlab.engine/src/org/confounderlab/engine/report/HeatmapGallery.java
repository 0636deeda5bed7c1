package org.confounderlab.engine.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.Run;

/** Collects the run's existing {@code HEATMAP} PNG artifacts for embedding; it draws nothing itself. */
public final class HeatmapGallery {

    /** A heat-map artifact: its PNG bytes, or the reason it cannot be shown ({@code png} then {@code null}). */
    public record Entry(String path, String description, byte[] png, String problem) {
    }

    /** Larger files are listed but not embedded, so that one stray file cannot blow up the report. */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    /** At most this many heat maps are embedded; the rest are only listed as artifacts. */
    static final int MAX_IMAGES = 60;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private HeatmapGallery() {
    }

    /** The HEATMAP artifacts of {@code run}, with paths resolved against {@code runFolder}. */
    public static List<Entry> collect(Run run, Path runFolder) {
        List<Entry> entries = new ArrayList<>();
        Path root = runFolder.toAbsolutePath().normalize();
        for (Artifact artifact : run.getArtifacts()) {
            if (artifact.getKind() != ArtifactKind.HEATMAP || entries.size() >= MAX_IMAGES) {
                continue;
            }
            entries.add(load(root, artifact.getPath(), artifact.getDescription()));
        }
        return entries;
    }

    private static Entry load(Path root, String relative, String description) {
        if (relative == null || relative.isBlank()) {
            return new Entry("", description, null, "no path recorded");
        }
        Path file;
        try {
            file = root.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return new Entry(relative, description, null, "not a valid path");
        }
        // Artifacts are relative to the run folder; a path leading out of it is not the run's to publish.
        if (!file.startsWith(root)) {
            return new Entry(relative, description, null, "outside the run folder, not embedded");
        }
        try {
            if (!Files.isRegularFile(file)) {
                return new Entry(relative, description, null, "file not found");
            }
            if (Files.size(file) > MAX_BYTES) {
                return new Entry(relative, description, null, "larger than " + MAX_BYTES / (1024 * 1024)
                        + " MiB, not embedded");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < PNG_SIGNATURE.length
                    || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
                return new Entry(relative, description, null, "not a PNG file");
            }
            return new Entry(relative, description, bytes, null);
        } catch (IOException e) {
            return new Entry(relative, description, null, "cannot read: " + e.getMessage());
        }
    }
}

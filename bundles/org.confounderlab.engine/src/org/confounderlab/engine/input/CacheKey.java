package org.confounderlab.engine.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.confounderlab.engine.image.ImagePipeline;

/**
 * The name of a data set's preprocessed cache: a SHA-256 over the preprocessing (input side, colour, interpolation,
 * bits) and every image's path, size and modification time, so a changed, added or removed file or another
 * preprocessing makes another cache. Only file attributes are read, never pixels.
 */
final class CacheKey {

    private static final int FORMAT = 1;

    private CacheKey() {
    }

    static String of(List<Path> images, ImagePipeline pipeline, int bits) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        digest.update(("confounderlab cache " + FORMAT + "|" + pipeline.inputSize() + "|" + pipeline.colourMode() + "|"
                + pipeline.interpolation() + "|" + bits + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path image : images) {
            String attributes;
            try {
                BasicFileAttributes file = Files.readAttributes(image, BasicFileAttributes.class);
                attributes = file.size() + "|" + file.lastModifiedTime().toMillis();
            } catch (NoSuchFileException e) {
                attributes = "missing";
            }
            digest.update((image.toAbsolutePath() + "|" + attributes + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 12);
    }
}

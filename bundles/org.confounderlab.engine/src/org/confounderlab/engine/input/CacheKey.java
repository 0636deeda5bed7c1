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
import org.confounderlab.model.experiment.DicomIntensity;

/**
 * The name of a data set's preprocessed cache, {@code LINEAGE-KEY}. The key is a SHA-256 over the preprocessing
 * (input side, colour, interpolation, bits, and DICOM intensity when not the stored range) and every image's path, size and modification time, so a changed, added
 * or removed file or another preprocessing makes another cache. The lineage hashes the preprocessing and the paths
 * only: a cache with the lineage of a new one and another key was made for an earlier state of the same files, and
 * the new one supersedes it. Only file attributes are read, never pixels.
 */
final class CacheKey {

    private static final int FORMAT = 1;

    private CacheKey() {
    }

    /** {@code LINEAGE-KEY} for {@code images} as {@code pipeline} makes them, at {@code bits}. */
    static String of(List<Path> images, ImagePipeline pipeline, int bits) throws IOException {
        return lineage(images, pipeline, bits) + "-" + key(images, pipeline, bits);
    }

    /** The lineage part of a cache's name: of the preprocessing and the paths, not the files' state. */
    static String lineage(List<Path> images, ImagePipeline pipeline, int bits) {
        MessageDigest digest = sha256();
        digest.update(("confounderlab cache lineage " + FORMAT + "|" + preprocessing(pipeline, bits) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        for (Path image : images) {
            digest.update((image.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(digest.digest(), 0, 6);
    }

    /**
     * What the key hashes of the preprocessing. The DICOM intensity enters only when it is not the stored range, so
     * caches built before it was a choice keep their names.
     */
    private static String preprocessing(ImagePipeline pipeline, int bits) {
        return pipeline.inputSize() + "|" + pipeline.colourMode() + "|" + pipeline.interpolation() + "|" + bits
                + (pipeline.dicomIntensity() == DicomIntensity.STORED_RANGE ? "" : "|" + pipeline.dicomIntensity());
    }

    /** The lineage of a cache file named by {@link #of}, or {@code null} for another name. */
    static String lineageOf(String fileName) {
        int dash = fileName.indexOf('-');
        return dash == 12 && fileName.endsWith(".cache") ? fileName.substring(0, dash) : null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String key(List<Path> images, ImagePipeline pipeline, int bits) throws IOException {
        MessageDigest digest = sha256();
        digest.update(("confounderlab cache " + FORMAT + "|" + preprocessing(pipeline, bits) + "\n")
                .getBytes(StandardCharsets.UTF_8));
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

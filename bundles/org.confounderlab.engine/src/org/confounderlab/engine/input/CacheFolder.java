package org.confounderlab.engine.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of preprocessed caches ({@code runs/.cache} by default): what is in it, and removing what is not needed.
 * A cache's modification time is when a run last used it ({@link PreprocessedCache} touches it on reuse). Removing a
 * cache a running process reads is safe on Linux and macOS (the file goes when the last reader closes it).
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** One cache file, from its name, size, time and header. */
    public record Entry(Path file, long bytes, Instant lastUsed, int images, int channels, int size, int bits,
            boolean complete) {

        /** A line for a listing. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s  %8.1f MB  last used %s  %s", file.getFileName(),
                    bytes / 1e6, lastUsed.toString().substring(0, 19).replace('T', ' '), complete ? images
                            + " images, " + size + " px, " + (channels == 1 ? "gray" : "RGB") + ", " + bits + "-bit"
                            : "incomplete or not a cache");
        }
    }

    /** The caches in {@code folder}, most recently used first; none when it does not exist. */
    public static List<Entry> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cache")).sorted().toList()) {
                entries.add(entry(file));
            }
        }
        entries.sort(Comparator.comparing(Entry::lastUsed).reversed());
        return entries;
    }

    private static Entry entry(Path file) throws IOException {
        long bytes = Files.size(file);
        Instant used = Files.getLastModifiedTime(file).toInstant();
        ByteBuffer header = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            while (header.hasRemaining() && in.read(header, header.position()) > 0) {
                // read the header
            }
        }
        byte[] magic = new byte[8];
        header.get(0, magic);
        boolean cache = !header.hasRemaining()
                && Arrays.equals(magic, "CLCACHE1".getBytes(StandardCharsets.US_ASCII));
        return cache ? new Entry(file, bytes, used, header.getInt(12), header.getInt(16), header.getInt(20),
                header.getInt(24), header.getInt(28) == 1) : new Entry(file, bytes, used, 0, 0, 0, 0, false);
    }

    /** Removes {@code entry}'s file and its list of bad images; returns the bytes freed. */
    public static long remove(Entry entry) throws IOException {
        Files.deleteIfExists(entry.file().resolveSibling(entry.file().getFileName() + ".bad.tsv"));
        // the image properties a run keeps beside the cache (RunImages.PROPERTIES_SUFFIX)
        Files.deleteIfExists(entry.file().resolveSibling(entry.file().getFileName() + ".properties.tsv"));
        return Files.deleteIfExists(entry.file()) ? entry.bytes() : 0;
    }

    /** The caches in {@code folder} not used since {@code before}. */
    public static List<Entry> unusedSince(Path folder, Instant before) throws IOException {
        return list(folder).stream().filter(e -> e.lastUsed().isBefore(before)).toList();
    }

    /**
     * Removes the caches in {@code current}'s folder that it supersedes: made for the same images and preprocessing
     * when the files were in another state (same lineage, another key). Returns what was removed.
     */
    static List<Entry> removeSuperseded(Path current) throws IOException {
        String lineage = CacheKey.lineageOf(current.getFileName().toString());
        if (lineage == null) {
            return List.of();
        }
        List<Entry> removed = new ArrayList<>();
        for (Entry entry : list(current.getParent())) {
            String name = entry.file().getFileName().toString();
            if (!entry.file().equals(current) && lineage.equals(CacheKey.lineageOf(name))) {
                remove(entry);
                removed.add(entry);
            }
        }
        return removed;
    }

    /** Marks {@code file} as used now. */
    static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a read-only cache folder still serves; the listing then shows the time it was built
        }
    }
}

package org.confounderlab.engine.tests.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.cli.CacheCommand;
import org.confounderlab.engine.input.CacheFolder;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.ImageCheck;
import org.confounderlab.engine.input.Letterboxed;
import org.confounderlab.engine.input.PreprocessedCache;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preprocessed cache on real generated PNGs (letterboxed from 64 to 40 px, so values fall between 8-bit
 * steps): it holds what decoding gives to its quantisation step, is reused while nothing changes, is built again when
 * a file or the preprocessing changes, and records a corrupt file with the reason instead of failing.
 */
class PreprocessedCacheTest {

    private static final List<String> LABELS = List.of(SyntheticGenerator.LABEL);

    private static List<ManifestEntry> generate(Path folder, int count) throws Exception {
        Path manifest = new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(count)
                .withSeed(5)).generate(folder).manifest();
        return new GenericCsvImporter(LABELS).read(manifest, ImportOptions.strict()).manifest().entries();
    }

    @Test
    void holdsTheLetterboxedImagesToTheirQuantisationStep(@TempDir Path folder) throws Exception {
        List<ManifestEntry> entries = generate(folder.resolve("data"), 30);
        ImagePipeline pipeline = ImagePipeline.gray(40);
        DecodingStore decoding = new DecodingStore(pipeline);
        for (int bits : new int[] {8, 16}) {
            PreprocessedCache.Opening opening = PreprocessedCache.open(folder.resolve("cache"), entries, pipeline,
                    bits, 2, null);
            try (PreprocessedCache cache = opening.cache()) {
                assertTrue(opening.built());
                assertTrue(opening.problems().isEmpty());
                double step = 1.0 / ((1 << bits) - 1);
                double largest = 0;
                for (ManifestEntry entry : entries) {
                    Letterboxed decoded = decoding.read(entry);
                    Letterboxed cached = cache.read(entry);
                    assertEquals(decoded.transform(), cached.transform());
                    for (int i = 0; i < decoded.pixels().length; i++) {
                        largest = Math.max(largest, Math.abs(decoded.pixels()[i] - cached.pixels()[i]));
                    }
                }
                assertTrue(largest <= step / 2 + 1e-6, bits + "-bit: largest difference " + largest);
                assertTrue(largest > 0 || bits == 16, "values between 8-bit steps were rounded");
            }
        }
    }

    @Test
    void isReusedUntilAFileOrThePreprocessingChanges(@TempDir Path folder) throws Exception {
        List<ManifestEntry> entries = generate(folder.resolve("data"), 20);
        Path caches = folder.resolve("cache");
        ImagePipeline pipeline = ImagePipeline.gray(32);
        Path first;
        try (PreprocessedCache cache = PreprocessedCache.open(caches, entries, pipeline, 8, 2, null).cache()) {
            first = cache.file();
        }
        PreprocessedCache.Opening again = PreprocessedCache.open(caches, entries, pipeline, 8, 2, null);
        again.cache().close();
        assertFalse(again.built(), "nothing changed: reused");
        assertEquals(first, again.cache().file());

        PreprocessedCache.Opening otherSize = PreprocessedCache.open(caches, entries, ImagePipeline.gray(36), 8, 2,
                null);
        otherSize.cache().close();
        assertTrue(otherSize.built(), "another input size is another cache");
        assertNotEquals(first, otherSize.cache().file());

        Path touched = entries.get(7).image();
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 5000));
        PreprocessedCache.Opening rebuilt = PreprocessedCache.open(caches, entries, pipeline, 8, 2, null);
        rebuilt.cache().close();
        assertTrue(rebuilt.built(), "a changed file rebuilds the cache");
        assertNotEquals(first, rebuilt.cache().file());
        assertFalse(Files.exists(first), "and the cache of the files' earlier state goes");
        assertTrue(Files.exists(otherSize.cache().file()), "the other preprocessing's stays");
    }

    @Test
    void reuseMarksTheCacheUsedAndTheCacheCommandListsAndCleans(@TempDir Path folder) throws Exception {
        List<ManifestEntry> entries = generate(folder.resolve("data"), 12);
        Path caches = folder.resolve("cache");
        Path old;
        Path recent;
        try (PreprocessedCache cache = PreprocessedCache.open(caches, entries, ImagePipeline.gray(24), 8, 1, null)
                .cache()) {
            old = cache.file();
        }
        try (PreprocessedCache cache = PreprocessedCache.open(caches, entries, ImagePipeline.gray(28), 16, 1, null)
                .cache()) {
            recent = cache.file();
        }
        FileTime monthAgo = FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(30)));
        Files.setLastModifiedTime(old, monthAgo);
        Files.setLastModifiedTime(recent, monthAgo);
        PreprocessedCache.open(caches, entries, ImagePipeline.gray(28), 16, 1, null).cache().close();
        assertTrue(Files.getLastModifiedTime(recent).toInstant().isAfter(java.time.Instant.now().minusSeconds(60)),
                "reused now");

        List<CacheFolder.Entry> listed = CacheFolder.list(caches);
        assertEquals(List.of(recent, old), listed.stream().map(CacheFolder.Entry::file).toList(),
                "most recently used first");
        assertEquals(12, listed.get(0).images());
        assertEquals(28, listed.get(0).size());
        assertEquals(16, listed.get(0).bits());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, CacheCommand.run(List.of("list", caches.toString()), print, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 caches"), out.toString(StandardCharsets.UTF_8));
        assertEquals(2, CacheCommand.run(List.of("clean", caches.toString()), print, print), "clean says how much");
        assertEquals(0, CacheCommand.run(List.of("clean", caches.toString(), "--unused-days", "7"), print, print));
        assertFalse(Files.exists(old), "unused for 30 days: removed");
        assertTrue(Files.exists(recent), "used now: kept");
        assertEquals(0, CacheCommand.run(List.of("clean", caches.toString(), "--all"), print, print));
        assertFalse(Files.exists(recent));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("removed 1 of 1 caches"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCorruptFileIsRecordedWithItsReasonAndTheRestIsCached(@TempDir Path folder) throws Exception {
        List<ManifestEntry> entries = generate(folder.resolve("data"), 24);
        Path corrupt = entries.get(12).image();
        byte[] png = Files.readAllBytes(corrupt);
        Files.write(corrupt, java.util.Arrays.copyOf(png, png.length / 3)); // truncated mid-file
        Path missing = entries.get(3).image();
        Files.delete(missing);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PreprocessedCache.Opening opening = PreprocessedCache.open(folder.resolve("cache"), entries,
                ImagePipeline.gray(32), 8, 2, new PrintStream(log, true, StandardCharsets.UTF_8));
        try (PreprocessedCache cache = opening.cache()) {
            assertEquals(2, opening.problems().size(), opening.problems().toString());
            assertEquals(missing, opening.problems().get(0).file());
            assertTrue(opening.problems().get(0).message().contains("not found"), opening.problems().toString());
            assertEquals(corrupt, opening.problems().get(1).file());
            ImageDecodeException unreadable = assertThrows(ImageDecodeException.class,
                    () -> cache.read(entries.get(12)));
            assertTrue(unreadable.getMessage().contains(corrupt.getFileName().toString()), unreadable.getMessage());
            assertEquals(32 * 32, cache.read(entries.get(13)).pixels().length, "the others are cached");
        }
        // Reopened, the cache still knows the bad files and why, without reading them again.
        PreprocessedCache.Opening reopened = PreprocessedCache.open(folder.resolve("cache"), entries,
                ImagePipeline.gray(32), 8, 2, null);
        reopened.cache().close();
        assertFalse(reopened.built());
        assertEquals(opening.problems(), reopened.problems());
        // Without a cache the check finds the same files.
        assertEquals(List.of(missing, corrupt), ImageCheck.of(entries, new DecodingStore(ImagePipeline.gray(32)), 2,
                null).stream().map(p -> p.file()).toList());
    }
}

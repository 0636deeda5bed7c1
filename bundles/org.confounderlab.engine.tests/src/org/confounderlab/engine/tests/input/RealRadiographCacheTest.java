package org.confounderlab.engine.tests.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.Letterboxed;
import org.confounderlab.engine.input.PreprocessedCache;
import org.confounderlab.engine.tests.RealFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preprocessed cache on real radiographs ({@code real/}, copies from ../shared/real-data with their licence):
 * NIH ChestX-ray14 PNGs of 1024² and 512² (8-bit) and a 16-bit PNG with 10 significant bits, letterboxed to 224.
 * The 8-bit images keep their values to half an 8-bit step; the 16-bit one needs a 16-bit cache, which the cache
 * chooses from its header, because in 8 bits its 980 gray levels (values 0–979 of 65,535) would become 5.
 */
class RealRadiographCacheTest {

    private static final Path REAL = RealFiles.of("");

    private static ManifestEntry entry(String file) {
        return new ManifestEntry(REAL.resolve(file).toAbsolutePath(), "p-" + file, null,
                Map.of("finding", LabelValue.NEGATIVE), Map.of(), Map.of(), null, file);
    }

    @Test
    void eightBitRadiographsAreCachedToHalfAStep(@TempDir Path folder) throws Exception {
        List<ManifestEntry> entries = List.of(entry("nih-1024-00000001_000.png"), entry("nih-512-00027426_000.png"));
        ImagePipeline pipeline = ImagePipeline.gray(224);
        assertEquals(8, PreprocessedCache.bitsFor(entries));
        PreprocessedCache.Opening opening = PreprocessedCache.open(folder, entries, pipeline, 8, 2, null);
        try (PreprocessedCache cache = opening.cache()) {
            assertTrue(opening.problems().isEmpty(), opening.problems().toString());
            for (ManifestEntry entry : entries) {
                Letterboxed decoded = new DecodingStore(pipeline).read(entry);
                Letterboxed cached = cache.read(entry);
                assertEquals(decoded.transform(), cached.transform());
                assertTrue(largestDifference(decoded, cached) <= 0.5 / 255 + 1e-6, entry.image().toString());
                assertTrue(mean(cached.pixels()) > 0.2, "a radiograph, not a blank: " + mean(cached.pixels()));
            }
        }
    }

    @Test
    void aSixteenBitRadiographGetsASixteenBitCache(@TempDir Path folder) throws Exception {
        List<ManifestEntry> entries = List.of(entry("CR-MONO1-10-chest_16bit_sBIT10_mono1.png"));
        ImagePipeline pipeline = ImagePipeline.gray(224);
        assertEquals(16, PreprocessedCache.bitsFor(entries), "chosen from the PNG's header");
        Letterboxed decoded = new DecodingStore(pipeline).read(entries.get(0));
        float max = 0;
        for (float v : decoded.pixels()) {
            max = Math.max(max, v);
        }
        assertTrue(max < 980f / 65535 && max > 900f / 65535, "10 significant bits in 16: max " + max * 65535);
        try (PreprocessedCache cache = PreprocessedCache.open(folder, entries, pipeline, 16, 1, null).cache()) {
            Letterboxed cached = cache.read(entries.get(0));
            assertTrue(largestDifference(decoded, cached) <= 0.5 / 65535 + 1e-7);
            assertTrue(levels(cached.pixels(), 65535) > 500, "gray levels kept: " + levels(cached.pixels(), 65535));
        }
        try (PreprocessedCache eight = PreprocessedCache.open(folder.resolve("8"), entries, pipeline, 8, 1, null)
                .cache()) {
            assertTrue(levels(eight.read(entries.get(0)).pixels(), 255) <= 5, "what an 8-bit cache would keep");
        }
    }

    private static double largestDifference(Letterboxed a, Letterboxed b) {
        double largest = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            largest = Math.max(largest, Math.abs(a.pixels()[i] - b.pixels()[i]));
        }
        return largest;
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static long levels(float[] values, int steps) {
        return java.util.stream.IntStream.range(0, values.length).map(i -> Math.round(values[i] * steps)).distinct()
                .count();
    }
}

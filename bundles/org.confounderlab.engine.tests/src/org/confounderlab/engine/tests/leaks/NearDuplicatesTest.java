package org.confounderlab.engine.tests.leaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.image.Interpolation;
import org.confounderlab.engine.image.Letterbox;
import org.confounderlab.engine.leaks.NearDuplicates;
import org.confounderlab.engine.leaks.PerceptualHash;
import org.confounderlab.engine.leaks.SplitLeaks;
import org.confounderlab.engine.leaks.StandardisedThumbnail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Near-duplicates on real radiographs: NIH image 00000001_000 at 1024 and at 512 pixels (both real downloads) hash
 * alike and their thumbnails agree, while four different patients' radiographs differ in 20 bits or more; a JPEG
 * re-encoding, a brightened copy and a copy at half the size of a real radiograph are found too. The block search
 * finds exactly the pairs a comparison of every pair finds.
 */
class NearDuplicatesTest {

    static final Path REAL = Path.of("real");
    private static final Letterbox LETTERBOX = new Letterbox(224, Interpolation.BILINEAR, 0f);

    private static float[] letterboxed(FloatImage image) {
        return LETTERBOX.apply(image, LETTERBOX.transformFor(image.width(), image.height())).data();
    }

    private static float[] read(Path file) throws Exception {
        return letterboxed(new ImageDecoder(ColourMode.GRAY).decode(file));
    }

    private static long hash(float[] pixels) {
        return PerceptualHash.of(pixels, 224, 224);
    }

    private static double thumbnails(float[] a, float[] b) {
        return StandardisedThumbnail.of(a, 224, 224).difference(StandardisedThumbnail.of(b, 224, 224));
    }

    @Test
    void theSameRealRadiographAtTwoSizesIsANearDuplicateAndOthersAreNot() throws Exception {
        float[] large = read(REAL.resolve("nih-1024-00000001_000.png"));
        float[] small = read(REAL.resolve("nih-512-00000001_000.png"));
        assertTrue(PerceptualHash.distance(hash(large), hash(small)) <= 2);
        assertTrue(thumbnails(large, small) <= StandardisedThumbnail.NEAR_DUPLICATE, "" + thumbnails(large, small));
        List<float[]> others = List.of(read(REAL.resolve("nih-512-00027426_000.png")),
                read(REAL.resolve("CR-MONO1-10-chest_16bit_sBIT10_mono1.png")));
        for (float[] other : others) {
            assertTrue(PerceptualHash.distance(hash(large), hash(other)) >= 20);
            assertTrue(thumbnails(large, other) > 0.4, "" + thumbnails(large, other));
        }
    }

    @Test
    void aReencodedBrightenedOrHalvedCopyOfARealRadiographIsFound(@TempDir Path folder) throws Exception {
        BufferedImage original = ImageIO.read(REAL.resolve("nih-1024-00000001_000.png").toFile());
        float[] pixels = read(REAL.resolve("nih-1024-00000001_000.png"));
        Path jpeg = folder.resolve("copy.jpg");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.6f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(jpeg.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(original, null, null), param);
        } finally {
            writer.dispose();
        }
        FloatImage decoded = new ImageDecoder(ColourMode.GRAY).decode(REAL.resolve("nih-1024-00000001_000.png"));
        float[] brighter = decoded.data().clone();
        for (int i = 0; i < brighter.length; i++) {
            brighter[i] = Math.min(1, brighter[i] * 0.9f + 0.05f); // another window
        }
        FloatImage half = new FloatImage(decoded.width() / 2, decoded.height() / 2, 1, new float[decoded.width()
                / 2 * (decoded.height() / 2)]);
        for (int y = 0; y < half.height(); y++) {
            for (int x = 0; x < half.width(); x++) {
                half.set(x, y, 0, (decoded.get(2 * x, 2 * y, 0) + decoded.get(2 * x + 1, 2 * y, 0)
                        + decoded.get(2 * x, 2 * y + 1, 0) + decoded.get(2 * x + 1, 2 * y + 1, 0)) / 4);
            }
        }
        for (float[] copy : List.of(read(jpeg), letterboxed(new FloatImage(decoded.width(), decoded.height(), 1,
                brighter)), letterboxed(half))) {
            assertTrue(PerceptualHash.distance(hash(pixels), hash(copy)) <= 4);
            assertTrue(thumbnails(pixels, copy) <= StandardisedThumbnail.NEAR_DUPLICATE, "" + thumbnails(pixels, copy));
        }
    }

    @Test
    void theBlockSearchFindsWhatComparingEveryPairFinds() {
        Random random = new Random(5);
        int n = 3000;
        long[] hashes = new long[n];
        SplitName[] splits = new SplitName[n];
        for (int i = 0; i < n; i++) {
            hashes[i] = random.nextLong();
            splits[i] = SplitName.values()[random.nextInt(3)];
        }
        for (int k = 0; k < 200; k++) { // planted: copies with 0 to 6 bits flipped
            int from = random.nextInt(n);
            int to = random.nextInt(n);
            long copy = hashes[from];
            int flips = random.nextInt(7);
            for (int f = 0; f < flips; f++) {
                copy ^= 1L << random.nextInt(64);
            }
            hashes[to] = copy;
        }
        for (int distance : List.of(0, 2, 4, 6)) {
            List<NearDuplicates.Pair> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    int d = PerceptualHash.distance(hashes[i], hashes[j]);
                    if (d <= distance && splits[i] != splits[j]) {
                        expected.add(new NearDuplicates.Pair(i, j, d));
                    }
                }
            }
            assertEquals(expected, NearDuplicates.across(hashes, splits, distance), "distance " + distance);
            assertTrue(distance == 0 || !expected.isEmpty());
        }
    }

    @Test
    void splitLeaksCountPairsSharedPatientsAndTheLeakFreeTestImages() {
        List<ManifestEntry> entries = new ArrayList<>();
        String[] patients = {"A", "B", "C", "D", "A", "E"};
        SplitName[] splits = {SplitName.TRAIN, SplitName.TRAIN, SplitName.TEST, SplitName.TEST, SplitName.TEST,
            SplitName.VALIDATION};
        long[] hashes = {0x0F0F0F0F0F0F0F0FL, 0x1234567812345678L, 0x0F0F0F0F0F0F0F0EL, 0x7777777700000000L,
            0x5555555555555555L, 0x1234567812345679L};
        for (int i = 0; i < patients.length; i++) {
            entries.add(new ManifestEntry(Path.of("/d/" + i + ".png"), patients[i], null, Map.of("y",
                    LabelValue.NEGATIVE), Map.of(), Map.of(), splits[i], "m.csv:" + (i + 2)));
        }
        SplitLeaks leaks = SplitLeaks.of(entries, splits, hashes, 2, (a, b) -> true);
        assertEquals(List.of(new NearDuplicates.Pair(0, 2, 1), new NearDuplicates.Pair(1, 5, 1)), leaks.pairs());
        assertEquals(1, leaks.pairsBySplits().get("train–test"));
        assertEquals(1, leaks.pairsBySplits().get("train–validation"));
        assertEquals(java.util.Set.of("A"), leaks.sharedPatients());
        assertEquals(java.util.Set.of(2, 4), leaks.leakingTest(), "a copy of a training image; a training patient");
        assertEquals(List.of(3), leaks.leakFreeTest());
        assertTrue(leaks.describe().startsWith("2 near-duplicate pairs across splits"), leaks.describe());
        // A hash match that the thumbnails do not confirm is no near-duplicate.
        assertEquals(0, SplitLeaks.of(entries, splits, hashes, 2, (a, b) -> false).pairs().size());
    }
}

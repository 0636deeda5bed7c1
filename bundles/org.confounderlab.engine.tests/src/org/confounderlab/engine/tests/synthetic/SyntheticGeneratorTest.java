package org.confounderlab.engine.tests.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.Fill;
import org.confounderlab.engine.image.FloatImage;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.image.MaskRegions;
import org.confounderlab.engine.synthetic.BitmapFont;
import org.confounderlab.engine.synthetic.SyntheticDataSet;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticGeneratorTest {

    private static final SyntheticDataSpec SPEC = SyntheticDataSpec.defaults().withSize(48).withCount(400)
            .withMarkerStrength(0.8).withSiteStrength(0.6).withInitialsStrength(0.5).withSeed(11);

    @TempDir
    static Path shared;

    private static SyntheticDataSet result;
    private static GeneratedCsv csv;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        result = new SyntheticGenerator(SPEC).generate(shared.resolve("data"));
        csv = new GeneratedCsv(result.manifest());
    }

    @Test
    void manifestHasTheGenericColumns() {
        assertEquals(List.of("path", "patient_id", "split", "finding", "site", "technologist", "sex", "age", "marker",
                "region:lesion", "region:laterality", "region:initials"), csv.header);
        assertEquals(400, csv.rows.size());
        for (Map<String, String> row : csv.rows) {
            assertTrue(Files.isRegularFile(csv.folder.resolve(row.get("path"))), row.get("path"));
            assertTrue(List.of("0", "1").contains(row.get("finding")));
            assertTrue(List.of("train", "validation", "test").contains(row.get("split")));
            assertTrue(List.of("A", "B", "C").contains(row.get("site")));
            assertTrue(List.of("M", "F").contains(row.get("sex")));
            Integer.parseInt(row.get("age"));
        }
    }

    @Test
    void patientsHaveSeveralImagesWithConsistentLabelAndSplit() {
        Map<String, String> labelByPatient = new HashMap<>();
        Map<String, String> splitByPatient = new HashMap<>();
        Map<String, Integer> images = new HashMap<>();
        for (Map<String, String> row : csv.rows) {
            String id = row.get("patient_id");
            images.merge(id, 1, Integer::sum);
            assertEquals(labelByPatient.computeIfAbsent(id, k -> row.get("finding")), row.get("finding"));
            assertEquals(splitByPatient.computeIfAbsent(id, k -> row.get("split")), row.get("split"));
        }
        assertEquals(134, images.size());
        assertEquals(3, images.get("P00001"));
        assertEquals(134, result.patientCount());
    }

    @Test
    void markerPresenceFollowsLabelWithTheGivenStrength() {
        long agree = csv.rows.stream()
                .filter(r -> r.get("region:laterality").isEmpty() == r.get("finding").equals("0")).count();
        double agreement = agree / 400.0;
        // Strength 0.8: follows the label 80% of the time, a coin otherwise → (1 + 0.8) / 2 = 0.9.
        assertEquals(0.9, agreement, 0.05);
        assertEquals(agreement, result.markerAgreement(), 1e-12);
    }

    @Test
    void zeroStrengthMarkerIsIndependentOfLabel() throws IOException {
        SyntheticDataSet none = new SyntheticGenerator(SPEC.withSize(32).withMarkerStrength(0)).generate(dir);
        assertEquals(0.5, none.markerAgreement(), 0.08);
    }

    @Test
    void markerIsReallyDrawnInsideItsBox() throws IOException {
        int checked = 0;
        for (Map<String, String> row : csv.rows.subList(0, 120)) {
            int[] box = GeneratedCsv.box(row, "laterality");
            if (box == null) {
                assertEquals("none", row.get("marker"));
                continue;
            }
            String letter = row.get("marker");
            assertTrue(letter.equals("L") || letter.equals("R"));
            int scale = box[2] / BitmapFont.GLYPH_WIDTH;
            assertEquals(BitmapFont.GLYPH_HEIGHT * scale, box[3]);
            int[][] pixels = csv.pixels(row);
            for (int y = 0; y < box[3]; y++) {
                for (int x = 0; x < box[2]; x++) {
                    if (BitmapFont.ink(letter.charAt(0), x / scale, y / scale)) {
                        assertEquals(247, pixels[box[1] + y][box[0] + x], row.get("path"));
                    }
                }
            }
            checked++;
        }
        assertTrue(checked > 30);
    }

    @Test
    void initialsAreDrawnAndNameTheTechnologist() throws IOException {
        for (Map<String, String> row : csv.rows.subList(0, 40)) {
            int[] box = GeneratedCsv.box(row, "initials");
            assertNotNull(box);
            String initials = row.get("technologist");
            assertEquals(2, initials.length());
            int scale = box[3] / BitmapFont.GLYPH_HEIGHT;
            int[][] pixels = csv.pixels(row);
            for (int i = 0; i < 2; i++) {
                for (int gy = 0; gy < BitmapFont.GLYPH_HEIGHT; gy++) {
                    for (int gx = 0; gx < BitmapFont.GLYPH_WIDTH; gx++) {
                        if (BitmapFont.ink(initials.charAt(i), gx, gy)) {
                            int x = box[0] + (i * (BitmapFont.GLYPH_WIDTH + 1) + gx) * scale;
                            assertEquals(230, pixels[box[1] + gy * scale][x]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void technologistFollowsLabel() {
        long jkPositive = csv.rows.stream().filter(r -> r.get("technologist").equals("JK"))
                .filter(r -> r.get("finding").equals("1")).count();
        long jk = csv.rows.stream().filter(r -> r.get("technologist").equals("JK")).count();
        assertTrue(jkPositive / (double) jk > 0.75, "JK positive share " + jkPositive / (double) jk);
    }

    @Test
    void lesionBoxContainsTheWholeBlobAndOnlyPositivesHaveOne() throws IOException {
        Path without = dir.resolve("without");
        SyntheticDataSpec small = SPEC.withCount(60);
        new SyntheticGenerator(small).generate(dir.resolve("with"));
        new SyntheticGenerator(small.withLesionContrast(0)).generate(without);
        GeneratedCsv with = new GeneratedCsv(dir.resolve("with").resolve(SyntheticGenerator.MANIFEST));
        GeneratedCsv plain = new GeneratedCsv(without.resolve(SyntheticGenerator.MANIFEST));
        int positives = 0;
        for (int i = 0; i < 60; i++) {
            Map<String, String> row = with.rows.get(i);
            int[] box = GeneratedCsv.box(row, "lesion");
            assertEquals(row.get("finding").equals("1"), box != null);
            int[][] a = with.pixels(row);
            int[][] b = plain.pixels(plain.rows.get(i));
            int maxInside = 0;
            for (int y = 0; y < a.length; y++) {
                for (int x = 0; x < a[y].length; x++) {
                    int diff = a[y][x] - b[y][x];
                    boolean inside = box != null && x >= box[0] && x < box[0] + box[2] && y >= box[1]
                            && y < box[1] + box[3];
                    if (inside) {
                        maxInside = Math.max(maxInside, diff);
                    } else {
                        assertEquals(0, diff, "outside the lesion box at " + x + "," + y + " in " + row.get("path"));
                    }
                }
            }
            if (box != null) {
                positives++;
                assertTrue(maxInside >= 20, "blob too faint: " + maxInside);
            }
        }
        assertTrue(positives > 10);
    }

    @Test
    void sitesDifferInIntensityAndPrevalence() throws IOException {
        Map<String, double[]> bySite = new HashMap<>();
        for (Map<String, String> row : csv.rows.subList(0, 150)) {
            int[][] pixels = csv.pixels(row);
            double sum = 0;
            // The centre of the body: away from borders and markers.
            for (int y = 20; y < 30; y++) {
                for (int x = 20; x < 28; x++) {
                    sum += pixels[y][x];
                }
            }
            double[] acc = bySite.computeIfAbsent(row.get("site"), k -> new double[2]);
            acc[0] += sum / 80;
            acc[1]++;
        }
        double a = bySite.get("A")[0] / bySite.get("A")[1];
        double b = bySite.get("B")[0] / bySite.get("B")[1];
        double c = bySite.get("C")[0] / bySite.get("C")[1];
        assertTrue(a > b + 10 && b > c + 5, "site means " + a + " " + b + " " + c);
        assertTrue(prevalence("A") > prevalence("B") + 0.2 && prevalence("B") > prevalence("C") + 0.2,
                "prevalences " + prevalence("A") + " " + prevalence("B") + " " + prevalence("C"));
    }

    private static double prevalence(String site) {
        return csv.rows.stream().filter(r -> r.get("site").equals(site)).mapToInt(r -> r.get("finding").equals("1")
                ? 1 : 0).average().orElseThrow();
    }

    @Test
    void siteBordersDiffer() throws IOException {
        for (Map<String, String> row : csv.rows.subList(0, 30)) {
            int corner = csv.pixels(row)[0][0];
            switch (row.get("site")) {
                case "A" -> assertEquals(0, corner);
                case "C" -> assertEquals(140, corner);
                default -> assertTrue(corner > 0 && corner < 60, "B corner " + corner);
            }
        }
    }

    @Test
    void positivesAreOlder() {
        double positive = csv.rows.stream().filter(r -> r.get("finding").equals("1"))
                .mapToInt(r -> Integer.parseInt(r.get("age"))).average().orElseThrow();
        double negative = csv.rows.stream().filter(r -> r.get("finding").equals("0"))
                .mapToInt(r -> Integer.parseInt(r.get("age"))).average().orElseThrow();
        assertTrue(positive > negative + 3, positive + " vs " + negative);
    }

    @Test
    void sameSeedGivesByteIdenticalOutput() throws IOException {
        SyntheticDataSpec small = SPEC.withCount(40).withSize(32);
        new SyntheticGenerator(small).generate(dir.resolve("one"));
        new SyntheticGenerator(small).generate(dir.resolve("two"));
        new SyntheticGenerator(small.withSeed(12)).generate(dir.resolve("three"));
        List<Path> files = list(dir.resolve("one"));
        assertEquals(41, files.size());
        assertEquals(files.stream().map(f -> dir.resolve("one").relativize(f)).toList(),
                list(dir.resolve("two")).stream().map(f -> dir.resolve("two").relativize(f)).toList());
        for (Path file : files) {
            Path relative = dir.resolve("one").relativize(file);
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(dir.resolve("two").resolve(relative)),
                    relative.toString());
        }
        assertFalse(Files.readString(dir.resolve("one/manifest.csv"))
                .equals(Files.readString(dir.resolve("three/manifest.csv"))));
    }

    @Test
    void maskingTheMarkerBoxRemovesTheMarker() throws Exception {
        Map<String, String> row = csv.rows.stream().filter(r -> !r.get("region:laterality").isEmpty()).findFirst()
                .orElseThrow();
        int[] b = GeneratedCsv.box(row, "laterality");
        FloatImage image = new ImageDecoder(ColourMode.GRAY).decode(csv.folder.resolve(row.get("path")));
        FloatImage masked = new MaskRegions(List.of("laterality"), Fill.BLACK).apply(image,
                Map.of("laterality", new Box(b[0], b[1], b[2], b[3])), new SplittableRandom(1));
        int bright = 0;
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 48; x++) {
                bright += masked.get(x, y, 0) > 0.95f ? 1 : 0;
            }
        }
        assertEquals(0, bright);
    }

    @Test
    void specRejectsOutOfRangeValues() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SPEC.withMarkerStrength(1.5));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SPEC.withCount(0));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}

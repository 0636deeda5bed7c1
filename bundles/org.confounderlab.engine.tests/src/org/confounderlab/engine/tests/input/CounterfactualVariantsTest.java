package org.confounderlab.engine.tests.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.Fill;
import org.confounderlab.engine.image.ImageIntervention;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.Interpolation;
import org.confounderlab.engine.image.MaskRegions;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.image.RandomBox;
import org.confounderlab.engine.image.RegionOnly;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.ImageReadException;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counterfactual evaluation reads each test image once for all its variants
 * ({@link StreamedImages#variants}): every variant equals, float for float, what decoding the files again through
 * that intervention gives, on real PNGs of the synthetic generator (non-square, so the letterbox pads), with a
 * normalisation that is not the identity.
 */
class CounterfactualVariantsTest {

    private static final List<String> LABELS = List.of("finding");

    @TempDir
    Path folder;

    @Test
    void everyVariantEqualsDecodingAgainThroughItsIntervention() throws Exception {
        List<ManifestEntry> entries = entries(40);
        Function<ManifestEntry, Map<String, Box>> regions = ManifestEntry::regions;
        TensorLoader loader = new TensorLoader(new ImagePipeline(ColourMode.GRAY, 40, Interpolation.BILINEAR,
                Normalisation.of(0.4f, 0.2f)), 2);
        StreamedImages images = StreamedImages.of(entries, LABELS, new DecodingStore(new ImagePipeline(
                ColourMode.GRAY, 40, Interpolation.BILINEAR, Normalisation.IDENTITY)), Normalisation.of(0.4f, 0.2f),
                regions, new StreamedImages.Reading(0, 1)).withIntervention(null, 17);
        assertEquals(entries.size(), images.count());
        List<ImageIntervention> variants = Arrays.asList(null, new MaskRegions(List.of("laterality"), Fill.BLACK),
                new RegionOnly(List.of("laterality"), Fill.MEAN), new RandomBox(List.of("laterality"), Fill.NOISE));
        // In two chunks, as the evaluation reads them.
        int[] first = BatchStream.identity(25);
        int[] second = java.util.stream.IntStream.range(25, entries.size()).toArray();
        List<TensorBatch> firstChunk = images.variants(first, variants);
        List<TensorBatch> secondChunk = images.variants(second, variants);
        TensorBatch original = null;
        for (int v = 0; v < variants.size(); v++) {
            ImageIntervention variant = variants.get(v);
            TensorBatch expected = loader.load(entries, LABELS, variant, regions, 17);
            float[] made = concat(firstChunk.get(v).tensors(), secondChunk.get(v).tensors());
            assertArrayEquals(expected.tensors(), made, String.valueOf(variant));
            assertArrayEquals(java.util.Arrays.copyOf(expected.targets(), 25), firstChunk.get(v).targets());
            if (variant == null) {
                original = expected;
            } else {
                assertFalse(Arrays.equals(original.tensors(), made), variant + " changed nothing");
            }
        }
        // every image keeps its own regions, mapped into input pixels
        int withMarker = 0;
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(entries.get(i).regions().keySet(), images.inputRegions(i).keySet());
            withMarker += images.inputRegions(i).containsKey("laterality") ? 1 : 0;
        }
        assertTrue(withMarker > 0, "some images have the marker region");
    }

    private static float[] concat(float[] a, float[] b) {
        float[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void aCorruptTestImageStopsTheLoadNamingTheFile() throws Exception {
        List<ManifestEntry> entries = entries(12);
        Path broken = entries.get(3).image();
        Files.writeString(broken, "not a PNG", StandardCharsets.UTF_8);
        StreamedImages images = StreamedImages.of(entries, LABELS, new DecodingStore(ImagePipeline.gray(32)),
                Normalisation.IDENTITY, ManifestEntry::regions, new StreamedImages.Reading(0, 1));
        ImageReadException e = assertThrows(ImageReadException.class,
                () -> images.variants(BatchStream.identity(entries.size()), Arrays.asList(null, null)));
        assertTrue(e.getMessage().contains(broken.getFileName().toString()), e.getMessage());
        assertEquals(broken, e.problem().file());
    }

    private List<ManifestEntry> entries(int count) throws IOException, DataSetException {
        Path manifest = new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(48).withCount(count)
                .withMarkerStrength(0.9).withSeed(3)).generate(folder.resolve("data")).manifest();
        return new GenericCsvImporter(LABELS).read(manifest, ImportOptions.strict()).manifest().entries();
    }
}

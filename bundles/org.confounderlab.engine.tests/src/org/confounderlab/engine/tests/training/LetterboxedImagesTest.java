package org.confounderlab.engine.tests.training;

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
import org.confounderlab.engine.training.LetterboxedImages;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counterfactual evaluation decodes each test image once: every variant made from the letterboxed copies equals,
 * float for float, what decoding the files again through that intervention gives, on real PNGs of the synthetic
 * generator (non-square, so the letterbox pads), with a normalisation that is not the identity.
 */
class LetterboxedImagesTest {

    private static final List<String> LABELS = List.of("finding");

    @TempDir
    Path folder;

    @Test
    void everyVariantEqualsDecodingAgainThroughItsIntervention() throws Exception {
        List<ManifestEntry> entries = entries(40);
        Function<ManifestEntry, Map<String, Box>> regions = ManifestEntry::regions;
        TensorLoader loader = new TensorLoader(new ImagePipeline(ColourMode.GRAY, 40, Interpolation.BILINEAR,
                Normalisation.of(0.4f, 0.2f)), 2);
        LetterboxedImages images = loader.letterboxed(entries, LABELS, regions);
        assertEquals(entries.size(), images.count());
        List<ImageIntervention> variants = Arrays.asList(null, new MaskRegions(List.of("laterality"), Fill.BLACK),
                new RegionOnly(List.of("laterality"), Fill.MEAN), new RandomBox(List.of("laterality"), Fill.NOISE));
        TensorBatch original = null;
        for (ImageIntervention variant : variants) {
            TensorBatch expected = loader.load(entries, LABELS, variant, regions, 17);
            TensorBatch made = images.variant(variant, 17);
            assertArrayEquals(expected.tensors(), made.tensors(), String.valueOf(variant));
            assertArrayEquals(expected.targets(), made.targets());
            assertEquals(expected.size(), made.size());
            if (variant == null) {
                original = made;
            } else {
                assertFalse(Arrays.equals(original.tensors(), made.tensors()), variant + " changed nothing");
            }
        }
        // making variants leaves the decoded images alone: the original comes out the same again
        assertArrayEquals(original.tensors(), images.variant(null, 17).tensors());
        // every image keeps its own regions, mapped into input pixels
        int withMarker = 0;
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(entries.get(i).regions().keySet(), images.regions(i).keySet());
            withMarker += images.regions(i).containsKey("laterality") ? 1 : 0;
        }
        assertTrue(withMarker > 0, "some images have the marker region");
    }

    @Test
    void aCorruptTestImageStopsTheLoadNamingTheFile() throws Exception {
        List<ManifestEntry> entries = entries(12);
        Path broken = entries.get(3).image();
        Files.writeString(broken, "not a PNG", StandardCharsets.UTF_8);
        TensorLoader loader = new TensorLoader(ImagePipeline.gray(32), 2);
        DataSetException e = assertThrows(DataSetException.class,
                () -> loader.letterboxed(entries, LABELS, ManifestEntry::regions));
        assertTrue(e.getMessage().contains(broken.getFileName().toString()), e.getMessage());
    }

    private List<ManifestEntry> entries(int count) throws IOException, DataSetException {
        Path manifest = new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(48).withCount(count)
                .withMarkerStrength(0.9).withSeed(3)).generate(folder.resolve("data")).manifest();
        return new GenericCsvImporter(LABELS).read(manifest, ImportOptions.strict()).manifest().entries();
    }
}

package org.confounderlab.engine.tests.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.image.Augmentation;
import org.confounderlab.engine.image.Fill;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.MaskRegions;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TensorLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streamed batches on real generated PNGs: the same seed, epoch and images give the same batch on any thread and
 * through the prefetching stream; augmentation acts in training epochs only and differs between epochs; a cover
 * follows the marker's box; the pipeline prepares at most its depth ahead of the consumer.
 */
class StreamedImagesTest {

    private static final List<String> LABELS = List.of(SyntheticGenerator.LABEL);
    private static final int SIZE = 48;

    @TempDir
    static Path folder;
    private static List<ManifestEntry> entries;

    @BeforeAll
    static void generate() throws Exception {
        Path manifest = new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(40).withSeed(11))
                .generate(folder).manifest();
        entries = new GenericCsvImporter(LABELS).read(manifest, ImportOptions.strict()).manifest().entries();
    }

    private static StreamedImages images(int threads) {
        return StreamedImages.of(entries, LABELS, new DecodingStore(ImagePipeline.gray(SIZE)),
                Normalisation.of(0.5f, 0.25f), ManifestEntry::regions, new StreamedImages.Reading(threads, 2));
    }

    @Test
    void theSameSeedEpochAndImagesGiveTheSameBatchOnAnyThread() throws Exception {
        Augmentation augmentation = new Augmentation(0.5, 10, 0.05, 0.05, 0.1);
        StreamedImages direct = images(0).withAugmentation(augmentation, 7);
        StreamedImages streamed = images(2).withAugmentation(augmentation, 7);
        int[] order = {5, 3, 9, 0, 1, 2, 30, 31, 17, 4};
        List<float[]> viaStream = new ArrayList<>();
        try (BatchStream<TensorBatch> batches = BatchStream.of(streamed, order, 4, 3)) {
            while (batches.hasNext()) {
                viaStream.add(batches.next().tensors());
            }
        }
        assertEquals(3, viaStream.size());
        assertArrayEquals(direct.batch(new int[] {5, 3, 9, 0}, 3).tensors(), viaStream.get(0));
        assertArrayEquals(direct.batch(new int[] {17, 4}, 3).tensors(), viaStream.get(2));
        assertArrayEquals(direct.batch(order, 3).tensors(), direct.batch(order, 3).tensors(), "repeatable");
        assertFalse(Arrays.equals(direct.batch(order, 3).tensors(), direct.batch(order, 4).tensors()),
                "another epoch draws another augmentation");
        // Epoch 0 (evaluation) is never augmented: the same as the source without augmentation.
        assertArrayEquals(images(0).batch(order, 0).tensors(), direct.batch(order, 0).tensors());
        assertFalse(Arrays.equals(images(0).batch(order, 3).tensors(), direct.batch(order, 3).tensors()));
    }

    @Test
    void withoutChangesABatchIsWhatTheWholeSetLoaderGives() throws Exception {
        TensorBatch whole = new TensorLoader(new ImagePipeline(ImagePipeline.gray(SIZE).colourMode(), SIZE,
                ImagePipeline.gray(SIZE).interpolation(), Normalisation.of(0.5f, 0.25f)), 2).load(entries, LABELS);
        TensorBatch streamed = images(0).range(0, entries.size());
        assertArrayEquals(whole.tensors(), streamed.tensors());
        for (int i = 0; i < entries.size(); i++) {
            assertArrayEquals(whole.targets()[i], streamed.targets()[i]);
        }
    }

    @Test
    void aCoverGoesOnTheMarkersBoxInInputPixels() {
        StreamedImages covered = images(0).withIntervention(new MaskRegions(List.of("laterality"), Fill.BLACK), 1);
        StreamedImages plain = StreamedImages.of(entries, LABELS, new DecodingStore(ImagePipeline.gray(SIZE)),
                Normalisation.IDENTITY, ManifestEntry::regions, new StreamedImages.Reading(0, 1))
                .withIntervention(new MaskRegions(List.of("laterality"), Fill.BLACK), 1);
        int checked = 0;
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Box> boxes = covered.inputRegions(i);
            Box box = boxes.get("laterality");
            if (box == null) {
                continue;
            }
            float[] pixels = plain.range(i, i + 1).tensors();
            int cx = (int) (box.x() + box.width() / 2);
            int cy = (int) (box.y() + box.height() / 2);
            assertEquals(0f, pixels[cy * SIZE + cx], 1e-6, "image " + i + ": the box's centre is black");
            checked++;
        }
        assertTrue(checked > 5, "images with a marker: " + checked);
    }

    @Test
    void thePipelinePreparesAtMostItsDepthAhead() throws Exception {
        AtomicInteger prepared = new AtomicInteger();
        List<int[]> batches = BatchStream.split(BatchStream.identity(100), 10);
        try (BatchStream<Integer> stream = new BatchStream<>(batches, indices -> {
            prepared.incrementAndGet();
            return indices[0];
        }, 2, 3)) {
            Thread.sleep(300);
            assertEquals(3, prepared.get(), "prepared before anything was consumed");
            assertEquals(0, stream.next());
            Thread.sleep(300);
            assertEquals(4, prepared.get(), "one more once one was taken");
            int last = 0;
            while (stream.hasNext()) {
                last = stream.next();
            }
            assertEquals(90, last);
        }
        assertEquals(10, prepared.get());
    }
}

package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.image.Augmentation;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.input.DecodingStore;
import org.confounderlab.engine.input.StreamedImages;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Architecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Training from streamed, augmented images with DL4J: a run resumed from its checkpoint ends exactly where an
 * uninterrupted one does (each epoch's order and each image's augmentation come from the seed, the epoch and the
 * image), and the augmentation acts (training without it ends elsewhere).
 */
class AugmentedTrainingTest {

    private static final int SIZE = 32;
    private static final List<String> LABELS = List.of(SyntheticGenerator.LABEL);
    private static final Augmentation AUGMENTATION = new Augmentation(0.5, 8, 0, 0.05, 0.08);

    @TempDir
    static Path data;
    private static StreamedImages train;
    private static StreamedImages validation;

    @BeforeAll
    static void images() throws Exception {
        Path manifestFile = new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(SIZE).withCount(200)
                .withImagesPerPatient(2).withPrevalence(0.5).withMarkerStrength(0.9).withSeed(9)).generate(data)
                .manifest();
        List<ManifestEntry> entries = new GenericCsvImporter(LABELS).read(manifestFile, ImportOptions.strict())
                .manifest().entries();
        StreamedImages all = StreamedImages.of(entries, LABELS, new DecodingStore(ImagePipeline.gray(SIZE)),
                Normalisation.IDENTITY, ManifestEntry::regions, new StreamedImages.Reading(2, 3));
        List<Integer> trainIndices = new ArrayList<>();
        List<Integer> heldIndices = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            (entries.get(i).officialSplit() == SplitName.TRAIN ? trainIndices : heldIndices).add(i);
        }
        train = all.subset(trainIndices).withAugmentation(AUGMENTATION, 42);
        validation = all.subset(heldIndices);
    }

    private static TrainingSettings settings(int epochs) {
        return new TrainingSettings(Architecture.SMALL_CNN, epochs, 32, 3e-3, 1e-5, 42);
    }

    @Test
    void aResumedAugmentedRunEndsExactlyWhereAnUninterruptedOneDoes(@TempDir Path folder) throws Exception {
        List<EpochSummary> whole = new ArrayList<>();
        ImageClassifier uninterrupted = new Dl4jBackend().train(train, validation, settings(3), whole::add);

        Path runFolder = folder.resolve("run");
        List<EpochSummary> firstPart = new ArrayList<>();
        new Dl4jBackend().train(train, validation, settings(2).withCheckpoints(runFolder), firstPart::add);
        List<EpochSummary> rest = new ArrayList<>();
        ImageClassifier resumed = new Dl4jBackend().train(train, validation,
                settings(3).withCheckpoints(runFolder).resumingAfter(firstPart), rest::add);
        assertEquals(1, rest.size());
        assertEquals(whole.get(2).trainLoss(), rest.get(0).trainLoss(), 1e-6);
        double[][] expected = uninterrupted.scoresOf(validation);
        double[][] actual = resumed.scoresOf(validation);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], 1e-6, "image " + i);
        }

        List<EpochSummary> plain = new ArrayList<>();
        new Dl4jBackend().train(train.withAugmentation(Augmentation.NONE, 42), validation, settings(1), plain::add);
        assertNotEquals(whole.get(0).trainLoss(), plain.get(0).trainLoss(), "augmentation changes what is trained on");
    }
}

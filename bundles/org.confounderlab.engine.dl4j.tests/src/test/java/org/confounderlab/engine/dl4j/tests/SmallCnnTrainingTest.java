package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.dl4j.ClassifierTrainer;
import org.confounderlab.engine.dl4j.EpochResult;
import org.confounderlab.engine.dl4j.LabelledImages;
import org.confounderlab.engine.dl4j.SmallCnn;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real DL4J training of the small CNN on generated radiographs: it must learn, and beat chance clearly. */
class SmallCnnTrainingTest {

    private static final int SIZE = 32;
    private static final List<String> LABELS = List.of(SyntheticGenerator.LABEL);

    @Test
    void smallCnnLearnsThePlantedSignalWellAboveChance(@TempDir Path folder) throws Exception {
        SyntheticDataSpec spec = SyntheticDataSpec.defaults().withSize(SIZE).withCount(360).withImagesPerPatient(3)
                .withPrevalence(0.5).withMarkerStrength(0.9).withSeed(11);
        Path manifestFile = new SyntheticGenerator(spec).generate(folder).manifest();
        Manifest manifest = new GenericCsvImporter(LABELS).read(manifestFile, ImportOptions.strict()).manifest();
        List<ManifestEntry> train = manifest.entries().stream().filter(e -> e.officialSplit() == SplitName.TRAIN).toList();
        List<ManifestEntry> held = manifest.entries().stream().filter(e -> e.officialSplit() != SplitName.TRAIN).toList();
        assertTrue(train.size() > 150 && held.size() > 50, train.size() + " train, " + held.size() + " held out");

        ImagePipeline pipeline = ImagePipeline.gray(SIZE);
        LabelledImages trainImages = LabelledImages.load(train, LABELS, pipeline, 2);
        LabelledImages heldImages = LabelledImages.load(held, LABELS, pipeline, 2);
        ClassifierTrainer trainer = new ClassifierTrainer(SmallCnn.configuration(SIZE, 1, 1, 3e-3, 1e-5, 42), 32, 42);

        List<EpochResult> epochs = trainer.train(trainImages, heldImages, 6, epoch -> System.out.println(epoch));

        assertEquals(6, epochs.size());
        EpochResult last = epochs.get(epochs.size() - 1);
        assertTrue(last.trainLoss() < epochs.get(0).trainLoss(), "training loss did not fall: " + epochs);
        assertTrue(last.validationAucs().get(0) > 0.75, "held-out AUC " + last.validationAucs().get(0) + ": " + epochs);
    }
}

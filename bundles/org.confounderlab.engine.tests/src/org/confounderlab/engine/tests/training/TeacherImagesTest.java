package org.confounderlab.engine.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.run.TeacherImages;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.junit.jupiter.api.Test;

/** The specialist teacher's confounder-free data: a balanced subset, a clean subset, and the errors that name why. */
class TeacherImagesTest {

    @Test
    void aBalancedSubsetGivesEverySubgroupThePrevalenceOfTheWhole() throws Exception {
        List<ManifestEntry> entries = new ArrayList<>();
        add(entries, "L", 90, 10);   // prevalence 0.9
        add(entries, "none", 10, 90); // 0.1
        add(entries, "R", 30, 30);    // 0.5; overall 130 / 260 = 0.5
        List<ManifestEntry> kept = TeacherImages.balanced(entries, "finding", "marker", 7);
        // Each subgroup keeps all of its short class and as many of the other: 10 + 10, 10 + 10, 30 + 30.
        assertEquals(100, kept.size());
        for (String marker : List.of("L", "none", "R")) {
            long total = kept.stream().filter(e -> marker.equals(e.attributes().get("marker"))).count();
            long positives = kept.stream().filter(e -> marker.equals(e.attributes().get("marker"))
                    && e.label("finding") == LabelValue.POSITIVE).count();
            assertEquals(0.5, (double) positives / total, 1e-12, marker);
        }
        assertEquals(kept, TeacherImages.balanced(entries, "finding", "marker", 7), "seeded");
        assertTrue(entries.containsAll(kept));
        for (int i = 1; i < kept.size(); i++) {
            assertTrue(entries.indexOf(kept.get(i - 1)) < entries.indexOf(kept.get(i)), "in the entries' order");
        }
    }

    @Test
    void aCleanSubsetKeepsTheImagesWithTheNamedValue() throws Exception {
        List<ManifestEntry> entries = new ArrayList<>();
        add(entries, "L", 20, 5);
        add(entries, "none", 6, 14);
        Experiment experiment = experiment(org.confounderlab.model.experiment.TeacherData.CLEAN_SUBSET);
        experiment.getTraining().getDistillation().setCleanValue(" none ");
        TeacherImages data = TeacherImages.of(experiment, entries, entries.subList(0, 30), "finding");
        assertEquals(20, data.train().size());
        assertEquals(5, data.validation().size());
        assertTrue(data.train().stream().allMatch(e -> "none".equals(e.attributes().get("marker"))));
        assertEquals("the 20 of 45 training images with marker = none", data.description());
        assertTrue(data.maskRegions().isEmpty());
    }

    @Test
    void missingChoicesAreNamed() {
        List<ManifestEntry> entries = new ArrayList<>();
        add(entries, "L", 5, 5);
        Experiment clean = experiment(org.confounderlab.model.experiment.TeacherData.CLEAN_SUBSET);
        assertTrue(assertThrows(TrainingException.class, () -> TeacherImages.of(clean, entries, entries, "finding"))
                .getMessage().contains("needs the value of marker that marks the clean images"));
        Experiment masked = experiment(org.confounderlab.model.experiment.TeacherData.MASKED_IMAGES);
        assertTrue(assertThrows(TrainingException.class, () -> TeacherImages.of(masked, entries, entries, "finding"))
                .getMessage().contains("needs a masking intervention with regions"));
        Experiment balanced = experiment(org.confounderlab.model.experiment.TeacherData.BALANCED_SUBSET);
        balanced.getTraining().getDistillation().getAttribute().setColumn("scanner");
        assertTrue(assertThrows(TrainingException.class, () -> TeacherImages.of(balanced, entries, entries, "finding"))
                .getMessage().contains("no attribute 'scanner'"));
    }

    private static Experiment experiment(org.confounderlab.model.experiment.TeacherData kind) {
        Experiment experiment = ExperimentFactory.eINSTANCE.createExperiment();
        experiment.setTraining(ExperimentFactory.eINSTANCE.createTrainingSpec());
        ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
        attribute.setName("marker");
        attribute.setColumn("marker");
        experiment.getAttributes().add(attribute);
        DistillationSpec spec = ExperimentFactory.eINSTANCE.createDistillationSpec();
        spec.setTeacherData(kind);
        spec.setAttribute(attribute);
        experiment.getTraining().setDistillation(spec);
        return experiment;
    }

    private static void add(List<ManifestEntry> entries, String marker, int positives, int negatives) {
        for (int k = 0; k < positives + negatives; k++) {
            int index = entries.size();
            entries.add(new ManifestEntry(Path.of("img_" + index + ".png"), "P" + index, null,
                    Map.of("finding", k < positives ? LabelValue.POSITIVE : LabelValue.NEGATIVE),
                    Map.of("marker", marker), Map.of(), null, "manifest.csv:" + (index + 2)));
        }
    }
}

package org.confounderlab.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.run.StudyAxis;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;

/**
 * The study's axis, as issue 24 found it wanting: a watermark region present in every image and a scanner whose shift
 * test dropped the AUC from 0.85 to 0.19. The region is refused (present in all test images: nothing to flip, the
 * worst group would be the whole set), the scanner chosen by its shift-test drop; a confounder the experiment names
 * wins, and a named one that cannot serve is refused with a message before anything trains.
 */
class StudyAxisTest {

    private static List<ManifestEntry> test() {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Map<String, String> attributes = new HashMap<>();
            attributes.put("scanner", i % 2 == 0 ? "A" : "B");
            attributes.put("site", "one");
            entries.add(new ManifestEntry(Path.of("img" + i + ".png"), "P" + i / 2, null, Map.of("finding",
                    i % 4 < 2 ? LabelValue.POSITIVE : LabelValue.NEGATIVE), attributes, Map.of("watermark",
                            new Box(0.8, 0.8, 0.1, 0.1)), null, "manifest.csv:" + (i + 2)));
        }
        return entries;
    }

    private static Experiment experiment() {
        Experiment experiment = ExperimentTemplates.newDefault("axis");
        for (String name : List.of("site", "scanner")) {
            ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
            attribute.setName(name); // no column: the attribute's name is its column
            experiment.getAttributes().add(attribute);
        }
        ExperimentTemplates.addColumnRegion(experiment, "watermark", "region:watermark", "the scanner's watermark");
        ExperimentTemplates.addDefaultInterventions(experiment);
        return experiment;
    }

    private static Run baseline() {
        Run run = RunFactory.eINSTANCE.createRun();
        run.getShiftTests().add(shift("region watermark", 0.85, 0.85));
        run.getShiftTests().add(shift("scanner", 0.85, 0.19));
        run.getShiftTests().add(shift("site", 0.85, 0.84));
        return run;
    }

    private static ShiftTest shift(String attribute, double whole, double flipped) {
        ShiftTest test = RunFactory.eINSTANCE.createShiftTest();
        test.setAttribute(attribute);
        test.setLabel("finding");
        test.setInDistributionAuc(whole);
        test.setAuc(flipped);
        return test;
    }

    @Test
    void theLargestShiftTestDropWinsAndTheEverywhereRegionIsRefused() {
        Experiment experiment = experiment();
        assertTrue(ExperimentTemplatesHaveMaskedWatermark.of(experiment));
        StudyAxis.Choice choice = StudyAxis.choose(experiment, baseline(), "finding", test());
        assertNotNull(choice.grouping(), choice.note());
        assertEquals("scanner", choice.grouping().name());
        assertEquals("A", choice.grouping().groupOf()[0]);
        assertTrue(choice.note().startsWith("Axis: scanner, the confounder whose shift test drops the baseline's AUC "
                + "the most (0.850 → 0.190 with its association flipped)"), choice.note());
        String refusal = StudyAxis.refusal(StudyAxis.grouping(experiment, "region watermark", test()));
        assertEquals("the region is present in 200 of the 200 test images (100 %): there is no other subgroup to "
                + "flip its association with, and its worst group would be the whole test set", refusal);
        assertTrue(StudyAxis.refusal(StudyAxis.grouping(experiment, "site", test())).startsWith("it has one value "
                + "('one') in 200 of the 200 test images"));
    }

    @Test
    void withoutShiftTestsTheEverywhereRegionIsStillRefused() {
        StudyAxis.Choice choice = StudyAxis.choose(experiment(), RunFactory.eINSTANCE.createRun(), "finding",
                test());
        assertEquals("scanner", choice.grouping().name(), choice.note());
        assertTrue(choice.note().contains("refused: region watermark: the region is present in 200 of the 200"),
                choice.note());
    }

    @Test
    void aNamedConfounderWinsAndANamedUselessOneIsRefusedBeforeTraining() {
        Experiment experiment = experiment();
        experiment.getDiagnostics().setStudyConfounder("site");
        String refused = StudyAxis.checkNamed(experiment, test());
        assertNotNull(refused);
        assertTrue(refused.startsWith("The study's confounder 'site' (diagnostics.studyConfounder) cannot be the "
                + "study's axis: it has one value ('one')"), refused);
        experiment.getDiagnostics().setStudyConfounder("hospital");
        assertTrue(StudyAxis.checkNamed(experiment, test()).contains("is neither an attribute nor a region of the "
                + "experiment; it has site, scanner, region watermark"), StudyAxis.checkNamed(experiment, test()));
        experiment.getDiagnostics().setStudyConfounder("scanner");
        assertNull(StudyAxis.checkNamed(experiment, test()));
        StudyAxis.Choice choice = StudyAxis.choose(experiment, baseline(), "finding", test());
        assertEquals("scanner", choice.grouping().name());
        assertEquals("Axis: scanner, as the experiment names it (diagnostics.studyConfounder).", choice.note());
    }

    /** The default interventions mask the experiment's first region. */
    private static final class ExperimentTemplatesHaveMaskedWatermark {
        static boolean of(Experiment experiment) {
            return org.confounderlab.engine.run.ExperimentRegions.masked(experiment).contains("watermark");
        }
    }
}

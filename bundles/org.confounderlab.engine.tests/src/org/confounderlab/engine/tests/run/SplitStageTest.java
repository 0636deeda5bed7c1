package org.confounderlab.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.run.SplitStage;
import org.confounderlab.engine.split.PatientSplitter;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.engine.split.SplitFractions;
import org.confounderlab.engine.split.SplitOptions;
import org.junit.jupiter.api.Test;

/**
 * A small data set (the 60 images of 12 patients of a real DICOM export) can leave the test split without a
 * label's positives: the run is refused at the split, before training, naming the label and what to change, instead
 * of failing after training with an internal error from the ROC curve.
 */
class SplitStageTest {

    private static Manifest manifest(int positivePatients, int negativePatients) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int p = 0; p < positivePatients + negativePatients; p++) {
            for (int i = 0; i < 5; i++) {
                entries.add(new ManifestEntry(Path.of("/data/p" + p + "_" + i + ".dcm"), "P" + p, null,
                        Map.of("finding", p < positivePatients ? LabelValue.POSITIVE : LabelValue.NEGATIVE), Map.of(),
                        Map.of(), null, "labels.csv:" + (entries.size() + 2)));
            }
        }
        return new Manifest(List.of("finding"), List.of(), List.of(), entries);
    }

    @Test
    void aTestSplitWithoutPositivesIsRefusedNamingTheLabel() {
        SplitAssignment splits = new PatientSplitter().split(manifest(3, 9), new SplitOptions(new SplitFractions(
                0.7, 0.2, 0.1), 42, "finding", false));
        List<ManifestEntry> test = splits.entriesOf(SplitName.TEST);
        assertTrue(test.stream().noneMatch(e -> e.label("finding") == LabelValue.POSITIVE)
                || test.stream().noneMatch(e -> e.label("finding") == LabelValue.NEGATIVE),
                "one patient of twelve is the test split: " + test.size());
        DataSetException e = assertThrows(DataSetException.class, () -> SplitStage.requireCasesAndControls(splits,
                List.of("finding"), Path.of("scanner.experiment")));
        assertEquals(1, e.getProblems().size());
        String message = e.getProblems().get(0).toString();
        assertTrue(message.startsWith("scanner.experiment") && message.contains("'finding'")
                && message.contains("a test AUC needs both") && message.contains("(5 images of 1 patient)"), message);
    }

    @Test
    void aTestSplitWithBothIsAccepted() throws Exception {
        SplitAssignment splits = new PatientSplitter().split(manifest(30, 30), new SplitOptions(new SplitFractions(
                0.6, 0.2, 0.2), 42, "finding", false));
        SplitStage.requireCasesAndControls(splits, List.of("finding"), Path.of("ok.experiment"));
        assertTrue(SplitStage.describe(splits).contains("patients (prevalence"));
    }
}

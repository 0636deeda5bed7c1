package org.confounderlab.engine.tests.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.split.PatientSplitter;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.engine.split.SplitFractions;
import org.confounderlab.engine.split.SplitOptions;
import org.confounderlab.engine.split.SplitStatistics;
import org.confounderlab.engine.split.SplitSummary;
import org.junit.jupiter.api.Test;

class PatientSplitterTest {

    /** Makes image paths unique, so that no two entries are equal records. */
    private static final int[] COUNTER = {0};

    private static final SplitOptions STANDARD = new SplitOptions(SplitFractions.standard(), 42, null, false);

    /** {@code count} images of about count/3 patients, 1–5 images each, prevalence about 20 %. */
    private static List<ManifestEntry> randomEntries(int count, long seed) {
        Random random = new Random(seed);
        List<ManifestEntry> entries = new ArrayList<>();
        int patient = 0;
        while (entries.size() < count) {
            int images = 1 + random.nextInt(5);
            boolean sick = random.nextDouble() < 0.25;
            for (int k = 0; k < images && entries.size() < count; k++) {
                LabelValue label = random.nextDouble() < 0.05 ? LabelValue.UNCERTAIN
                        : sick && random.nextDouble() < 0.8 ? LabelValue.POSITIVE : LabelValue.NEGATIVE;
                entries.add(entry("P" + patient, label, null));
            }
            patient++;
        }
        return entries;
    }

    private static ManifestEntry entry(String patient, LabelValue label, SplitName official) {
        return new ManifestEntry(Path.of("/img/" + patient + "-" + COUNTER[0]++ + ".png"), patient, null, Map.of("effusion", label), Map.of(), Map.of(), official,
                "test");
    }

    private static Manifest manifest(List<ManifestEntry> entries) {
        return new Manifest(List.of("effusion"), List.of(), List.of(), entries);
    }

    private static void assertNoLeakage(SplitAssignment assignment) {
        Map<String, SplitName> patientSplit = new HashMap<>();
        for (int i = 0; i < assignment.entries().size(); i++) {
            String patient = assignment.entries().get(i).patientId();
            SplitName split = assignment.splits().get(i);
            SplitName previous = patientSplit.putIfAbsent(patient, split);
            assertTrue(previous == null || previous == split, "patient " + patient + " in " + previous + " and "
                    + split);
        }
    }

    @Test
    void noPatientIsInTwoSplits() {
        for (long seed = 1; seed <= 5; seed++) {
            SplitAssignment assignment = new PatientSplitter().split(manifest(randomEntries(4000, seed)),
                    new SplitOptions(SplitFractions.standard(), seed, null, false));
            assertNoLeakage(assignment);
            assertEquals(4000, assignment.splits().size());
            assertTrue(assignment.splits().stream().allMatch(s -> s != null));
        }
    }

    @Test
    void fractionsAreHonoured() {
        SplitAssignment assignment = new PatientSplitter().split(manifest(randomEntries(4000, 7)), STANDARD);
        SplitSummary summary = assignment.summary();
        assertEquals(4000, summary.perSplit().values().stream().mapToInt(SplitStatistics::entries).sum());
        assertEquals(0.70, summary.of(SplitName.TRAIN).entries() / 4000.0, 0.01);
        assertEquals(0.15, summary.of(SplitName.VALIDATION).entries() / 4000.0, 0.01);
        assertEquals(0.15, summary.of(SplitName.TEST).entries() / 4000.0, 0.01);
        assertEquals(summary.of(SplitName.TEST).entries(), assignment.entriesOf(SplitName.TEST).size());
    }

    @Test
    void prevalenceIsBalancedAcrossSplits() {
        List<ManifestEntry> entries = randomEntries(4000, 11);
        SplitAssignment assignment = new PatientSplitter().split(manifest(entries), STANDARD);
        long positives = entries.stream().filter(e -> e.label("effusion") == LabelValue.POSITIVE).count();
        long negatives = entries.stream().filter(e -> e.label("effusion") == LabelValue.NEGATIVE).count();
        double overall = positives / (double) (positives + negatives);
        for (SplitName split : SplitName.values()) {
            assertEquals(overall, assignment.summary().of(split).prevalence(), 0.02, split.name());
        }
        assertEquals("effusion", assignment.summary().stratifyLabel());
    }

    @Test
    void sameSeedSameSplitWhateverTheInputOrder() {
        List<ManifestEntry> entries = randomEntries(2000, 3);
        PatientSplitter splitter = new PatientSplitter();
        Map<ManifestEntry, SplitName> first = splitter.split(manifest(entries), STANDARD).asMap();
        List<ManifestEntry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(99));
        Map<ManifestEntry, SplitName> second = splitter.split(manifest(shuffled), STANDARD).asMap();
        for (ManifestEntry entry : entries) {
            assertEquals(first.get(entry), second.get(entry));
        }
        SplitAssignment otherSeed = splitter.split(manifest(entries),
                new SplitOptions(SplitFractions.standard(), 43, null, false));
        assertNotEquals(splitter.split(manifest(entries), STANDARD).splits(), otherSeed.splits());
    }

    @Test
    void officialTestStaysTestAndTrainIsDividedByPatient() {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int p = 0; p < 600; p++) {
            SplitName official = p % 5 == 0 ? SplitName.TEST : SplitName.TRAIN;
            for (int k = 0; k < 2; k++) {
                entries.add(entry("P" + p, p % 4 == 0 ? LabelValue.POSITIVE : LabelValue.NEGATIVE, official));
            }
        }
        SplitAssignment assignment = new PatientSplitter().split(manifest(entries),
                new SplitOptions(new SplitFractions(0.8, 0.1, 0.1), 5, null, true));
        assertNoLeakage(assignment);
        for (int i = 0; i < entries.size(); i++) {
            boolean officialTest = entries.get(i).officialSplit() == SplitName.TEST;
            assertEquals(officialTest, assignment.splits().get(i) == SplitName.TEST);
        }
        SplitSummary summary = assignment.summary();
        assertTrue(summary.officialSplitUsed());
        assertEquals(120, summary.of(SplitName.TEST).patients());
        // official training patients divided 8:1 into train and validation
        assertEquals(480 / 9.0, summary.of(SplitName.VALIDATION).patients(), 3);
        assertEquals(0, summary.conflictedPatients());
    }

    @Test
    void officialValidationIsKeptAndConflictsNeverLeak() {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            SplitName official = p < 10 ? SplitName.VALIDATION : p < 20 ? SplitName.TEST : SplitName.TRAIN;
            entries.add(entry("P" + p, LabelValue.NEGATIVE, official));
        }
        // one patient the data set itself put into train and test
        entries.add(entry("P50", LabelValue.POSITIVE, SplitName.TEST));
        SplitAssignment assignment = new PatientSplitter().split(manifest(entries), STANDARD.withOfficialSplit(true));
        assertNoLeakage(assignment);
        SplitSummary summary = assignment.summary();
        assertEquals(1, summary.conflictedPatients());
        assertEquals(10, summary.of(SplitName.VALIDATION).patients());
        assertEquals(11, summary.of(SplitName.TEST).patients());
        assertEquals(79, summary.of(SplitName.TRAIN).patients());
    }

    @Test
    void officialSplitRequestedButAbsentFallsBackToRandom() {
        SplitAssignment assignment = new PatientSplitter().split(manifest(randomEntries(300, 1)),
                STANDARD.withOfficialSplit(true));
        assertFalse(assignment.summary().officialSplitUsed());
        assertTrue(assignment.summary().of(SplitName.TEST).entries() > 0);
    }

    @Test
    void onePatientGoesWholeIntoTrain() {
        List<ManifestEntry> entries = List.of(entry("only", LabelValue.POSITIVE, null),
                entry("only", LabelValue.NEGATIVE, null));
        SplitAssignment assignment = new PatientSplitter().split(manifest(entries), STANDARD);
        assertEquals(List.of(SplitName.TRAIN, SplitName.TRAIN), assignment.splits());
        assertEquals(1, assignment.summary().of(SplitName.TRAIN).patients());
        assertEquals(0, assignment.summary().of(SplitName.TEST).entries());
        assertTrue(Double.isNaN(assignment.summary().of(SplitName.TEST).prevalence()));
    }

    @Test
    void zeroValidationFractionLeavesValidationEmpty() {
        SplitAssignment assignment = new PatientSplitter().split(manifest(randomEntries(1000, 2)),
                new SplitOptions(new SplitFractions(0.8, 0, 0.2), 1, null, false));
        assertEquals(0, assignment.summary().of(SplitName.VALIDATION).entries());
        assertEquals(0.2, assignment.summary().of(SplitName.TEST).entries() / 1000.0, 0.02);
    }

    @Test
    void emptyManifestAndEntriesWithoutPatient() {
        assertTrue(new PatientSplitter().split(manifest(List.of()), STANDARD).splits().isEmpty());
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            entries.add(new ManifestEntry(Path.of("/img/anon" + i + ".png"), null, null,
                    Map.of("effusion", LabelValue.NEGATIVE), Map.of(), Map.of(), null, "row " + i));
        }
        SplitSummary summary = new PatientSplitter().split(manifest(entries), STANDARD).summary();
        // each entry without a patient id is its own patient
        assertEquals(100, summary.perSplit().values().stream().mapToInt(SplitStatistics::patients).sum());
        assertEquals(15, summary.of(SplitName.TEST).entries(), 2);
    }

    @Test
    void fractionsMustBeValid() {
        assertThrows(IllegalArgumentException.class, () -> new SplitFractions(0.5, 0.2, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new SplitFractions(1.1, -0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SplitOptions(null, 1, null, false));
    }
}

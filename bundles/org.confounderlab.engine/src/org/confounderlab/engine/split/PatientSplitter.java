package org.confounderlab.engine.split;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;

/**
 * Splits a data set into train, validation and test by patient: all images of a patient land in one split, patients
 * are stratified by whether they have any positive image for the stratification label, and the same seed and data
 * give the same split whatever the order of the entries.
 * <p>
 * With {@link SplitOptions#useOfficialSplit()} and a data set that has an official split, official test (and
 * validation) patients stay where they are and the official training patients are divided into train and
 * validation by the train:validation ratio of the fractions (not at all when the data set has its own validation
 * split). Entries without an official split then count as training entries. A patient the official split puts into
 * several splits is kept whole in the most held-out of them (test, then validation), so no patient ever leaks.
 */
public final class PatientSplitter {

    /** Patients in the same stratum share their stratification label profile. */
    private enum Stratum {
        ANY_POSITIVE, ALL_NEGATIVE, UNLABELLED
    }

    /** One patient: its key, its entries' indices and the splits the official split gave them. */
    private static final class Patient {
        final String key;
        final List<Integer> indices = new ArrayList<>();
        final Set<SplitName> official = new HashSet<>();
        Stratum stratum = Stratum.UNLABELLED;

        Patient(String key) {
            this.key = key;
        }
    }

    /** Splits {@code manifest} as {@code options} say. */
    public SplitAssignment split(Manifest manifest, SplitOptions options) {
        List<ManifestEntry> entries = manifest.entries();
        String label = options.stratifyLabel() != null ? options.stratifyLabel()
                : manifest.labelNames().isEmpty() ? null : manifest.labelNames().get(0);
        List<Patient> patients = patients(entries, label);
        SplitName[] splits = new SplitName[entries.size()];
        boolean official = options.useOfficialSplit() && patients.stream().anyMatch(p -> !p.official.isEmpty());
        int conflicted = 0;
        Random random = new Random(options.seed());
        if (official) {
            boolean ownValidation = patients.stream().anyMatch(p -> p.official.contains(SplitName.VALIDATION));
            List<Patient> trainPool = new ArrayList<>();
            for (Patient patient : patients) {
                if (patient.official.size() > 1) {
                    conflicted++;
                }
                SplitName split = mostHeldOut(patient.official);
                if (split == SplitName.TRAIN) {
                    trainPool.add(patient);
                } else {
                    assign(patient, split, splits);
                }
            }
            SplitFractions f = options.fractions();
            double trainAndValidation = f.train() + f.validation();
            SplitFractions poolFractions = ownValidation || trainAndValidation == 0
                    ? new SplitFractions(1, 0, 0)
                    : new SplitFractions(f.train() / trainAndValidation, 1 - f.train() / trainAndValidation, 0);
            allocateStratified(trainPool, poolFractions, random, splits);
        } else {
            allocateStratified(patients, options.fractions(), random, splits);
        }
        SplitSummary summary = summarize(entries, splits, patients, label, official, conflicted);
        return new SplitAssignment(entries, List.of(splits), summary);
    }

    /** Groups entries by patient, sorted by patient key so that input order does not matter. */
    private static List<Patient> patients(List<ManifestEntry> entries, String label) {
        Map<String, Patient> byKey = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            ManifestEntry entry = entries.get(i);
            Patient patient = byKey.computeIfAbsent(patientKey(entry), Patient::new);
            patient.indices.add(i);
            if (entry.officialSplit() != null) {
                patient.official.add(entry.officialSplit());
            }
            LabelValue value = label == null ? LabelValue.MISSING : entry.label(label);
            if (value == LabelValue.POSITIVE) {
                patient.stratum = Stratum.ANY_POSITIVE;
            } else if (value == LabelValue.NEGATIVE && patient.stratum == Stratum.UNLABELLED) {
                patient.stratum = Stratum.ALL_NEGATIVE;
            }
        }
        return new ArrayList<>(byKey.values());
    }

    // An entry without a patient id is its own patient: nothing links it to other images.
    private static String patientKey(ManifestEntry entry) {
        String id = entry.patientId();
        if (id != null && !id.isBlank()) {
            return "p:" + id;
        }
        return "e:" + entry.image() + "|" + entry.source();
    }

    private static SplitName mostHeldOut(Set<SplitName> official) {
        if (official.contains(SplitName.TEST)) {
            return SplitName.TEST;
        }
        return official.contains(SplitName.VALIDATION) ? SplitName.VALIDATION : SplitName.TRAIN;
    }

    /** Shuffles each stratum with the seeded generator and deals its patients out by image deficit. */
    private static void allocateStratified(List<Patient> patients, SplitFractions fractions, Random random,
            SplitName[] splits) {
        for (Stratum stratum : Stratum.values()) {
            List<Patient> members = new ArrayList<>(patients.stream().filter(p -> p.stratum == stratum).toList());
            Collections.shuffle(members, random);
            long[] assigned = new long[SplitName.values().length];
            long total = 0;
            for (Patient patient : members) {
                int size = patient.indices.size();
                total += size;
                // the split furthest below its share once this patient is counted; a zero-fraction split never
                // wins because the deficits sum to size > 0 and its own deficit is <= 0
                SplitName best = null;
                double bestDeficit = Double.NEGATIVE_INFINITY;
                for (SplitName split : SplitName.values()) {
                    double deficit = fractions.of(split) * total - assigned[split.ordinal()];
                    if (fractions.of(split) > 0 && deficit > bestDeficit) {
                        best = split;
                        bestDeficit = deficit;
                    }
                }
                assigned[best.ordinal()] += size;
                assign(patient, best, splits);
            }
        }
    }

    private static void assign(Patient patient, SplitName split, SplitName[] splits) {
        for (int index : patient.indices) {
            splits[index] = split;
        }
    }

    private static SplitSummary summarize(List<ManifestEntry> entries, SplitName[] splits, List<Patient> patients,
            String label, boolean official, int conflicted) {
        Map<SplitName, SplitStatistics> perSplit = new EnumMap<>(SplitName.class);
        for (SplitName split : SplitName.values()) {
            int count = 0;
            int positives = 0;
            int negatives = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (splits[i] != split) {
                    continue;
                }
                count++;
                LabelValue value = label == null ? LabelValue.MISSING : entries.get(i).label(label);
                positives += value == LabelValue.POSITIVE ? 1 : 0;
                negatives += value == LabelValue.NEGATIVE ? 1 : 0;
            }
            int patientCount = (int) patients.stream().filter(p -> splits[p.indices.get(0)] == split).count();
            double prevalence = positives + negatives == 0 ? Double.NaN
                    : positives / (double) (positives + negatives);
            perSplit.put(split, new SplitStatistics(count, patientCount, positives, negatives, prevalence));
        }
        return new SplitSummary(label, official, conflicted, perSplit);
    }
}

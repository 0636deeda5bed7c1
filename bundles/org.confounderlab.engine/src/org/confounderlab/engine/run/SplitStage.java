package org.confounderlab.engine.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;

import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.SplitName;
import org.confounderlab.engine.split.PatientSplitter;
import org.confounderlab.engine.split.SplitAssignment;
import org.confounderlab.engine.split.SplitFractions;
import org.confounderlab.engine.split.SplitOptions;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.SplitSpec;

/**
 * The "split" stage of a run: training, validation and test images as the experiment's split says, every patient in
 * one split only (or the data set's official split), stratified by the first label.
 */
public final class SplitStage {

    private SplitStage() {
    }

    public static SplitAssignment split(Experiment experiment, Manifest manifest) {
        SplitSpec spec = experiment.getSplit();
        SplitOptions options = new SplitOptions(new SplitFractions(spec.getTrainFraction(),
                spec.getValidationFraction(), spec.getTestFraction()), spec.getSeed(),
                experiment.getDataset().getLabelNames().get(0), spec.isUseOfficialSplit());
        return new PatientSplitter().split(manifest, options);
    }

    /**
     * Refuses, before any training, a split whose test images lack a label's positives or negatives: the test AUC
     * every evaluation reports needs both. Small data sets meet this (12 patients, one of them the whole test split).
     */
    public static void requireCasesAndControls(SplitAssignment splits, List<String> labels, Path experimentFile)
            throws DataSetException {
        List<ManifestEntry> test = splits.entriesOf(SplitName.TEST);
        long patients = test.stream().map(ManifestEntry::patientId).distinct().count();
        List<DataProblem> problems = new ArrayList<>();
        for (String label : labels) {
            long positives = test.stream().filter(e -> e.label(label) == LabelValue.POSITIVE).count();
            long negatives = test.stream().filter(e -> e.label(label) == LabelValue.NEGATIVE).count();
            if (positives == 0 || negatives == 0) {
                problems.add(new DataProblem(experimentFile, 0, null, String.format(Locale.ROOT,
                        "the test split has %d positive and %d negative '%s' images (%d images of %d %s): a test "
                                + "AUC needs both; give the data set more patients, or the split a larger test "
                                + "fraction or another seed", positives, negatives, label, test.size(), patients,
                        patients == 1 ? "patient" : "patients")));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataSetException(problems);
        }
    }

    /** One line of the splits' sizes, patients and prevalences. */
    public static String describe(SplitAssignment splits) {
        StringBuilder text = new StringBuilder();
        for (SplitName name : SplitName.values()) {
            var statistics = splits.summary().of(name);
            text.append(text.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s %d images of %d %s (prevalence %.2f)", name.name().toLowerCase(Locale.ROOT),
                    statistics.entries(), statistics.patients(), statistics.patients() == 1 ? "patient" : "patients",
                    statistics.prevalence()));
        }
        return text.append(splits.summary().officialSplitUsed() ? ", official split" : ", grouped by patient")
                .toString();
    }
}

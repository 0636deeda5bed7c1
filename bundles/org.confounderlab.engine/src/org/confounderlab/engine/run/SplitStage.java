package org.confounderlab.engine.run;

import java.util.Locale;

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

    /** One line of the splits' sizes, patients and prevalences. */
    public static String describe(SplitAssignment splits) {
        StringBuilder text = new StringBuilder();
        for (SplitName name : SplitName.values()) {
            var statistics = splits.summary().of(name);
            text.append(text.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s %d images of %d patients (prevalence %.2f)", name.name().toLowerCase(Locale.ROOT),
                    statistics.entries(), statistics.patients(), statistics.prevalence()));
        }
        return text.append(splits.summary().officialSplitUsed() ? ", official split" : ", grouped by patient")
                .toString();
    }
}

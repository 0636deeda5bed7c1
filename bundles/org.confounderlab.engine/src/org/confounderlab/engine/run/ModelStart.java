package org.confounderlab.engine.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.ImportedModelRecord;
import org.confounderlab.model.run.InitialWeightsRecord;
import org.confounderlab.model.run.Run;

/**
 * What a run's model started from and how it sees its images, in sentences for the report and the Run view: the
 * input (size, channels, normalisation), the weights file with its checksum and what was loaded from it, and
 * whether it was trained at all (0 epochs audit the starting weights as they are); for a model trained elsewhere,
 * the file, its checksum, and how its scores, features and heat maps are read.
 */
public final class ModelStart {

    private ModelStart() {
    }

    /** The sentences; empty when the run has no experiment. */
    public static List<String> describe(Run run) {
        List<String> lines = new ArrayList<>();
        Experiment experiment = run.getExperiment();
        if (experiment == null || experiment.getModel() == null) {
            return lines;
        }
        lines.add("Model input: " + ModelInput.describe(experiment.getModel()) + ".");
        ImportedModelRecord imported = run.getImportedModel();
        if (imported != null) {
            lines.add("Model trained elsewhere, audited as it is (no training here): " + imported.getFile() + " ("
                    + imported.getProducer() + ", SHA-256 " + imported.getSha256() + ").");
            lines.add("Image input " + imported.getInput() + "; scores from " + imported.getOutput() + ".");
            lines.add("Features from " + imported.getFeatures() + ".");
            lines.add("Saliency: " + imported.getSaliency() + ".");
            return lines;
        }
        InitialWeightsRecord weights = run.getInitialWeights();
        if (weights != null) {
            StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                    "Starting weights: %s (%s, SHA-256 %s): %d %s loaded", Path.of(weights.getFile()).getFileName(),
                    weights.getFormat(), weights.getSha256(), weights.getLoaded().size(),
                    weights.getFormat().startsWith("Deeplearning4j") ? "layers" : "tensors"));
            if (!weights.getInitialised().isEmpty()) {
                text.append("; initialised fresh: ").append(String.join("; ", weights.getInitialised()));
            }
            if (!weights.getIgnored().isEmpty()) {
                text.append("; not used from the file: ").append(weights.getIgnored().size() <= 6
                        ? String.join(", ", weights.getIgnored()) : weights.getIgnored().size() + " names");
            }
            for (String adaptation : weights.getAdaptations()) {
                text.append("; ").append(adaptation);
            }
            lines.add(text.append('.').toString());
        }
        if (experiment.getTraining() != null && experiment.getTraining().getEpochs() == 0) {
            lines.add("Not trained (0 epochs): every result is the starting weights' own.");
        } else if (experiment.getTraining() != null && experiment.getTraining().getFreezeEpochs() > 0) {
            lines.add("Fine-tuned: only the classifier learned in the first " + experiment.getTraining()
                    .getFreezeEpochs() + (experiment.getTraining().getFreezeEpochs() == 1 ? " epoch" : " epochs")
                    + ", then every layer.");
        }
        return lines;
    }
}

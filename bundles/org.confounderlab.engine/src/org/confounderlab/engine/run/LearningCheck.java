package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.Run;

/**
 * Whether a training learned anything from the images: it did not when a label's validation AUC never beat 0.5 in
 * any epoch, when the validation loss never fell below that of a constant predictor (every image scored with the
 * prevalence the trainer draws) while no validation AUC reached {@value #RANKED}, or when the weights the run kept rank the validation images at AUC 0.5 or below (a model at
 * the constant predictor's loss still ranks by what its random weights respond to, a confounder's brightness among
 * them, and the sign of that can change from epoch to epoch: validation AUC 0.96, 0.53, 0.11, 0.53). Such a model's test AUC, shifted AUC or worst group says nothing about a mitigation; an AUC
 * far below 0.5 from a model at the constant predictor's loss is a ranking by noise or by a reversed confounder.
 */
public final class LearningCheck {

    /** A best validation AUC from which a loss above the constant predictor's is read as calibration, not failure. */
    public static final double RANKED = 0.6;

    private LearningCheck() {
    }

    /**
     * The validation loss of the constant predictor: Σ over labels of the binary cross-entropy of the validation
     * labels under the prevalence the trainer draws, {@code drawn[label]} (clipped away from 0 and 1), as the training
     * loss sums over labels. A model that learned nothing from the images
     * settles there, and re-weighted sampling (just train twice, class weighting, group DRO) moves it away from the
     * training images' own.
     */
    public static double constantValidationLoss(List<ManifestEntry> validation, List<String> labels,
            double[] drawn) {
        if (validation.isEmpty()) {
            return Double.NaN;
        }
        double loss = 0;
        for (int l = 0; l < labels.size(); l++) {
            double p = Math.min(1 - 1e-7, Math.max(1e-7, drawn[l]));
            double q = share(validation, labels.get(l));
            loss += -(q * Math.log(p) + (1 - q) * Math.log(1 - p));
        }
        return loss;
    }

    /**
     * Each label's prevalence among the images as drawn with sampling weights {@code weights[image][label]} ({@code
     * null}: each image alike).
     */
    public static double[] drawnPrevalence(List<ManifestEntry> train, List<String> labels, float[][] weights) {
        double[] prevalence = new double[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            double positive = 0;
            double total = 0;
            for (int i = 0; i < train.size(); i++) {
                double w = weights == null ? 1 : weights[i][l];
                total += w;
                positive += train.get(i).label(labels.get(l)).asDouble() == 1.0 ? w : 0;
            }
            prevalence[l] = total > 0 ? positive / total : Double.NaN;
        }
        return prevalence;
    }

    private static double share(List<ManifestEntry> entries, String label) {
        long positives = entries.stream().filter(e -> e.label(label).asDouble() == 1.0).count();
        return (double) positives / entries.size();
    }

    /** Why {@code run}'s training did not learn, with its numbers, or {@code null} when it did (or did not train). */
    public static String failure(Run run) {
        List<EpochRecord> epochs = run.getEpochs();
        if (epochs.isEmpty()) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        List<String> labels = epochs.get(0).getLabelAucs().stream().map(LabelValue::getLabel).toList();
        for (String label : labels) {
            double best = Double.NEGATIVE_INFINITY;
            int at = 0;
            for (EpochRecord epoch : epochs) {
                for (LabelValue value : epoch.getLabelAucs()) {
                    if (label.equals(value.getLabel()) && value.getValue() > best) {
                        best = value.getValue();
                        at = epoch.getIndex();
                    }
                }
            }
            if (Double.isFinite(best) && best <= 0.5) {
                reasons.add(String.format(Locale.ROOT, "the validation AUC of '%s' never beat 0.5 (best %.3f, epoch "
                        + "%d of %d)", label, best, at, epochs.size()));
            }
        }
        double constant = run.getConstantValidationLoss();
        double bestAuc = epochs.stream().flatMap(e -> e.getLabelAucs().stream()).mapToDouble(LabelValue::getValue)
                .filter(Double::isFinite).max().orElse(Double.NaN);
        // a model that ranks well can still lose to the constant when its sampling moved its calibration (just train
        // twice's upweighting): the loss alone decides only when the ranking never got anywhere either
        if (Double.isFinite(constant) && !(bestAuc >= RANKED)) {
            EpochRecord lowest = epochs.stream().filter(e -> Double.isFinite(e.getValidationLoss()))
                    .min(java.util.Comparator.comparingDouble(EpochRecord::getValidationLoss)).orElse(null);
            if (lowest != null && lowest.getValidationLoss() >= constant) {
                reasons.add(String.format(Locale.ROOT, "the validation loss never fell below the constant "
                        + "predictor's %.4f (lowest %.4f, epoch %d of %d)", constant, lowest.getValidationLoss(),
                        lowest.getIndex(), epochs.size()));
            }
        }
        int kept = keptEpoch(run);
        if (kept > 0) {
            EpochRecord epoch = epochs.stream().filter(e -> e.getIndex() == kept).findFirst().orElse(null);
            for (LabelValue value : epoch == null ? List.<LabelValue>of() : epoch.getLabelAucs()) {
                boolean named = reasons.stream().anyMatch(r -> r.contains("'" + value.getLabel() + "' never"));
                if (!named && value.getValue() <= 0.5) {
                    reasons.add(String.format(Locale.ROOT, "the weights kept (epoch %d of %d) rank the validation "
                            + "images of '%s' at AUC %.3f, no better than chance or reversed", kept, epochs.size(),
                            value.getLabel(), value.getValue()));
                }
            }
        }
        if (run.getLastLayerRetraining() != null && run.getLastLayerRetraining().getValidationAucAfter() <= 0.5) {
            reasons.add(String.format(Locale.ROOT, "the re-fitted final layer (DFR) ranks the validation images at AUC "
                    + "%.3f (%.3f as trained): the features hold nothing it could weigh into the label once %s is "
                    + "balanced", run.getLastLayerRetraining().getValidationAucAfter(), run.getLastLayerRetraining()
                            .getValidationAucBefore(), run.getLastLayerRetraining().getGroups()));
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /**
     * The epoch whose weights the run kept: with early stopping the one with the best mean validation AUC (as
     * {@code EarlyStopping} chooses), else the last; 0 without epochs.
     */
    static int keptEpoch(Run run) {
        List<EpochRecord> epochs = run.getEpochs();
        if (epochs.isEmpty()) {
            return 0;
        }
        boolean early = run.getExperiment() != null && run.getExperiment().getTraining() != null
                && run.getExperiment().getTraining().getEarlyStoppingPatience() > 0;
        if (!early) {
            return epochs.get(epochs.size() - 1).getIndex();
        }
        EpochRecord best = epochs.get(0);
        for (EpochRecord epoch : epochs) {
            if (meanAuc(epoch) > meanAuc(best)) {
                best = epoch;
            }
        }
        return best.getIndex();
    }

    private static double meanAuc(EpochRecord epoch) {
        return epoch.getLabelAucs().stream().mapToDouble(LabelValue::getValue).filter(Double::isFinite).average()
                .orElse(Double.NEGATIVE_INFINITY);
    }
}

package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.LeakCheck;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * What the run's leak check says: test images with a near-duplicate or their patient in the training or validation
 * images make the test AUC optimistic. Critical when the leak-free AUC of a label is lower by the experiment's
 * reliance ΔAUC or more (the rule masking findings use), a warning otherwise; an informational note when only the
 * training and validation images share near-duplicates (early stopping and thresholds are then optimistic).
 */
final class LeakFindings {

    List<Finding> of(Run run, Experiment experiment) {
        LeakCheck leaks = run.getLeaks();
        List<Finding> findings = new ArrayList<>();
        if (leaks == null) {
            return findings;
        }
        double relianceDelta = experiment.getDiagnostics() == null ? 0.05
                : experiment.getDiagnostics().getRelianceDeltaAuc();
        String what = String.format(Locale.ROOT, "%d of %d test images leak: %d near-duplicate pairs with the "
                + "training images and %d with the validation images (perceptual hash within %d bits, thumbnails "
                + "alike), %d patients in more than one split; listed in %s", leaks.getLeakingTestImages(),
                leaks.getTestImages(), leaks.getTrainTestPairs(), leaks.getValidationTestPairs(),
                leaks.getMaxDistance(), leaks.getSharedPatients(), LeakStage.LEAKS_FILE);
        if (leaks.getMinCosine() > 0 && leaks.getFeatureCheckNote() != null && !leaks.getFeatureCheckNote()
                .isEmpty()) {
            what = what.replace(" alike), ", " alike; the check by the model's features was " + leaks
                    .getFeatureCheckNote() + "), ");
        } else if (leaks.getMinCosine() > 0) {
            what = what.replace(" alike), ", String.format(Locale.ROOT, " alike), %d and %d more by the model's "
                    + "features (centred cosine ≥ %.2f; %d pairs the hash missed), ", leaks.getFeatureTrainTestPairs(),
                    leaks.getFeatureValidationTestPairs(), leaks.getMinCosine(), leaks.getFeatureOnlyPairs()));
        }
        if (leaks.getLeakingTestImages() > 0) {
            Evaluation all = run.getEvaluations().isEmpty() ? null : run.getEvaluations().get(0);
            Evaluation free = leaks.getLeakFree();
            if (free == null || all == null) {
                findings.add(finding(FindingSeverity.WARNING, what + ". The leak-free test images lack a label's "
                        + "positives or negatives, so no leak-free AUC could be computed."));
                return findings;
            }
            double largest = 0;
            StringBuilder aucs = new StringBuilder();
            for (LabelEvaluation label : free.getLabels()) {
                double on = all.getLabels().stream().filter(l -> l.getLabel().equals(label.getLabel()))
                        .mapToDouble(LabelEvaluation::getAuc).findFirst().orElse(Double.NaN);
                largest = Math.max(largest, on - label.getAuc());
                aucs.append(String.format(Locale.ROOT, "%s%s AUC %.3f on all %d test images, %.3f [%.3f, %.3f] on "
                        + "the %d that do not leak", aucs.isEmpty() ? "" : "; ", label.getLabel(), on, all.getN(),
                        label.getAuc(), label.getCiLower(), label.getCiUpper(), free.getN()));
            }
            boolean inflated = largest >= relianceDelta;
            findings.add(finding(inflated ? FindingSeverity.CRITICAL : FindingSeverity.WARNING, what + ". " + aucs
                    + (inflated ? ": the leaks inflate the test AUC; report the leak-free one."
                            : ": the leaks change the AUC little, but the test images are not all independent of "
                                    + "the training images.")));
        } else if (leaks.getTrainValidationPairs() + leaks.getFeatureTrainValidationPairs() > 0) {
            findings.add(finding(FindingSeverity.INFO, String.format(Locale.ROOT, "%d near-duplicate pairs join "
                    + "the training and validation images (listed in %s): early stopping and thresholds chosen on "
                    + "the validation images are optimistic; the test images do not leak.",
                    leaks.getTrainValidationPairs() + leaks.getFeatureTrainValidationPairs(), LeakStage.LEAKS_FILE)));
        }
        return findings;
    }

    private static Finding finding(FindingSeverity severity, String message) {
        Finding finding = RunFactory.eINSTANCE.createFinding();
        finding.setSeverity(severity);
        finding.setKind("split.leak");
        finding.setMessage(message);
        return finding;
    }
}

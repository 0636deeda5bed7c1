package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;

/**
 * The last stage of a run: what the evaluation and the diagnostics say in plain words (shortcut findings from the
 * counterfactual variants, then those of saliency, probes, subgroups and shift tests), most severe first.
 */
public final class FindingsStage {

    private FindingsStage() {
    }

    /** Records the findings of {@code run}'s evaluations and diagnostics in it. */
    /**
     * With 0 epochs, a classifier that did not come from the weights file (none given, or one with another number
     * of outputs) is a random read-out: its scores, AUCs and subgroup gaps describe nothing learned, though probes
     * of the features still describe the starting network.
     */
    static List<Finding> untrainedClassifier(Run run, Experiment experiment) {
        if (experiment.getTraining() == null || experiment.getTraining().getEpochs() != 0
                || ImportModelStage.imports(experiment)) {
            return List.of();
        }
        String why = run.getInitialWeights() == null ? "no weights file was given"
                : run.getInitialWeights().getInitialised().isEmpty() ? null
                : String.join("; ", run.getInitialWeights().getInitialised());
        if (why == null) {
            return List.of();
        }
        return List.of(finding(FindingSeverity.WARNING, "untrained-classifier", "The classifier is untrained: "
                + "the run has 0 epochs and " + why + ". Its scores, AUCs, counterfactual and subgroup results are "
                + "those of a random read-out of the features and say nothing about what a model learned; the "
                + "feature probes still describe the starting network. Train with freezeEpochs (the classifier "
                + "alone) to audit a pretrained backbone."));
    }

    /** A warning that the training did not learn (see {@link LearningCheck}), before any result is read. */
    static List<Finding> didNotLearn(Run run) {
        String failure = LearningCheck.failure(run);
        if (failure == null) {
            return List.of();
        }
        return List.of(finding(FindingSeverity.CRITICAL, "training.did-not-learn", "The model did not learn: "
                + failure + ". Its test AUC, counterfactual, subgroup and saliency results describe a model that "
                + "scores by noise (or by a confounder reversed), not one that learned the finding; check the "
                + "learning rate, the epochs and, with re-balancing, how few distinct images the smallest "
                + "subgroup has."));
    }

    /**
     * A warning for each deletion test whose maps take the score away no faster than random pixels (the difference's
     * interval reaches 0): the heat-map shares and attention findings of that label do not show what the model uses.
     */
    static List<Finding> unfaithfulMaps(Run run) {
        List<Finding> findings = new ArrayList<>();
        for (org.confounderlab.model.run.DeletionTest test : run.getDeletionTests()) {
            if (test.getCiLower() > 0 || Double.isNaN(test.getCiLower())) {
                continue;
            }
            findings.add(finding(FindingSeverity.WARNING, "saliency.not-faithful",
                    String.format(java.util.Locale.ROOT, "%s's %s maps do not explain the model: "
                    + "removing their hottest pixels first takes the score away no faster than removing pixels at "
                    + "random (area %.3f against %.3f, difference %+.3f, CI %+.3f to %+.3f, %d positive images). Read "
                    + "the heat-map shares of '%s' with care.", test.getLabel(), test.getMethod().getLiteral(),
                    test.getMapArea(), test.getRandomArea(), test.getDifference(), test.getCiLower(),
                    test.getCiUpper(), test.getImages(), test.getLabel())));
        }
        return findings;
    }

    private static Finding finding(FindingSeverity severity, String kind, String message) {
        Finding finding = org.confounderlab.model.run.RunFactory.eINSTANCE.createFinding();
        finding.setSeverity(severity);
        finding.setKind(kind);
        finding.setMessage(message);
        return finding;
    }

    public static void record(Run run, Experiment experiment) {
        List<Finding> findings = new ArrayList<>(untrainedClassifier(run, experiment));
        findings.addAll(didNotLearn(run));
        findings.addAll(unfaithfulMaps(run));
        findings.addAll(new ShortcutFindings().of(run, experiment));
        findings.addAll(new DiagnosticFindings().of(run, experiment));
        findings.addAll(new LeakFindings().of(run, experiment));
        findings.addAll(new SliceFindings().of(run, experiment));
        findings.addAll(new ImagePropertyFindings().of(run, experiment));
        findings.sort((a, b) -> Integer.compare(b.getSeverity().getValue(), a.getSeverity().getValue()));
        run.getFindings().addAll(findings);
    }
}

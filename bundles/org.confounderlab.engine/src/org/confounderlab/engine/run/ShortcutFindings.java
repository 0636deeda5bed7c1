package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Turns the counterfactual evaluations into plain-words findings: does hiding a region hurt the model (it uses
 * the region), does the region alone predict the label (a shortcut is there to be used), and does a random box of
 * the same size do the same (then it is the occlusion, not the content). Most severe first.
 */
final class ShortcutFindings {

    List<Finding> of(Run run, Experiment experiment) {
        double alpha = experiment.getDiagnostics() == null ? 0.05 : experiment.getDiagnostics().getAlpha();
        List<Finding> findings = new ArrayList<>();
        for (AucComparison comparison : run.getComparisons()) {
            Evaluation variant = comparison.getVariant();
            String regions = regionsOf(experiment, variant.getInterventionName());
            double original = auc(comparison.getBaseline(), comparison.getLabel());
            double changed = auc(variant, comparison.getLabel());
            boolean significant = comparison.getPValue() < alpha;
            String evidence = String.format(Locale.ROOT, "%s AUC %.3f → %.3f on '%s' (ΔAUC %+.3f, %.0f%% CI %+.3f to %+.3f, "
                    + "p %s, paired DeLong)", comparison.getLabel(), original, changed, variant.getInterventionName(),
                    comparison.getDeltaAuc(), 100 * (1 - alpha), comparison.getCiLower(), comparison.getCiUpper(),
                    p(comparison.getPValue()));
            double relianceDelta = experiment.getDiagnostics() == null ? 0.05
                    : experiment.getDiagnostics().getRelianceDeltaAuc();
            if (variant.getInterventionKind() == InterventionKind.MASK_REGIONS && significant) {
                if (comparison.getDeltaAuc() <= -relianceDelta) {
                    findings.add(finding(FindingSeverity.CRITICAL, "shortcut.masking-hurts", "The model relies on "
                            + regions + ": hiding it lowers " + evidence + ".", comparison));
                } else if (comparison.getDeltaAuc() < 0) {
                    findings.add(finding(FindingSeverity.WARNING, "shortcut.masking-hurts", String.format(Locale.ROOT,
                            "Hiding %s lowers the AUC a little but significantly (%s); below the %.3f the "
                                    + "experiment counts as reliance.", regions, evidence, relianceDelta),
                            comparison));
                } else {
                    findings.add(finding(FindingSeverity.WARNING, "shortcut.masking-helps", "Hiding " + regions
                            + " improves the model: " + evidence + ". The region misleads it.", comparison));
                }
            } else if (variant.getInterventionKind() == InterventionKind.MASK_REGIONS) {
                findings.add(finding(FindingSeverity.INFO, "shortcut.masking-no-effect", "No evidence that the model "
                        + "uses " + regions + ": " + evidence + ".", comparison));
            } else if (variant.getInterventionKind() == InterventionKind.RANDOM_BOX && significant
                    && comparison.getDeltaAuc() < 0) {
                findings.add(finding(FindingSeverity.WARNING, "control.random-box-hurts", "A random box the size of "
                        + regions + " also lowers the AUC (" + evidence + "): part of any masking effect is occlusion, "
                        + "not the region's content.", comparison));
            }
        }
        for (Evaluation evaluation : run.getEvaluations()) {
            if (evaluation.getInterventionKind() != InterventionKind.REGION_ONLY) {
                continue;
            }
            for (LabelEvaluation label : evaluation.getLabels()) {
                if (label.getCiLower() > 0.5) {
                    FindingSeverity severity = label.getAuc() >= 0.7 ? FindingSeverity.CRITICAL : FindingSeverity.WARNING;
                    Finding finding = finding(severity, "shortcut.region-alone-predicts", String.format(Locale.ROOT,
                            "With everything but %s removed the model still predicts %s: AUC %.3f (CI %.3f–%.3f).",
                            regionsOf(experiment, evaluation.getInterventionName()), label.getLabel(), label.getAuc(),
                            label.getCiLower(), label.getCiUpper()), null);
                    finding.getEvidence().add(EcoreUtil.getURI(label).fragment());
                    findings.add(finding);
                }
            }
        }
        findings.sort((a, b) -> Integer.compare(b.getSeverity().getValue(), a.getSeverity().getValue()));
        return findings;
    }

    private static Finding finding(FindingSeverity severity, String kind, String message, AucComparison comparison) {
        Finding finding = RunFactory.eINSTANCE.createFinding();
        finding.setSeverity(severity);
        finding.setKind(kind);
        finding.setMessage(message);
        if (comparison != null && comparison.eResource() != null) {
            finding.getEvidence().add(EcoreUtil.getURI(comparison).fragment());
        }
        return finding;
    }

    private static double auc(Evaluation evaluation, String label) {
        return evaluation.getLabels().stream().filter(l -> l.getLabel().equals(label)).findFirst()
                .map(LabelEvaluation::getAuc).orElse(Double.NaN);
    }

    private static String regionsOf(Experiment experiment, String interventionName) {
        return experiment.getInterventions().stream().filter(i -> i.getName().equals(interventionName)).findFirst()
                .map(Intervention::getRegions)
                .map(regions -> regions.stream().map(Region::getName).collect(Collectors.joining(", ")))
                .filter(names -> !names.isEmpty()).map(names -> "region " + names).orElse("the region");
    }

    static String p(double p) {
        return p < 1e-4 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }
}

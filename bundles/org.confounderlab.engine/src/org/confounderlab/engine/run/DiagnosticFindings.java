package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.confounderlab.engine.diagnostics.AttentionSummary;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.SaliencyMethod;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.SubgroupMetric;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Findings from saliency, probes and subgroups, with the thresholds of the experiment's diagnostics:
 * <ul>
 * <li>attention: a region holding ≥ {@code attentionRatio} times its area share of the heat-map mass (and
 * significantly more than its area) is a WARNING; CRITICAL when the counterfactual agrees, i.e. masking that region
 * lowers the label's AUC significantly by ≥ {@code relianceDeltaAuc}. Heat maps alone are not causal: bright,
 * high-contrast marks draw Grad-CAM mass even in models that do not use them, so they never raise a critical
 * finding on their own;</li>
 * <li>randomisation: maps of a weight-randomised model that correlate with the trained model's (Spearman ρ ≥ 0.5)
 * are a WARNING not to trust the maps;</li>
 * <li>pointing game: INFO with the hit rate of every region;</li>
 * <li>probes: an attribute predictable from the features with AUC ≥ {@code probeAuc} (CI above 0.5) is a
 * WARNING;</li>
 * <li>subgroups: an AUC gap ≥ {@code subgroupAucGap} between values of an attribute is a WARNING;</li>
 * <li>shift tests: an AUC on the association-flipped test set ≥ {@code relianceDeltaAuc} below the whole test
 * set's, with its interval below that AUC, is a WARNING;</li>
 * <li>distillation: a specialist teacher whose validation AUC, in the epoch kept, is below {@link #WEAK_TEACHER_AUC} for a label is a
 * WARNING (the student is pulled towards a teacher that knows little of the disease).</li>
 * </ul>
 */
final class DiagnosticFindings {

    /** Rank correlation with a randomised model above which the maps are not to be trusted. */
    static final double RANDOMISATION_LIMIT = 0.5;
    /** A teacher's validation AUC below which it is reported as weak. */
    static final double WEAK_TEACHER_AUC = 0.6;

    List<Finding> of(Run run, Experiment experiment) {
        DiagnosticsSpec spec = experiment.getDiagnostics() != null ? experiment.getDiagnostics()
                : ExperimentFactory.eINSTANCE.createDiagnosticsSpec();
        List<Finding> findings = new ArrayList<>();
        attention(run, experiment, spec, findings);
        probes(run, spec, findings);
        subgroups(run, spec, findings);
        shifts(run, spec, findings);
        teacher(run, findings);
        return findings;
    }

    private static void teacher(Run run, List<Finding> findings) {
        var kept = org.confounderlab.engine.report.TeacherEpochs.kept(run.getDistillation());
        if (kept == null) {
            return;
        }
        for (var auc : kept.getLabelAucs()) {
            if (auc.getValue() < WEAK_TEACHER_AUC) {
                findings.add(finding(FindingSeverity.WARNING, "distillation.weak-teacher", String.format(Locale.ROOT,
                        "The specialist teacher reaches only AUC %.3f for '%s' on its validation images in the epoch "
                                + "the student learned from (%d; trained on %s): the student is pulled towards a model "
                                + "that knows little of the disease. Give the teacher more images (teacherFraction) or "
                                + "epochs (teacherEpochs).", auc.getValue(), auc.getLabel(), kept.getIndex(),
                        run.getDistillation().getTeacherData()), run.getDistillation()));
            }
        }
    }

    private static void shifts(Run run, DiagnosticsSpec spec, List<Finding> findings) {
        for (ShiftTest shift : run.getShiftTests()) {
            double drop = shift.getInDistributionAuc() - shift.getAuc();
            if (drop >= spec.getRelianceDeltaAuc() && shift.getCiUpper() < shift.getInDistributionAuc()) {
                findings.add(finding(FindingSeverity.WARNING, "shift.auc-drop", String.format(Locale.ROOT,
                        "With the association of '%s' and '%s' flipped, AUC falls from %.3f to %.3f (CI %.3f–%.3f, "
                                + "n %d): the model reads the label partly from '%s'. Subgroups: %s.",
                        shift.getAttribute(), shift.getLabel(), shift.getInDistributionAuc(), shift.getAuc(),
                        shift.getCiLower(), shift.getCiUpper(), shift.getCases(), shift.getAttribute(),
                        shift.getGroups()), shift));
            }
        }
    }

    private static void attention(Run run, Experiment experiment, DiagnosticsSpec spec, List<Finding> findings) {
        Map<String, Double> randomisation = new LinkedHashMap<>();
        for (SaliencySummary present : run.getSaliency()) {
            if (!AttentionSummary.PRESENT.equals(present.getSubset())) {
                continue;
            }
            String method = present.getMethod() == SaliencyMethod.GRAD_CAM ? "Grad-CAM" : "Occlusion";
            if (present.getMethod() == SaliencyMethod.GRAD_CAM) {
                randomisation.putIfAbsent(present.getLabel(), present.getRandomisationRankCorrelation());
                if (!Double.isNaN(present.getPointingHitRate())) {
                    findings.add(finding(FindingSeverity.INFO, "saliency.pointing", String.format(Locale.ROOT,
                            "Grad-CAM's hottest pixel for '%s' falls on '%s' in %.0f%% of the %d images that have "
                                    + "it (pointing game).", present.getLabel(), present.getRegionName(),
                            100 * present.getPointingHitRate(), present.getN()), present));
                }
            }
            double ratio = present.getMeanShare() / present.getAreaShare();
            if (!(ratio >= spec.getAttentionRatio()) || !(present.getCiLower() > present.getAreaShare())) {
                continue;
            }
            SaliencySummary absent = matching(run, present, AttentionSummary.ABSENT);
            AucComparison masking = maskingReliance(run, experiment, spec, present.getRegionName(),
                    present.getLabel());
            String message = String.format(Locale.ROOT, "%s puts %.0f%% of its mass for '%s' on '%s', %.1f× its "
                    + "area (%.0f%% CI %.0f–%.0f%%, %d images)", method, 100 * present.getMeanShare(),
                    present.getLabel(), present.getRegionName(), ratio, 100 * (1 - spec.getAlpha()),
                    100 * present.getCiLower(), 100 * present.getCiUpper(), present.getN());
            if (absent != null) {
                message += String.format(Locale.ROOT, "; %.0f%% on the same place in the %d images without it",
                        100 * absent.getMeanShare(), absent.getN());
            }
            message += masking != null ? String.format(Locale.ROOT, "; masking it lowers the AUC by %.3f (p %.2g): "
                    + "the model relies on it.", -masking.getDeltaAuc(), masking.getPValue())
                    : "; masking it has no significant effect of that size, so the attention alone does not show "
                    + "reliance.";
            Finding finding = finding(masking != null ? FindingSeverity.CRITICAL : FindingSeverity.WARNING,
                    "saliency.attention-on-region", message, present);
            if (absent != null) {
                finding.getEvidence().add(fragment(absent));
            }
            if (masking != null) {
                finding.getEvidence().add(fragment(masking));
            }
            findings.add(finding);
        }
        randomisation.forEach((label, rho) -> {
            if (rho >= RANDOMISATION_LIMIT) {
                findings.add(finding(FindingSeverity.WARNING, "saliency.randomisation", String.format(Locale.ROOT,
                        "Grad-CAM maps for '%s' barely change when the weights are randomised (mean Spearman ρ "
                                + "%.2f): they show the architecture more than what the model learned; do not "
                                + "trust them.", label, rho), null));
            }
        });
    }

    /** The masking comparison showing that the model relies on {@code region} for {@code label}, or null. */
    private static AucComparison maskingReliance(Run run, Experiment experiment, DiagnosticsSpec spec, String region,
            String label) {
        for (AucComparison comparison : run.getComparisons()) {
            if (comparison.getVariant().getInterventionKind() != InterventionKind.MASK_REGIONS
                    || !comparison.getLabel().equals(label) || !(comparison.getPValue() < spec.getAlpha())
                    || !(-comparison.getDeltaAuc() >= spec.getRelianceDeltaAuc())) {
                continue;
            }
            boolean masksRegion = experiment.getInterventions().stream()
                    .filter(i -> i.getName().equals(comparison.getVariant().getInterventionName()))
                    .anyMatch(i -> i.getRegions().stream().anyMatch(r -> r.getName().equals(region)));
            if (masksRegion) {
                return comparison;
            }
        }
        return null;
    }

    private static SaliencySummary matching(Run run, SaliencySummary summary, String subset) {
        return run.getSaliency().stream().filter(s -> s.getMethod() == summary.getMethod()
                && s.getRegionName().equals(summary.getRegionName()) && s.getLabel().equals(summary.getLabel())
                && subset.equals(s.getSubset())).findFirst().orElse(null);
    }

    /**
     * One finding per attribute and probe method, from its most predictable value (a categorical attribute has a
     * probe per value).
     */
    private static void probes(Run run, DiagnosticsSpec spec, List<Finding> findings) {
        Map<String, AttributeProbe> strongest = new LinkedHashMap<>();
        for (AttributeProbe probe : run.getProbes()) {
            if (probe.getAuc() >= spec.getProbeAuc() && probe.getCiLower() > 0.5) {
                strongest.merge(attributeOf(probe.getAttribute()) + "\u0000" + probe.getMethod(), probe,
                        (a, b) -> b.getAuc() > a.getAuc() ? b : a);
            }
        }
        strongest.values().forEach(probe -> {
            String attribute = attributeOf(probe.getAttribute());
            String message = "image model".equals(probe.getMethod())
                    ? String.format(Locale.ROOT, "Attribute '%s' can be read from the images themselves: the "
                            + "experiment's network trained to tell '%s' reaches test AUC %.3f (CI %.3f–%.3f), so "
                            + "any model trained on these images could use it.", attribute, probe.getAttribute(),
                            probe.getAuc(), probe.getCiLower(), probe.getCiUpper())
                    : String.format(Locale.ROOT, "Attribute '%s' is predictable from the model's features (probe "
                            + "of '%s': AUC %.3f, CI %.3f–%.3f, %d-fold logistic regression): the model encodes it "
                            + "and could use it.", attribute, probe.getAttribute(), probe.getAuc(),
                            probe.getCiLower(), probe.getCiUpper(), probe.getFolds());
            findings.add(finding(FindingSeverity.WARNING, "image model".equals(probe.getMethod())
                    ? "probe.attribute-in-images" : "probe.attribute-encoded", message, probe));
        });
    }

    /** The attribute a probe's question is about: "site = A (vs rest)" → "site", "age ≥ 52" → "age". */
    static String attributeOf(String question) {
        for (String separator : List.of(" = ", " ≥ ")) {
            int at = question.indexOf(separator);
            if (at > 0) {
                return question.substring(0, at);
            }
        }
        return question.endsWith(" present") ? question.substring(0, question.length() - " present".length())
                : question;
    }

    private static void subgroups(Run run, DiagnosticsSpec spec, List<Finding> findings) {
        Map<String, List<SubgroupMetric>> byAttribute = run.getSubgroups().stream()
                .filter(m -> !Double.isNaN(m.getAuc()))
                .collect(Collectors.groupingBy(m -> m.getAttribute() + "\u0000" + m.getLabel(), LinkedHashMap::new,
                        Collectors.toList()));
        for (List<SubgroupMetric> metrics : byAttribute.values()) {
            if (metrics.size() < 2) {
                continue;
            }
            SubgroupMetric worst = metrics.stream().min(Comparator.comparingDouble(SubgroupMetric::getAuc))
                    .orElseThrow();
            SubgroupMetric best = metrics.stream().max(Comparator.comparingDouble(SubgroupMetric::getAuc))
                    .orElseThrow();
            double gap = best.getAuc() - worst.getAuc();
            if (gap >= spec.getSubgroupAucGap()) {
                Finding finding = finding(FindingSeverity.WARNING, "subgroup.auc-gap", String.format(Locale.ROOT,
                        "AUC for '%s' differs by %.3f across '%s': worst %s %.3f (CI %.3f–%.3f, n %d), best %s "
                                + "%.3f (n %d).", worst.getLabel(), gap, worst.getAttribute(), worst.getValue(),
                        worst.getAuc(), worst.getCiLower(), worst.getCiUpper(), worst.getN(), best.getValue(),
                        best.getAuc(), best.getN()), worst);
                finding.getEvidence().add(fragment(best));
                findings.add(finding);
            }
        }
    }

    private static Finding finding(FindingSeverity severity, String kind, String message, EObject evidence) {
        Finding finding = RunFactory.eINSTANCE.createFinding();
        finding.setSeverity(severity);
        finding.setKind(kind);
        finding.setMessage(message);
        if (evidence != null) {
            finding.getEvidence().add(fragment(evidence));
        }
        return finding;
    }

    private static String fragment(EObject object) {
        return EcoreUtil.getURI(object).fragment();
    }
}

package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.ImagePropertyAudit;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * What the run's image-property audit says, with the rule the probes follow: a property measured from the pixels that
 * alone predicts a label with AUC ≥ the experiment's {@code probeAuc} (its DeLong interval above 0.5) is a warning,
 * one per label naming the strongest three (a scanner's intensity, a site's borders or a format can stand in for the
 * disease, and no attribute column needs to name them); a property that tells the test images from the training
 * images (drift AUC at least 0.1 from 0.5, p below alpha) is a warning too: the test set is not drawn like the
 * training set in that respect.
 */
final class ImagePropertyFindings {

    /** The distance of a drift AUC from 0.5 that counts. */
    static final double DRIFT = 0.1;

    List<Finding> of(Run run, Experiment experiment) {
        List<Finding> findings = new ArrayList<>();
        if (run.getAudit() == null || run.getAudit().getImageProperties().isEmpty()) {
            return findings;
        }
        DiagnosticsSpec spec = experiment.getDiagnostics() != null ? experiment.getDiagnostics()
                : ExperimentFactory.eINSTANCE.createDiagnosticsSpec();
        Map<String, List<ImagePropertyAudit>> predictive = new LinkedHashMap<>();
        List<ImagePropertyAudit> drifting = new ArrayList<>();
        for (ImagePropertyAudit property : run.getAudit().getImageProperties()) {
            if (property.getAuc() >= spec.getProbeAuc() && property.getCiLower() > 0.5) {
                predictive.computeIfAbsent(property.getLabel(), k -> new ArrayList<>()).add(property);
            }
            if (Math.abs(property.getDriftAuc() - 0.5) >= DRIFT && property.getDriftP() < spec.getAlpha()) {
                drifting.add(property);
            }
        }
        predictive.forEach((label, properties) -> {
            properties.sort(Comparator.comparingDouble(ImagePropertyAudit::getAuc).reversed());
            StringBuilder named = new StringBuilder();
            for (ImagePropertyAudit p : properties.subList(0, Math.min(3, properties.size()))) {
                named.append(named.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT, "%s (AUC %.3f, CI "
                        + "%.3f–%.3f, positives %s)", p.getProperty(), p.getAuc(), p.getCiLower(), p.getCiUpper(),
                        p.isHigherIsPositive() ? "higher" : "lower"));
            }
            findings.add(finding("image-property.predicts-label", String.format(Locale.ROOT, "%d image propert%s "
                    + "measured from the pixels alone predict%s '%s' with AUC ≥ %.2f: %s. A model can learn such a "
                    + "property (a scanner's or site's intensity, borders, noise or format) instead of the finding; "
                    + "see the image-property table of the report and the Dataset Confounders view.",
                    properties.size(), properties.size() == 1 ? "y" : "ies", properties.size() == 1 ? "s" : "",
                    label, spec.getProbeAuc(), named)));
        });
        if (!drifting.isEmpty()) {
            drifting.sort(Comparator.comparingDouble((ImagePropertyAudit p) -> Math.abs(p.getDriftAuc() - 0.5))
                    .reversed());
            ImagePropertyAudit worst = drifting.get(0);
            findings.add(finding("image-property.drift", String.format(Locale.ROOT, "%d image propert%s tell%s the "
                    + "test images from the training images: %s, drift AUC %.3f (CI %.3f–%.3f, p %s). The test set "
                    + "is not drawn like the training set in this respect; its AUC may not carry over.",
                    drifting.size(), drifting.size() == 1 ? "y" : "ies", drifting.size() == 1 ? "s" : "",
                    worst.getProperty(), worst.getDriftAuc(), worst.getDriftCiLower(), worst.getDriftCiUpper(),
                    ShortcutFindings.p(worst.getDriftP()))));
        }
        return findings;
    }

    private static Finding finding(String kind, String message) {
        Finding finding = RunFactory.eINSTANCE.createFinding();
        finding.setSeverity(FindingSeverity.WARNING);
        finding.setKind(kind);
        finding.setMessage(message);
        return finding;
    }
}

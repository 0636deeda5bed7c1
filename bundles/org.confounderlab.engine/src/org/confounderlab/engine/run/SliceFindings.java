package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.FeatureSlice;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;

/**
 * What slice discovery says: a cluster of test images on which the model errs significantly more (log loss 1.5 times
 * the rest's or more) and whose membership predicts the label (AUC ≥ 0.6) is a warning, the model meeting a kind of
 * image it handles by something other than the finding; error-enriched alone is informational.
 */
final class SliceFindings {

    List<Finding> of(Run run, Experiment experiment) {
        double alpha = experiment.getDiagnostics() == null ? 0.05 : experiment.getDiagnostics().getAlpha();
        List<Finding> findings = new ArrayList<>();
        for (FeatureSlice slice : run.getSlices()) {
            boolean enriched = slice.getLossRatio() >= 1.5 && slice.getErrorRate() > slice.getRestErrorRate()
                    && slice.getErrorP() < alpha;
            if (!enriched) {
                continue;
            }
            boolean predictive = slice.getLabelAuc() >= 0.6;
            Finding finding = RunFactory.eINSTANCE.createFinding();
            finding.setSeverity(predictive ? FindingSeverity.WARNING : FindingSeverity.INFO);
            finding.setKind("slice.error-enriched");
            finding.setMessage("The model errs more on a cluster of test images in its feature space"
                    + (predictive ? " whose membership alone predicts the label" : "") + ": " + slice.getDescription()
                    + ". Its images are listed in " + DiagnoseStage.SLICES_FILE + ".");
            findings.add(finding);
        }
        return findings;
    }
}

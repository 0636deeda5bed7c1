package org.confounderlab.engine.run;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.Run;

/**
 * The last stage of a run: what the evaluation and the diagnostics say in plain words (shortcut findings from the
 * counterfactual variants, then those of saliency, probes, subgroups and shift tests), most severe first.
 */
public final class FindingsStage {

    private FindingsStage() {
    }

    /** Records the findings of {@code run}'s evaluations and diagnostics in it. */
    public static void record(Run run, Experiment experiment) {
        List<Finding> findings = new ArrayList<>(new ShortcutFindings().of(run, experiment));
        findings.addAll(new DiagnosticFindings().of(run, experiment));
        findings.sort((a, b) -> Integer.compare(b.getSeverity().getValue(), a.getSeverity().getValue()));
        run.getFindings().addAll(findings);
    }
}

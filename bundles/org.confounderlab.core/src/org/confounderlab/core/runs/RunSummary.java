package org.confounderlab.core.runs;

import java.util.OptionalDouble;

import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.Run;

/**
 * The key numbers of a run, as the runs explorer's columns show them.
 *
 * @param epochsDone     finished epochs
 * @param epochsPlanned  epochs the run's experiment asks for
 * @param originalAuc    mean test AUC over labels on the original images (NaN when not evaluated)
 * @param maskedDeltaAuc mean ΔAUC (masked − original) of the masking comparisons (NaN when none)
 * @param critical       findings of CRITICAL severity
 * @param warnings       findings of WARNING severity
 */
public record RunSummary(int epochsDone, int epochsPlanned, double originalAuc, double maskedDeltaAuc, int critical,
        int warnings) {

    /** The summary of {@code run}. */
    public static RunSummary of(Run run) {
        int planned = run.getExperiment() != null && run.getExperiment().getTraining() != null
                ? run.getExperiment().getTraining().getEpochs() : 0;
        double original = Double.NaN;
        for (Evaluation evaluation : run.getEvaluations()) {
            if (evaluation.getInterventionKind() == InterventionKind.ORIGINAL) {
                original = mean(evaluation.getLabels().stream().mapToDouble(LabelEvaluation::getAuc).average());
                break;
            }
        }
        OptionalDouble masked = run.getComparisons().stream()
                .filter(c -> c.getVariant() != null && c.getVariant().getInterventionKind() == InterventionKind.MASK_REGIONS)
                .mapToDouble(AucComparison::getDeltaAuc).average();
        int critical = 0;
        int warnings = 0;
        for (Finding finding : run.getFindings()) {
            if (finding.getSeverity() == FindingSeverity.CRITICAL) {
                critical++;
            } else if (finding.getSeverity() == FindingSeverity.WARNING) {
                warnings++;
            }
        }
        return new RunSummary(run.getEpochs().size(), planned, original, mean(masked), critical, warnings);
    }

    private static double mean(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : Double.NaN;
    }
}

package org.confounderlab.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.report.Formats;
import org.confounderlab.engine.report.TeacherEpochs;
import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.LossTerm;
import org.confounderlab.model.run.Run;

/**
 * One row of the Run view's Mitigations tab, which shows what a run's trained mitigations did: each subgroup's sampling weights
 * of group-balanced training, the specialist teacher, each distillation term before training and in the last
 * epoch, and what last-layer re-training (DFR) fitted.
 *
 * @param mitigation group-balanced, teacher or distillation
 * @param item       the subgroup, or the term
 * @param label      the label a group weight is for
 * @param counts     positives and negatives, or the teacher's images and epochs
 * @param weights    the weights (and a term's scale)
 * @param values     a term before training and in the last epoch
 */
record MitigationRow(String mitigation, String item, String label, String counts, String weights, String values) {

    /** The rows of {@code run}, group weights first. */
    static List<MitigationRow> of(Run run) {
        List<MitigationRow> rows = new ArrayList<>();
        for (GroupWeight weight : run.getGroupWeights()) {
            rows.add(new MitigationRow("group-balanced", weight.getAttribute() + " = " + weight.getGroup(),
                    weight.getLabel(), weight.getPositives() + " positive, " + weight.getNegatives() + " negative",
                    String.format(Locale.ROOT, "%.3f / %.3f", weight.getPositiveWeight(), weight.getNegativeWeight()),
                    ""));
        }
        DistillationRecord distillation = run.getDistillation();
        if (distillation != null) {
            List<EpochRecord> teacherEpochs = distillation.getTeacherEpochs();
            EpochRecord kept = TeacherEpochs.kept(distillation);
            String validation = kept == null ? "" : "validation AUC " + String.join(", ", kept.getLabelAucs().stream()
                    .map(auc -> auc.getLabel() + " " + Formats.fixed(auc.getValue(), 3)).toList())
                    + " (epoch " + kept.getIndex() + ")";
            rows.add(new MitigationRow("teacher", distillation.getTeacherData(), "", distillation.getTeacherImages()
                    + " images, " + teacherEpochs.size() + " epochs", "", validation
                    + (distillation.getTeacherModel() == null ? "" : (validation.isEmpty() ? "" : "; ")
                            + distillation.getTeacherModel())));
            EpochRecord last = run.getEpochs().isEmpty() ? null : run.getEpochs().get(run.getEpochs().size() - 1);
            for (int t = 0; t < distillation.getTerms().size(); t++) {
                LossTerm term = distillation.getTerms().get(t);
                String end = last != null && t < last.getLossTerms().size()
                        ? Formats.compact(last.getLossTerms().get(t).getValue()) + " in epoch " + last.getIndex() : "";
                rows.add(new MitigationRow("distillation", term.getName(), "", "", String.format(Locale.ROOT,
                        "weight %s × scale %s", Formats.compact(term.getWeight()), Formats.compact(term.getScale())),
                        Formats.compact(term.getValue()) + " before training" + (end.isEmpty() ? "" : ", " + end)));
            }
        }
        org.confounderlab.model.run.GroupDroRecord dro = run.getGroupDro();
        if (dro != null) {
            List<String> epochs = dro.getEpochWeights();
            rows.add(new MitigationRow("group DRO", "groups of " + dro.getGroups(), "", dro.getCells(),
                    "step size " + Formats.compact(dro.getStepSize()), epochs.isEmpty() ? ""
                            : "weights after " + epochs.get(epochs.size() - 1)));
        }
        org.confounderlab.model.run.JustTrainTwiceRecord jtt = run.getJustTrainTwice();
        if (jtt != null) {
            rows.add(new MitigationRow("just train twice (JTT)", "error set of the identification model", "",
                    jtt.getErrors() + " of " + jtt.getTrainImages() + " training images", "drawn "
                            + Formats.compact(jtt.getUpweight()) + "× as often", "identification: "
                            + jtt.getIdentificationEpochs() + " epochs, validation AUC " + Formats.fixed(
                                    jtt.getIdentificationValidationAuc(), 3) + (jtt.getErrorsByGroup() == null ? ""
                                            : "; " + jtt.getErrorsByGroup())));
        }
        org.confounderlab.model.run.LastLayerRetrainingRecord dfr = run.getLastLayerRetraining();
        if (dfr != null) {
            rows.add(new MitigationRow("last-layer re-training (DFR)", "groups of " + dfr.getGroups(), "",
                    dfr.getHeldOutImages() + " validation images; " + dfr.getCells(), String.format(Locale.ROOT,
                            "%d per group and class × %d subsets, C %s", dfr.getSubsetSize(), dfr.getSubsets(),
                            Formats.compact(dfr.getRegularisation())), "worst-group AUC " + Formats.fixed(
                                    dfr.getWorstGroupAucBefore(), 3) + " → " + Formats.fixed(
                                            dfr.getWorstGroupAucAfter(), 3) + " on the validation images"));
        }
        return rows;
    }
}

package org.confounderlab.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.report.Formats;
import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.LossTerm;
import org.confounderlab.model.run.Run;

/**
 * What a run's trained mitigations did, as rows of the Run view's Mitigations tab: each subgroup's sampling weights
 * of group-balanced training, the specialist teacher, and each distillation term before training and in the last
 * epoch.
 *
 * @param mitigation group-balanced, teacher or distillation
 * @param item       the subgroup, or the term
 * @param label      the label a group weight is for
 * @param counts     positives and negatives, or the teacher's images and epochs
 * @param weights    the weights (and a term's scale)
 * @param values     a term before training and in the last epoch
 */
record MitigationRows(String mitigation, String item, String label, String counts, String weights, String values) {

    /** The rows of {@code run}, group weights first. */
    static List<MitigationRows> of(Run run) {
        List<MitigationRows> rows = new ArrayList<>();
        for (GroupWeight weight : run.getGroupWeights()) {
            rows.add(new MitigationRows("group-balanced", weight.getAttribute() + " = " + weight.getGroup(),
                    weight.getLabel(), weight.getPositives() + " positive, " + weight.getNegatives() + " negative",
                    String.format(Locale.ROOT, "%.3f / %.3f", weight.getPositiveWeight(), weight.getNegativeWeight()),
                    ""));
        }
        DistillationRecord distillation = run.getDistillation();
        if (distillation != null) {
            List<EpochRecord> teacherEpochs = distillation.getTeacherEpochs();
            String validation = teacherEpochs.isEmpty() ? "" : "validation AUC " + String.join(", ",
                    teacherEpochs.get(teacherEpochs.size() - 1).getLabelAucs().stream().map(auc -> auc.getLabel()
                            + " " + Formats.fixed(auc.getValue(), 3)).toList());
            rows.add(new MitigationRows("teacher", distillation.getTeacherData(), "", distillation.getTeacherImages()
                    + " images, " + teacherEpochs.size() + " epochs", "", validation
                    + (distillation.getTeacherModel() == null ? "" : (validation.isEmpty() ? "" : "; ")
                            + distillation.getTeacherModel())));
            EpochRecord last = run.getEpochs().isEmpty() ? null : run.getEpochs().get(run.getEpochs().size() - 1);
            for (int t = 0; t < distillation.getTerms().size(); t++) {
                LossTerm term = distillation.getTerms().get(t);
                String end = last != null && t < last.getLossTerms().size()
                        ? Formats.compact(last.getLossTerms().get(t).getValue()) + " in epoch " + last.getIndex() : "";
                rows.add(new MitigationRows("distillation", term.getName(), "", "", String.format(Locale.ROOT,
                        "weight %s × scale %s", Formats.compact(term.getWeight()), Formats.compact(term.getScale())),
                        Formats.compact(term.getValue()) + " before training" + (end.isEmpty() ? "" : ", " + end)));
            }
        }
        return rows;
    }
}

package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** The counterfactual evaluations and the diagnostics' thresholds, which decide what becomes a finding. */
public class DiagnosticsPage extends ExperimentFormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.diagnostics";

    public DiagnosticsPage(ExperimentEditor editor) {
        super(editor, ID, "Interventions and Diagnostics");
    }

    private ListTable interventionTable;

    @Override
    protected void createSections(FormToolkit toolkit, ScrolledForm form) {
        Experiment experiment = editor().getExperiment();
        ExperimentFields fields = editor().fields();
        Composite interventions = section(toolkit, form, "Interventions",
                "Evaluation variants of the test images, each compared with the original by a DeLong test.");
        interventionTable = new ListTable(toolkit, interventions, editor().getEditingDomain(), experiment,
                "interventions", () -> newIntervention(experiment), experiment::getRegions,
                "Masking covers the regions, region-only keeps only them, random box covers a box of the same size "
                        + "elsewhere (the control). Regions and labels are comma-separated names.",
                new ListTable.Column("Name", "name", 110), new ListTable.Column("Kind", "kind", 110),
                new ListTable.Column("Regions", "regions", 130), new ListTable.Column("Fill", "fill", 70),
                new ListTable.Column("Labels", "labels", 90));
        DiagnosticsSpec diagnostics = experiment.getDiagnostics();
        if (diagnostics == null) {
            return;
        }
        Composite statistics = section(toolkit, form, "Statistics", "Confidence intervals and tests.");
        fields.text(toolkit, statistics, "diagnostics.bootstrapResamples", diagnostics, "bootstrapResamples",
                "Bootstrap resamples", "For the CIs of subgroup AUCs and attention shares, e.g. 2000");
        fields.text(toolkit, statistics, "diagnostics.alpha", diagnostics, "alpha", "Significance level",
                "DeLong tests below it count; 0.05");
        Composite thresholds = section(toolkit, form, "Finding thresholds", "When a result becomes a finding.");
        fields.text(toolkit, thresholds, "diagnostics.relianceDeltaAuc", diagnostics, "relianceDeltaAuc",
                "Masking ΔAUC", "A CRITICAL finding when masking a region costs at least this much AUC (and p < alpha)");
        fields.text(toolkit, thresholds, "diagnostics.attentionRatio", diagnostics, "attentionRatio",
                "Attention ratio", "Heat share over area share that counts as looking at a region");
        fields.text(toolkit, thresholds, "diagnostics.probeAuc", diagnostics, "probeAuc", "Probe AUC",
                "A probe that reads an attribute this well from the features is a WARNING");
        fields.text(toolkit, thresholds, "diagnostics.subgroupAucGap", diagnostics, "subgroupAucGap",
                "Subgroup AUC gap", "Largest AUC gap between the values of an attribute that is a WARNING");
        Composite study = section(toolkit, form, "Study", "What a study's shifted test set and subgroups are built from.");
        fields.text(toolkit, study, "diagnostics.studyConfounder", diagnostics, "studyConfounder", "Study confounder",
                "An attribute's name, or region NAME; empty: the one whose shift test drops the baseline's AUC most");
        Composite saliency = section(toolkit, form, "Saliency and retraining", "Heat maps and the masked arm.");
        fields.check(toolkit, saliency, "diagnostics.occlusion", diagnostics, "occlusion", "Occlusion sensitivity",
                "Besides Grad-CAM, slide a grey patch over the images (slower)");
        fields.text(toolkit, saliency, "diagnostics.occlusionImages", diagnostics, "occlusionImages",
                "Occlusion images", "Test images explained by occlusion");
        fields.check(toolkit, saliency, "diagnostics.maskedRetrain", diagnostics, "maskedRetrain",
                "Masked retrain", "Train again with the masking regions covered, as a second, linked run");
    }

    private static Intervention newIntervention(Experiment experiment) {
        Intervention intervention = ExperimentFactory.eINSTANCE.createIntervention();
        intervention.setName(ExperimentOverviewPage.unique("intervention", experiment.getInterventions().stream()
                .map(Intervention::getName).toList()));
        intervention.setKind(InterventionKind.MASK_REGIONS);
        return intervention;
    }

    /** Rows of the intervention table. */
    public int getInterventionRowCount() {
        return interventionTable.rowCount();
    }

    /** Types {@code text} into a cell of the intervention table; says whether the model took it. */
    public boolean editIntervention(int row, String feature, String text) {
        return interventionTable.setText(row, feature, text);
    }

    /** What the intervention table said about the last rejected cell, or empty. */
    public String getInterventionProblem() {
        return interventionTable.problem();
    }
}

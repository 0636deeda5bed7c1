package org.confounderlab.ui.editors;

import java.util.stream.Collectors;

import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
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

    @Override
    protected void createSections(FormToolkit toolkit, ScrolledForm form) {
        Experiment experiment = editor().getExperiment();
        ExperimentFields fields = editor().fields();
        Composite interventions = section(toolkit, form, "Interventions",
                "Evaluation variants of the test images (edit the list on the Source page).");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wide.widthHint = 200;
        toolkit.createLabel(interventions, experiment.getInterventions().isEmpty() ? "none"
                : experiment.getInterventions().stream().map(i -> i.getName() + " (" + i.getKind() + ")")
                        .collect(Collectors.joining(", ")), SWT.WRAP).setLayoutData(wide);
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
        Composite saliency = section(toolkit, form, "Saliency and retraining", "Heat maps and the masked arm.");
        fields.check(toolkit, saliency, "diagnostics.occlusion", diagnostics, "occlusion", "Occlusion sensitivity",
                "Besides Grad-CAM, slide a grey patch over the images (slower)");
        fields.text(toolkit, saliency, "diagnostics.occlusionImages", diagnostics, "occlusionImages",
                "Occlusion images", "Test images explained by occlusion");
        fields.check(toolkit, saliency, "diagnostics.maskedRetrain", diagnostics, "maskedRetrain",
                "Masked retrain", "Train again with the masking regions covered, as a second, linked run");
    }
}

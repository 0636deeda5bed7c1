package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.TrainingSpec;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The Model and Training page's Distillation section: a check box that adds or removes the experiment's distillation
 * (undoably), and, while there is one, the fields of its teacher and weights. The fields are bound to one
 * distillation object, so when the check box, an undo or the source page swaps that object the fields are built
 * again for the new one. Layers are listed in the source page; without any, every layer Grad-CAM can explain is used.
 */
final class DistillationSection {

    private final ExperimentEditor editor;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Composite fieldsParent;
    private final Button enabled;
    private DistillationSpec shown;

    private DistillationSection(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form, Composite client) {
        this.editor = editor;
        this.toolkit = toolkit;
        this.form = form;
        toolkit.createLabel(client, "");
        enabled = toolkit.createButton(client, "Distil from a specialist teacher", SWT.CHECK);
        enabled.setToolTipText("Train a teacher on confounder-free images first, then this model on all images with "
                + "its activations and predictions matched to the teacher's");
        fieldsParent = toolkit.createComposite(client);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.horizontalSpacing = 12;
        fieldsParent.setLayout(layout);
        fieldsParent.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        enabled.addListener(SWT.Selection, e -> toggle(enabled.getSelection()));
        EditingDomain domain = editor.getEditingDomain();
        CommandStackListener follow = event -> {
            if (!fieldsParent.isDisposed()) {
                fieldsParent.getDisplay().asyncExec(this::followModel);
            }
        };
        domain.getCommandStack().addCommandStackListener(follow);
        fieldsParent.addDisposeListener(e -> domain.getCommandStack().removeCommandStackListener(follow));
        followModel();
    }

    /** Adds the section to the page's form. */
    static void create(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form) {
        Composite client = ExperimentFormPage.section(toolkit, form, "Distillation", "Intermediate-layer knowledge "
                + "distillation from a specialist teacher (Boland, Tsaftaris and Dahdouh, 2025).");
        new DistillationSection(editor, toolkit, form, client);
    }

    private TrainingSpec training() {
        return editor.getExperiment().getTraining();
    }

    private void toggle(boolean on) {
        EditingDomain domain = editor.getEditingDomain();
        if (on == (training().getDistillation() != null)) {
            return;
        }
        DistillationSpec spec = on ? ExperimentFactory.eINSTANCE.createDistillationSpec() : null;
        domain.getCommandStack().execute(SetCommand.create(domain, training(),
                ExperimentPackage.Literals.TRAINING_SPEC__DISTILLATION, spec));
    }

    /** Shows the fields of the experiment's distillation, building them again when it is another object. */
    private void followModel() {
        if (fieldsParent.isDisposed()) {
            return;
        }
        DistillationSpec current = training().getDistillation();
        enabled.setSelection(current != null);
        if (current == shown) {
            return;
        }
        shown = current;
        for (var child : fieldsParent.getChildren()) {
            child.dispose();
        }
        if (current != null) {
            Experiment experiment = editor.getExperiment();
            ExperimentFields fields = editor.fields();
            fields.choice(toolkit, fieldsParent, "training.distillation.teacherData", current, "teacherData",
                    "Teacher's images", "MASKED_IMAGES: a share of the training images with the masking regions "
                            + "covered; BALANCED_SUBSET: every subgroup of the attribute at the overall prevalence; "
                            + "CLEAN_SUBSET: the images whose attribute has the clean value");
            fields.text(toolkit, fieldsParent, "training.distillation.teacherFraction", current, "teacherFraction",
                    "Teacher's share", "MASKED_IMAGES: the share of the training images the teacher learns from");
            fields.text(toolkit, fieldsParent, "training.distillation.teacherEpochs", current, "teacherEpochs",
                    "Teacher epochs", "0: as many optimisation steps as the student takes");
            fields.reference(toolkit, fieldsParent, "training.distillation.attribute", current, "attribute",
                    "Attribute", "BALANCED_SUBSET: the attribute to balance; CLEAN_SUBSET: the attribute naming the "
                            + "clean images", experiment::getAttributes);
            fields.text(toolkit, fieldsParent, "training.distillation.cleanValue", current, "cleanValue",
                    "Clean value", "CLEAN_SUBSET: the attribute value of the clean images");
            fields.text(toolkit, fieldsParent, "training.distillation.layerWeight", current, "layerWeight",
                    "Layer weight", "Weight of each layer term (each starts scaled to the label loss)");
            fields.text(toolkit, fieldsParent, "training.distillation.finalLayerWeight", current, "finalLayerWeight",
                    "Final-layer weight", "Weight of the cross-entropy with the teacher's probabilities");
        }
        editor.showValidation();
        form.reflow(true);
    }
}

package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.LastLayerRetrainingSpec;
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
 * The Model and Training page's Last-layer re-training section: a check box that adds or removes deep feature
 * reweighting (undoably) and, while it is on, its groups, subsets and regularisation, bound to the one spec object
 * (built again when the check box, an undo or the source page swaps it), as the Distillation section does.
 */
final class LastLayerRetrainingSection {

    private final ExperimentEditor editor;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Composite fieldsParent;
    private final Button enabled;
    private LastLayerRetrainingSpec shown;

    private LastLayerRetrainingSection(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form, Composite client) {
        this.editor = editor;
        this.toolkit = toolkit;
        this.form = form;
        toolkit.createLabel(client, "");
        enabled = toolkit.createButton(client, "Re-fit the final layer on group-balanced validation images (DFR)",
                SWT.CHECK);
        enabled.setToolTipText("After training, fit only the final layer again, by logistic regression on the "
                + "validation images' features with every group and class subsampled to the smallest");
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
        Composite client = ExperimentFormPage.section(toolkit, form, "Last-layer re-training", "Deep feature "
                + "reweighting (Kirichenko, Izmailov and Wilson, 2023): only the final layer, on held-out images.");
        new LastLayerRetrainingSection(editor, toolkit, form, client);
    }

    private TrainingSpec training() {
        return editor.getExperiment().getTraining();
    }

    private void toggle(boolean on) {
        EditingDomain domain = editor.getEditingDomain();
        if (on == (training().getLastLayerRetraining() != null)) {
            return;
        }
        LastLayerRetrainingSpec spec = on ? ExperimentFactory.eINSTANCE.createLastLayerRetrainingSpec() : null;
        domain.getCommandStack().execute(SetCommand.create(domain, training(),
                ExperimentPackage.Literals.TRAINING_SPEC__LAST_LAYER_RETRAINING, spec));
    }

    /** Shows the fields of the experiment's distillation, building them again when it is another object. */
    private void followModel() {
        if (fieldsParent.isDisposed()) {
            return;
        }
        LastLayerRetrainingSpec current = training().getLastLayerRetraining();
        enabled.setSelection(current != null);
        if (current == shown) {
            return;
        }
        shown = current;
        for (var child : fieldsParent.getChildren()) {
            child.dispose();
        }
        if (current != null) {
            ExperimentFields fields = editor.fields();
            fields.text(toolkit, fieldsParent, "training.lastLayerRetraining.groups", current, "groups", "Groups",
                    "The confounder whose subgroups are balanced: an attribute's name, or region NAME; empty: the "
                            + "rebalance attribute, else the first attribute");
            fields.text(toolkit, fieldsParent, "training.lastLayerRetraining.subsets", current, "subsets", "Subsets",
                    "Balanced subsets fitted; their coefficients are averaged");
            fields.text(toolkit, fieldsParent, "training.lastLayerRetraining.regularisation", current,
                    "regularisation", "Regularisation C", "Inverse L2 strength on standardised features (scikit-learn's "
                            + "C); 0: chosen by the worst-group AUC on held-out halves of the validation images");
        }
        editor.showValidation();
        form.reflow(true);
    }
}

package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.GroupDroSpec;
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
 * The Model and Training page's Group DRO section: a check box that adds or removes online group DRO (undoably) and,
 * while it is on, its groups and step size, as the Distillation section does.
 */
final class GroupDroSection {

    private final ExperimentEditor editor;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Composite fieldsParent;
    private final Button enabled;
    private GroupDroSpec shown;

    private GroupDroSection(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form, Composite client) {
        this.editor = editor;
        this.toolkit = toolkit;
        this.form = form;
        toolkit.createLabel(client, "");
        enabled = toolkit.createButton(client, "Minimise the worst group's loss (group DRO)", SWT.CHECK);
        enabled.setToolTipText("Weigh every group's loss by a weight that grows with it, so the worst group drives "
                + "training");
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
        Composite client = ExperimentFormPage.section(toolkit, form, "Group DRO", "Online group DRO (Sagawa et al., "
                + "ICLR 2020): groups are a confounder's subgroups × class.");
        new GroupDroSection(editor, toolkit, form, client);
    }

    private TrainingSpec training() {
        return editor.getExperiment().getTraining();
    }

    private void toggle(boolean on) {
        EditingDomain domain = editor.getEditingDomain();
        if (on == (training().getGroupDro() != null)) {
            return;
        }
        GroupDroSpec spec = on ? ExperimentFactory.eINSTANCE.createGroupDroSpec() : null;
        domain.getCommandStack().execute(SetCommand.create(domain, training(),
                ExperimentPackage.Literals.TRAINING_SPEC__GROUP_DRO, spec));
    }

    /** Shows the fields of the experiment's distillation, building them again when it is another object. */
    private void followModel() {
        if (fieldsParent.isDisposed()) {
            return;
        }
        GroupDroSpec current = training().getGroupDro();
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
            fields.text(toolkit, fieldsParent, "training.groupDro.groups", current, "groups", "Groups",
                    "An attribute's name, or region NAME; empty: the rebalance attribute, else the first attribute");
            fields.text(toolkit, fieldsParent, "training.groupDro.stepSize", current, "stepSize", "Step size",
                    "How fast a group's weight grows with its loss (0.01 in the paper)");
        }
        editor.showValidation();
        form.reflow(true);
    }
}

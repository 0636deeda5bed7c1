package org.confounderlab.ui.editors;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
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
 * A Model and Training page section for one optional part of the training (distillation, last-layer re-training, just
 * train twice, group DRO) or of the experiment (its Slurm resources): a check box that adds or removes the part (undoably, one SetCommand on the training's
 * reference) and, while there is one, its fields. The fields are bound to one object, so when the check box, an undo
 * or the source page swaps that object they are built again for the new one.
 */
final class OptionalSpecSection {

    /** What one such section shows and edits. */
    record Part(String title, String description, String checkBox, String toolTip, EReference reference,
            Supplier<EObject> created, BiConsumer<Composite, EObject> fields,
            java.util.function.Function<org.confounderlab.model.experiment.Experiment, EObject> owner) {

        /** A part of the experiment's training. */
        Part(String title, String description, String checkBox, String toolTip, EReference reference,
                Supplier<EObject> created, BiConsumer<Composite, EObject> fields) {
            this(title, description, checkBox, toolTip, reference, created, fields,
                    org.confounderlab.model.experiment.Experiment::getTraining);
        }
    }

    private final ExperimentEditor editor;
    private final ScrolledForm form;
    private final Part part;
    private final Composite fieldsParent;
    private final Button enabled;
    private EObject shown;

    private OptionalSpecSection(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form, Composite client,
            Part part) {
        this.editor = editor;
        this.form = form;
        this.part = part;
        toolkit.createLabel(client, "");
        enabled = toolkit.createButton(client, part.checkBox(), SWT.CHECK);
        enabled.setToolTipText(part.toolTip());
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

    /** Adds the section for {@code part} to the page's form. */
    static void create(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form, Part part) {
        Composite client = ExperimentFormPage.section(toolkit, form, part.title(), part.description());
        new OptionalSpecSection(editor, toolkit, form, client, part);
    }

    /** The object holding the part: the training, or the experiment itself. */
    private EObject training() {
        return part.owner().apply(editor.getExperiment());
    }

    private void toggle(boolean on) {
        EditingDomain domain = editor.getEditingDomain();
        if (on == (training().eGet(part.reference()) != null)) {
            return;
        }
        domain.getCommandStack().execute(SetCommand.create(domain, training(), part.reference(),
                on ? part.created().get() : null));
    }

    /** Shows the fields of the part, building them again when it is another object. */
    private void followModel() {
        if (fieldsParent.isDisposed()) {
            return;
        }
        EObject current = (EObject) training().eGet(part.reference());
        enabled.setSelection(current != null);
        if (current == shown) {
            return;
        }
        shown = current;
        for (var child : fieldsParent.getChildren()) {
            child.dispose();
        }
        if (current != null) {
            part.fields().accept(fieldsParent, current);
        }
        editor.showValidation();
        form.reflow(true);
    }
}

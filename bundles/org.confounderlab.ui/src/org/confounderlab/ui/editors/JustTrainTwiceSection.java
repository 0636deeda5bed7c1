package org.confounderlab.ui.editors;

import org.confounderlab.model.experiment.JustTrainTwiceSpec;
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
 * The Model and Training page's Just train twice section: a check box that adds or removes JTT (undoably) and, while
 * it is on, the identification model's epochs and the error set's upweight, as the Distillation section does.
 */
final class JustTrainTwiceSection {

    private final ExperimentEditor editor;
    private final FormToolkit toolkit;
    private final ScrolledForm form;
    private final Composite fieldsParent;
    private final Button enabled;
    private JustTrainTwiceSpec shown;

    private JustTrainTwiceSection(ExperimentEditor editor, FormToolkit toolkit, ScrolledForm form, Composite client) {
        this.editor = editor;
        this.toolkit = toolkit;
        this.form = form;
        toolkit.createLabel(client, "");
        enabled = toolkit.createButton(client, "Upweight what a first model gets wrong (JTT)", SWT.CHECK);
        enabled.setToolTipText("Train an identification model for a few epochs, then train again from the start "
                + "with the training images it got wrong drawn more often");
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
        Composite client = ExperimentFormPage.section(toolkit, form, "Just train twice", "Liu et al. (ICML 2021): "
                + "the errors of a briefly trained model upweighted; no group labels needed.");
        new JustTrainTwiceSection(editor, toolkit, form, client);
    }

    private TrainingSpec training() {
        return editor.getExperiment().getTraining();
    }

    private void toggle(boolean on) {
        EditingDomain domain = editor.getEditingDomain();
        if (on == (training().getJustTrainTwice() != null)) {
            return;
        }
        JustTrainTwiceSpec spec = on ? ExperimentFactory.eINSTANCE.createJustTrainTwiceSpec() : null;
        domain.getCommandStack().execute(SetCommand.create(domain, training(),
                ExperimentPackage.Literals.TRAINING_SPEC__JUST_TRAIN_TWICE, spec));
    }

    /** Shows the fields of the experiment's distillation, building them again when it is another object. */
    private void followModel() {
        if (fieldsParent.isDisposed()) {
            return;
        }
        JustTrainTwiceSpec current = training().getJustTrainTwice();
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
            fields.text(toolkit, fieldsParent, "training.justTrainTwice.identificationEpochs", current,
                    "identificationEpochs", "Identification epochs", "Epochs of plain training of the first model");
            fields.text(toolkit, fieldsParent, "training.justTrainTwice.upweight", current, "upweight", "Upweight",
                    "How many times as often an image the first model got wrong is drawn (6 to 100 in the paper)");
        }
        editor.showValidation();
        form.reflow(true);
    }
}

package org.confounderlab.ui.editors;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

/** A form page of the experiment editor: sections of fields bound to the editor's experiment. */
abstract class ExperimentFormPage extends FormPage {

    ExperimentFormPage(ExperimentEditor editor, String id, String title) {
        super(editor, id, title);
    }

    /** The editor this page belongs to. */
    ExperimentEditor editor() {
        return (ExperimentEditor) getEditor();
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText(getTitle() + ": " + (editor().getExperiment().getName() == null ? ""
                : editor().getExperiment().getName()));
        toolkit.decorateFormHeading(form.getForm());
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = 2;
        layout.makeColumnsEqualWidth = true;
        form.getBody().setLayout(layout);
        createSections(toolkit, form);
        editor().showValidation();
    }

    /** Adds this page's sections to {@code form}'s body. */
    protected abstract void createSections(FormToolkit toolkit, ScrolledForm form);

    /** A titled section with a two-column client (labels, fields). */
    static Composite section(FormToolkit toolkit, ScrolledForm form, String title, String description) {
        Section section = toolkit.createSection(form.getBody(),
                ExpandableComposite.TITLE_BAR | Section.DESCRIPTION | ExpandableComposite.EXPANDED);
        section.setText(title);
        section.setDescription(description);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        Composite client = toolkit.createComposite(section);
        GridLayout layout = new GridLayout(2, false);
        layout.horizontalSpacing = 12;
        client.setLayout(layout);
        section.setClient(client);
        return client;
    }
}

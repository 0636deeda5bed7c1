package org.confounderlab.ui.editors;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/**
 * The experiment as XML, kept in step with the form pages: it shows the model as it is now when the page is
 * opened, and an edited text replaces the model (as one undoable command) when the page is left. Text that does not
 * parse keeps the page open, with what is wrong and where in the heading.
 */
public class SourcePage extends FormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.source";

    private StyledText text;
    private String shown = "";

    public SourcePage(ExperimentEditor editor) {
        super(editor, ID, "Source");
    }

    private ExperimentEditor editor() {
        return (ExperimentEditor) getEditor();
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText("XML source");
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        form.getBody().setLayout(new FillLayout());
        text = new StyledText(form.getBody(), SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        text.setFont(JFaceResources.getTextFont());
        showModel();
        text.addModifyListener(e -> editor().sourceTextChanged()); // an unapplied edit counts as unsaved
    }

    @Override
    public void setActive(boolean active) {
        super.setActive(active);
        if (active && text != null && !isTextEdited()) {
            showModel(); // text that could not be applied stays, with its problem, until it is fixed
        }
    }

    /** Shows the model's current XML. */
    void showModel() {
        shown = editor().toXml();
        text.setText(shown);
        getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
    }

    /** Whether the text differs from the XML the page last showed. */
    boolean isTextEdited() {
        return text != null && !text.getText().equals(shown);
    }

    /**
     * Applies the edited text to the model; returns {@code false} (and shows why) when it does not parse, in which
     * case the page must stay open.
     */
    boolean applyText() {
        if (!isTextEdited()) {
            return true;
        }
        String problem = editor().replaceFromXml(text.getText());
        if (problem != null) {
            getManagedForm().getForm().setMessage(problem, IMessageProvider.ERROR);
            return false;
        }
        shown = text.getText();
        return true;
    }

    /** The text widget (tests type into it). */
    public StyledText getText() {
        return text;
    }

    /** The heading's message, e.g. a parse problem, or {@code null}. */
    public String getProblem() {
        return getManagedForm().getForm().getMessage();
    }
}

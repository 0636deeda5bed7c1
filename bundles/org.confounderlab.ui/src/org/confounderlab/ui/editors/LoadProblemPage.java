package org.confounderlab.ui.editors;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** The page shown instead of the form when an experiment file cannot be read: what is wrong, and where. */
public class LoadProblemPage extends FormPage {

    /** The page id. */
    public static final String ID = "org.confounderlab.ui.editors.experiment.problem";

    private final IFile file;
    private final String problem;
    private Label problemLabel;

    public LoadProblemPage(FormEditor editor, IFile file, String problem) {
        super(editor, ID, "Problem");
        this.file = file;
        this.problem = problem;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        FormToolkit toolkit = managedForm.getToolkit();
        form.setText("Cannot open " + file.getName());
        form.setMessage("The file is not a readable experiment; nothing was changed.", IMessageProvider.ERROR);
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        body.setLayout(new GridLayout(1, false));
        problemLabel = toolkit.createLabel(body, problem, SWT.WRAP);
        problemLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        toolkit.createLabel(body, "Fix the file in a text editor (Open With > Text Editor); the problem is also listed in the Problems view.",
                SWT.WRAP).setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** The problem text as shown. */
    public String getShownProblem() {
        return problemLabel == null ? problem : problemLabel.getText();
    }
}

package org.confounderlab.ui.wizards;

import java.lang.reflect.InvocationTargetException;

import org.confounderlab.core.examples.ExampleProjects;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

/**
 * New > Confounder Lab Example Project: a project with a small synthetic confounded data set (the laterality marker
 * goes with the label) and an experiment ready to launch, opened in the experiment editor.
 */
public final class NewExampleProjectWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private ExamplePage page;
    private IFile created;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        setWindowTitle("New Confounder Lab Example Project");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new ExamplePage();
        addPage(page);
    }

    /** The one page: the project's name, how many images, how many epochs. */
    public static final class ExamplePage extends WizardPage {
        private Text name;
        private Spinner images;
        private Spinner epochs;

        ExamplePage() {
            super("example");
            setTitle("Example project");
            setDescription("Synthetic radiographs whose laterality marker goes with the label in 90 % of them, and "
                    + "an experiment that finds the shortcut.");
        }

        @Override
        public void createControl(Composite parent) {
            Composite composite = new Composite(parent, SWT.NONE);
            composite.setLayout(new GridLayout(2, false));
            new Label(composite, SWT.NONE).setText("Project name:");
            name = new Text(composite, SWT.BORDER);
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            name.setText(uniqueName());
            name.addModifyListener(e -> validate());
            new Label(composite, SWT.NONE).setText("Images:");
            images = new Spinner(composite, SWT.BORDER);
            images.setValues(400, 100, 20_000, 0, 100, 1000);
            images.setToolTipText("64×64 gray images, two per patient");
            new Label(composite, SWT.NONE).setText("Epochs:");
            epochs = new Spinner(composite, SWT.BORDER);
            epochs.setValues(8, 1, 500, 0, 1, 10);
            setControl(composite);
            validate();
        }

        private static String uniqueName() {
            String base = "confounder-example";
            String candidate = base;
            for (int n = 2; ResourcesPlugin.getWorkspace().getRoot().getProject(candidate).exists(); n++) {
                candidate = base + "-" + n;
            }
            return candidate;
        }

        private void validate() {
            String text = name.getText().strip();
            String problem = text.isEmpty() ? "Name the project"
                    : !ResourcesPlugin.getWorkspace().validateName(text, org.eclipse.core.resources.IResource.PROJECT)
                            .isOK() ? ResourcesPlugin.getWorkspace().validateName(text,
                                    org.eclipse.core.resources.IResource.PROJECT).getMessage()
                    : ResourcesPlugin.getWorkspace().getRoot().getProject(text).exists()
                            ? "A project named " + text + " already exists" : null;
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        /** Sets the fields, as typed (tests). */
        public void set(String projectName, int imageCount, int epochCount) {
            name.setText(projectName);
            images.setSelection(imageCount);
            epochs.setSelection(epochCount);
        }
    }

    @Override
    public boolean performFinish() {
        String name = page.name.getText().strip();
        int images = page.images.getSelection();
        int epochs = page.epochs.getSelection();
        IFile[] result = new IFile[1];
        try {
            getContainer().run(true, false, new WorkspaceModifyOperation() {
                @Override
                protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                    result[0] = ExampleProjects.create(ResourcesPlugin.getWorkspace().getRoot(), name, images, epochs,
                            monitor);
                }
            });
        } catch (InvocationTargetException e) {
            page.setErrorMessage(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        created = result[0];
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
        } catch (PartInitException e) {
            // the project is there; the editor can be opened from the Project Explorer
        }
        return true;
    }

    /** The first page (tests). */
    public ExamplePage getExamplePage() {
        return page;
    }

    /** The experiment file made by the last finish. */
    public IFile getCreatedExperiment() {
        return created;
    }
}

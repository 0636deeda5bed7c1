package org.confounderlab.ui.editors;

import java.nio.file.Path;

import org.confounderlab.core.markers.ExperimentProblemMarkers;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;

/**
 * The editor of {@code .experiment} files. A file that cannot be read opens on a page that says what is wrong
 * and where (file, line), never on a stack trace; the same problem goes to the Problems view.
 */
public class ExperimentEditor extends FormEditor {

    /** The editor's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.editors.experiment";

    private IFile file;
    private Experiment experiment;
    private String loadProblem;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The experiment editor opens workspace files only, not " + input.getName());
        }
        super.init(site, input);
        file = fileInput.getFile();
        setPartName(file.getName());
        setTitleToolTip(file.getFullPath().toString());
        load();
        scheduleMarkerUpdate();
    }

    private void load() {
        if (file.getLocation() == null) {
            loadProblem = file.getFullPath() + ": not on the local file system";
            return;
        }
        Path path = file.getLocation().toPath();
        try {
            experiment = ModelFiles.loadExperiment(path);
        } catch (ModelLoadException e) {
            loadProblem = e.getMessage();
        }
    }

    private void scheduleMarkerUpdate() {
        WorkspaceJob job = new WorkspaceJob("Checking " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ExperimentProblemMarkers.update(file);
                return Status.OK_STATUS;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
    }

    @Override
    protected void addPages() {
        try {
            if (experiment != null) {
                addPage(new ExperimentOverviewPage(this, experiment));
            } else {
                addPage(new LoadProblemPage(this, file, loadProblem));
            }
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The experiment shown, or {@code null} when the file could not be read. */
    public Experiment getExperiment() {
        return experiment;
    }

    /** What is wrong with the file (file and line), or {@code null} when it was read. */
    public String getLoadProblem() {
        return loadProblem;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // The overview is read-only: nothing to save until the form pages edit the model.
    }

    @Override
    public void doSaveAs() {
        // Save As is not offered (isSaveAsAllowed is false).
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }
}

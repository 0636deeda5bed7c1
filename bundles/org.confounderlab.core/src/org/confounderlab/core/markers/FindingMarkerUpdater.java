package org.confounderlab.core.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.confounderlab.core.runs.RunStore;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Keeps the finding markers of experiment files up to date: whenever a run file appears or changes in the
 * workspace (a launch refreshes its run folder, a run copied in), a completed run's findings go onto its experiment.
 */
public final class FindingMarkerUpdater implements IResourceChangeListener {

    /** Family of the update jobs (join it to wait for the markers). */
    public static final Object FAMILY = FindingMarkerUpdater.class;

    private static FindingMarkerUpdater installed;

    private final IWorkspace workspace;

    private FindingMarkerUpdater(IWorkspace workspace) {
        this.workspace = workspace;
    }

    /** Starts listening to {@code workspace} (once; later calls do nothing). */
    public static synchronized void install(IWorkspace workspace) {
        if (installed == null) {
            installed = new FindingMarkerUpdater(workspace);
            workspace.addResourceChangeListener(installed, IResourceChangeEvent.POST_CHANGE);
        }
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        List<IFile> runFiles = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file && delta.getKind() != IResourceDelta.REMOVED
                        && RunStore.RUN_EXTENSION.equals(file.getFileExtension())) {
                    runFiles.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        if (!runFiles.isEmpty()) {
            schedule(runFiles);
        }
    }

    private void schedule(List<IFile> runFiles) {
        WorkspaceJob job = new WorkspaceJob("Updating Confounder Lab finding markers") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IFile runFile : runFiles) {
                    if (!runFile.exists() || runFile.getLocation() == null) {
                        continue;
                    }
                    Run run;
                    try {
                        run = ModelFiles.loadRun(runFile.getLocation().toPath());
                    } catch (ModelLoadException e) {
                        continue; // the Runs view lists the file with its problem
                    }
                    if (run.getStatus() != RunStatus.COMPLETED) {
                        continue;
                    }
                    Optional<IFile> experiment = FindingMarkers.experimentFile(run, workspace.getRoot());
                    if (experiment.isPresent()) {
                        FindingMarkers.update(experiment.get(), run, runFile);
                    }
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(workspace.getRuleFactory().markerRule(workspace.getRoot()));
        job.setSystem(true);
        job.schedule();
    }

    /** Stops listening (tests). */
    public static synchronized void uninstall() {
        if (installed != null) {
            installed.workspace.removeResourceChangeListener(installed);
            installed = null;
        }
    }
}

package org.confounderlab.ui.views;

import java.text.DateFormat;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.core.runs.RunStore;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** All runs in the workspace with their status; refreshes itself when run files change. */
public class RunsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.views.runs";
    /** Family of the background job that reads the runs (join it to wait for a refresh). */
    public static final Object REFRESH_FAMILY = new Object();

    private TableViewer viewer;
    private volatile List<RunEntry> entries = List.of();
    private final IResourceChangeListener runFileListener = this::resourceChanged;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Experiment", 180, RunEntry::experimentName);
        column("Run", 220, RunEntry::runId);
        column("Status", 100, entry -> entry.isReadable() ? entry.status().getLiteral().toLowerCase(java.util.Locale.ROOT) : "unreadable");
        column("Started", 160, entry -> entry.isReadable() ? format(entry.run().getStartTime()) : "");
        column("Project", 120, entry -> entry.file().getProject().getName());
        column("Problem", 300, entry -> entry.loadProblem() == null ? "" : entry.loadProblem());
        viewer.addDoubleClickListener(event -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            if (selected instanceof RunEntry entry) {
                open(entry);
            }
        });
        getSite().setSelectionProvider(viewer);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(runFileListener, IResourceChangeEvent.POST_CHANGE);
        refresh();
    }

    private void column(String title, int width, Function<RunEntry, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((RunEntry) element);
            }
        });
    }

    private static String format(Date date) {
        return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(date);
    }

    /** Re-reads the runs in the background and shows them. */
    public void refresh() {
        Job job = new Job("Reading Confounder Lab runs") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<RunEntry> found = new RunStore(ResourcesPlugin.getWorkspace().getRoot()).findRuns();
                    entries = found;
                    if (!viewer.getControl().isDisposed()) {
                        viewer.getControl().getDisplay().asyncExec(() -> {
                            if (!viewer.getControl().isDisposed()) {
                                viewer.setInput(found);
                            }
                        });
                    }
                    return Status.OK_STATUS;
                } catch (CoreException e) {
                    return e.getStatus();
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == REFRESH_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void resourceChanged(IResourceChangeEvent event) {
        if (event.getDelta() == null) {
            return;
        }
        boolean[] runFileChanged = {false};
        try {
            event.getDelta().accept(delta -> {
                IResource resource = delta.getResource();
                if (resource.getType() == IResource.FILE && RunStore.RUN_EXTENSION.equals(resource.getFileExtension())) {
                    runFileChanged[0] = true;
                }
                return !runFileChanged[0] && (delta.getKind() != IResourceDelta.REMOVED || resource.getType() != IResource.FILE);
            });
        } catch (CoreException e) {
            runFileChanged[0] = true;
        }
        if (runFileChanged[0]) {
            refresh();
        }
    }

    /** Shows {@code entry} in the Run view (opening it), or says why it cannot be read. */
    public void open(RunEntry entry) {
        if (!entry.isReadable() || entry.file().getLocation() == null) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot open the run",
                    entry.loadProblem());
            return;
        }
        try {
            RunView view = (RunView) getSite().getPage().showView(RunView.ID);
            view.show(entry.file().getLocation().toPath());
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Cannot open the Run view",
                    e.getMessage());
        }
    }

    /** The runs currently known to the view (after the last refresh). */
    public List<RunEntry> getEntries() {
        return entries;
    }

    /** Rows shown in the table. */
    public int getRowCount() {
        return viewer.getTable().getItemCount();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(runFileListener);
        super.dispose();
    }
}

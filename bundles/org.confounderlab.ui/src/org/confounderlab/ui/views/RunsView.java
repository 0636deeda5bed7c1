package org.confounderlab.ui.views;

import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.core.runs.RunStore;
import org.confounderlab.core.runs.RunSummary;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.Run;
import org.confounderlab.ui.preferences.UiPreferences;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * All runs of the workspace, grouped by experiment: status (live while a launch refreshes its run), epochs, test
 * AUC, masking ΔAUC, findings and device as columns, a filter, double-click to show a run, and Compare for the
 * selected runs. Refreshes itself when run files change, re-reading only the files that changed.
 */
public class RunsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.views.runs";
    /** Family of the background job that reads the runs (join it to wait for a refresh). */
    public static final Object REFRESH_FAMILY = new Object();

    /** An experiment's runs, the tree's first level. */
    public record ExperimentGroup(String name, List<RunEntry> runs) {
    }

    private final java.util.Set<String> collapsedByUser = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private Text filter;
    private TreeViewer viewer;
    private final RunStore store = new RunStore(ResourcesPlugin.getWorkspace().getRoot());
    private volatile List<RunEntry> entries = List.of();
    /** The key numbers of each readable run, computed in the background job, not while painting. */
    private volatile Map<RunEntry, RunSummary> summaries = new java.util.IdentityHashMap<>();
    private final IResourceChangeListener runFileListener = this::resourceChanged;
    private Job refreshJob;
    private ClusterRunsWatch clusterWatch;

    @Override
    public void createPartControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        composite.setLayout(layout);
        filter = new Text(composite, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter runs: experiment, run, status, device");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TreeViewer(composite, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new GroupContentProvider());
        viewer.setUseHashlookup(true);
        column("Experiment / run", 260, group -> group.name() + " (" + group.runs().size() + ")", RunEntry::runId);
        column("Status", 90, group -> "", entry -> entry.isReadable()
                ? entry.status().getLiteral().toLowerCase(Locale.ROOT) : "unreadable");
        column("Started", 130, group -> "", entry -> entry.isReadable() ? format(entry.run().getStartTime()) : "");
        column("Epochs", 60, group -> "", entry -> summary(entry, s -> s.epochsDone() + (s.epochsPlanned() > 0
                ? "/" + s.epochsPlanned() : "")));
        column("Test AUC", 70, group -> "", entry -> summary(entry, s -> number(s.originalAuc())));
        column("Masking ΔAUC", 95, group -> "", entry -> summary(entry, s -> number(s.maskedDeltaAuc())));
        column("Findings", 140, group -> "", entry -> summary(entry, RunsView::findings));
        column("Device", 200, group -> "", entry -> entry.isReadable() ? device(entry.run()) : "");
        column("Project", 110, group -> group.runs().isEmpty() ? ""
                : group.runs().get(0).file().getProject().getName(), entry -> entry.file().getProject().getName());
        column("Problem", 300, group -> "", entry -> entry.loadProblem() == null ? "" : entry.loadProblem());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return matches(element, filter.getText().strip().toLowerCase(Locale.ROOT));
            }
        });
        filter.addModifyListener(e -> {
            viewer.refresh();
            viewer.expandAll();
        });
        viewer.addTreeListener(new org.eclipse.jface.viewers.ITreeViewerListener() {
            @Override
            public void treeCollapsed(org.eclipse.jface.viewers.TreeExpansionEvent event) {
                if (event.getElement() instanceof ExperimentGroup group) {
                    collapsedByUser.add(group.name());
                }
            }

            @Override
            public void treeExpanded(org.eclipse.jface.viewers.TreeExpansionEvent event) {
                if (event.getElement() instanceof ExperimentGroup group) {
                    collapsedByUser.remove(group.name());
                }
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object selected = viewer.getStructuredSelection().getFirstElement();
            if (selected instanceof RunEntry entry) {
                open(entry);
            } else if (selected instanceof ExperimentGroup group) {
                viewer.setExpandedState(group, !viewer.getExpandedState(group));
            }
        });
        Action cancelJobs = new Action("Cancel Cluster Jobs…") {
            @Override
            public void run() {
                cancelClusterJobs();
            }
        };
        cancelJobs.setToolTipText("scancel the Slurm jobs of the selected cluster runs (a study's: all its jobs); "
                + "their unfinished runs read cancelled");
        Action compare = new Action("Compare Selected Runs") {
            @Override
            public void run() {
                compareSelected();
            }
        };
        compare.setToolTipText("Show the selected runs side by side: parameters, metrics, curves, seed repeats");
        getViewSite().getActionBars().getToolBarManager().add(compare);
        MenuManager menu = new MenuManager();
        menu.add(compare);
        menu.add(cancelJobs);
        menu.addMenuListener(m -> cancelJobs.setEnabled(!selectedSubmissions().isEmpty()));
        viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
        clusterWatch = new ClusterRunsWatch(() -> entries, message -> {
            if (!viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(() -> {
                    if (!viewer.getControl().isDisposed()) {
                        setContentDescription(message == null ? "" : message);
                    }
                });
            }
        });
        getSite().setSelectionProvider(viewer);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(runFileListener, IResourceChangeEvent.POST_CHANGE);
        refresh();
    }

    private final class GroupContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ExperimentGroup group ? group.runs().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ExperimentGroup group && !group.runs().isEmpty();
        }
    }

    private void column(String title, int width, Function<ExperimentGroup, String> groupText,
            Function<RunEntry, String> runText) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ExperimentGroup group ? groupText.apply(group)
                        : runText.apply((RunEntry) element);
            }
        });
    }

    private String summary(RunEntry entry, Function<RunSummary, String> text) {
        if (!entry.isReadable()) {
            return "";
        }
        RunSummary summary = summaries.get(entry);
        return text.apply(summary != null ? summary : RunSummary.of(entry.run()));
    }

    private static String findings(RunSummary summary) {
        List<String> parts = new ArrayList<>();
        if (summary.critical() > 0) {
            parts.add(summary.critical() + " critical");
        }
        if (summary.warnings() > 0) {
            parts.add(summary.warnings() + (summary.warnings() == 1 ? " warning" : " warnings"));
        }
        return String.join(", ", parts);
    }

    private static String device(Run run) {
        BackendInfo backend = run.getBackend();
        String job = run.getClusterJob() == null || run.getClusterJob().isBlank() ? ""
                : "Slurm job " + run.getClusterJob();
        if (backend == null) {
            return job;
        }
        String name = backend.getDeviceName() == null ? "" : backend.getDeviceName();
        return backend.getKind().getLiteral() + (name.isEmpty() ? "" : " · " + name) + (job.isEmpty() ? ""
                : " · " + job);
    }

    /** The submissions (study or run folders) of the selected cluster runs. */
    private List<java.nio.file.Path> selectedSubmissions() {
        java.util.Set<java.nio.file.Path> folders = new java.util.LinkedHashSet<>();
        for (Object selected : viewer.getStructuredSelection().toList()) {
            if (selected instanceof RunEntry entry && entry.isReadable() && entry.run().getClusterJob() != null
                    && !entry.run().getClusterJob().isBlank() && entry.file().getLocation() != null) {
                java.nio.file.Path submission = org.confounderlab.engine.slurm.ClusterSubmission.findFor(entry.file()
                        .getLocation().toFile().toPath().getParent());
                if (submission != null) {
                    folders.add(submission);
                }
            }
        }
        return List.copyOf(folders);
    }

    /** Asks, then cancels the selected runs' submissions ({@code scancel}); their unfinished runs read cancelled. */
    public void cancelClusterJobs() {
        List<java.nio.file.Path> submissions = selectedSubmissions();
        if (submissions.isEmpty()) {
            MessageDialog.openInformation(getSite().getShell(), "Cancel Cluster Jobs", "None of the selected runs is "
                    + "a cluster job.");
            return;
        }
        StringBuilder what = new StringBuilder();
        for (java.nio.file.Path folder : submissions) {
            try {
                org.confounderlab.engine.slurm.ClusterSubmission submission = org.confounderlab.engine.slurm
                        .ClusterSubmission.read(folder);
                what.append(submission.study() ? "study " : "run ").append(folder.getFileName()).append(" (")
                        .append(submission.tasks().size()).append(" runs; jobs ").append(String.join(" ",
                                submission.jobs())).append(")\n");
            } catch (java.io.IOException e) {
                what.append(folder).append(": ").append(e.getMessage()).append('\n');
            }
        }
        if (!MessageDialog.openQuestion(getSite().getShell(), "Cancel Cluster Jobs", "Cancel with scancel:\n\n"
                + what + "\nRuns that have not finished will read cancelled; their finished epochs are kept.")) {
            return;
        }
        StringBuilder failures = new StringBuilder();
        for (java.nio.file.Path folder : submissions) {
            try {
                org.confounderlab.engine.slurm.SlurmExecutor.cancel(folder, new org.confounderlab.engine.slurm
                        .SlurmCommands(), new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            } catch (java.io.IOException | org.confounderlab.engine.slurm.SlurmException e) {
                failures.append(folder).append(": ").append(e.getMessage()).append('\n');
            }
        }
        for (Object selected : viewer.getStructuredSelection().toList()) {
            if (selected instanceof RunEntry entry) {
                try {
                    entry.file().getParent().getParent().refreshLocal(org.eclipse.core.resources.IResource
                            .DEPTH_INFINITE, null);
                } catch (CoreException e) {
                    failures.append(e.getMessage()).append('\n');
                }
            }
        }
        if (failures.length() > 0) {
            MessageDialog.openError(getSite().getShell(), "Cancel Cluster Jobs", failures.toString());
        }
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "";
    }

    private static String format(Date date) {
        return date == null ? "" : DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT).format(date);
    }

    /** Whether a row (or, for a group, any of its runs) contains the filter text in its columns. */
    private static boolean matches(Object element, String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (element instanceof ExperimentGroup group) {
            return group.name().toLowerCase(Locale.ROOT).contains(text)
                    || group.runs().stream().anyMatch(r -> matches(r, text));
        }
        RunEntry entry = (RunEntry) element;
        String row = String.join(" ", entry.experimentName(), entry.runId(),
                entry.isReadable() ? entry.status().getLiteral() : "unreadable",
                entry.isReadable() ? device(entry.run()) : "", entry.file().getProject().getName());
        return row.toLowerCase(Locale.ROOT).contains(text);
    }

    static List<ExperimentGroup> group(List<RunEntry> entries) {
        Map<String, List<RunEntry>> byExperiment = new LinkedHashMap<>();
        for (RunEntry entry : entries) {
            byExperiment.computeIfAbsent(entry.file().getProject().getName() + "/" + entry.experimentName(),
                    k -> new ArrayList<>()).add(entry);
        }
        List<ExperimentGroup> groups = new ArrayList<>();
        byExperiment.values().forEach(runs -> groups.add(new ExperimentGroup(runs.get(0).experimentName(), runs)));
        return groups;
    }

    /** Re-reads the runs in the background (only files that changed) and shows them. */
    public synchronized void refresh() {
        if (refreshJob != null && (refreshJob.getState() == Job.SLEEPING || refreshJob.getState() == Job.WAITING)) {
            return; // one is already queued and will see this change too
        }
        refreshJob = new Job("Reading Confounder Lab runs") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    List<RunEntry> found = store.findRuns();
                    Map<RunEntry, RunSummary> computed = new java.util.IdentityHashMap<>();
                    for (RunEntry entry : found) {
                        if (entry.isReadable()) {
                            computed.put(entry, RunSummary.of(entry.run()));
                        }
                    }
                    List<ExperimentGroup> groups = group(found);
                    if (!viewer.getControl().isDisposed()) {
                        viewer.getControl().getDisplay().asyncExec(() -> {
                            if (!viewer.getControl().isDisposed()) {
                                java.util.Set<String> expanded = new java.util.HashSet<>();
                                for (Object element : viewer.getExpandedElements()) {
                                    expanded.add(((ExperimentGroup) element).name());
                                }
                                viewer.getTree().setRedraw(false); // one paint for the whole new tree
                                try {
                                    summaries = computed;
                                    entries = found; // what the tree shows, from here on
                                    clusterWatch.watch();
                                    viewer.setInput(groups);
                                    // Few runs: every experiment open but those the user closed. Many: only those
                                    // the user opened, so a thousand rows are not built at once.
                                    boolean few = found.size() <= UiPreferences.expandRunsUpTo();
                                    for (ExperimentGroup group : groups) {
                                        if (few ? !collapsedByUser.contains(group.name())
                                                : expanded.contains(group.name())) {
                                            viewer.setExpandedState(group, true);
                                        }
                                    }
                                } finally {
                                    viewer.getTree().setRedraw(true);
                                }
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
        refreshJob.setSystem(true);
        refreshJob.schedule(100); // changes come in bursts (a run folder refreshed): read once for the burst
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
                return !runFileChanged[0];
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
            MessageDialog.openError(getSite().getShell(), "Cannot open the run", entry.loadProblem());
            return;
        }
        try {
            RunView view = (RunView) getSite().getPage().showView(RunView.ID);
            view.show(entry.file().getLocation().toPath());
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open the Run view", e.getMessage());
        }
    }

    /** Opens the comparison of the selected readable runs (two or more). */
    public void compareSelected() {
        List<RunEntry> selected = new ArrayList<>();
        for (Object element : viewer.getStructuredSelection().toList()) {
            if (element instanceof RunEntry entry && entry.isReadable()) {
                selected.add(entry);
            } else if (element instanceof ExperimentGroup group) {
                group.runs().stream().filter(RunEntry::isReadable).forEach(selected::add);
            }
        }
        if (selected.size() < 2) {
            MessageDialog.openInformation(getSite().getShell(), "Compare runs",
                    "Select two or more runs (or an experiment) to compare.");
            return;
        }
        try {
            RunComparisonView view = (RunComparisonView) getSite().getPage().showView(RunComparisonView.ID);
            view.show(selected);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open the comparison", e.getMessage());
        }
    }

    /** Selects these runs in the tree (as a user's click would). */
    public void select(List<RunEntry> runs) {
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(runs), true);
    }

    /** Sets the filter text, as typed. */
    public void setFilterText(String text) {
        filter.setText(text);
    }

    /** The runs currently known to the view (after the last refresh). */
    public List<RunEntry> getEntries() {
        return entries;
    }

    /** Run rows the tree shows now (the filter applied). */
    public int getRowCount() {
        int rows = 0;
        for (org.eclipse.swt.widgets.TreeItem group : viewer.getTree().getItems()) {
            rows += group.getItemCount();
        }
        return rows;
    }

    /** The tree (for tests and keyboard access). */
    public org.eclipse.swt.widgets.Tree getTree() {
        return viewer.getTree();
    }

    /** Experiment rows the tree shows now. */
    public int getGroupCount() {
        return viewer.getTree().getItemCount();
    }

    /** The texts of the row of run {@code runId} as the view shows them, column by column; empty when not shown. */
    public List<String> rowTexts(String runId) {
        for (org.eclipse.swt.widgets.TreeItem group : viewer.getTree().getItems()) {
            viewer.setExpandedState(group.getData(), true);
            for (org.eclipse.swt.widgets.TreeItem item : group.getItems()) {
                if (item.getData() instanceof RunEntry entry && entry.runId().equals(runId)) {
                    List<String> texts = new ArrayList<>();
                    for (int c = 0; c < viewer.getTree().getColumnCount(); c++) {
                        texts.add(item.getText(c));
                    }
                    return texts;
                }
            }
        }
        return List.of();
    }

    /** The line above the runs: empty, or why cluster runs could not be checked. */
    public String descriptionText() {
        return getContentDescription();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(runFileListener);
        if (clusterWatch != null) {
            clusterWatch.cancel();
        }
        super.dispose();
    }
}

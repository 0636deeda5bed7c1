package org.confounderlab.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.confounderlab.core.runs.RunStore;
import org.confounderlab.launch.training.TrainingEvent;
import org.confounderlab.launch.training.TrainingEvent.BatchEvent;
import org.confounderlab.launch.training.TrainingEvent.EpochEvent;
import org.confounderlab.launch.training.TrainingEvent.RunFolderEvent;
import org.confounderlab.launch.training.TrainingSession;
import org.confounderlab.launch.training.TrainingSessions;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.FeatureSlice;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.InputRecord;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.SubgroupMetric;
import org.confounderlab.ui.charts.AucBarChart;
import org.confounderlab.ui.charts.ChartExport;
import org.confounderlab.ui.charts.RocChart;
import org.confounderlab.ui.charts.TrainingCurvesChart;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * One run: what it is and how it stands, its training curves, its evaluations and its findings. While a training
 * launch runs, the view follows it and redraws the curves after every epoch.
 */
public class RunView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.views.run";
    /** Family of the job that reads the shown run (join it to wait for the view to be up to date). */
    public static final Object LOAD_FAMILY = new Object();

    private Label header;
    private Text error;
    private Label progress;
    private TabFolder charts;
    /** The id of the run shown last, so a reload of the same run keeps the user's tab. */
    private String shownBefore;
    private TabFolder tables;
    private TrainingCurvesChart curves;
    private RocChart roc;
    private AucBarChart aucBars;
    private TableViewer results;
    private TableViewer comparisons;
    private TableViewer subgroups;
    private TableViewer shifts;
    private TableViewer mitigations;
    private TableViewer slices;
    private ThumbnailGrid sliceImages;
    /** The job family of reading a slice's images. */
    public static final Object SLICE_IMAGES_FAMILY = new Object();
    private TableViewer probes;
    private TableViewer attention;
    private TableViewer deletions;
    private TableViewer findings;
    private HeatmapGallery heatmaps;
    private volatile Path runFile;
    private volatile Run run;
    private final TrainingSessions.Listener sessionListener = new TrainingSessions.Listener() {
        @Override
        public void changed(TrainingSession session, TrainingEvent event) {
            sessionChanged(session, event);
        }

        @Override
        public void ended(TrainingSession session) {
            if (isShown(session)) {
                asyncExec(() -> progress.setText(""));
                load();
            }
        }
    };
    private final IResourceChangeListener runFileListener = this::resourceChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 6;
        composite.setLayout(layout);
        header = new Label(composite, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        header.setText("No run shown. Double-click a run in the Runs view, or launch a training.");
        error = new Text(composite, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData errorData = new GridData(SWT.FILL, SWT.TOP, true, false);
        errorData.heightHint = 3 * error.getLineHeight();
        errorData.exclude = true;
        error.setLayoutData(errorData);
        error.setVisible(false);
        error.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        progress = new Label(composite, SWT.NONE);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(composite, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        charts = new TabFolder(sash, SWT.TOP);
        curves = new TrainingCurvesChart(charts);
        chartTab(charts, "Training", curves.getChart());
        roc = new RocChart(charts);
        chartTab(charts, "ROC", roc.getChart());
        aucBars = new AucBarChart(charts);
        chartTab(charts, "AUC", aucBars.getChart());
        ChartExport.addMenu(curves.getChart(), "training-curves");
        ChartExport.addMenu(roc.getChart(), "roc");
        ChartExport.addMenu(aucBars.getChart(), "auc");
        tables = new TabFolder(sash, SWT.TOP);
        TabFolder tabs = tables;
        results = table(tabs, "Evaluations");
        TextColumns.<ResultRow>add(results, "Evaluation", 170, ResultRow::evaluation);
        TextColumns.<ResultRow>add(results, "Label", 120, row -> row.label().getLabel());
        TextColumns.<ResultRow>add(results, "AUC", 70, row -> Numbers.decimal(row.label().getAuc()));
        TextColumns.<ResultRow>add(results, "95% CI", 120, row -> Numbers.interval(row.label().getCiLower(),
                row.label().getCiUpper()));
        TextColumns.<ResultRow>add(results, "Images", 70, row -> String.valueOf(row.images()));
        comparisons = table(tabs, "DeLong tests");
        TextColumns.<AucComparison>add(comparisons, "Label", 110, AucComparison::getLabel);
        TextColumns.<AucComparison>add(comparisons, "Baseline", 120, row -> name(row.getBaseline()));
        TextColumns.<AucComparison>add(comparisons, "Variant", 120, row -> name(row.getVariant()));
        TextColumns.<AucComparison>add(comparisons, "ΔAUC", 70, row -> Numbers.decimal(row.getDeltaAuc()));
        TextColumns.<AucComparison>add(comparisons, "95% CI", 120, row -> Numbers.interval(row.getCiLower(),
                row.getCiUpper()));
        TextColumns.<AucComparison>add(comparisons, "z", 60, row -> Numbers.decimal(row.getZ()));
        TextColumns.<AucComparison>add(comparisons, "p", 80, row -> formatP(row.getPValue()));
        TextColumns.<AucComparison>add(comparisons, "Method", 140, AucComparison::getMethod);
        subgroups = table(tabs, "Subgroups");
        TextColumns.<SubgroupMetric>add(subgroups, "Attribute", 110, SubgroupMetric::getAttribute);
        TextColumns.<SubgroupMetric>add(subgroups, "Value", 90, SubgroupMetric::getValue);
        TextColumns.<SubgroupMetric>add(subgroups, "Label", 100, SubgroupMetric::getLabel);
        TextColumns.<SubgroupMetric>add(subgroups, "n", 50, row -> String.valueOf(row.getN()));
        TextColumns.<SubgroupMetric>add(subgroups, "Prevalence", 80, row -> Numbers.decimal(row.getPrevalence()));
        TextColumns.<SubgroupMetric>add(subgroups, "AUC", 60, row -> Numbers.decimal(row.getAuc()));
        TextColumns.<SubgroupMetric>add(subgroups, "95% CI", 120, row -> Numbers.interval(row.getCiLower(),
                row.getCiUpper()));
        TextColumns.<SubgroupMetric>add(subgroups, "Sensitivity", 80, row -> Numbers.decimal(row.getSensitivity()));
        TextColumns.<SubgroupMetric>add(subgroups, "Specificity", 80, row -> Numbers.decimal(row.getSpecificity()));
        shifts = table(tabs, "Shift tests");
        TextColumns.<ShiftTest>add(shifts, "Attribute", 150, ShiftTest::getAttribute);
        TextColumns.<ShiftTest>add(shifts, "Label", 100, ShiftTest::getLabel);
        TextColumns.<ShiftTest>add(shifts, "n", 50, row -> String.valueOf(row.getCases()));
        TextColumns.<ShiftTest>add(shifts, "AUC flipped", 85, row -> Numbers.decimal(row.getAuc()));
        TextColumns.<ShiftTest>add(shifts, "95% CI", 120, row -> Numbers.interval(row.getCiLower(),
                row.getCiUpper()));
        TextColumns.<ShiftTest>add(shifts, "AUC whole test", 100, row -> Numbers.decimal(row.getInDistributionAuc()));
        TextColumns.<ShiftTest>add(shifts, "Subgroup prevalence, before to after", 420, ShiftTest::getGroups);
        shifts.getTable().setToolTipText("AUC on the test images re-sampled so that the attribute's association "
                + "with the label is reversed: a model that reads the label from the attribute drops here");
        probes = table(tabs, "Attribute probes");
        TextColumns.<AttributeProbe>add(probes, "Attribute", 200, AttributeProbe::getAttribute);
        TextColumns.<AttributeProbe>add(probes, "Method", 100, AttributeProbe::getMethod);
        TextColumns.<AttributeProbe>add(probes, "AUC", 60, row -> Numbers.decimal(row.getAuc()));
        TextColumns.<AttributeProbe>add(probes, "95% CI", 120, row -> Numbers.interval(row.getCiLower(),
                row.getCiUpper()));
        TextColumns.<AttributeProbe>add(probes, "Folds", 50, row -> String.valueOf(row.getFolds()));
        attention = table(tabs, "Attention");
        TextColumns.<SaliencySummary>add(attention, "Method", 90, row -> SaliencyMethodNames.of(row.getMethod()));
        TextColumns.<SaliencySummary>add(attention, "Region", 100, SaliencySummary::getRegionName);
        TextColumns.<SaliencySummary>add(attention, "Label", 90, SaliencySummary::getLabel);
        TextColumns.<SaliencySummary>add(attention, "Images", 140, SaliencySummary::getSubset);
        TextColumns.<SaliencySummary>add(attention, "Share of heat", 95, row -> Numbers.decimal(row.getMeanShare()));
        TextColumns.<SaliencySummary>add(attention, "95% CI", 120, row -> Numbers.interval(row.getCiLower(),
                row.getCiUpper()));
        TextColumns.<SaliencySummary>add(attention, "Share of area", 95, row -> Numbers.decimal(row.getAreaShare()));
        TextColumns.<SaliencySummary>add(attention, "n", 50, row -> String.valueOf(row.getN()));
        deletions = table(tabs, "Deletion test");
        deletions.getTable().setToolTipText("Do the heat maps explain the model? Pixels removed hottest first against "
                + "at random; a larger difference (interval above 0) means the maps point at what the model uses");
        TextColumns.<org.confounderlab.model.run.DeletionTest>add(deletions, "Label", 120,
                org.confounderlab.model.run.DeletionTest::getLabel);
        TextColumns.<org.confounderlab.model.run.DeletionTest>add(deletions, "Images", 60,
                row -> String.valueOf(row.getImages()));
        TextColumns.<org.confounderlab.model.run.DeletionTest>add(deletions, "Area, hottest first", 130,
                row -> Numbers.decimal(row.getMapArea()));
        TextColumns.<org.confounderlab.model.run.DeletionTest>add(deletions, "Area, random", 100,
                row -> Numbers.decimal(row.getRandomArea()));
        TextColumns.<org.confounderlab.model.run.DeletionTest>add(deletions, "Difference", 90,
                row -> Numbers.decimal(row.getDifference()));
        TextColumns.<org.confounderlab.model.run.DeletionTest>add(deletions, "95% CI", 120,
                row -> Numbers.interval(row.getCiLower(), row.getCiUpper()));
        TabItem heatmapTab = new TabItem(tabs, SWT.NONE);
        heatmapTab.setText("Heat maps");
        heatmaps = new HeatmapGallery(tabs, this::openInSaliencyViewer);
        heatmapTab.setControl(heatmaps.getControl());
        findings = table(tabs, "Findings");
        TableViewerColumn severity = TextColumns.<Finding>add(findings, "Severity", 100, row -> row.getSeverity()
                .getLiteral().toLowerCase(Locale.ROOT));
        severity.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((Finding) element).getSeverity().getLiteral().toLowerCase(Locale.ROOT);
            }

            @Override
            public Image getImage(Object element) {
                String image = switch (((Finding) element).getSeverity()) {
                    case CRITICAL -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                    default -> ISharedImages.IMG_OBJS_INFO_TSK;
                };
                return PlatformUI.getWorkbench().getSharedImages().getImage(image);
            }
        });
        TextColumns.<Finding>add(findings, "Kind", 120, Finding::getKind);
        TextColumns.<Finding>add(findings, "Finding", 600, Finding::getMessage);
        findings.getTable().setToolTipText("Double-click a finding to see its evidence");
        findings.addDoubleClickListener(e -> showEvidence((Finding) findings.getStructuredSelection()
                .getFirstElement()));
        mitigations = table(tabs, "Mitigations");
        TextColumns.<MitigationRow>add(mitigations, "Mitigation", 110, MitigationRow::mitigation);
        TextColumns.<MitigationRow>add(mitigations, "Subgroup or term", 260, MitigationRow::item);
        TextColumns.<MitigationRow>add(mitigations, "Label", 90, MitigationRow::label);
        TextColumns.<MitigationRow>add(mitigations, "Counts", 170, MitigationRow::counts);
        TextColumns.<MitigationRow>add(mitigations, "Weights", 170, MitigationRow::weights);
        TextColumns.<MitigationRow>add(mitigations, "Values", 280, MitigationRow::values);
        mitigations.getTable().setToolTipText("Group-balanced training's sampling weights per subgroup, and "
                + "distillation's teacher and loss terms (weight × scale × value enters the loss)");
        TabItem slicesTab = new TabItem(tabs, SWT.NONE);
        slicesTab.setText("Slices");
        org.eclipse.swt.custom.SashForm slicesSash = new org.eclipse.swt.custom.SashForm(tabs, SWT.VERTICAL);
        slices = new TableViewer(slicesSash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        slices.getTable().setHeaderVisible(true);
        slices.getTable().setLinesVisible(true);
        slices.setContentProvider(ArrayContentProvider.getInstance());
        TextColumns.<FeatureSlice>add(slices, "Slice", 50, row -> String.valueOf(row.getIndex()));
        TextColumns.<FeatureSlice>add(slices, "Images", 60, row -> String.valueOf(row.getSize()));
        TextColumns.<FeatureSlice>add(slices, "Prevalence", 110, row -> Numbers.decimal(row.getPrevalence())
                + " (" + Numbers.decimal(row.getRestPrevalence()) + ")");
        TextColumns.<FeatureSlice>add(slices, "Loss ×", 60, row -> Numbers.decimal(row.getLossRatio()));
        TextColumns.<FeatureSlice>add(slices, "Errors (rest)", 110, row -> String.format(Locale.ROOT,
                "%.0f %% (%.0f %%)", 100 * row.getErrorRate(), 100 * row.getRestErrorRate()));
        TextColumns.<FeatureSlice>add(slices, "p", 70, row -> formatP(row.getErrorP()));
        TextColumns.<FeatureSlice>add(slices, "Label AUC", 75, row -> Numbers.decimal(row.getLabelAuc()));
        TextColumns.<FeatureSlice>add(slices, "Goes with", 260, row -> row.getAttribute() == null ? "" : String
                .format(Locale.ROOT, "%s = %s in %.0f %% (V %.2f)", row.getAttribute(), row.getAttributeValue(),
                        100 * row.getValueShare(), row.getAttributeV()));
        slices.getTable().setToolTipText("Clusters of the test images in the model's feature space (PCA, Gaussian "
                + "mixture by BIC), most error-enriched first; select one to see its images");
        sliceImages = new ThumbnailGrid(slicesSash);
        sliceImages.show(List.of(), "Select a slice to see its test images.");
        slicesSash.setWeights(40, 60);
        slicesTab.setControl(slicesSash);
        slices.addSelectionChangedListener(e -> showSliceImages((FeatureSlice) slices.getStructuredSelection()
                .getFirstElement()));
        sash.setWeights(68, 32);
        TrainingSessions.addListener(sessionListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(runFileListener, IResourceChangeEvent.POST_CHANGE);
        // A training that was launched before the view opened.
        List<TrainingSession> active = TrainingSessions.active();
        for (int i = active.size() - 1; i >= 0; i--) {
            Optional<Path> folder = active.get(i).runFolder();
            if (folder.isPresent()) {
                show(folder.get().resolve(RunStore.RUN_FILE));
                break;
            }
        }
    }

    private record ResultRow(String evaluation, LabelEvaluation label, int images) {
    }

    private static void chartTab(TabFolder tabs, String title, org.eclipse.swt.widgets.Control chart) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(chart);
    }

    private static String name(Evaluation evaluation) {
        return evaluation == null ? "" : evaluation.getInterventionName();
    }

    private static String formatP(double p) {
        return !Double.isFinite(p) ? "–" : p < 0.001 ? String.format(Locale.ROOT, "%.1e", p)
                : String.format(Locale.ROOT, "%.4f", p);
    }

    private static TableViewer table(TabFolder tabs, String title) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(title);
        TableViewer viewer = new TableViewer(tabs, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        item.setControl(viewer.getControl());
        return viewer;
    }

    /** Shows the run in {@code file} (a {@code run.run}); a training launched later takes the view over. */
    public void show(Path file) {
        runFile = file;
        load();
    }

    private void sessionChanged(TrainingSession session, TrainingEvent event) {
        switch (event) {
            case RunFolderEvent folder -> show(folder.folder().resolve(RunStore.RUN_FILE)); // a new launch takes over
            case EpochEvent epoch -> {
                if (isShown(session)) {
                    asyncExec(() -> progress.setText(String.format(Locale.ROOT, "Training: epoch %d/%d finished",
                            epoch.epoch(), epoch.epochs())));
                    load();
                }
            }
            case BatchEvent batch -> {
                if (isShown(session)) {
                    asyncExec(() -> progress.setText(String.format(Locale.ROOT,
                            "Training: epoch %d/%d, batch %d/%d, loss %.4f, about %s left", batch.epoch(),
                            batch.epochs(), batch.batch(), batch.batches(), batch.loss(),
                            org.confounderlab.engine.report.Formats.duration(batch.etaSeconds()))));
                }
            }
        }
    }

    private boolean isShown(TrainingSession session) {
        Path shown = runFile;
        return shown != null && session.runFolder().map(f -> f.resolve(RunStore.RUN_FILE).equals(shown)).orElse(false);
    }

    private void resourceChanged(IResourceChangeEvent event) {
        Path shown = runFile;
        if (event.getDelta() == null || shown == null) {
            return;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(shown));
        if (file != null) {
            IResourceDelta delta = event.getDelta().findMember(file.getFullPath());
            if (delta != null) {
                load();
            }
        }
    }

    /**
     * Shows what a finding rests on: the table row of each object it names (an evaluation, a DeLong test, a subgroup,
     * a shift test, a probe or an attention summary), the worst explained image of an attention finding in the saliency viewer,
     * or the other run it compares with.
     */
    public void showEvidence(Finding finding) {
        if (finding == null || run == null) {
            return;
        }
        for (String evidence : finding.getEvidence()) {
            if (evidence.endsWith(RunStore.RUN_FILE) && runFile != null) {
                Path other = runFile.getParent().resolve(evidence).normalize();
                if (Files.isRegularFile(other)) {
                    show(other);
                    return;
                }
                continue;
            }
            org.eclipse.emf.ecore.EObject object = run.eResource() == null ? null
                    : run.eResource().getEObject(evidence);
            if (object instanceof LabelEvaluation label) {
                tables.setSelection(0);
                select(results, ((List<?>) results.getInput()).stream()
                        .filter(row -> ((ResultRow) row).label() == label).findFirst().orElse(null));
            } else if (object instanceof AucComparison) {
                tables.setSelection(1);
                select(comparisons, object);
            } else if (object instanceof SubgroupMetric) {
                tables.setSelection(2);
                select(subgroups, object);
            } else if (object instanceof ShiftTest) {
                tables.setSelection(3);
                select(shifts, object);
            } else if (object instanceof AttributeProbe) {
                tables.setSelection(4);
                select(probes, object);
            } else if (object instanceof SaliencySummary summary) {
                tables.setSelection(5);
                select(attention, object);
                SaliencyView viewer = openSaliencyViewer();
                if (viewer != null) {
                    viewer.showWorst(summary.getLabel(), summary.getRegionName());
                }
            } else {
                continue;
            }
            return;
        }
    }

    private static void select(TableViewer viewer, Object row) {
        if (row != null) {
            viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
        }
    }

    private void openInSaliencyViewer(org.confounderlab.model.run.Artifact overlay) {
        SaliencyView viewer = openSaliencyViewer();
        if (viewer != null && run != null) {
            run.getSaliencyCases().stream().filter(c -> overlay.getPath().equals(c.getOverlay())).findFirst()
                    .ifPresent(c -> viewer.showImage(c.getLabel(), c.getImage()));
        }
    }

    private SaliencyView openSaliencyViewer() {
        try {
            return (SaliencyView) getSite().getPage().showView(SaliencyView.ID);
        } catch (org.eclipse.ui.PartInitException e) {
            org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Saliency viewer",
                    "The saliency viewer cannot be opened.", e.getStatus());
            return null;
        }
    }

    /** Reads the shown run in the background, then draws it. */
    private void load() {
        Path file = runFile;
        if (file == null) {
            return;
        }
        Job job = new Job("Reading run " + file.getParent().getFileName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Run loaded = null;
                String problem = null;
                if (!Files.isRegularFile(file)) {
                    problem = "Waiting for the run file " + file;
                } else {
                    try {
                        loaded = ModelFiles.loadRun(file);
                    } catch (ModelLoadException e) {
                        problem = e.getMessage();
                    }
                }
                Run result = loaded;
                String message = problem;
                asyncExec(() -> display(file, result, message));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == LOAD_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    private void display(Path file, Run loaded, String problem) {
        if (!file.equals(runFile)) {
            return; // another run was asked for meanwhile
        }
        if (loaded == null) {
            header.setText(problem);
            return;
        }
        run = loaded;
        setContentDescription(loaded.getExperiment() == null ? loaded.getId()
                : loaded.getExperiment().getName() + " / " + loaded.getId());
        header.setText(describe(loaded));
        String message = loaded.getErrorMessage() == null ? "" : loaded.getErrorMessage().strip();
        error.setText(message);
        error.setVisible(!message.isEmpty());
        ((GridData) error.getLayoutData()).exclude = message.isEmpty();
        curves.show(loaded.getEpochs(), epochAxis(loaded));
        if (loaded.getImportedModel() != null && !java.util.Objects.equals(loaded.getId(), shownBefore)
                && charts.getSelectionIndex() == 0) {
            charts.setSelection(1); // a model trained elsewhere has no training curves: its ROC curves first
        }
        shownBefore = loaded.getId();
        List<ResultRow> rows = new ArrayList<>();
        for (Evaluation evaluation : loaded.getEvaluations()) {
            for (LabelEvaluation label : evaluation.getLabels()) {
                rows.add(new ResultRow(evaluation.getInterventionName(), label, evaluation.getN()));
            }
        }
        results.setInput(rows);
        roc.show(loaded.getEvaluations());
        aucBars.show(loaded.getEvaluations());
        comparisons.setInput(loaded.getComparisons());
        subgroups.setInput(loaded.getSubgroups());
        shifts.setInput(loaded.getShiftTests());
        probes.setInput(loaded.getProbes());
        attention.setInput(loaded.getSaliency());
        deletions.setInput(loaded.getDeletionTests());
        heatmaps.show(loaded, file.getParent());
        findings.setInput(loaded.getFindings());
        mitigations.setInput(MitigationRow.of(loaded));
        slices.setInput(loaded.getSlices());
        sliceImages.show(List.of(), loaded.getSlices().isEmpty() ? "No slices: slice discovery needs attribute "
                + "probes and at least 50 test images." : "Select a slice to see its test images.");
        header.getParent().layout(true, true);
        ShownRun.set(file, loaded);
    }

    /**
     * How far the epoch axis runs: a running training's planned epochs when they are few, so the curves grow into
     * the axis; else (long plans, ended runs) just past the epochs there are, so they fill the width.
     */
    static int epochAxis(Run run) {
        int done = run.getEpochs().isEmpty() ? 0 : run.getEpochs().get(run.getEpochs().size() - 1).getIndex();
        int planned = run.getExperiment() != null && run.getExperiment().getTraining() != null
                ? run.getExperiment().getTraining().getEpochs() : done;
        if (run.getStatus() == org.confounderlab.model.run.RunStatus.RUNNING) {
            return planned <= 30 ? planned : Math.min(planned, Math.max(10, 2 * done));
        }
        return Math.max(done, Math.min(planned, 5));
    }

    /** One paragraph: experiment, run, status, epochs, device (the error has a box of its own). */
    static String describe(Run run) {
        StringBuilder text = new StringBuilder();
        text.append(run.getExperiment() != null ? run.getExperiment().getName() : "?").append("  ·  run ")
                .append(run.getId()).append("  ·  ").append(run.getStatus().getLiteral().toLowerCase(Locale.ROOT));
        int planned = run.getExperiment() != null ? run.getExperiment().getTraining().getEpochs() : 0;
        if (run.getImportedModel() != null) {
            text.append("  ·  ONNX model, not trained here");
        } else {
            text.append("  ·  ").append(run.getEpochs().size()).append(planned > 0 ? "/" + planned : "")
                    .append(" epochs");
        }
        BackendInfo backend = run.getBackend();
        if (backend != null) {
            text.append("  ·  ").append(backend.getKind().getLiteral());
            if (run.getImportedModel() != null && backend.getNd4jBackend() != null) {
                text.append(" (").append(backend.getNd4jBackend()).append(')');
            }
            if (backend.getDeviceName() != null && !backend.getDeviceName().isBlank()) {
                text.append(" on ").append(backend.getDeviceName());
            }
            if (backend.getDriverVersion() != null && !backend.getDriverVersion().isBlank()) {
                text.append(", driver ").append(backend.getDriverVersion());
            }
            if (backend.getMemoryBytes() > 0) {
                text.append(String.format(Locale.ROOT, ", %.1f GiB", backend.getMemoryBytes() / 1073741824.0));
            }
        }
        String inputs = describeInputs(run);
        if (!inputs.isEmpty()) {
            text.append('\n').append(inputs);
        }
        String leaks = org.confounderlab.engine.run.LeakStage.describe(run);
        if (!leaks.isEmpty()) {
            text.append('\n').append(leaks);
        }
        for (String line : org.confounderlab.engine.run.ModelStart.describe(run)) {
            text.append('\n').append(line);
        }
        return text.toString();
    }

    /**
     * How the run read its data: images, skipped rows and unreadable images (their lists are files in the run
     * folder), and the preprocessed cache it built or reused; empty for runs recorded before this was kept.
     */
    static String describeInputs(Run run) {
        InputRecord inputs = run.getInputs();
        if (inputs == null) {
            return "";
        }
        StringBuilder text = new StringBuilder("data: ").append(inputs.getImages()).append(" images");
        if (inputs.getSkippedRows() > 0) {
            text.append(", ").append(inputs.getSkippedRows()).append(inputs.getSkippedRows() == 1 ? " row" : " rows")
                    .append(" skipped (skipped-rows.tsv)");
        }
        if (inputs.getBadImages() > 0) {
            text.append(", ").append(inputs.getBadImages()).append(inputs.getBadImages() == 1 ? " unreadable image"
                    : " unreadable images").append(" (bad-images.tsv)");
        }
        text.append("  ·  ");
        if (inputs.getCacheFile() == null || inputs.getCacheFile().isBlank()) {
            text.append(String.format(Locale.ROOT, "no cache: images decoded on every read (checked in %.1f s)",
                    inputs.getCacheMillis() / 1000.0));
        } else {
            text.append(String.format(Locale.ROOT, "cache %s in %.1f s: %d-bit, %s, %s",
                    inputs.isCacheBuilt() ? "built" : "reused", inputs.getCacheMillis() / 1000.0,
                    inputs.getCacheBits(), size(inputs.getCacheBytes()), inputs.getCacheFile()));
        }
        return text.toString();
    }

    private static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / 1073741824.0)
                : String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }

    private void asyncExec(Runnable runnable) {
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (header != null && !header.isDisposed()) {
                runnable.run();
            }
        });
    }

    /** The run shown, as last read (for tests). */
    public Run getRun() {
        return run;
    }

    /** The run file shown, if any. */
    public Optional<Path> getRunFile() {
        return Optional.ofNullable(runFile);
    }

    /** The training curves (for tests and export). */
    public TrainingCurvesChart getCurves() {
        return curves;
    }

    /** The header's text: run, status, device, and how the data was read. */
    public String getHeaderText() {
        return header.getText();
    }

    /** The error box's text (empty when the run has no error). */
    public String getErrorText() {
        return error.getText();
    }

    /** The ROC curves. */
    public RocChart getRoc() {
        return roc;
    }

    /** The AUC bars. */
    public AucBarChart getAucBars() {
        return aucBars;
    }

    /** Shows the chart tab at {@code index} (0 training, 1 ROC, 2 AUC). */
    public void showChart(int index) {
        charts.setSelection(index);
    }

    /** The findings listed. */
    public List<Finding> getFindings() {
        return run == null ? List.of() : run.getFindings();
    }

    /** The index of the table tab shown. */
    public int getShownTable() {
        return tables.getSelectionIndex();
    }

    /** The row selected in the table tab shown, or {@code null}. */
    public Object getSelectedRow() {
        TableViewer[] viewers = {results, comparisons, subgroups, shifts, probes, attention, null, findings,
            mitigations};
        TableViewer viewer = viewers[tables.getSelectionIndex()];
        Object row = viewer == null ? null : viewer.getStructuredSelection().getFirstElement();
        return row instanceof ResultRow result ? result.label() : row;
    }

    /**
     * Shows the table tab at {@code index}: evaluations, DeLong, subgroups, shift tests, probes, attention, heat maps,
     * findings, mitigations.
     */
    public void showTable(int index) {
        tables.setSelection(index);
    }

    /** Heat maps listed in the Heat maps tab. */
    public int getHeatmapCount() {
        return heatmaps.count();
    }

    /** The size of the heat map shown, or {@code null}. */
    public org.eclipse.swt.graphics.Rectangle getShownHeatmapBounds() {
        return heatmaps.image() == null ? null : heatmaps.image().getBounds();
    }

    /**
     * Row counts of the tables: evaluations, DeLong tests, subgroups, shift tests, probes, attention, findings,
     * mitigations.
     */
    public int[] getTableRowCounts() {
        return new int[] {results.getTable().getItemCount(), comparisons.getTable().getItemCount(),
            subgroups.getTable().getItemCount(), shifts.getTable().getItemCount(), probes.getTable().getItemCount(),
            attention.getTable().getItemCount(), findings.getTable().getItemCount(),
            mitigations.getTable().getItemCount(), slices.getTable().getItemCount()};
    }

    /** Selects slice {@code index} (from 0) in the Slices tab and shows its images (tests). */
    public void showSlice(int index) {
        tables.setSelection(9);
        Object row = ((List<?>) slices.getInput()).get(index);
        slices.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
    }

    /** How many images the Slices tab shows (tests). */
    public int getSliceImageCount() {
        return sliceImages.tileCount();
    }

    /** Up to 24 of {@code slice}'s test images from the run folder's slices.tsv, read in the background. */
    private void showSliceImages(FeatureSlice slice) {
        Path file = runFile;
        if (slice == null || file == null) {
            return;
        }
        sliceImages.show(List.of(), "Reading the images of slice " + slice.getIndex() + " …");
        Job job = new Job("Reading the images of slice " + slice.getIndex()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<ThumbnailGrid.Tile> tiles = new java.util.ArrayList<>();
                String message = "";
                try {
                    org.confounderlab.engine.image.ImageDecoder decoder = new org.confounderlab.engine.image
                            .ImageDecoder(org.confounderlab.engine.image.ColourMode.GRAY);
                    for (String line : Files.readAllLines(file.getParent().resolve(
                            org.confounderlab.engine.run.DiagnoseStage.SLICES_FILE))) {
                        String[] parts = line.split("\t", 2);
                        if (parts.length < 2 || !parts[0].equals(String.valueOf(slice.getIndex()))) {
                            continue;
                        }
                        Path image = Path.of(parts[1]);
                        String caption = "slice " + slice.getIndex() + "\n" + image.getFileName();
                        tiles.add(ThumbnailGrid.Tile.of(decoder, image, caption, java.util.Map.of()));
                        if (tiles.size() == 24 || monitor.isCanceled()) {
                            break;
                        }
                    }
                } catch (java.io.IOException e) {
                    message = file.getParent() + ": no list of the slices' images (" + e.getMessage() + ")";
                }
                String shown = message;
                asyncExec(() -> sliceImages.show(tiles, shown));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == SLICE_IMAGES_FAMILY;
            }
        };
        job.schedule();
    }

    /** The Mitigations tab's rows as shown, cell by cell. */
    public List<List<String>> getMitigationRows() {
        return TextColumns.cells(mitigations);
    }

    /** The rows of the evaluations table. */
    public int getResultRowCount() {
        return results.getTable().getItemCount();
    }

    /** The rows of the findings table. */
    public int getFindingRowCount() {
        return findings.getTable().getItemCount();
    }

    @Override
    public void setFocus() {
        curves.getChart().setFocus();
    }

    @Override
    public void dispose() {
        TrainingSessions.removeListener(sessionListener);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(runFileListener);
        super.dispose();
    }
}

package org.confounderlab.ui.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.confounderlab.core.compare.RunComparison;
import org.confounderlab.core.compare.RunComparison.Row;
import org.confounderlab.core.compare.RunComparison.SeedGroup;
import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.core.runs.StudyFinder;
import org.confounderlab.engine.report.StudyTable;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.Study;
import org.confounderlab.ui.charts.ChartExport;
import org.confounderlab.ui.charts.RunOverlayChart;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.part.ViewPart;

/**
 * Selected runs side by side: key metrics and experiment parameters in one table ("show differences only"),
 * validation AUC by epoch of every run overlaid, and mean ± sd over runs that differ only by training seed. The
 * table exports to CSV and LaTeX. When the runs include every arm of a study ({@code ./confounderlab study}), the
 * study's table comes first: one row per arm and one per paired DeLong test against the baseline.
 */
public class RunComparisonView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.views.comparison";
    /** The family of the background job that finds the compared runs' study. */
    public static final Object STUDY_FAMILY = new Object();

    private Label summary;
    private Label seedGroups;
    private Button differencesOnly;
    private TableViewer table;
    private RunOverlayChart overlay;
    private RunComparison comparison;
    private List<Run> runs = List.of();
    private Composite studyPanel;
    private Label studyTitle;
    private TableViewer studyArms;
    private TableViewer studyComparisons;
    private TableViewer studySeeds;
    private Study study;

    @Override
    public void createPartControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(4, false));
        summary = new Label(composite, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText("Select two or more runs in the Runs view and choose Compare Selected Runs.");
        differencesOnly = new Button(composite, SWT.CHECK);
        differencesOnly.setText("Show differences only");
        differencesOnly.setSelection(true);
        differencesOnly.addListener(SWT.Selection, e -> fillTable());
        Button csv = new Button(composite, SWT.PUSH);
        csv.setText("Export CSV…");
        csv.addListener(SWT.Selection, e -> exportInteractively("csv"));
        Button latex = new Button(composite, SWT.PUSH);
        latex.setText("Export LaTeX…");
        latex.addListener(SWT.Selection, e -> exportInteractively("tex"));
        seedGroups = new Label(composite, SWT.WRAP);
        seedGroups.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        SashForm sash = new SashForm(composite, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        createStudyPanel(sash);
        table = new TableViewer(sash, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        overlay = new RunOverlayChart(sash);
        ChartExport.addMenu(overlay.getChart(), "validation-auc-by-run");
        sash.setWeights(40, 35, 25);
        studyPanel.setVisible(false);
    }

    /** The study table: one row per arm and one per paired DeLong test against the baseline, shown for a study. */
    private void createStudyPanel(SashForm sash) {
        studyPanel = new Composite(sash, SWT.NONE);
        studyPanel.setLayout(new GridLayout(1, false));
        studyTitle = new Label(studyPanel, SWT.WRAP);
        studyTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        studyArms = studyTable(studyPanel, StudyTable.ARM_COLUMNS);
        studySeeds = studyTable(studyPanel, StudyTable.SEED_COLUMNS);
        studyComparisons = studyTable(studyPanel, StudyTable.COMPARISON_COLUMNS);
    }

    private static TableViewer studyTable(Composite parent, List<String> columns) {
        TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int c = 0; c < columns.size(); c++) {
            int index = c;
            TextColumns.<List<String>>add(viewer, columns.get(c), c == 0 ? 110 : columns.get(c).length() > 8 ? 150
                    : 90, row -> row.get(index));
        }
        return viewer;
    }

    /**
     * Looks in the background for the study these runs are the arms of (reading study files off the UI thread), then
     * shows it, unless other runs were compared meanwhile.
     */
    private void findStudy(List<RunEntry> entries) {
        List<Run> compared = runs;
        showStudy(null);
        Job job = new Job("Finding the study of the compared runs") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                Study found = StudyFinder.forRuns(entries).orElse(null);
                if (found != null && !studyPanel.isDisposed()) {
                    studyPanel.getDisplay().asyncExec(() -> {
                        if (!studyPanel.isDisposed() && runs == compared) {
                            showStudy(found);
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == STUDY_FAMILY;
            }
        };
        job.setSystem(true);
        job.schedule();
    }

    /** Shows {@code shown}'s table above the runs' comparison, or hides it ({@code null}). */
    private void showStudy(Study shown) {
        study = shown;
        studyPanel.setVisible(shown != null);
        if (shown != null) {
            studyTitle.setText("Study " + shown.getId() + " (" + shown.getStatus().getLiteral().toLowerCase(Locale.ROOT)
                    + ", label " + shown.getLabel() + "): every arm on the same splits and seeds. "
                    + StudyTable.shiftDescription(shown) + " Last table: each arm against the baseline, paired DeLong.");
            studyArms.setInput(StudyTable.armRows(shown));
            studyComparisons.setInput(StudyTable.comparisonRows(shown));
            studySeeds.setInput(StudyTable.seedRows(shown));
            ((GridData) studySeeds.getTable().getLayoutData()).exclude = shown.getSeeds() < 2;
            studySeeds.getTable().setVisible(shown.getSeeds() >= 2);
            for (TableViewer viewer : List.of(studyArms, studySeeds, studyComparisons)) {
                for (TableColumn column : viewer.getTable().getColumns()) {
                    column.pack();
                }
            }
        }
        studyPanel.getParent().layout(true, true);
    }

    /** The study shown above the comparison, or {@code null}. */
    public Study getStudy() {
        return study;
    }

    /** The study table's rows as shown: arms first, then the comparisons. */
    public List<List<String>> getStudyRows() {
        List<List<String>> rows = new ArrayList<>(TextColumns.cells(studyArms));
        rows.addAll(TextColumns.cells(studyComparisons));
        return rows;
    }

    /** Compares these runs. */
    public void show(List<RunEntry> entries) {
        runs = entries.stream().filter(RunEntry::isReadable).map(RunEntry::run).toList();
        comparison = new RunComparison(runs);
        summary.setText(runs.size() + " runs: " + String.join(", ", comparison.runIds()));
        seedGroups.setText(describe(comparison.seedGroups()));
        fillTable();
        overlay.show(runs);
        findStudy(entries);
        summary.getParent().layout(true, true);
    }

    /** One line per group of seed repeats: which runs, and the mean ± sd test AUC per label. */
    static String describe(List<SeedGroup> groups) {
        if (groups.isEmpty()) {
            return "No runs here differ only by training seed.";
        }
        List<String> lines = new ArrayList<>();
        for (SeedGroup group : groups) {
            List<String> aucs = new ArrayList<>();
            for (Map.Entry<String, double[]> label : group.aucMeanSd().entrySet()) {
                aucs.add(String.format(Locale.ROOT, "%s %.3f ± %.3f", label.getKey(), label.getValue()[0],
                        label.getValue()[1]));
            }
            lines.add("Seed repeats (n = " + group.runIds().size() + ": " + String.join(", ", group.runIds())
                    + "): test AUC " + String.join("; ", aucs) + " (mean ± sd)");
        }
        return String.join("\n", lines);
    }

    private void fillTable() {
        if (comparison == null) {
            return;
        }
        for (TableColumn column : table.getTable().getColumns()) {
            column.dispose();
        }
        column("", 190, -1);
        List<String> ids = comparison.runIds();
        for (int i = 0; i < ids.size(); i++) {
            column(ids.get(i), 150, i);
        }
        List<Row> rows = new ArrayList<>(comparison.metricRows());
        rows.addAll(comparison.parameterRows(differencesOnly.getSelection()));
        table.setInput(rows);
    }

    private void column(String title, int width, int index) {
        TextColumns.<Row>add(table, title, width, row -> index < 0 ? row.name() : row.values().get(index));
    }

    private void exportInteractively(String extension) {
        if (comparison == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFileName("run-comparison." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                export(Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(getSite().getShell(), "Export failed", e.getMessage());
            }
        }
    }

    /** Writes the table as shown (differences only or all) to {@code file}: LaTeX for {@code .tex}, else CSV. */
    public void export(Path file) throws IOException {
        boolean only = differencesOnly.getSelection();
        String text = file.getFileName().toString().endsWith(".tex") ? comparison.toLatex(only)
                : comparison.toCsv(only);
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Shows every parameter, or only those that differ. */
    public void setDifferencesOnly(boolean only) {
        differencesOnly.setSelection(only);
        fillTable();
    }

    /** The row names of the table, as shown. */
    public List<String> getRowNames() {
        List<String> names = new ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : table.getTable().getItems()) {
            names.add(item.getText(0));
        }
        return names;
    }

    /** The seed-repeat summary text. */
    public String getSeedGroupText() {
        return seedGroups.getText();
    }

    /** The overlay chart. */
    public RunOverlayChart getOverlay() {
        return overlay;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}

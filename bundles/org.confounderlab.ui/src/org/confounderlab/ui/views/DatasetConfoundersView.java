package org.confounderlab.ui.views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.audit.ExperimentDataAudit;
import org.confounderlab.engine.audit.SubgroupPrevalence;
import org.confounderlab.engine.audit.SubgroupSamples;
import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.ImageDecoder;
import org.confounderlab.engine.run.ExperimentRegions;
import org.confounderlab.model.experiment.DicomIntensity;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.ui.charts.AssociationHeatMap;
import org.confounderlab.ui.charts.AssociationHeatMap.Measure;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;

/**
 * The confounder audit of the selected experiment's data set: a heat map of attributes × labels (Cramér's V or the
 * attribute-only AUC), the associations as a sortable, filterable table, and the label's prevalence in each
 * subgroup of the selected association. The audit runs as a background job with progress and cancel.
 */
public class DatasetConfoundersView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.views.confounders";
    /** Family of the audit job. */
    public static final Object AUDIT_FAMILY = new Object();
    /** Family of the job that reads the example images of the selected association. */
    public static final Object EXAMPLES_FAMILY = new Object();
    /** Example images per subgroup and label value. */
    static final int EXAMPLES_PER_CELL = 3;
    /** Example images at most. */
    static final int EXAMPLES = 24;

    private Label header;
    private Text warnings;
    private ComboViewer measure;
    private Button imageProperties;
    private Text filter;
    private AssociationHeatMap heatMap;
    private TableViewer table;
    private Chart prevalence;
    private ThumbnailGrid examples;
    private Job examplesJob;
    private volatile ExperimentDataAudit.Result result;
    private volatile Function<ManifestEntry, Map<String, Box>> regions;
    private static final int CATEGORY_LENGTH = 14;
    /** How the shown experiment maps DICOM values: its example images look as its runs' inputs do. */
    private volatile DicomIntensity dicomIntensity = DicomIntensity.STORED_RANGE;
    private IFile shown;
    private Job job;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(4, false));
        header = new Label(composite, SWT.WRAP);
        header.setText("Select an .experiment file to audit its data set.");
        GridData headerData = new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1);
        headerData.widthHint = 200; // wraps to the view's width instead of widening it
        header.setLayoutData(headerData);
        new Label(composite, SWT.NONE).setText("Colour by:");
        measure = new ComboViewer(composite, SWT.READ_ONLY);
        measure.setContentProvider(ArrayContentProvider.getInstance());
        measure.setInput(Measure.values());
        measure.setSelection(new StructuredSelection(Measure.CRAMERS_V));
        measure.addSelectionChangedListener(e -> redrawHeatMap());
        filter = new Text(composite, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter attributes and labels");
        filter.setLayoutData(new GridData(180, SWT.DEFAULT));
        imageProperties = new Button(composite, SWT.CHECK);
        imageProperties.setText("Image properties");
        imageProperties.setToolTipText("Also measure every image (intensity, contrast, borders, noise, size, bit "
                + "depth, format, JPEG quality) and audit the properties like attributes: reads every image");
        imageProperties.addListener(SWT.Selection, e -> {
            if (shown != null) {
                show(shown);
            }
        });
        filter.addModifyListener(e -> {
            table.refresh();
            redrawHeatMap();
        });
        warnings = new Text(composite, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData warningsData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        warningsData.heightHint = 4 * warnings.getLineHeight();
        warningsData.exclude = true;
        warnings.setLayoutData(warningsData);
        warnings.setVisible(false);
        warnings.setForeground(composite.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        SashForm sash = new SashForm(composite, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        heatMap = new AssociationHeatMap(sash);
        SashForm right = new SashForm(sash, SWT.VERTICAL);
        table = new TableViewer(right, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column("Attribute", 130, AttributeLabelAssociation::attribute, Comparator.comparing(
                AttributeLabelAssociation::attribute));
        column("Label", 90, AttributeLabelAssociation::label, Comparator.comparing(AttributeLabelAssociation::label));
        column("n", 50, a -> String.valueOf(a.n()), Comparator.comparingLong(AttributeLabelAssociation::n));
        column("Cramér's V", 75, a -> Numbers.decimal(a.cramersV()), Comparator.comparingDouble(
                AttributeLabelAssociation::cramersV));
        column("p (χ²)", 70, a -> p(a.pValue()), Comparator.comparingDouble(AttributeLabelAssociation::pValue));
        column("MI (bits)", 65, a -> Numbers.decimal(a.mutualInformationBits()), Comparator.comparingDouble(
                AttributeLabelAssociation::mutualInformationBits));
        column("Attribute AUC", 85, a -> Numbers.decimal(a.attributeOnlyAuc()), Comparator.comparingDouble(
                AttributeLabelAssociation::attributeOnlyAuc));
        column("AUC 95 % CI", 90, a -> property(a).map(p -> Numbers.decimal(p.auc().lower()) + "–"
                + Numbers.decimal(p.auc().upper())).orElse(""), Comparator.comparingDouble(
                        a -> property(a).map(p -> p.auc().lower()).orElse(-1.0)));
        column("Drift test/train", 100, a -> property(a).map(p -> p.drift() == null ? "no split"
                : Numbers.decimal(p.drift().auc()) + " (p " + p(p.driftP()) + ")").orElse(""),
                Comparator.comparingDouble(a -> property(a).filter(p -> p.drift() != null)
                        .map(p -> Math.abs(p.drift().auc() - 0.5)).orElse(-1.0)));
        table.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return matches((AttributeLabelAssociation) element);
            }
        });
        table.addSelectionChangedListener(e -> {
            AttributeLabelAssociation selected = (AttributeLabelAssociation) table.getStructuredSelection()
                    .getFirstElement();
            showPrevalence(selected);
            showExamples(selected);
        });
        prevalence = new Chart(right, SWT.NONE);
        prevalence.getTitle().setText("Label prevalence by subgroup");
        prevalence.getAxisSet().getXAxis(0).getTitle().setText("Subgroup");
        prevalence.getAxisSet().getXAxis(0).enableCategory(true);
        prevalence.getAxisSet().getYAxis(0).getTitle().setText("Prevalence");
        prevalence.getLegend().setVisible(false);
        for (IAxis axis : prevalence.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(prevalence.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getTick().setForeground(prevalence.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        prevalence.getTitle().setForeground(prevalence.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        examples = new ThumbnailGrid(sash);
        examples.show(List.of(), "Select an association to see example images of its subgroups.");
        sash.setWeights(24, 48, 28);
        right.setWeights(55, 45);
        getSite().getPage().addPostSelectionListener(selectionListener);
    }

    /**
     * The image-property audit of an {@code image:} row (its DeLong interval and drift between the official
     * training and test images), if {@code association} is one.
     */
    private java.util.Optional<org.confounderlab.engine.audit.ImagePropertyAssociation> property(
            AttributeLabelAssociation association) {
        ExperimentDataAudit.Result current = result;
        if (current == null || !association.attribute().startsWith("image:")) {
            return java.util.Optional.empty();
        }
        return current.audit().imageProperties().stream().filter(p -> p.property().equals(association.attribute())
                && p.label().equals(association.label())).findFirst();
    }

    private void column(String title, int width, Function<AttributeLabelAssociation, String> text,
            Comparator<AttributeLabelAssociation> order) {
        TableViewerColumn column = TextColumns.add(table, title, width, text);
        column.getColumn().addListener(SWT.Selection, e -> {
            org.eclipse.swt.widgets.Table widget = table.getTable();
            boolean descending = widget.getSortColumn() == column.getColumn() && widget.getSortDirection() == SWT.UP;
            widget.setSortColumn(column.getColumn());
            widget.setSortDirection(descending ? SWT.DOWN : SWT.UP);
            table.setComparator(new ViewerComparator() {
                @Override
                public int compare(Viewer viewer, Object a, Object b) {
                    int order0 = order.compare((AttributeLabelAssociation) a, (AttributeLabelAssociation) b);
                    return descending ? -order0 : order0;
                }
            });
        });
    }

    private boolean matches(AttributeLabelAssociation association) {
        String text = filter.getText().strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() || association.attribute().toLowerCase(Locale.ROOT).contains(text)
                || association.label().toLowerCase(Locale.ROOT).contains(text);
    }

    private static String p(double value) {
        return !Double.isFinite(value) ? "–" : value < 0.001 ? String.format(Locale.ROOT, "%.1e", value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof IFile file && "experiment".equals(file.getFileExtension())
                && !file.equals(shown)) {
            show(file);
        }
    }

    /** Whether the audit also measures the images' properties (tests). */
    public void setImageProperties(boolean measure) {
        imageProperties.setSelection(measure);
    }

    /** Audits the data set of {@code experimentFile} in the background and shows it. */
    public void show(IFile experimentFile) {
        shown = experimentFile;
        if (job != null) {
            job.cancel();
        }
        boolean measureImages = imageProperties.getSelection();
        header.setText((measureImages ? "Auditing the data set and measuring the images of " : "Auditing the data "
                + "set of ") + experimentFile.getFullPath() + " …");
        job = new Job("Auditing the data set of " + experimentFile.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
                String problem = null;
                ExperimentDataAudit.Result audited = null;
                try {
                    Experiment experiment = ModelFiles.loadExperiment(experimentFile.getLocation().toPath());
                    audited = ExperimentDataAudit.audit(experiment, experimentFile.getLocation().toPath(),
                            measureImages);
                    regions = ExperimentRegions.of(experiment);
                    dicomIntensity = experiment.getDataset() == null ? DicomIntensity.STORED_RANGE
                            : experiment.getDataset().getDicomIntensity();
                } catch (ModelLoadException e) {
                    problem = e.getMessage();
                } catch (DataSetException e) {
                    problem = experimentFile.getFullPath() + ": the data set cannot be read: "
                            + String.join("; ", e.getProblems().stream().limit(3).map(String::valueOf).toList());
                } catch (java.io.IOException | RuntimeException e) {
                    problem = experimentFile.getFullPath() + ": " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                ExperimentDataAudit.Result shownResult = audited;
                String shownProblem = problem;
                header.getDisplay().asyncExec(() -> display(experimentFile, shownResult, shownProblem));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == AUDIT_FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    private void display(IFile file, ExperimentDataAudit.Result audited, String problem) {
        if (header.isDisposed() || !file.equals(shown)) {
            return;
        }
        result = audited;
        if (audited == null) {
            header.setText(problem);
            table.setInput(List.of());
            heatMap.show(List.of(), Measure.CRAMERS_V);
            return;
        }
        int labelCount = audited.audit().labels().size();
        long images = audited.audit().entries();
        header.setText(String.format(Locale.ROOT, "%s: %d images of %d patients, %d %s, %d associations%s; %s",
                file.getFullPath(), images, audited.audit().patients(), labelCount,
                labelCount == 1 ? "label" : "labels", audited.audit().associations().size(),
                audited.skipped().isEmpty() ? "" : " (" + audited.skipped().size() + " rows skipped)",
                audited.imagesFound() == images ? "all image files found"
                        : audited.imagesFound() + " of " + images + " image files found (the audit reads the "
                                + "metadata; examples need the images)"));
        StringBuilder warned = new StringBuilder();
        for (org.confounderlab.engine.audit.AuditWarning warning : audited.audit().warnings()) {
            warned.append(warned.isEmpty() ? "" : "\n").append("! ").append(warning.message());
            if (!warning.examples().isEmpty()) {
                warned.append(" (e.g. ").append(warning.examples().get(0)).append(')');
            }
        }
        warnings.setText(warned.toString());
        warnings.setVisible(!warned.isEmpty());
        ((GridData) warnings.getLayoutData()).exclude = warned.isEmpty();
        table.setInput(audited.audit().associations());
        redrawHeatMap();
        header.getParent().layout(true);
        if (!audited.audit().associations().isEmpty()) {
            AttributeLabelAssociation strongest = audited.audit().associations().stream()
                    .filter(a -> Double.isFinite(a.cramersV()))
                    .max(Comparator.comparingDouble(AttributeLabelAssociation::cramersV))
                    .orElse(audited.audit().associations().get(0));
            table.setSelection(new StructuredSelection(strongest), true);
        }
    }

    private void redrawHeatMap() {
        ExperimentDataAudit.Result current = result;
        if (current == null) {
            return;
        }
        Measure colourBy = (Measure) measure.getStructuredSelection().getFirstElement();
        heatMap.show(current.audit().associations().stream().filter(this::matches).toList(), colourBy);
    }

    private void showPrevalence(AttributeLabelAssociation association) {
        for (ISeries<?> series : prevalence.getSeriesSet().getSeries()) {
            prevalence.getSeriesSet().deleteSeries(series.getId());
        }
        if (association == null) {
            prevalence.redraw();
            return;
        }
        prevalence.getTitle().setText("Prevalence of " + association.label() + " by " + association.attribute());
        List<SubgroupPrevalence> groups = association.subgroups();
        // Header values are long ("FUJI PHOTO FILM CO. LTD."): cut to a readable length, and slanted when there are
        // more subgroups than fit side by side; the table and the example captions keep the whole value.
        String[] categories = groups.stream().map(g -> shortened(g.value()) + " (n=" + g.n() + ")")
                .toArray(String[]::new);
        int longest = java.util.Arrays.stream(categories).mapToInt(String::length).max().orElse(0);
        prevalence.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(categories.length * longest > 60 ? 30 : 0);
        prevalence.getAxisSet().getXAxis(0).setCategorySeries(categories);
        IBarSeries<?> bars = (IBarSeries<?>) prevalence.getSeriesSet().createSeries(SeriesType.BAR, "prevalence");
        bars.setYSeries(groups.stream().mapToDouble(SubgroupPrevalence::prevalence).toArray());
        bars.setBarColor(new org.eclipse.swt.graphics.Color(prevalence.getDisplay(), 0, 114, 178));
        prevalence.getAxisSet().getXAxis(0).adjustRange();
        prevalence.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        prevalence.redraw();
    }

    /** A subgroup's value cut to {@value #CATEGORY_LENGTH} characters for the prevalence chart's axis. */
    static String shortened(String value) {
        return value.length() <= CATEGORY_LENGTH ? value : value.substring(0, CATEGORY_LENGTH - 1).strip() + "…";
    }

    /**
     * Reads, in the background, example images of each subgroup of {@code association}'s attribute, positives and
     * negatives of its label, and shows them with their regions outlined.
     */
    private void showExamples(AttributeLabelAssociation association) {
        if (examplesJob != null) {
            examplesJob.cancel();
        }
        ExperimentDataAudit.Result current = result;
        Function<ManifestEntry, Map<String, Box>> boxes = regions;
        if (association == null || current == null || boxes == null) {
            examples.show(List.of(), "Select an association to see example images of its subgroups.");
            return;
        }
        examples.show(List.of(), "Reading example images …");
        examplesJob = new Job("Reading example images of " + association.attribute()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<SubgroupSamples.Sample> samples = current.samples(association.attribute(), association.label(),
                        EXAMPLES_PER_CELL);
                samples = samples.subList(0, Math.min(EXAMPLES, samples.size()));
                monitor.beginTask(getName(), samples.size());
                ImageDecoder decoder = new ImageDecoder(ColourMode.GRAY, dicomIntensity);
                List<ThumbnailGrid.Tile> tiles = new ArrayList<>();
                for (SubgroupSamples.Sample sample : samples) {
                    if (monitor.isCanceled()) {
                        return Status.CANCEL_STATUS;
                    }
                    Path image = sample.entry().image();
                    String caption = sample.subgroup() + " · " + association.label() + " "
                            + (sample.label() == LabelValue.POSITIVE ? "+" : "−") + "\n" + image.getFileName();
                    if (!java.nio.file.Files.exists(image)) {
                        // a data set audited before its images are downloaded: the caption names the file
                        tiles.add(new ThumbnailGrid.Tile(caption, null, Map.of(), "not on disk yet"));
                        monitor.worked(1);
                        continue;
                    }
                    tiles.add(ThumbnailGrid.Tile.of(decoder, image, caption, boxes.apply(sample.entry())));
                    monitor.worked(1);
                }
                String text = samples.isEmpty() ? "No images with a known " + association.label() + " in "
                        + association.attribute() + "." : "";
                header.getDisplay().asyncExec(() -> {
                    if (!header.isDisposed() && result == current) {
                        examples.show(tiles, text);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == EXAMPLES_FAMILY;
            }
        };
        examplesJob.setSystem(true);
        examplesJob.schedule();
    }

    /** The example images shown: caption, and the problem (or {@code null}) of each. */
    public List<String[]> getExamples() {
        return examples.tiles().stream().map(t -> new String[] {t.caption(), t.problem()}).toList();
    }

    /** The example images' regions, scaled and drawn: the image area of tile {@code index} on the canvas. */
    public org.eclipse.swt.graphics.Rectangle getExampleArea(int index) {
        return examples.imageArea(index);
    }

    /** The example grid as drawn. */
    public org.eclipse.swt.graphics.ImageData renderExamples() {
        return examples.render();
    }

    /** Selects the association of {@code attribute} and {@code label} in the table. */
    public void select(String attribute, String label) {
        result.audit().find(attribute, label).ifPresent(a -> table.setSelection(new StructuredSelection(a), true));
    }

    /** The cells of the table's row of {@code attribute} and {@code label}, by column title; empty when not shown. */
    public java.util.Map<String, String> rowText(String attribute, String label) {
        java.util.Map<String, String> cells = new java.util.LinkedHashMap<>();
        for (org.eclipse.swt.widgets.TableItem item : table.getTable().getItems()) {
            AttributeLabelAssociation a = (AttributeLabelAssociation) item.getData();
            if (a.attribute().equals(attribute) && a.label().equals(label)) {
                for (int c = 0; c < table.getTable().getColumnCount(); c++) {
                    cells.put(table.getTable().getColumn(c).getText(), item.getText(c));
                }
            }
        }
        return cells;
    }

    /** The audit shown, or {@code null}. */
    public ExperimentDataAudit.Result getResult() {
        return result;
    }

    /** Rows of the association table (filter applied). */
    public int getRowCount() {
        return table.getTable().getItemCount();
    }

    /** The audit's warnings as shown, one a line (empty when there are none). */
    public String getWarningsText() {
        return warnings.getText();
    }

    /** The header text (what is shown, or what went wrong). */
    public String getHeaderText() {
        return header.getText();
    }

    /** The heat map. */
    public AssociationHeatMap getHeatMap() {
        return heatMap;
    }

    /** The prevalence bars drawn for the selected association. */
    public double[] getPrevalenceBars() {
        ISeries<?> series = prevalence.getSeriesSet().getSeries("prevalence");
        return series == null ? new double[0] : series.getYSeries();
    }

    /** Colours the heat map by {@code colourBy}. */
    public void setMeasure(Measure colourBy) {
        measure.setSelection(new StructuredSelection(colourBy));
    }

    /** Sets the filter text, as typed. */
    public void setFilterText(String text) {
        filter.setText(text);
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (job != null) {
            job.cancel();
        }
        if (examplesJob != null) {
            examplesJob.cancel();
        }
        super.dispose();
    }
}

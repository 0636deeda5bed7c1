package org.confounderlab.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.ui.preferences.UiPreferences;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.part.ViewPart;

/**
 * The saliency viewer: the test images a run explained, worst first (the largest share of heat on a confounder
 * region for its area), one at a time with its Grad-CAM overlay and region boxes, each of which can be turned off,
 * at a chosen opacity and zoom, and the share of the image's heat on each region. It follows the run the Run view
 * shows.
 */
public class SaliencyView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.confounderlab.ui.views.saliency";
    /** The zoom that fits the image to the view. */
    public static final double FIT = 0;
    private static final String ALL_LABELS = "All labels";
    private static final double[] ZOOMS = {FIT, 1, 2, 4, 8, 16};
    private static final int MARGIN = 24;

    private Label header;
    private Combo labelChoice;
    private Button overlayButton;
    private Scale opacityScale;
    private Label opacityText;
    private Button boxesButton;
    private Combo zoomChoice;
    private TableViewer cases;
    private Label caption;
    private ScrolledComposite scroller;
    private Canvas canvas;
    private TableViewer regions;
    private Path runFolder;
    private List<SaliencyCase> all = List.of();
    private SaliencyPicture picture;
    private String problem;
    private double zoom = FIT;
    private final BiConsumer<Path, Run> shownRunListener = this::show;

    @Override
    public void createPartControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(1, false));
        header = new Label(composite, SWT.WRAP);
        header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        createControls(composite);
        SashForm sash = new SashForm(composite, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createCaseTable(sash);
        Composite right = new Composite(sash, SWT.NONE);
        GridLayout rightLayout = new GridLayout(1, false);
        rightLayout.marginWidth = 0;
        right.setLayout(rightLayout);
        caption = new Label(right, SWT.WRAP);
        caption.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        createCanvas(right);
        createRegionTable(right);
        sash.setWeights(42, 58);
        ShownRun.addListener(shownRunListener);
        if (ShownRun.file() != null) {
            show(ShownRun.file(), ShownRun.run());
        } else {
            header.setText("No run shown. Open a run in the Run view (double-click it in the Runs view).");
        }
    }

    private void createControls(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout barLayout = new RowLayout(SWT.HORIZONTAL);
        barLayout.center = true;
        barLayout.wrap = true;
        barLayout.spacing = 6;
        bar.setLayout(barLayout);
        new Label(bar, SWT.NONE).setText("Label:");
        labelChoice = new Combo(bar, SWT.READ_ONLY);
        labelChoice.setItems(ALL_LABELS);
        labelChoice.select(0);
        labelChoice.setToolTipText("Show the explained images of one label, or of all");
        labelChoice.addListener(SWT.Selection, e -> filter());
        overlayButton = new Button(bar, SWT.CHECK);
        overlayButton.setText("&Grad-CAM overlay");
        overlayButton.setSelection(true);
        overlayButton.setToolTipText("Blend the heat map over the image (hot: red, cold: transparent)");
        overlayButton.addListener(SWT.Selection, e -> redraw());
        new Label(bar, SWT.NONE).setText("Opacity:");
        opacityScale = new Scale(bar, SWT.HORIZONTAL);
        opacityScale.setMinimum(0);
        opacityScale.setMaximum(100);
        opacityScale.setIncrement(5);
        opacityScale.setPageIncrement(10);
        opacityScale.setSelection(UiPreferences.saliencyOpacity());
        opacityScale.setToolTipText("How strongly the heat map covers the image");
        opacityScale.setLayoutData(new RowData(140, SWT.DEFAULT));
        opacityScale.addListener(SWT.Selection, e -> redraw());
        opacityText = new Label(bar, SWT.NONE);
        opacityText.setText("100%");
        opacityText.setLayoutData(new RowData(opacityText.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, SWT.DEFAULT));
        boxesButton = new Button(bar, SWT.CHECK);
        boxesButton.setText("Region &boxes");
        boxesButton.setSelection(UiPreferences.saliencyBoxes());
        boxesButton.setToolTipText("Outline the experiment's regions (yellow: the one this image looks at most)");
        boxesButton.addListener(SWT.Selection, e -> redraw());
        new Label(bar, SWT.NONE).setText("Zoom:");
        zoomChoice = new Combo(bar, SWT.READ_ONLY);
        for (double z : ZOOMS) {
            zoomChoice.add(z == FIT ? "Fit" : String.format(Locale.ROOT, "%.0f%%", 100 * z));
        }
        zoomChoice.select(0);
        zoomChoice.setToolTipText("Fit the image to the view, or show it at a fixed size (Ctrl+wheel zooms too)");
        zoomChoice.addListener(SWT.Selection, e -> setZoom(ZOOMS[zoomChoice.getSelectionIndex()]));
    }

    private void createCaseTable(Composite parent) {
        cases = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        cases.getTable().setHeaderVisible(true);
        cases.getTable().setLinesVisible(true);
        cases.setContentProvider(ArrayContentProvider.getInstance());
        TextColumns.<SaliencyCase>add(cases, "#", 30, c -> String.valueOf(c.getRank()));
        TextColumns.<SaliencyCase>add(cases, "Image", 125, SaliencyCase::getImage);
        TextColumns.<SaliencyCase>add(cases, "Label", 75, SaliencyCase::getLabel);
        TextColumns.<SaliencyCase>add(cases, "Truth", 68, c -> c.isPositive() ? "positive" : "negative");
        TextColumns.<SaliencyCase>add(cases, "Score", 55, c -> Numbers.decimal(c.getScore()));
        TextColumns.<SaliencyCase>add(cases, "Region", 80, SaliencyCase::getRegion);
        TextColumns.<SaliencyCase>add(cases, "Heat on it", 75, c -> Numbers.percent(focus(c).getShare()));
        TextColumns.<SaliencyCase>add(cases, "× its area", 70, c -> ratio(focus(c)));
        cases.addSelectionChangedListener(e -> showCase((SaliencyCase) cases.getStructuredSelection()
                .getFirstElement()));
    }

    private void createCanvas(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
        scroller.setContent(canvas);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, e -> resizeCanvas());
        canvas.addListener(SWT.MouseVerticalWheel, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && picture != null) {
                double current = shownZoom();
                setZoom(Math.max(0.5, Math.min(32, e.count > 0 ? current * 1.25 : current / 1.25)));
                e.doit = false;
            }
        });
    }

    private void createRegionTable(Composite parent) {
        regions = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        regions.getTable().setHeaderVisible(true);
        regions.getTable().setLinesVisible(true);
        regions.setContentProvider(ArrayContentProvider.getInstance());
        GridData data = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        data.heightHint = 5 * regions.getTable().getItemHeight() + regions.getTable().getHeaderHeight();
        regions.getControl().setLayoutData(data);
        TextColumns.<RegionAttention>add(regions, "Region", 110, RegionAttention::getName);
        TextColumns.<RegionAttention>add(regions, "Share of heat", 95, r -> Numbers.percent(r.getShare()));
        TextColumns.<RegionAttention>add(regions, "Share of area", 95, r -> Numbers.percent(r.getAreaShare()));
        TextColumns.<RegionAttention>add(regions, "× its area", 75, SaliencyView::ratio);
        TextColumns.<RegionAttention>add(regions, "Box (input pixels)", 150, r -> String.format(Locale.ROOT,
                "%.0f, %.0f, %.0f × %.0f", r.getX(), r.getY(), r.getWidth(), r.getHeight()));
    }

    /** Shows the explained images of {@code run}, read from {@code runFile}. */
    public void show(Path runFile, Run run) {
        if (header.isDisposed()) {
            return;
        }
        Path folder = runFile == null ? null : runFile.getParent();
        SaliencyCase chosen = selectedCase();
        boolean sameRun = folder != null && folder.equals(runFolder);
        runFolder = folder;
        all = run == null ? List.of() : sorted(run.getSaliencyCases());
        String experiment = run == null || run.getExperiment() == null ? "" : run.getExperiment().getName() + " / ";
        if (run == null) {
            header.setText("No run shown.");
        } else if (all.isEmpty()) {
            header.setText(experiment + run.getId() + ": no explained images. Runs record them when Grad-CAM is on "
                    + "in the experiment's diagnostics and the model is a network the engine can inspect.");
        } else {
            SaliencyCase first = all.get(0);
            header.setText(String.format(Locale.ROOT, "%s%s: %d explained test images, worst first (%s on layer %s)",
                    experiment, run.getId(), all.size(), SaliencyMethodNames.of(first.getMethod()), first.getLayer()));
        }
        setContentDescription(run == null ? "" : experiment + run.getId());
        String label = labelChoice.getText();
        labelChoice.setItems(ALL_LABELS);
        all.stream().map(SaliencyCase::getLabel).distinct().sorted().forEach(labelChoice::add);
        int index = sameRun ? labelChoice.indexOf(label) : 0;
        labelChoice.select(Math.max(0, index));
        filter();
        if (sameRun && chosen != null) {
            visible().stream().filter(c -> same(c, chosen)).findFirst().ifPresent(this::select);
        }
        header.getParent().layout(true, true);
    }

    /**
     * Lists the explained images of {@code label} and selects the one that puts the most heat on {@code region} for
     * its area; says whether any image has that region.
     */
    public boolean showWorst(String label, String region) {
        labelChoice.select(Math.max(0, labelChoice.indexOf(label)));
        filter();
        return visible().stream().filter(c -> !Double.isNaN(regionRatio(c, region))).max(Comparator.comparingDouble(
                c -> regionRatio(c, region))).map(c -> {
                    select(c);
                    return true;
                }).orElse(false);
    }

    /** How many times its area share of {@code explained}'s heat is on {@code region}; NaN without the region. */
    static double regionRatio(SaliencyCase explained, String region) {
        return explained.getRegions().stream().filter(r -> r.getName().equals(region)).mapToDouble(
                SaliencyView::ratioOf).filter(Double::isFinite).findFirst().orElse(Double.NaN);
    }

    /** Lists the explained images of {@code label} and selects the one of {@code image}, if it is there. */
    public boolean showImage(String label, String image) {
        return showFirst(label, c -> image.equals(c.getImage()));
    }

    private boolean showFirst(String label, java.util.function.Predicate<SaliencyCase> wanted) {
        labelChoice.select(Math.max(0, labelChoice.indexOf(label)));
        filter();
        return visible().stream().filter(wanted).findFirst().map(c -> {
            select(c);
            return true;
        }).orElse(false);
    }

    private static boolean same(SaliencyCase a, SaliencyCase b) {
        return a.getLabel().equals(b.getLabel()) && a.getImage().equals(b.getImage());
    }

    /** Worst first: the largest share of heat on the case's region for the region's share of the image. */
    private static List<SaliencyCase> sorted(List<SaliencyCase> cases) {
        List<SaliencyCase> sorted = new ArrayList<>(cases);
        sorted.sort(Comparator.comparingDouble((SaliencyCase c) -> {
            double ratio = ratioOf(focus(c));
            return Double.isNaN(ratio) ? Double.NEGATIVE_INFINITY : ratio;
        }).reversed().thenComparingInt(SaliencyCase::getRank));
        return sorted;
    }

    private void filter() {
        List<SaliencyCase> shown = visible();
        cases.setInput(shown);
        if (shown.isEmpty()) {
            showCase(null);
        } else {
            select(shown.get(0));
        }
    }

    private List<SaliencyCase> visible() {
        String label = labelChoice.getText();
        return ALL_LABELS.equals(label) || label.isEmpty() ? all
                : all.stream().filter(c -> label.equals(c.getLabel())).toList();
    }

    private void select(SaliencyCase explained) {
        cases.setSelection(new StructuredSelection(explained), true);
        showCase(explained);
    }

    private void showCase(SaliencyCase explained) {
        picture = null;
        problem = null;
        if (explained == null) {
            caption.setText("");
            regions.setInput(List.of());
        } else {
            RegionAttention focus = focus(explained);
            caption.setText(String.format(Locale.ROOT, "%s for '%s' on %s (%s, score %s): %s of the heat on '%s', "
                    + "which covers %s of the image", SaliencyMethodNames.of(explained.getMethod()),
                    explained.getLabel(), explained.getImage(), explained.isPositive() ? "positive" : "negative",
                    Numbers.decimal(explained.getScore()), Numbers.percent(focus.getShare()), explained.getRegion(),
                    Numbers.percent(focus.getAreaShare())));
            regions.setInput(explained.getRegions());
            for (org.eclipse.swt.widgets.TableColumn column : regions.getTable().getColumns()) {
                column.pack();
            }
            try {
                picture = new SaliencyPicture(explained, read(explained.getInput()), read(explained.getHeatMap()));
            } catch (IllegalArgumentException | SWTException e) {
                problem = e.getMessage();
            }
        }
        caption.getParent().layout(true, true);
        resizeCanvas();
        redraw();
    }

    private ImageData read(String relative) {
        if (relative == null || relative.isBlank()) {
            throw new IllegalArgumentException("the run does not name this image's file");
        }
        Path file = runFolder.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " is missing");
        }
        try {
            return new ImageData(file.toString());
        } catch (SWTException e) {
            throw new IllegalArgumentException(file + " cannot be read as an image: " + e.getMessage(), e);
        }
    }

    /** The region that made {@code explained} a worst case (an empty one when the run lacks it). */
    private static RegionAttention focus(SaliencyCase explained) {
        return explained.getRegions().stream().filter(r -> r.getName().equals(explained.getRegion())).findFirst()
                .orElseGet(org.confounderlab.model.run.RunFactory.eINSTANCE::createRegionAttention);
    }

    private static double ratioOf(RegionAttention region) {
        return region.getAreaShare() > 0 ? region.getShare() / region.getAreaShare() : Double.NaN;
    }

    private static String ratio(RegionAttention region) {
        double ratio = ratioOf(region);
        return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.1f×", ratio) : "–";
    }

    /** Sets the zoom: {@link #FIT} or a factor (2: each input pixel drawn as 2 × 2). */
    public void setZoom(double factor) {
        zoom = factor;
        int index = -1;
        for (int i = 0; i < ZOOMS.length; i++) {
            if (ZOOMS[i] == factor) {
                index = i;
            }
        }
        if (index >= 0) {
            zoomChoice.select(index);
        } else {
            zoomChoice.setText(String.format(Locale.ROOT, "%.0f%%", 100 * factor));
        }
        resizeCanvas();
        redraw();
    }

    /** The factor the image is drawn at now (for Fit, what fits the view). */
    public double shownZoom() {
        if (picture == null) {
            return 1;
        }
        if (zoom != FIT) {
            return zoom;
        }
        Rectangle area = scroller.getClientArea();
        double fit = Math.min((double) (area.width - 2 * MARGIN) / picture.width(),
                (double) (area.height - 2 * MARGIN) / picture.height());
        return Math.max(0.25, fit);
    }

    private void resizeCanvas() {
        if (picture == null || zoom == FIT) {
            scroller.setMinSize(0, 0);
        } else {
            scroller.setMinSize((int) Math.ceil(picture.width() * zoom) + 2 * MARGIN,
                    (int) Math.ceil(picture.height() * zoom) + 2 * MARGIN);
        }
        scroller.layout(true);
    }

    private void redraw() {
        opacityText.setText(opacityScale.getSelection() + "%");
        opacityScale.setEnabled(overlayButton.getSelection());
        canvas.redraw();
    }

    private void paint(GC gc, Rectangle area) {
        if (picture == null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.drawText(problem != null ? problem : all.isEmpty() ? "No explained images." : "", 8, 8, true);
            return;
        }
        Rectangle bounds = bounds(area);
        picture.draw(gc, bounds.x, bounds.y, shownZoom(), overlayButton.getSelection(),
                opacityScale.getSelection() / 100.0, boxesButton.getSelection());
    }

    /** Draws what the canvas shows into an image of the canvas's size (for tests and checks of the drawing). */
    public ImageData render() {
        return CanvasImages.of(canvas, gc -> paint(gc, new Rectangle(0, 0, canvas.getSize().x, canvas.getSize().y)));
    }

    /** The input with the heat map over it, as the current settings compose it, at the input's size. */
    public ImageData composed() {
        return picture == null ? null
                : picture.compose(overlayButton.getSelection(), opacityScale.getSelection() / 100.0);
    }

    /** Where the picture's top-left corner is drawn on the canvas, and its drawn size. */
    public Rectangle pictureBounds() {
        return bounds(canvas.getClientArea());
    }

    /** Where the picture goes in {@code area}: centred at the shown zoom, at least a margin from the edges. */
    private Rectangle bounds(Rectangle area) {
        double factor = shownZoom();
        int width = (int) Math.round(picture.width() * factor);
        int height = (int) Math.round(picture.height() * factor);
        return new Rectangle(Math.max(MARGIN, (area.width - width) / 2), Math.max(MARGIN, (area.height - height) / 2),
                width, height);
    }

    public void setOverlay(boolean on) {
        overlayButton.setSelection(on);
        redraw();
    }

    public void setBoxes(boolean on) {
        boxesButton.setSelection(on);
        redraw();
    }

    /** Opacity of the overlay in percent. */
    public void setOpacity(int percent) {
        opacityScale.setSelection(percent);
        redraw();
    }

    /** Opacity of the overlay in percent. */
    public int getOpacity() {
        return opacityScale.getSelection();
    }

    /** Whether region boxes are drawn. */
    public boolean isBoxes() {
        return boxesButton.getSelection();
    }

    /** The images listed (after the label filter). */
    public List<SaliencyCase> getCases() {
        return visible();
    }

    /** The image shown, or {@code null}. */
    public SaliencyCase selectedCase() {
        return cases == null ? null : (SaliencyCase) cases.getStructuredSelection().getFirstElement();
    }

    /** Selects the {@code index}-th image listed. */
    public void select(int index) {
        select(visible().get(index));
    }

    /** The rows of the region table. */
    public int getRegionRowCount() {
        return regions.getTable().getItemCount();
    }

    /** Why the image cannot be shown, or {@code null}. */
    public String getProblem() {
        return problem;
    }

    /** The caption above the image. */
    public String getCaption() {
        return caption.getText();
    }

    @Override
    public void setFocus() {
        cases.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ShownRun.removeListener(shownRunListener);
        super.dispose();
    }
}

package org.confounderlab.ui.views;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.Run;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.ListViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * The run's Grad-CAM overlays (the test images that look most at a confounder region, worst first, with the region
 * boxes and the share of heat on them), as a list beside the selected image scaled to fit.
 */
final class HeatmapGallery {

    private final SashForm control;
    private final ListViewer list;
    private final Canvas canvas;
    private Path runFolder;
    private Image image;
    private String problem;

    /**
     * @param open called with the overlay double-clicked (to open it in the saliency viewer)
     */
    HeatmapGallery(Composite parent, java.util.function.Consumer<Artifact> open) {
        control = new SashForm(parent, SWT.HORIZONTAL);
        list = new ListViewer(control, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
        list.setContentProvider(ArrayContentProvider.getInstance());
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                Artifact artifact = (Artifact) element;
                return artifact.getDescription() == null ? artifact.getPath() : artifact.getDescription();
            }
        });
        list.addSelectionChangedListener(e -> showImage((Artifact) list.getStructuredSelection().getFirstElement()));
        list.addDoubleClickListener(e -> open.accept((Artifact) list.getStructuredSelection().getFirstElement()));
        list.getList().setToolTipText("Double-click to open the image in the saliency viewer");
        canvas = new Canvas(control, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addDisposeListener(e -> disposeImage());
        control.setWeights(40, 60);
    }

    SashForm getControl() {
        return control;
    }

    /** Lists the heat-map artifacts of {@code run}, whose files are in {@code folder}, and shows the first. */
    void show(Run run, Path folder) {
        runFolder = folder;
        List<Artifact> heatmaps = run.getArtifacts().stream().filter(a -> a.getKind() == ArtifactKind.HEATMAP).toList();
        // A reload makes new objects: the chosen heat map is found again by its file.
        String chosen = list.getStructuredSelection().getFirstElement() instanceof Artifact artifact
                ? artifact.getPath() : null;
        list.setInput(heatmaps);
        if (heatmaps.isEmpty()) {
            showImage(null);
            return;
        }
        Artifact again = heatmaps.stream().filter(a -> a.getPath() != null && a.getPath().equals(chosen)).findFirst()
                .orElse(heatmaps.get(0));
        list.setSelection(new org.eclipse.jface.viewers.StructuredSelection(again));
    }

    private void showImage(Artifact artifact) {
        disposeImage();
        problem = null;
        if (artifact != null && runFolder != null) {
            Path file = runFolder.resolve(artifact.getPath());
            if (!Files.isRegularFile(file)) {
                problem = file + " is missing";
            } else {
                try {
                    image = new Image(canvas.getDisplay(), file.toString());
                } catch (SWTException e) {
                    problem = file + " cannot be read: " + e.getMessage();
                }
            }
        }
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        if (image == null) {
            gc.drawText(problem != null ? problem : "No heat maps in this run.", 8, 8, true);
            return;
        }
        Rectangle bounds = image.getBounds();
        double scale = Math.min((double) area.width / bounds.width, (double) area.height / bounds.height);
        int width = (int) (bounds.width * scale);
        int height = (int) (bounds.height * scale);
        gc.setInterpolation(SWT.HIGH);
        gc.drawImage(image, 0, 0, bounds.width, bounds.height, (area.width - width) / 2, (area.height - height) / 2,
                width, height);
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    /** Heat maps listed. */
    int count() {
        return list.getList().getItemCount();
    }

    /** The image shown, or {@code null}. */
    Image image() {
        return image;
    }
}

package org.confounderlab.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Attributes (rows) × labels (columns), each cell coloured by how strongly the attribute goes with the label —
 * Cramér's V, or the attribute-only AUC rescaled from 0.5–1 — with the number written in it: the shortcuts a data
 * set offers, at a glance.
 */
public final class AssociationHeatMap {

    /** What the colour shows. */
    public enum Measure {
        CRAMERS_V("Cramér's V", AttributeLabelAssociation::cramersV, 0, 1),
        ATTRIBUTE_AUC("attribute-only AUC", AttributeLabelAssociation::attributeOnlyAuc, 0.5, 1);

        final String title;
        final ToDoubleFunction<AttributeLabelAssociation> value;
        final double low;
        final double high;

        Measure(String title, ToDoubleFunction<AttributeLabelAssociation> value, double low, double high) {
            this.title = title;
            this.value = value;
            this.low = low;
            this.high = high;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    private static final int CELL_WIDTH = 96;
    private static final int CELL_HEIGHT = 26;

    private final Canvas canvas;
    private List<AttributeLabelAssociation> associations = List.of();
    private List<String> attributes = List.of();
    private List<String> labels = List.of();
    private Measure measure = Measure.CRAMERS_V;

    public AssociationHeatMap(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
    }

    public Canvas getControl() {
        return canvas;
    }

    /** Shows these associations, colouring by {@code measure}. */
    public void show(List<AttributeLabelAssociation> shown, Measure colourBy) {
        associations = List.copyOf(shown);
        measure = colourBy;
        Set<String> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        for (AttributeLabelAssociation association : associations) {
            rows.add(association.attribute());
            columns.add(association.label());
        }
        attributes = new ArrayList<>(rows);
        labels = new ArrayList<>(columns);
        canvas.redraw();
    }

    /** The value of a cell, NaN when there is no such association. */
    public double value(String attribute, String label) {
        return associations.stream().filter(a -> a.attribute().equals(attribute) && a.label().equals(label))
                .mapToDouble(measure.value).findFirst().orElse(Double.NaN);
    }

    /** The rows (attributes), in order. */
    public List<String> attributes() {
        return List.copyOf(attributes);
    }

    /** The colour of a value: white (no association) to dark red (the strongest). */
    public RGB colour(double value) {
        if (!Double.isFinite(value)) {
            return new RGB(235, 235, 235);
        }
        double t = Math.max(0, Math.min(1, (value - measure.low) / (measure.high - measure.low)));
        return new RGB((int) Math.round(255 - t * (255 - 165)), (int) Math.round(255 - t * 255),
                (int) Math.round(255 - t * 230));
    }

    private void paint(GC gc) {
        gc.setAntialias(SWT.ON);
        int left = 12 + attributes.stream().mapToInt(a -> gc.textExtent(a).x).max().orElse(60);
        int top = 40;
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        gc.drawText("Attribute × label association (" + measure.title + ")", 8, 4, true);
        for (int c = 0; c < labels.size(); c++) {
            String label = labels.get(c);
            Point extent = gc.textExtent(label);
            gc.drawText(label, left + c * CELL_WIDTH + (CELL_WIDTH - extent.x) / 2, top - extent.y - 2, true);
        }
        for (int r = 0; r < attributes.size(); r++) {
            String attribute = attributes.get(r);
            int y = top + r * CELL_HEIGHT;
            Point extent = gc.textExtent(attribute);
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.drawText(attribute, left - extent.x - 6, y + (CELL_HEIGHT - extent.y) / 2, true);
            for (int c = 0; c < labels.size(); c++) {
                double value = value(attribute, labels.get(c));
                RGB rgb = colour(value);
                Color fill = new Color(canvas.getDisplay(), rgb);
                gc.setBackground(fill);
                int x = left + c * CELL_WIDTH;
                gc.fillRectangle(x, y, CELL_WIDTH - 2, CELL_HEIGHT - 2);
                String text = Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "–";
                Point size = gc.textExtent(text);
                double brightness = (rgb.red * 0.299 + rgb.green * 0.587 + rgb.blue * 0.114) / 255;
                gc.setForeground(canvas.getDisplay().getSystemColor(brightness < 0.55 ? SWT.COLOR_WHITE
                        : SWT.COLOR_BLACK));
                gc.drawText(text, x + (CELL_WIDTH - 2 - size.x) / 2, y + (CELL_HEIGHT - 2 - size.y) / 2, true);
            }
        }
    }
}

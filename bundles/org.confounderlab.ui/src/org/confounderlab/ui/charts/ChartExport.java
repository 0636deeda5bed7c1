package org.confounderlab.ui.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swtchart.Chart;

/** Export of a chart to PNG (as drawn on screen) or SVG (redrawn from its data), from the chart's context menu. */
public final class ChartExport {

    private ChartExport() {
    }

    /** Writes {@code chart} to {@code file}: SVG when the name ends in {@code .svg}, else PNG. */
    public static void write(Chart chart, Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            Files.writeString(file, new ChartSvgWriter(chart).write(), StandardCharsets.UTF_8);
        } else {
            try {
                chart.save(file.toString(), SWT.IMAGE_PNG);
            } catch (RuntimeException e) {
                throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Adds "Export as PNG…" and "Export as SVG…" to the chart's (plot area's) context menu. */
    public static void addMenu(Chart chart, String baseName) {
        Menu menu = new Menu(chart.getPlotArea().getControl());
        for (String format : new String[] {"png", "svg"}) {
            MenuItem item = new MenuItem(menu, SWT.PUSH);
            item.setText("Export as " + format.toUpperCase(Locale.ROOT) + "…");
            item.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(chart.getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] {"*." + format});
                dialog.setFileName(baseName + "." + format);
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen != null) {
                    try {
                        write(chart, Path.of(chosen));
                    } catch (IOException failure) {
                        MessageDialog.openError(chart.getShell(), "Export failed", failure.getMessage());
                    }
                }
            });
        }
        chart.getPlotArea().getControl().setMenu(menu);
    }
}

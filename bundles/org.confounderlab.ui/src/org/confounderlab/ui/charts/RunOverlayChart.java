package org.confounderlab.ui.charts;

import java.util.List;

import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.Run;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/** Validation AUC (mean over labels) by epoch, one line per run, for comparing runs. */
public final class RunOverlayChart {

    private final Chart chart;

    public RunOverlayChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("Validation AUC by epoch (mean over labels)");
        chart.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getLegend().setPosition(SWT.RIGHT);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("Epoch");
        // Whole epochs on the axis. (SWTChart's integer data-point axis divides by the axis length and throws while a
        // chart in a hidden tab has none, so the labels are formatted instead.)
        x.getTick().setFormat(new java.text.DecimalFormat("0"));
        chart.getAxisSet().getYAxis(0).getTitle().setText("Validation AUC");
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getTick().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
    }

    public Chart getChart() {
        return chart;
    }

    /** One line per run, named by its id. */
    public void show(List<Run> runs) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
            int colour = 0;
            int longest = 1;
            for (Run run : runs) {
                double[] x = run.getEpochs().stream().mapToDouble(EpochRecord::getIndex).toArray();
                double[] y = run.getEpochs().stream().mapToDouble(e -> e.getLabelAucs().stream()
                        .mapToDouble(LabelValue::getValue).filter(Double::isFinite).average().orElse(Double.NaN))
                        .toArray();
                ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                        run.getId());
                series.setXSeries(x);
                series.setYSeries(y);
                series.setLineColor(Palette.color(chart.getDisplay(), colour));
                series.setSymbolColor(Palette.color(chart.getDisplay(), colour++));
                series.setSymbolType(PlotSymbolType.CIRCLE);
                series.setSymbolSize(3);
                series.setLineWidth(2);
                series.setLineStyle(LineStyle.SOLID);
                series.setAntialias(SWT.ON);
                longest = Math.max(longest, x.length == 0 ? 1 : (int) x[x.length - 1]);
            }
            chart.getAxisSet().getXAxis(0).setRange(new Range(0, longest + 1)); // whole-number ticks
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1));
        } finally {
            ChartUpdates.resume(chart);
        }
    }

    /** The y values drawn for a run. */
    public double[] values(String runId) {
        ISeries<?> series = chart.getSeriesSet().getSeries(runId);
        return series == null ? new double[0] : series.getYSeries();
    }
}

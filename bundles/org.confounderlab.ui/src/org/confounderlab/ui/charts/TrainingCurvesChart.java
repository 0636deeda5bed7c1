package org.confounderlab.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.LabelValue;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IAxis.Position;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * Training and validation loss (left axis) and validation AUC per label (right axis, 0–1) by epoch, as a run
 * records them; redrawn with {@link #show} whenever the run gains an epoch.
 */
public final class TrainingCurvesChart {

    /** Series id of the training loss. */
    public static final String TRAIN_LOSS = "train loss";
    /** Series id of the validation loss. */
    public static final String VALIDATION_LOSS = "validation loss";
    /** Prefix of the series id of a label's validation AUC, followed by the label. */
    public static final String AUC_PREFIX = "validation AUC ";

    private final Chart chart;
    private final int aucAxis;

    public TrainingCurvesChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("Training curves");
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("Epoch");
        // Whole epochs on the axis. (SWTChart's integer data-point axis divides by the axis length and throws while a
        // chart in a hidden tab has none, so the labels are formatted instead.)
        x.getTick().setFormat(new java.text.DecimalFormat("0"));
        x.getGrid().setStyle(LineStyle.NONE);
        chart.getAxisSet().getYAxis(0).getTitle().setText("Loss");
        aucAxis = chart.getAxisSet().createYAxis();
        IAxis auc = chart.getAxisSet().getYAxis(aucAxis);
        auc.setPosition(Position.Secondary);
        auc.getTitle().setText("Validation AUC");
        auc.getGrid().setStyle(LineStyle.NONE);
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getTick().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
        chart.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
    }

    /** The SWTChart widget (for layout data, export and tests). */
    public Chart getChart() {
        return chart;
    }

    /**
     * Draws {@code epochs} on an epoch axis that runs to {@code axisEpochs} (at least the last epoch drawn), so a
     * live run can fill its axis from the left.
     */
    public void show(List<EpochRecord> epochs, int axisEpochs) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
            double[] x = epochs.stream().mapToDouble(EpochRecord::getIndex).toArray();
            line(TRAIN_LOSS, x, epochs.stream().mapToDouble(EpochRecord::getTrainLoss).toArray(), 0,
                    Palette.color(chart.getDisplay(), 0), LineStyle.SOLID);
            line(VALIDATION_LOSS, x, epochs.stream().mapToDouble(EpochRecord::getValidationLoss).toArray(), 0,
                    Palette.color(chart.getDisplay(), 1), LineStyle.SOLID);
            Map<String, List<double[]>> aucs = new LinkedHashMap<>();
            for (EpochRecord epoch : epochs) {
                for (LabelValue value : epoch.getLabelAucs()) {
                    aucs.computeIfAbsent(value.getLabel(), l -> new ArrayList<>())
                            .add(new double[] {epoch.getIndex(), value.getValue()});
                }
            }
            int colour = 2;
            for (Map.Entry<String, List<double[]>> label : aucs.entrySet()) {
                List<double[]> points = label.getValue().stream().filter(p -> Double.isFinite(p[1])).toList();
                line(AUC_PREFIX + label.getKey(), points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray(), aucAxis,
                        Palette.color(chart.getDisplay(), colour++), LineStyle.DASH);
            }
            // Every range is set here: SWTChart's adjustRange on series without points (a run before its first
            // epoch) leaves NaN ranges that break its tick layout.
            double last = Math.max(Math.max(1, axisEpochs), x.length == 0 ? 1 : x[x.length - 1]);
            chart.getAxisSet().getXAxis(0).setRange(new Range(0, last + 1)); // whole-number ticks
            chart.getAxisSet().getYAxis(aucAxis).setRange(new Range(0, 1));
            chart.getAxisSet().getYAxis(0).setRange(lossRange(epochs));
        } finally {
            ChartUpdates.resume(chart);
        }
    }

    /** The losses' range with a margin, so curves that barely move (a plateau near 0.69) still show their slope. */
    private static Range lossRange(List<EpochRecord> epochs) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (EpochRecord epoch : epochs) {
            for (double loss : new double[] {epoch.getTrainLoss(), epoch.getValidationLoss()}) {
                if (Double.isFinite(loss)) {
                    low = Math.min(low, loss);
                    high = Math.max(high, loss);
                }
            }
        }
        if (low > high) {
            return new Range(0, 1);
        }
        double margin = Math.max((high - low) * 0.15, 0.02);
        return new Range(Math.max(0, low - margin), high + margin);
    }

    private void line(String id, double[] x, double[] y, int yAxis, Color colour, LineStyle style) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setYAxisId(yAxis);
        series.setLineColor(colour);
        series.setLineStyle(style);
        series.setLineWidth(2);
        series.setSymbolType(PlotSymbolType.CIRCLE);
        series.setSymbolColor(colour);
        series.setSymbolSize(3);
        series.setAntialias(SWT.ON);
    }

    /** The y values of a series, or an empty array when there is no such series. */
    public double[] values(String seriesId) {
        ISeries<?> series = chart.getSeriesSet().getSeries(seriesId);
        return series == null ? new double[0] : series.getYSeries();
    }
}

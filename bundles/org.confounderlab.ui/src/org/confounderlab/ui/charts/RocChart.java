package org.confounderlab.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.RocPoint;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

/**
 * ROC curves of a run, one per label and evaluation variant (original, masked, labels only, random box …), with the
 * AUC in the legend and the chance diagonal; the points are the ones the engine recorded.
 */
public final class RocChart {

    /** Series id of the chance line. */
    public static final String CHANCE = "chance";

    private final Chart chart;
    private final List<String> curveIds = new ArrayList<>();

    public RocChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("ROC curves (test images)");
        chart.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getLegend().setPosition(SWT.RIGHT);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("1 − specificity (false positive rate)");
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText("Sensitivity");
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getTick().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
    }

    public Chart getChart() {
        return chart;
    }

    /** The series id of a variant's curve for a label, as the legend shows it. */
    public static String seriesId(String variant, String label, double auc) {
        return String.format(Locale.ROOT, "%s · %s (AUC %.3f)", variant, label, auc);
    }

    /** Draws every label of every evaluation that has ROC points. */
    public void show(List<Evaluation> evaluations) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
            curveIds.clear();
            ILineSeries<?> chance = line(CHANCE, new double[] {0, 1}, new double[] {0, 1},
                    chart.getDisplay().getSystemColor(SWT.COLOR_GRAY), LineStyle.DOT);
            chance.setVisibleInLegend(false);
            int colour = 0;
            for (Evaluation evaluation : evaluations) {
                for (LabelEvaluation label : evaluation.getLabels()) {
                    if (label.getRocPoints().isEmpty()) {
                        continue;
                    }
                    List<RocPoint> points = label.getRocPoints().stream()
                            .sorted(Comparator.comparingDouble(RocPoint::getFpr).thenComparingDouble(RocPoint::getTpr))
                            .toList();
                    String id = seriesId(evaluation.getInterventionName(), label.getLabel(), label.getAuc());
                    line(id, points.stream().mapToDouble(RocPoint::getFpr).toArray(),
                            points.stream().mapToDouble(RocPoint::getTpr).toArray(),
                            Palette.color(chart.getDisplay(), colour++), LineStyle.SOLID);
                    curveIds.add(id);
                }
            }
            chart.getAxisSet().getXAxis(0).setRange(new Range(0, 1));
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1.02));
        } finally {
            ChartUpdates.resume(chart);
        }
    }

    private ILineSeries<?> line(String id, double[] x, double[] y, Color colour, LineStyle style) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(x);
        series.setYSeries(y);
        series.setLineColor(colour);
        series.setLineStyle(style);
        series.setLineWidth(2);
        series.setSymbolType(PlotSymbolType.NONE);
        series.setAntialias(SWT.ON);
        return series;
    }

    /** The ids of the curves drawn, in legend order (the chance line left out). */
    public List<String> curveIds() {
        return List.copyOf(curveIds);
    }

    /** The x (false positive rate) values of a curve. */
    public double[] falsePositiveRates(String id) {
        ISeries<?> series = chart.getSeriesSet().getSeries(id);
        return series == null ? new double[0] : series.getXSeries();
    }
}

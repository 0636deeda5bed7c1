package org.confounderlab.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.LabelEvaluation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.IErrorBar.ErrorBarType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

/**
 * Test AUC per evaluation variant (categories) and label (one bar series each), with the engine's 95% confidence
 * interval as error bars: the masked / labels-only / random-box counterfactuals beside the original at a glance.
 */
public final class AucBarChart {

    private final Chart chart;

    public AucBarChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("Test AUC by evaluation, with 95% CI");
        chart.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        chart.getLegend().setPosition(SWT.BOTTOM);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText("Evaluation");
        x.enableCategory(true);
        IAxis y = chart.getAxisSet().getYAxis(0);
        y.getTitle().setText("AUC");
        for (IAxis axis : chart.getAxisSet().getAxes()) {
            axis.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            axis.getTick().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        }
    }

    public Chart getChart() {
        return chart;
    }

    /** Draws one bar per evaluation and label. */
    public void show(List<Evaluation> evaluations) {
        chart.suspendUpdate(true);
        try {
            for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
                chart.getSeriesSet().deleteSeries(series.getId());
            }
            List<String> variants = evaluations.stream().map(Evaluation::getInterventionName).toList();
            Set<String> labels = new LinkedHashSet<>();
            evaluations.forEach(e -> e.getLabels().forEach(l -> labels.add(l.getLabel())));
            chart.getAxisSet().getXAxis(0).setCategorySeries(variants.toArray(String[]::new));
            int colour = 0;
            for (String label : labels) {
                List<double[]> bars = new ArrayList<>(); // auc, minus, plus
                for (Evaluation evaluation : evaluations) {
                    LabelEvaluation value = evaluation.getLabels().stream().filter(l -> label.equals(l.getLabel()))
                            .findFirst().orElse(null);
                    double auc = value == null || !Double.isFinite(value.getAuc()) ? 0 : value.getAuc();
                    double minus = value == null || !Double.isFinite(value.getCiLower()) ? 0 : auc - value.getCiLower();
                    double plus = value == null || !Double.isFinite(value.getCiUpper()) ? 0 : value.getCiUpper() - auc;
                    bars.add(new double[] {auc, Math.max(0, minus), Math.max(0, plus)});
                }
                IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, label);
                series.setYSeries(bars.stream().mapToDouble(b -> b[0]).toArray());
                series.setBarColor(Palette.color(chart.getDisplay(), colour++));
                series.setBarPadding(25);
                series.getYErrorBar().setType(ErrorBarType.BOTH);
                series.getYErrorBar().setMinusErrors(bars.stream().mapToDouble(b -> b[1]).toArray());
                series.getYErrorBar().setPlusErrors(bars.stream().mapToDouble(b -> b[2]).toArray());
                series.getYErrorBar().setColor(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
                series.getYErrorBar().setLineWidth(2);
                series.getYErrorBar().setVisible(true);
            }
            if (!variants.isEmpty()) {
                chart.getAxisSet().getXAxis(0).adjustRange(); // one slot per category
            }
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, 1.05));
        } finally {
            ChartUpdates.resume(chart);
        }
    }

    /** The AUCs drawn for a label, in evaluation order. */
    public double[] aucs(String label) {
        ISeries<?> series = chart.getSeriesSet().getSeries(label);
        return series == null ? new double[0] : series.getYSeries();
    }

    /** The evaluation variants on the category axis. */
    public List<String> variants() {
        String[] categories = chart.getAxisSet().getXAxis(0).getCategorySeries();
        return categories == null ? List.of() : List.of(categories);
    }
}

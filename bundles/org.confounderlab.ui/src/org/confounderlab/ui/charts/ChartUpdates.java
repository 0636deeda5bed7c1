package org.confounderlab.ui.charts;

import org.eclipse.swtchart.Chart;

/** Ends a batch of changes to a chart. */
final class ChartUpdates {

    private ChartUpdates() {
    }

    /**
     * Resumes the chart's updates and lays it out. SWTChart 1.1 divides by the axis length while laying out, so a
     * chart that has no size yet (in a tab not shown, a view still opening) throws "Infinite or NaN"; such a chart
     * is laid out again when it gets its size, so the failed layout is skipped.
     */
    static void resume(Chart chart) {
        try {
            chart.suspendUpdate(false);
        } catch (NumberFormatException | ArithmeticException e) {
            // no size yet: laid out on its first resize
        }
        chart.redraw();
    }
}

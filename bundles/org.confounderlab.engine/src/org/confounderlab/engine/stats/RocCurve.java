package org.confounderlab.engine.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The empirical ROC curve: one point per distinct score used as threshold (case ⇔ score ≥ threshold), from
 * (0, 0) at threshold +∞ to (1, 1) at the lowest score, fpr and tpr both non-decreasing along the list.
 */
public final class RocCurve {

    private final List<RocPoint> points;

    private RocCurve(List<RocPoint> points) {
        this.points = Collections.unmodifiableList(points);
    }

    /** The curve of {@code scores} for 0/1 {@code labels}; needs at least one case and one control. */
    public static RocCurve of(double[] scores, int[] labels) {
        return of(CaseControlScores.of(scores, labels));
    }

    /** The curve of {@code scores}; needs at least one case and one control. */
    public static RocCurve of(CaseControlScores scores) {
        double[] cases = MidRanks.sortedCopy(scores.cases());
        double[] controls = MidRanks.sortedCopy(scores.controls());
        int m = cases.length;
        int n = controls.length;
        if (m == 0 || n == 0) {
            throw new IllegalArgumentException("an ROC curve needs cases and controls, got " + m + " and " + n);
        }
        List<RocPoint> points = new ArrayList<>();
        points.add(new RocPoint(0, 0, Double.POSITIVE_INFINITY));
        // walk both ascending arrays from the top, one distinct score at a time
        int i = m;
        int j = n;
        while (i > 0 || j > 0) {
            double threshold = Math.max(i > 0 ? cases[i - 1] : Double.NEGATIVE_INFINITY,
                    j > 0 ? controls[j - 1] : Double.NEGATIVE_INFINITY);
            while (i > 0 && cases[i - 1] == threshold) {
                i--;
            }
            while (j > 0 && controls[j - 1] == threshold) {
                j--;
            }
            points.add(new RocPoint((double) (n - j) / n, (double) (m - i) / m, threshold));
        }
        return new RocCurve(points);
    }

    /** The points, from (0, 0) to (1, 1). */
    public List<RocPoint> points() {
        return points;
    }

    /** The area under the curve by the trapezoidal rule, equal to the Mann–Whitney AUC (ties count one half). */
    public double trapezoidalArea() {
        double area = 0;
        for (int k = 1; k < points.size(); k++) {
            RocPoint a = points.get(k - 1);
            RocPoint b = points.get(k);
            area += (b.fpr() - a.fpr()) * (a.tpr() + b.tpr()) / 2;
        }
        return area;
    }
}

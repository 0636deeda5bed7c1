package org.confounderlab.engine.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.confounderlab.engine.stats.CaseControlScores;
import org.confounderlab.engine.stats.OperatingPoint;
import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.stats.StratifiedBootstrapAuc;

/**
 * A classifier's performance per subgroup (value of one attribute, e.g. sex or site), like fairlearn's
 * {@code MetricFrame}: for every known value, sorted, its cases, prevalence, AUC with a stratified-bootstrap
 * interval, and sensitivity and specificity at a fixed threshold (a score ≥ threshold is called positive); then
 * the largest gaps across the subgroups. Cases whose value is null or blank are unknown and left out.
 *
 * @param rows one row per known value, in {@link String#compareTo} order
 * @param gaps the largest differences across the rows
 * @param threshold the decision threshold
 * @param confidenceLevel the level of the AUC intervals, 1 − alpha
 * @param unknown the number of cases left out because their value is unknown
 */
public record SubgroupMetrics(List<Row> rows, Gaps gaps, double threshold, double confidenceLevel, int unknown) {

    /**
     * One subgroup's metrics; a metric that its cases cannot define is NaN.
     *
     * @param value the (stripped) attribute value
     * @param n the number of cases with this value
     * @param positives how many of them are positive
     * @param prevalence positives / n
     * @param auc the mid-rank AUC; NaN when the subgroup has only one class
     * @param aucLower the lower stratified-bootstrap bound; NaN with one class or no resamples
     * @param aucUpper the upper stratified-bootstrap bound; NaN with one class or no resamples
     * @param sensitivity the share of positives scored ≥ threshold (true positive rate); NaN without positives
     * @param specificity the share of negatives scored &lt; threshold (true negative rate); NaN without negatives
     */
    public record Row(String value, int n, int positives, double prevalence, double auc, double aucLower,
            double aucUpper, double sensitivity, double specificity) {
    }

    /**
     * The largest difference, max − min, of each metric over the subgroups where it is defined; 0 with one such
     * subgroup, NaN with none.
     *
     * @param auc the AUC gap
     * @param sensitivity the sensitivity (true positive rate) gap, the equal-opportunity difference
     * @param specificity the specificity gap
     */
    public record Gaps(double auc, double sensitivity, double specificity) {
    }

    /** Makes {@code rows} unmodifiable. */
    public SubgroupMetrics {
        rows = List.copyOf(rows);
    }

    /**
     * The metrics of {@code scores} (none NaN) with labels {@code positives} per {@code groupValues} (one per case;
     * null or blank = unknown), sensitivity and specificity at {@code threshold}, and AUC intervals at level
     * 1 − {@code alpha} from {@code resamples} stratified bootstrap resamples (0: no intervals) drawn from
     * {@code seed}; every subgroup uses the same seed, so its interval does not depend on the other subgroups.
     */
    public static SubgroupMetrics of(double[] scores, boolean[] positives, String[] groupValues, double threshold,
            int resamples, long seed, double alpha) {
        if (scores.length != positives.length || scores.length != groupValues.length) {
            throw new IllegalArgumentException(scores.length + " scores, " + positives.length + " labels and "
                    + groupValues.length + " group values; they must match");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha " + alpha + " is not in (0, 1)");
        }
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be at least 0, got " + resamples);
        }
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
        TreeMap<String, List<Integer>> members = new TreeMap<>();
        int unknown = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN");
            }
            String value = groupValues[i] == null ? "" : groupValues[i].strip();
            if (value.isEmpty()) {
                unknown++;
            } else {
                members.computeIfAbsent(value, v -> new ArrayList<>()).add(i);
            }
        }
        List<Row> rows = new ArrayList<>(members.size());
        for (var entry : members.entrySet()) {
            rows.add(row(entry.getKey(), entry.getValue(), scores, positives, threshold, resamples, seed,
                    1 - alpha));
        }
        Gaps gaps = new Gaps(gap(rows, Row::auc), gap(rows, Row::sensitivity), gap(rows, Row::specificity));
        return new SubgroupMetrics(rows, gaps, threshold, 1 - alpha, unknown);
    }

    private static Row row(String value, List<Integer> cases, double[] scores, boolean[] positives,
            double threshold, int resamples, long seed, double confidenceLevel) {
        int n = cases.size();
        double[] groupScores = new double[n];
        boolean[] groupPositives = new boolean[n];
        int[] labels = new int[n];
        int positiveCount = 0;
        for (int k = 0; k < n; k++) {
            int i = cases.get(k);
            groupScores[k] = scores[i];
            groupPositives[k] = positives[i];
            labels[k] = positives[i] ? 1 : 0;
            positiveCount += labels[k];
        }
        CaseControlScores split = CaseControlScores.of(groupScores, labels);
        double auc = RankAuc.auc(groupScores, groupPositives);
        double lower = Double.NaN;
        double upper = Double.NaN;
        if (!Double.isNaN(auc) && resamples > 0) {
            StratifiedBootstrapAuc interval = StratifiedBootstrapAuc.of(split, confidenceLevel, resamples, seed);
            lower = interval.lower();
            upper = interval.upper();
        }
        return new Row(value, n, positiveCount, (double) positiveCount / n, auc, lower, upper,
                OperatingPoint.sensitivity(split, threshold), OperatingPoint.specificity(split, threshold));
    }

    private static double gap(List<Row> rows, ToDoubleFunction<Row> metric) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Row row : rows) {
            double value = metric.applyAsDouble(row);
            if (!Double.isNaN(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return min > max ? Double.NaN : max - min;
    }

    /** The subgroup with the lowest AUC (the first in order among ties); empty when no subgroup has an AUC. */
    public Optional<Row> worstAuc() {
        return definedAuc().min(Comparator.comparingDouble(Row::auc));
    }

    /** The subgroup with the highest AUC (the first in order among ties); empty when no subgroup has an AUC. */
    public Optional<Row> bestAuc() {
        return definedAuc().reduce((best, row) -> row.auc() > best.auc() ? row : best);
    }

    /** The row of {@code value} (stripped), if any case has it. */
    public Optional<Row> row(String value) {
        String key = value == null ? "" : value.strip();
        return rows.stream().filter(row -> row.value().equals(key)).findFirst();
    }

    private Stream<Row> definedAuc() {
        return rows.stream().filter(row -> !Double.isNaN(row.auc()));
    }
}

package org.confounderlab.engine.tests.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.confounderlab.engine.diagnostics.SubgroupMetrics;
import org.confounderlab.engine.diagnostics.SubgroupMetrics.Row;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.junit.jupiter.api.Test;

/** {@link SubgroupMetrics} against scikit-learn's roc_auc_score and confusion-matrix rates per group. */
class SubgroupMetricsTest {

    private static final double TOLERANCE = 1e-6;

    private static final Map<String, Object> REFERENCE = ProbeReference.cases("subgroups").get(0);

    private static SubgroupMetrics reference(int resamples, long seed) {
        List<Object> groups = MiniJson.array(REFERENCE.get("groups"));
        return SubgroupMetrics.of(ProbeReference.doubles(REFERENCE.get("scores")),
                ProbeReference.booleans(REFERENCE.get("labels")), groups.toArray(String[]::new),
                MiniJson.number(REFERENCE.get("threshold")), resamples, seed, 0.05);
    }

    @Test
    void agreesWithScikitLearnPerGroup() {
        SubgroupMetrics metrics = reference(500, 1);
        List<Object> expected = MiniJson.array(REFERENCE.get("rows"));
        assertEquals(expected.size(), metrics.rows().size());
        for (int k = 0; k < expected.size(); k++) {
            Map<String, Object> want = MiniJson.object(expected.get(k));
            Row row = metrics.rows().get(k);
            String value = (String) want.get("value");
            assertEquals(value, row.value());
            assertEquals((int) MiniJson.number(want.get("n")), row.n(), value);
            assertEquals((int) MiniJson.number(want.get("positives")), row.positives(), value);
            assertEquals((double) row.positives() / row.n(), row.prevalence(), 1e-15, value);
            assertEquals(MiniJson.number(want.get("auc")), row.auc(), TOLERANCE, value + " AUC");
            assertEquals(MiniJson.number(want.get("sensitivity")), row.sensitivity(), TOLERANCE, value + " TPR");
            assertEquals(MiniJson.number(want.get("specificity")), row.specificity(), TOLERANCE, value + " TNR");
        }
        assertEquals(List.of("site_a", "site_b", "site_c", "site_d", "site_e"),
                metrics.rows().stream().map(Row::value).toList());
        // null, "" and "  " are unknown: 20 + 6 + 4 cases
        assertEquals(30, metrics.unknown());
        assertEquals(MiniJson.number(REFERENCE.get("auc_gap")), metrics.gaps().auc(), TOLERANCE);
        assertEquals(MiniJson.number(REFERENCE.get("sensitivity_gap")), metrics.gaps().sensitivity(), TOLERANCE);
        assertEquals(MiniJson.number(REFERENCE.get("specificity_gap")), metrics.gaps().specificity(), TOLERANCE);
        assertEquals(REFERENCE.get("worst_auc"), metrics.worstAuc().orElseThrow().value());
        assertEquals(REFERENCE.get("best_auc"), metrics.bestAuc().orElseThrow().value());
        assertEquals(0.95, metrics.confidenceLevel(), 1e-15);
    }

    @Test
    void oneClassGroupHasNoAucAndNoInterval() {
        Row negativesOnly = reference(200, 3).row("site_d").orElseThrow();
        assertEquals(0, negativesOnly.positives());
        assertTrue(Double.isNaN(negativesOnly.auc()));
        assertTrue(Double.isNaN(negativesOnly.aucLower()) && Double.isNaN(negativesOnly.aucUpper()));
        assertTrue(Double.isNaN(negativesOnly.sensitivity()));
        assertEquals(0.7666666666666667, negativesOnly.specificity(), 1e-12);
    }

    @Test
    void intervalsContainTheAucAndRepeatWithTheSeed() {
        SubgroupMetrics first = reference(400, 9);
        for (Row row : first.rows()) {
            if (!Double.isNaN(row.auc())) {
                assertTrue(row.aucLower() <= row.auc() && row.auc() <= row.aucUpper(), row.toString());
                assertTrue(row.aucUpper() - row.aucLower() > 0.01, row.toString());
            }
        }
        assertEquals(first, reference(400, 9));
        Row a = first.row("site_a").orElseThrow();
        Row other = reference(400, 10).row("site_a").orElseThrow();
        assertEquals(a.auc(), other.auc());
        assertTrue(a.aucLower() != other.aucLower() || a.aucUpper() != other.aucUpper(), "another seed resamples");
        Row none = reference(0, 9).row("site_a").orElseThrow();
        assertTrue(Double.isNaN(none.aucLower()) && Double.isNaN(none.aucUpper()));
        assertEquals(a.auc(), none.auc());
    }

    @Test
    void smallExampleByHand() {
        double[] scores = {0.9, 0.2, 0.6, 0.4, 0.8, 0.3, 0.7, 0.1};
        boolean[] positives = {true, false, true, false, true, true, false, false};
        String[] groups = {"F", "F", "F", "F", "M", "M", "M", "M"};
        SubgroupMetrics metrics = SubgroupMetrics.of(scores, positives, groups, 0.5, 0, 1, 0.05);
        Row f = metrics.rows().get(0);
        Row m = metrics.rows().get(1);
        // F separates perfectly; M: positives 0.8, 0.3 against negatives 0.7, 0.1 win 3 of 4 pairs
        assertEquals(1.0, f.auc(), 1e-15);
        assertEquals(0.75, m.auc(), 1e-15);
        assertEquals(1.0, f.sensitivity(), 1e-15);
        assertEquals(0.5, m.sensitivity(), 1e-15);
        assertEquals(1.0, f.specificity(), 1e-15);
        assertEquals(0.5, m.specificity(), 1e-15);
        assertEquals(new SubgroupMetrics.Gaps(0.25, 0.5, 0.5), metrics.gaps());
        assertEquals("M", metrics.worstAuc().orElseThrow().value());
        assertEquals("F", metrics.bestAuc().orElseThrow().value());
    }

    @Test
    void noDefinedMetricGivesNaNGapsAndNoWorstGroup() {
        SubgroupMetrics metrics = SubgroupMetrics.of(new double[] {0.2, 0.7}, new boolean[] {true, true},
                new String[] {"a", "b"}, 0.5, 100, 1, 0.05);
        assertTrue(Double.isNaN(metrics.gaps().auc()));
        assertTrue(Double.isNaN(metrics.gaps().specificity()));
        assertEquals(1.0, metrics.gaps().sensitivity(), 1e-15);
        assertTrue(metrics.worstAuc().isEmpty());
    }

    @Test
    void rejectsBadInput() {
        assertEquals("2 scores, 2 labels and 1 group values; they must match",
                assertThrows(IllegalArgumentException.class, () -> SubgroupMetrics.of(new double[2],
                        new boolean[2], new String[1], 0.5, 10, 1, 0.05)).getMessage());
        assertEquals("alpha 0.0 is not in (0, 1)", assertThrows(IllegalArgumentException.class,
                () -> SubgroupMetrics.of(new double[1], new boolean[1], new String[1], 0.5, 10, 1, 0)).getMessage());
        assertEquals("score 0 is NaN", assertThrows(IllegalArgumentException.class,
                () -> SubgroupMetrics.of(new double[] {Double.NaN}, new boolean[1], new String[] {"a"}, 0.5, 10, 1,
                        0.05)).getMessage());
    }
}

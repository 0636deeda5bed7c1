package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.confounderlab.engine.stats.CaseControlScores;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.NormalDistribution;
import org.confounderlab.engine.stats.PairedDeLongTest;
import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.stats.RocCurve;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Agreement with R's pROC 1.18 ({@code reference/proc_reference.R}): auc, var(roc), ci.auc(method = "delong") and
 * roc.test(method = "delong", paired = TRUE) on data sets regenerated from the script's integer formulas
 * (see {@link ProcReference#generate}); every value within 1e-6, p-values also within 1e-6 relative.
 */
class ProcReferenceTest {

    private static final double TOLERANCE = 1e-6;

    // the measured agreement, printed once at the end
    private static double worstAbsolute;
    private static double worstRelativeP;

    @AfterAll
    static void report() {
        System.out.printf("ProcReferenceTest: max |Java - pROC| = %.3g, max relative p-value error = %.3g%n",
                worstAbsolute, worstRelativeP);
    }

    @Test
    void recordsPackageVersion() {
        assertTrue(((String) ProcReference.get().get("pROC")).startsWith("1.18"), "pROC 1.18.x");
    }

    @TestFactory
    Stream<DynamicTest> matchesProc() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object item : MiniJson.array(ProcReference.get().get("cases"))) {
            Map<String, Object> entry = MiniJson.object(item);
            tests.add(DynamicTest.dynamicTest((String) entry.get("name"), () -> check(entry)));
        }
        return tests.stream();
    }

    private static void check(Map<String, Object> entry) {
        ProcReference.Data data = ProcReference.generate(entry);
        String name = (String) entry.get("name");
        CaseControlScores a = CaseControlScores.of(data.a(), data.labels());
        assertEquals(ProcReference.integer(entry, "cases"), a.caseCount(), name + " cases");
        assertEquals(ProcReference.integer(entry, "controls"), a.controlCount(), name + " controls");

        DeLongAuc first = DeLongAuc.of(data.a(), data.labels());
        DeLongAuc second = DeLongAuc.of(data.b(), data.labels());
        close(entry, "auc_a", first.auc());
        close(entry, "auc_b", second.auc());
        close(entry, "auc_a", RankAuc.auc(a));
        close(entry, "auc_a", RocCurve.of(a).trapezoidalArea());
        close(entry, "var_a", first.variance());
        close(entry, "var_b", second.variance());
        closeArray(entry, "ci_a", first.lower(), first.upper());
        closeArray(entry, "ci_b", second.lower(), second.upper());

        PairedDeLongTest test = PairedDeLongTest.of(data.a(), data.b(), data.labels());
        close(entry, "statistic", test.z());
        closeP(name, MiniJson.number(entry.get("p_value")), test.pValue());
        closeArray(entry, "estimate", test.first().auc(), test.second().auc());
        closeArray(entry, "conf_int", test.lower(), test.upper());
    }

    @Test
    void normalTailsAndQuantilesMatchR() {
        Map<String, Object> normal = MiniJson.object(ProcReference.get().get("normal"));
        List<Object> z = MiniJson.array(normal.get("z"));
        List<Object> p = MiniJson.array(normal.get("two_sided_p"));
        for (int i = 0; i < z.size(); i++) {
            closeP("2*pnorm(-" + z.get(i) + ")", MiniJson.number(p.get(i)),
                    NormalDistribution.twoSidedP(MiniJson.number(z.get(i))));
        }
        List<Object> probabilities = MiniJson.array(normal.get("p"));
        List<Object> quantiles = MiniJson.array(normal.get("qnorm"));
        for (int i = 0; i < probabilities.size(); i++) {
            double expected = MiniJson.number(quantiles.get(i));
            double actual = NormalDistribution.quantile(MiniJson.number(probabilities.get(i)));
            assertEquals(expected, actual, 1e-12, "qnorm(" + probabilities.get(i) + ")");
        }
    }

    private static void close(Map<String, Object> entry, String key, double actual) {
        double expected = MiniJson.number(entry.get(key));
        record(Math.abs(expected - actual));
        assertEquals(expected, actual, TOLERANCE, entry.get("name") + " " + key);
    }

    private static void closeArray(Map<String, Object> entry, String key, double lower, double upper) {
        List<Object> expected = MiniJson.array(entry.get(key));
        String name = entry.get("name") + " " + key;
        record(Math.abs(MiniJson.number(expected.get(0)) - lower));
        record(Math.abs(MiniJson.number(expected.get(1)) - upper));
        assertEquals(MiniJson.number(expected.get(0)), lower, TOLERANCE, name + "[0]");
        assertEquals(MiniJson.number(expected.get(1)), upper, TOLERANCE, name + "[1]");
    }

    private static void closeP(String name, double expected, double actual) {
        record(Math.abs(expected - actual));
        assertEquals(expected, actual, TOLERANCE, name + " p-value");
        // below 1e-6 the absolute check says nothing; R's pnorm is accurate to a few ulps far into the tail
        if (expected > 1e-300) {
            double relative = Math.abs(actual - expected) / expected;
            recordRelative(relative);
            assertTrue(relative < TOLERANCE, name + " p-value " + actual + " vs R " + expected + ", relative "
                    + relative);
        } else {
            assertTrue(actual < 1e-290, name + " p-value " + actual + " should underflow like R's " + expected);
        }
    }

    private static synchronized void record(double difference) {
        worstAbsolute = Math.max(worstAbsolute, difference);
    }

    private static synchronized void recordRelative(double difference) {
        worstRelativeP = Math.max(worstRelativeP, difference);
    }
}

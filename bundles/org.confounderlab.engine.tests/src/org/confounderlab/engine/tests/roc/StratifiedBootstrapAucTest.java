package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.confounderlab.engine.stats.CaseControlScores;
import org.confounderlab.engine.stats.DeLongAuc;
import org.confounderlab.engine.stats.StratifiedBootstrapAuc;
import org.junit.jupiter.api.Test;

class StratifiedBootstrapAucTest {

    @Test
    void agreesWithDeLongOnALargeSample() {
        ProcReference.Data data = ProcReference.generate(20000, 101, 30, 1000, 600, 300);
        CaseControlScores scores = CaseControlScores.of(data.b(), data.labels());
        StratifiedBootstrapAuc bootstrap = StratifiedBootstrapAuc.of(scores, 42);
        DeLongAuc delong = DeLongAuc.of(scores, 0.95);
        assertEquals(2000, bootstrap.resamples());
        assertEquals(delong.auc(), bootstrap.auc(), 1e-12);
        // half width ≈ 0.0057 here; the two intervals agree to a few percent of it
        double halfWidth = (delong.upper() - delong.lower()) / 2;
        assertEquals(delong.lower(), bootstrap.lower(), 0.1 * halfWidth);
        assertEquals(delong.upper(), bootstrap.upper(), 0.1 * halfWidth);
    }

    @Test
    void sameSeedSameInterval() {
        CaseControlScores scores = new CaseControlScores(new double[] {0.4, 0.7, 0.8, 0.9, 0.65},
                new double[] {0.1, 0.3, 0.5, 0.7, 0.2, 0.6});
        assertEquals(StratifiedBootstrapAuc.of(scores, 0.9, 500, 7), StratifiedBootstrapAuc.of(scores, 0.9, 500, 7));
    }

    @Test
    void perfectSeparationStaysPerfect() {
        // every stratified resample still separates perfectly
        CaseControlScores scores = new CaseControlScores(new double[] {5, 6, 7}, new double[] {1, 2, 3, 4});
        StratifiedBootstrapAuc bootstrap = StratifiedBootstrapAuc.of(scores, 0.95, 300, 1);
        assertEquals(1, bootstrap.lower());
        assertEquals(1, bootstrap.upper());
    }

    @Test
    void coversTheTrueAucMostOfTheTime() {
        // cases ~ U(0,1) + 0.3, controls ~ U(0,1): true AUC = 1 − 0.7²/2 = 0.755
        SplittableRandom random = new SplittableRandom(2024);
        int covered = 0;
        int trials = 100;
        for (int t = 0; t < trials; t++) {
            double[] cases = new double[150];
            double[] controls = new double[250];
            for (int i = 0; i < cases.length; i++) {
                cases[i] = random.nextDouble() + 0.3;
            }
            for (int j = 0; j < controls.length; j++) {
                controls[j] = random.nextDouble();
            }
            StratifiedBootstrapAuc ci = StratifiedBootstrapAuc.of(new CaseControlScores(cases, controls), 0.95, 400,
                    random.nextLong());
            assertTrue(ci.lower() <= ci.auc() && ci.auc() <= ci.upper(), "the estimate lies inside its interval");
            if (ci.lower() <= 0.755 && 0.755 <= ci.upper()) {
                covered++;
            }
        }
        // nominal 95: a binomial(100, 0.95) count is below 87 with probability &lt; 0.1 %
        assertTrue(covered >= 87, "covered " + covered + " of " + trials);
    }
}

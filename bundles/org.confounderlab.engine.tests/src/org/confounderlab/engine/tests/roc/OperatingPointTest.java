package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.confounderlab.engine.stats.CaseControlScores;
import org.confounderlab.engine.stats.OperatingPoint;
import org.junit.jupiter.api.Test;

class OperatingPointTest {

    @Test
    void choosesYoudenOnValidationAndReportsTest() {
        // validation: at 0.6 sens 3/4, spec 3/3 → J = 0.75, the best (at 0.4: sens 1, spec 2/3 → 0.667)
        CaseControlScores validation = new CaseControlScores(new double[] {0.6, 0.7, 0.9, 0.4},
                new double[] {0.1, 0.4, 0.5});
        // test: cases 0.65, 0.55, 0.8 → 2/3 at or above 0.6; controls 0.2, 0.6, 0.3, 0.59 → 3/4 below
        CaseControlScores test = new CaseControlScores(new double[] {0.65, 0.55, 0.8},
                new double[] {0.2, 0.6, 0.3, 0.59});
        OperatingPoint point = OperatingPoint.choose(validation, test);
        assertEquals(0.6, point.threshold());
        assertEquals(0.75, point.youdenJ(), 1e-15);
        assertEquals(0.75, point.validationSensitivity());
        assertEquals(1, point.validationSpecificity());
        assertEquals(2 / 3.0, point.testSensitivity(), 1e-15);
        assertEquals(0.75, point.testSpecificity());
    }

    @Test
    void tiesGoToTheHigherThreshold() {
        // at 0.8: sens 1/2, spec 1 → J 0.5; at 0.3: sens 1, spec 1/2 → J 0.5; take 0.8
        CaseControlScores scores = new CaseControlScores(new double[] {0.8, 0.3}, new double[] {0.3, 0.1});
        assertEquals(0.8, OperatingPoint.youdenThreshold(scores));
        CaseControlScores reversed = new CaseControlScores(new double[] {0.3, 0.8}, new double[] {0.1, 0.3});
        assertEquals(0.8, OperatingPoint.youdenThreshold(reversed));
    }

    @Test
    void sensitivityAndSpecificityAtAThreshold() {
        CaseControlScores scores = new CaseControlScores(new double[] {1, 2, 3, 4}, new double[] {0, 2, 5});
        assertEquals(0.75, OperatingPoint.sensitivity(scores, 2));
        assertEquals(1 / 3.0, OperatingPoint.specificity(scores, 2), 1e-15);
    }
}

package org.confounderlab.engine.tests.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.confounderlab.engine.stats.ChiSquareTest;
import org.confounderlab.engine.stats.ContingencyTable;
import org.junit.jupiter.api.Test;

class ContingencyTableTest {

    private static ContingencyTable table(long[][] counts) {
        List<String> rows = new java.util.ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            rows.add("r" + r);
        }
        return new ContingencyTable(rows, List.of("0", "1"), counts);
    }

    @Test
    void twoByTwoByHand() {
        // expected counts 15/15 per cell; chi2 = 4 * 5² / 15
        ContingencyTable table = table(new long[][] {{20, 10}, {10, 20}});
        ChiSquareTest test = table.chiSquareTest();
        assertEquals(20.0 / 3, test.statistic(), 1e-12);
        assertEquals(1, test.degreesOfFreedom());
        assertEquals(Math.sqrt(20.0 / 3 / 60), table.cramersV(), 1e-12);
        assertEquals(60, table.total());
        double mi = 2 * (1.0 / 3) * Math.log((1.0 / 3) / 0.25) + 2 * (1.0 / 6) * Math.log((1.0 / 6) / 0.25);
        assertEquals(mi, table.mutualInformationNats(), 1e-14);
        assertEquals(mi / Math.log(2), table.mutualInformationBits(), 1e-14);
    }

    @Test
    void perfectAssociationHasVOne() {
        ContingencyTable table = table(new long[][] {{30, 0}, {0, 10}});
        assertEquals(1, table.cramersV(), 1e-12);
        assertTrue(table.chiSquareTest().pValue() < 1e-8);
    }

    @Test
    void emptyRowsAreIgnored() {
        ContingencyTable withEmpty = table(new long[][] {{20, 10}, {0, 0}, {10, 20}});
        ContingencyTable without = table(new long[][] {{20, 10}, {10, 20}});
        assertEquals(without.chiSquareTest(), withEmpty.chiSquareTest());
        assertEquals(without.cramersV(), withEmpty.cramersV(), 0);
        assertEquals(without.mutualInformationNats(), withEmpty.mutualInformationNats(), 0);
    }

    @Test
    void constantLabelOrAttributeIsUndefined() {
        ContingencyTable onlyNegatives = table(new long[][] {{20, 0}, {10, 0}});
        assertFalse(onlyNegatives.chiSquareTest().isDefined());
        assertTrue(Double.isNaN(onlyNegatives.chiSquareTest().pValue()));
        assertTrue(Double.isNaN(onlyNegatives.cramersV()));
        assertEquals(0, onlyNegatives.mutualInformationNats());
        assertFalse(table(new long[][] {{20, 5}}).chiSquareTest().isDefined());
    }

    @Test
    void rejectsMalformedCounts() {
        assertThrows(IllegalArgumentException.class, () -> table(new long[][] {{1, -1}}));
        assertThrows(IllegalArgumentException.class,
                () -> new ContingencyTable(List.of("a"), List.of("0", "1"), new long[][] {{1, 2, 3}}));
    }
}

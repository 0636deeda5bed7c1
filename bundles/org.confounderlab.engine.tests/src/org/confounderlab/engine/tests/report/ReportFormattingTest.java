package org.confounderlab.engine.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.confounderlab.engine.report.Formats;
import org.confounderlab.engine.report.Html;
import org.confounderlab.engine.report.Ticks;
import org.junit.jupiter.api.Test;

class ReportFormattingTest {

    @Test
    void niceTicksCoverTheRangeInRoundSteps() {
        Ticks ticks = Ticks.nice(0, 0.93, 5);
        assertEquals(0.2, ticks.step(), 1e-12);
        assertEquals(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0), ticks.values());
        assertEquals("0.6", ticks.label(0.6000000000000001));
        Ticks flat = Ticks.nice(0.5, 0.5, 5);
        assertTrue(flat.max() > flat.min());
    }

    @Test
    void integerTicksForEpochs() {
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), Ticks.integers(0, 3, 8).values());
        assertEquals("2", Ticks.integers(0, 3, 8).label(2));
        assertTrue(Ticks.integers(0, 0, 8).values().contains(0.0), "a single epoch still gets a range");
        assertTrue(Ticks.integers(0, 200, 8).values().size() <= 12);
    }

    @Test
    void numbersAreLocaleIndependentWithDashForMissing() {
        assertEquals("0.912", Formats.fixed(0.91234, 3));
        assertEquals(Formats.MISSING, Formats.fixed(Double.NaN, 3));
        assertEquals("+0.050", Formats.signed(0.05, 3));
        assertEquals("0.042", Formats.pValue(0.0421));
        assertEquals("3.2e-05", Formats.pValue(3.2e-5));
        assertEquals("< 1e-300", Formats.pValue(0));
        assertEquals("", Formats.interval(0, 0, 3), "0/0 is the model default: no interval");
        assertEquals("[0.100, 0.200]", Formats.interval(0.1, 0.2, 3));
        assertEquals("0.001", Formats.compact(1e-3));
        assertEquals("3.00e-05", Formats.compact(3e-5));
        assertEquals("0", Formats.compact(0));
    }

    @Test
    void durationsReadAsTheTrainerPrintsThem() {
        assertEquals("45s", Formats.duration(45));
        assertEquals("1m15s", Formats.duration(75));
        assertEquals("1h06m", Formats.duration(4000));
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertEquals("&lt;b title=&quot;x&quot;&gt;&amp;&#39;", Html.escape("<b title=\"x\">&'"));
        assertEquals("", Html.escape(null));
        assertTrue(Html.pngDataUri(new byte[] {1, 2, 3}).startsWith("data:image/png;base64,AQID"));
    }
}

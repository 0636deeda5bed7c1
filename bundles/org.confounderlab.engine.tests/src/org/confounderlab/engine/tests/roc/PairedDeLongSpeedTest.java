package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.confounderlab.engine.stats.PairedDeLongTest;
import org.junit.jupiter.api.Test;

/** Not a timed assertion: prints how long the paired DeLong test takes on 200 000 cases, for the record. */
class PairedDeLongSpeedTest {

    @Test
    void pairedDeLongOn200kCases() {
        ProcReference.Data data = ProcReference.generate(200_000, 101, 20, 1000, 300, 203);
        // warm-up runs so the timing shows the compiled code, not the interpreter
        for (int i = 0; i < 3; i++) {
            PairedDeLongTest.of(data.a(), data.b(), data.labels());
        }
        long[] millis = new long[5];
        PairedDeLongTest test = null;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            test = PairedDeLongTest.of(data.a(), data.b(), data.labels());
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("PairedDeLongSpeedTest: paired DeLong on %d cases: median %d ms, min %d ms"
                + " (z = %.4f, p = %.4g)%n", data.labels().length, millis[2], millis[0], test.z(), test.pValue());
        assertTrue(Double.isFinite(test.z()));
    }
}

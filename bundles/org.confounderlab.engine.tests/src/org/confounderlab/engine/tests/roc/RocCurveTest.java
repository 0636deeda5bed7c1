package org.confounderlab.engine.tests.roc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.stats.RocCurve;
import org.confounderlab.engine.stats.RocDownsampler;
import org.confounderlab.engine.stats.RocPoint;
import org.junit.jupiter.api.Test;

class RocCurveTest {

    @Test
    void handWorkedCurve() {
        // cases 0.9, 0.5, 0.5; controls 0.5, 0.1
        List<RocPoint> points = RocCurve.of(new double[] {0.9, 0.5, 0.5, 0.5, 0.1}, new int[] {1, 1, 1, 0, 0})
                .points();
        assertEquals(List.of(new RocPoint(0, 0, Double.POSITIVE_INFINITY), new RocPoint(0, 1 / 3.0, 0.9),
                new RocPoint(0.5, 1, 0.5), new RocPoint(1, 1, 0.1)), points);
    }

    @Test
    void areaEqualsTheRankAuc() {
        ProcReference.Data data = ProcReference.generate(3000, 101, 40, 20, 4, 3);
        boolean[] positive = new boolean[data.labels().length];
        for (int i = 0; i < positive.length; i++) {
            positive[i] = data.labels()[i] == 1;
        }
        assertEquals(RankAuc.auc(data.a(), positive), RocCurve.of(data.a(), data.labels()).trapezoidalArea(),
                1e-12);
        // 20 noise levels plus shifts of 4: 24 distinct scores, 25 points with the +∞ start
        assertEquals(25, RocCurve.of(data.a(), data.labels()).points().size());
    }

    @Test
    void needsBothClasses() {
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {1, 2}, new int[] {1, 1}));
    }

    @Test
    void downsamplerKeepsEndpointsMonotonicityAndShape() {
        ProcReference.Data data = ProcReference.generate(120000, 101, 20, 1000, 300, 203);
        RocCurve curve = RocCurve.of(data.a(), data.labels());
        List<RocPoint> full = curve.points();
        assertTrue(full.size() > 1000);
        List<RocPoint> thin = RocDownsampler.downsample(full, 100);
        assertEquals(100, thin.size());
        assertSame(full.get(0), thin.get(0));
        assertSame(full.get(full.size() - 1), thin.get(thin.size() - 1));
        assertEquals(new RocPoint(0, 0, Double.POSITIVE_INFINITY), thin.get(0));
        assertEquals(1, thin.get(thin.size() - 1).fpr());
        assertEquals(1, thin.get(thin.size() - 1).tpr());
        for (int k = 1; k < thin.size(); k++) {
            assertTrue(thin.get(k).fpr() >= thin.get(k - 1).fpr(), "fpr non-decreasing at " + k);
            assertTrue(thin.get(k).tpr() >= thin.get(k - 1).tpr(), "tpr non-decreasing at " + k);
            assertTrue(thin.get(k).threshold() < thin.get(k - 1).threshold(), "thresholds descend at " + k);
        }
        // the thinned curve's area stays close to the full one's: its shape is kept
        double area = 0;
        for (int k = 1; k < thin.size(); k++) {
            area += (thin.get(k).fpr() - thin.get(k - 1).fpr()) * (thin.get(k).tpr() + thin.get(k - 1).tpr()) / 2;
        }
        assertEquals(curve.trapezoidalArea(), area, 1e-3);
    }

    @Test
    void downsamplerLeavesShortCurvesAlone() {
        List<RocPoint> points = RocCurve.of(new double[] {1, 2, 3}, new int[] {0, 1, 1}).points();
        assertEquals(points, RocDownsampler.downsample(points, 10));
        assertEquals(2, RocDownsampler.downsample(points, 2).size());
        assertThrows(IllegalArgumentException.class, () -> RocDownsampler.downsample(points, 1));
    }
}

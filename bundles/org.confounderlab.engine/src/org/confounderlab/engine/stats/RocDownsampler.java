package org.confounderlab.engine.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Thins an ROC curve to at most K points for storage, keeping its shape: top-down Ramer–Douglas–Peucker, which
 * starts from the two endpoints and repeatedly keeps the point farthest from the chord of its segment. A subset of
 * a monotone curve stays monotone, and the endpoints (0, 0) and (1, 1) are always kept.
 */
public final class RocDownsampler {

    private RocDownsampler() {
    }

    /** At most {@code maxPoints} (≥ 2) of {@code points}, in their order, first and last included. */
    public static List<RocPoint> downsample(List<RocPoint> points, int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("need room for at least the 2 endpoints, got " + maxPoints);
        }
        int size = points.size();
        if (size <= maxPoints) {
            return List.copyOf(points);
        }
        boolean[] keep = new boolean[size];
        keep[0] = true;
        keep[size - 1] = true;
        int kept = 2;
        PriorityQueue<Segment> queue = new PriorityQueue<>((a, b) -> Double.compare(b.distance, a.distance));
        offer(queue, points, 0, size - 1);
        while (kept < maxPoints && !queue.isEmpty()) {
            Segment segment = queue.poll();
            keep[segment.farthest] = true;
            kept++;
            offer(queue, points, segment.from, segment.farthest);
            offer(queue, points, segment.farthest, segment.to);
        }
        List<RocPoint> result = new ArrayList<>(kept);
        for (int k = 0; k < size; k++) {
            if (keep[k]) {
                result.add(points.get(k));
            }
        }
        return result;
    }

    private record Segment(int from, int to, int farthest, double distance) {
    }

    private static void offer(PriorityQueue<Segment> queue, List<RocPoint> points, int from, int to) {
        if (to - from < 2) {
            return;
        }
        RocPoint a = points.get(from);
        RocPoint b = points.get(to);
        double dx = b.fpr() - a.fpr();
        double dy = b.tpr() - a.tpr();
        double length = Math.hypot(dx, dy);
        int farthest = from + 1;
        double best = -1;
        for (int k = from + 1; k < to; k++) {
            RocPoint p = points.get(k);
            double ex = p.fpr() - a.fpr();
            double ey = p.tpr() - a.tpr();
            // distance to the chord; to a, when the chord has no length
            double distance = length == 0 ? Math.hypot(ex, ey) : Math.abs(dx * ey - dy * ex) / length;
            if (distance > best) {
                best = distance;
                farthest = k;
            }
        }
        queue.add(new Segment(from, to, farthest, best));
    }
}

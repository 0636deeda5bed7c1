package org.confounderlab.engine.leaks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs of images in different groups (splits) whose perceptual hashes differ in at most {@code maxDistance} bits,
 * found without comparing every pair: the 64 bits are cut into {@code maxDistance + 1} blocks, and two hashes that
 * close agree exactly on at least one of them (the pigeonhole principle), so only images that share a block's value
 * are compared. With the default distance of 4, 400,000 images take about 2 × 10^8 comparisons.
 */
public final class NearDuplicates {

    /** A pair of images by index, {@code first < second}, and how many bits their hashes differ in. */
    public record Pair(int first, int second, int distance) {
    }

    /** The largest distance: more blocks than this leaves blocks too short to keep buckets small. */
    public static final int LARGEST_DISTANCE = 15;

    private NearDuplicates() {
    }

    /**
     * The pairs of images with different {@code groups} (null entries take part in no pair) within {@code maxDistance}
     * bits, ordered by first and second index.
     */
    public static List<Pair> across(long[] hashes, Object[] groups, int maxDistance) {
        if (maxDistance < 0 || maxDistance > LARGEST_DISTANCE) {
            throw new IllegalArgumentException("a near-duplicate distance is 0 to " + LARGEST_DISTANCE + " bits, got "
                    + maxDistance);
        }
        int blocks = maxDistance + 1;
        List<Pair> pairs = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int b = 0; b < blocks; b++) {
            int from = 64 * b / blocks;
            int to = 64 * (b + 1) / blocks;
            long mask = to - from == 64 ? -1L : ((1L << (to - from)) - 1) << from;
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < hashes.length; i++) {
                if (groups[i] != null) {
                    buckets.computeIfAbsent(hashes[i] & mask, k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> bucket : buckets.values()) {
                for (int x = 0; x < bucket.size(); x++) {
                    int i = bucket.get(x);
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int j = bucket.get(y);
                        if (groups[i].equals(groups[j])) {
                            continue;
                        }
                        int distance = PerceptualHash.distance(hashes[i], hashes[j]);
                        if (distance <= maxDistance && seen.add((long) i << 32 | j)) {
                            pairs.add(new Pair(i, j, distance));
                        }
                    }
                }
            }
        }
        pairs.sort(java.util.Comparator.comparingInt(Pair::first).thenComparingInt(Pair::second));
        return pairs;
    }
}

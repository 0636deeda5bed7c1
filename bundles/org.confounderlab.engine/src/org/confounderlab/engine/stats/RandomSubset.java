package org.confounderlab.engine.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A seeded random subset drawn without replacement. */
public final class RandomSubset {

    private RandomSubset() {
    }

    /**
     * {@code count} of {@code items} (all of them when there are fewer), chosen uniformly by a partial Fisher–Yates
     * shuffle of a copy, in the order drawn; {@code items} is not changed.
     */
    public static <T> List<T> of(List<T> items, int count, SplittableRandom random) {
        List<T> copy = new ArrayList<>(items);
        int n = Math.min(count, copy.size());
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return new ArrayList<>(copy.subList(0, n));
    }

    /** 0 … n − 1 in a uniformly random order (a Fisher–Yates shuffle). */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}

package org.confounderlab.engine.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cluster (patient, study) each observation belongs to, for statistics that must resample or sum by cluster
 * rather than by image: observation i is in cluster {@code of[i]}, numbered 0 … {@code count − 1} in order of first
 * appearance.
 *
 * @param of the cluster of each observation
 * @param count the number of clusters
 */
public record Clusters(int[] of, int count) {

    /** Checks that every index lies in [0, count). */
    public Clusters {
        for (int i = 0; i < of.length; i++) {
            if (of[i] < 0 || of[i] >= count) {
                throw new IllegalArgumentException("observation " + i + " in cluster " + of[i] + " of " + count);
            }
        }
    }

    /**
     * The clusters named by {@code ids}, one per distinct id; an observation whose id is null or blank is a cluster of
     * its own (nothing says it shares a patient with another).
     */
    public static Clusters of(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        int[] of = new int[ids.size()];
        int count = 0;
        for (int i = 0; i < of.length; i++) {
            String id = ids.get(i);
            if (id == null || id.isBlank()) {
                of[i] = count++;
            } else {
                Integer known = index.get(id.strip());
                if (known == null) {
                    known = count++;
                    index.put(id.strip(), known);
                }
                of[i] = known;
            }
        }
        return new Clusters(of, count);
    }

    /** Every observation its own cluster: the statistics reduce to their unclustered forms. */
    public static Clusters singletons(int n) {
        int[] of = new int[n];
        for (int i = 0; i < n; i++) {
            of[i] = i;
        }
        return new Clusters(of, n);
    }

    /** The number of observations. */
    public int size() {
        return of.length;
    }

    /** Whether some cluster holds more than one observation, i.e. whether clustering changes anything. */
    public boolean repeated() {
        return count < of.length;
    }

    /** The clusters of the observations at {@code indices} (in that order), renumbered from 0. */
    public Clusters subset(int[] indices) {
        int[] renumbered = new int[count];
        java.util.Arrays.fill(renumbered, -1);
        int[] sub = new int[indices.length];
        int next = 0;
        for (int k = 0; k < indices.length; k++) {
            int cluster = of[indices[k]];
            if (renumbered[cluster] < 0) {
                renumbered[cluster] = next++;
            }
            sub[k] = renumbered[cluster];
        }
        return new Clusters(sub, next);
    }
}

package org.confounderlab.engine.diagnostics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.confounderlab.engine.stats.RandomSubset;

/**
 * An association-flipped test set: the test images re-sampled within each subgroup of an attribute so that the
 * attribute–label association is reversed. The subgroups' prevalences are mirrored by rank: the subgroup with the
 * highest prevalence gets the lowest one and so on (for a marker present in 90 % of positives and 10 % of negatives,
 * the shifted set has it on 10 % and 90 %). Within each subgroup as many images are kept as its target prevalence
 * allows: all of the class it is short of, and a seeded random subset of the other. A model that reads the label
 * from the attribute drops here; one that reads the disease does not. Images without a subgroup are left out.
 *
 * @param attribute what the subgroups are of
 * @param kept      indices of the kept test images, ascending
 * @param groups    each subgroup's counts and prevalence before and after
 */
public record AssociationShift(String attribute, int[] kept, List<Group> groups) {

    /** One subgroup before and after the shift. */
    public record Group(String name, int positives, int negatives, int keptPositives, int keptNegatives) {

        /** The subgroup's prevalence in the test set. */
        public double prevalence() {
            return (double) positives / (positives + negatives);
        }

        /** Its prevalence in the shifted set (NaN when nothing of it is kept). */
        public double shiftedPrevalence() {
            return (double) keptPositives / (keptPositives + keptNegatives);
        }

        /**
         * "A 0.96 to 0.04 (n 25)": its prevalence before and after the flip and what is kept; a subgroup of which
         * nothing is kept says why instead of a prevalence of 0/0.
         */
        public String describe() {
            if (keptPositives + keptNegatives > 0) {
                return String.format(java.util.Locale.ROOT, "%s %.2f to %.2f (n %d)", name, prevalence(),
                        shiftedPrevalence(), keptPositives + keptNegatives);
            }
            String why = positives == 0 || negatives == 0 ? "only " + (positives == 0 ? "negatives" : "positives")
                    + ", nothing to flip" : "none kept";
            return String.format(java.util.Locale.ROOT, "%s %.2f, left out (%s; n %d in the test set)", name,
                    prevalence(), why, positives + negatives);
        }
    }

    public AssociationShift {
        groups = List.copyOf(groups);
    }

    /**
     * The flipped set for images whose subgroup is {@code groupOf[i]} ({@code null}: none) and label
     * {@code positive[i]}; {@code seed} chooses which images of the plentiful class are kept.
     */
    public static AssociationShift flipped(String attribute, String[] groupOf, boolean[] positive, long seed) {
        if (groupOf.length != positive.length) {
            throw new IllegalArgumentException(groupOf.length + " subgroups but " + positive.length + " labels");
        }
        Map<String, List<Integer>> positives = new LinkedHashMap<>();
        Map<String, List<Integer>> negatives = new LinkedHashMap<>();
        for (int i = 0; i < groupOf.length; i++) {
            if (groupOf[i] == null) {
                continue;
            }
            positives.computeIfAbsent(groupOf[i], k -> new ArrayList<>());
            negatives.computeIfAbsent(groupOf[i], k -> new ArrayList<>());
            (positive[i] ? positives : negatives).get(groupOf[i]).add(i);
        }
        List<String> names = new ArrayList<>(positives.keySet());
        names.sort(Comparator.naturalOrder());
        // rank by prevalence (ties by name), then give rank r the prevalence of rank (k − 1 − r)
        List<String> byPrevalence = new ArrayList<>(names);
        byPrevalence.sort(Comparator.comparingDouble((String g) -> prevalence(positives.get(g), negatives.get(g)))
                .thenComparing(Comparator.naturalOrder()));
        SplittableRandom random = new SplittableRandom(seed);
        List<Group> groups = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (String name : names) {
            int rank = byPrevalence.indexOf(name);
            String mirror = byPrevalence.get(byPrevalence.size() - 1 - rank);
            double target = prevalence(positives.get(mirror), negatives.get(mirror));
            List<Integer> p = positives.get(name);
            List<Integer> n = negatives.get(name);
            int keepPositives;
            int keepNegatives;
            if (prevalence(p, n) >= target) { // too many positives for the target: keep every negative
                keepNegatives = n.size();
                keepPositives = target >= 1 ? p.size()
                        : (int) Math.min(p.size(), Math.round(target * keepNegatives / (1 - target)));
            } else { // too many negatives: keep every positive
                keepPositives = p.size();
                keepNegatives = target <= 0 ? n.size()
                        : (int) Math.min(n.size(), Math.round(keepPositives * (1 - target) / target));
            }
            kept.addAll(RandomSubset.of(p, keepPositives, random));
            kept.addAll(RandomSubset.of(n, keepNegatives, random));
            groups.add(new Group(name, p.size(), n.size(), keepPositives, keepNegatives));
        }
        int[] indices = kept.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(indices);
        return new AssociationShift(attribute, indices, groups);
    }

    private static double prevalence(List<Integer> positives, List<Integer> negatives) {
        return (double) positives.size() / (positives.size() + negatives.size());
    }
}

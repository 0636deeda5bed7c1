package org.confounderlab.engine.leaks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;

/**
 * What leaks between the splits of a data set: near-duplicate images in different splits (perceptual hashes within a
 * distance, confirmed by a {@link StandardisedThumbnail} comparison), and patients with images in more than one split. A test image leaks when it has a near-duplicate
 * in the training or validation images, or its patient has images there; the leak-free test subset is the rest.
 *
 * @param maxDistance       the largest hash distance counted as a near-duplicate, in bits
 * @param pairs             the near-duplicate pairs across splits, by entry index
 * @param pairsBySplits     how many pairs join each two splits, keyed like {@code "train–test"}
 * @param sharedPatients    the patients with images in more than one split
 * @param leakingTest       indices of the test images that leak
 * @param testImages        indices of all test images
 */
public record SplitLeaks(int maxDistance, List<NearDuplicates.Pair> pairs, Map<String, Integer> pairsBySplits,
        Set<String> sharedPatients, Set<Integer> leakingTest, List<Integer> testImages) {

    /** Whether two images, by index, that hash alike are near-duplicates indeed. */
    @FunctionalInterface
    public interface Confirmation {
        boolean confirms(int first, int second);
    }

    /**
     * The leaks of {@code entries} split as {@code splits} says (an entry without a split takes no part), from their
     * perceptual {@code hashes}, each hash match kept when {@code confirmation} confirms it.
     */
    public static SplitLeaks of(List<ManifestEntry> entries, SplitName[] splits, long[] hashes, int maxDistance,
            Confirmation confirmation) {
        List<NearDuplicates.Pair> pairs = NearDuplicates.across(hashes, splits, maxDistance).stream()
                .filter(p -> confirmation.confirms(p.first(), p.second())).toList();
        Map<String, Integer> bySplits = new java.util.LinkedHashMap<>();
        for (SplitName a : SplitName.values()) {
            for (SplitName b : SplitName.values()) {
                if (a.ordinal() < b.ordinal()) {
                    bySplits.put(name(a, b), 0);
                }
            }
        }
        Set<Integer> leaking = new TreeSet<>();
        for (NearDuplicates.Pair pair : pairs) {
            SplitName a = splits[pair.first()];
            SplitName b = splits[pair.second()];
            bySplits.merge(a.ordinal() < b.ordinal() ? name(a, b) : name(b, a), 1, Integer::sum);
            if (a == SplitName.TEST) {
                leaking.add(pair.first());
            }
            if (b == SplitName.TEST) {
                leaking.add(pair.second());
            }
        }
        Map<String, Set<SplitName>> patientSplits = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (splits[i] != null) {
                patientSplits.computeIfAbsent(entries.get(i).patientId(), k -> new java.util.HashSet<>())
                        .add(splits[i]);
            }
        }
        Set<String> shared = new LinkedHashSet<>();
        patientSplits.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey).sorted()
                .forEach(shared::add);
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (splits[i] == SplitName.TEST) {
                test.add(i);
                Set<SplitName> of = patientSplits.get(entries.get(i).patientId());
                if (of.contains(SplitName.TRAIN) || of.contains(SplitName.VALIDATION)) {
                    leaking.add(i);
                }
            }
        }
        return new SplitLeaks(maxDistance, List.copyOf(pairs), Map.copyOf(bySplits), Set.copyOf(shared),
                Set.copyOf(leaking), List.copyOf(test));
    }

    /** The test images that do not leak, by entry index in order. */
    public List<Integer> leakFreeTest() {
        return testImages.stream().filter(i -> !leakingTest.contains(i)).toList();
    }

    /** Whether anything leaks. */
    public boolean any() {
        return !pairs.isEmpty() || !sharedPatients.isEmpty();
    }

    /** One line: pairs by splits, shared patients, leaking test images. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(pairs.size()).append(pairs.size() == 1 ? " near-duplicate pair" : " near-duplicate pairs")
                .append(" across splits (perceptual hash within ").append(maxDistance).append(" bits");
        for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(pairsBySplits).entrySet()) {
            if (e.getValue() > 0) {
                text.append("; ").append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        text.append("), ").append(sharedPatients.size()).append(sharedPatients.size() == 1 ? " patient" : " patients")
                .append(" in more than one split; ").append(leakingTest.size()).append(" of ")
                .append(testImages.size()).append(" test images leak");
        return text.toString();
    }

    /** The key of two splits in either order, {@code "train–test"}. */
    public static String key(SplitName a, SplitName b) {
        return a.ordinal() < b.ordinal() ? name(a, b) : name(b, a);
    }

    /** The key of two splits, {@code "train–test"}. */
    static String name(SplitName a, SplitName b) {
        return a.name().toLowerCase(java.util.Locale.ROOT) + "–" + b.name().toLowerCase(java.util.Locale.ROOT);
    }

}

package org.confounderlab.engine.split;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.SplitName;

/**
 * The split of every manifest entry, in manifest order, and a summary.
 *
 * @param entries the manifest's entries, in order
 * @param splits  the split of {@code manifest.entries().get(i)} at index i
 * @param summary counts, patients and prevalence per split
 */
public record SplitAssignment(List<ManifestEntry> entries, List<SplitName> splits, SplitSummary summary) {

    public SplitAssignment {
        entries = List.copyOf(entries);
        splits = List.copyOf(splits);
        if (entries.size() != splits.size()) {
            throw new IllegalArgumentException(entries.size() + " entries but " + splits.size() + " splits");
        }
    }

    /** Entry → split; keyed by identity so that equal-valued duplicate rows keep their own key. */
    public Map<ManifestEntry, SplitName> asMap() {
        Map<ManifestEntry, SplitName> map = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            map.put(entries.get(i), splits.get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The entries of one split, in manifest order. */
    public List<ManifestEntry> entriesOf(SplitName split) {
        return java.util.stream.IntStream.range(0, entries.size()).filter(i -> splits.get(i) == split)
                .mapToObj(entries::get).toList();
    }
}

package org.confounderlab.engine.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.training.GroupBalance;
import org.junit.jupiter.api.Test;

/** Group-balanced weights give every subgroup the overall label prevalence and keep each subgroup's total weight. */
class GroupBalanceTest {

    private static final List<String> LABELS = List.of("finding", "effusion");

    @Test
    void everySubgroupGetsTheOverallPrevalenceAndKeepsItsSize() {
        List<ManifestEntry> entries = new ArrayList<>();
        add(entries, "L", 80, 20); // the marker agrees with the label ...
        add(entries, "R", 10, 40); // ... in both directions
        add(entries, null, 5, 5); // unknown marker: a subgroup of its own
        GroupBalance balance = GroupBalance.of(entries, LABELS, "marker");
        assertEquals("marker", balance.attribute());
        double p = 95.0 / 160;
        // the formula on one subgroup: p / p_g and (1 - p) / (1 - p_g)
        GroupBalance.Group left = group(balance, "L", "finding");
        assertEquals(80, left.positives());
        assertEquals(20, left.negatives());
        assertEquals(p / 0.8, left.positiveWeight(), 1e-12);
        assertEquals((1 - p) / 0.2, left.negativeWeight(), 1e-12);
        for (String name : List.of("L", "R", "(missing)")) {
            double positiveWeight = 0;
            double total = 0;
            int size = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (name.equals(subgroupOf(entries.get(i)))) {
                    double w = balance.weights()[i][0];
                    total += w;
                    size++;
                    if (entries.get(i).label("finding") == LabelValue.POSITIVE) {
                        positiveWeight += w;
                    }
                }
            }
            assertEquals(p, positiveWeight / total, 1e-6, name + ": weighted prevalence");
            assertEquals(size, total, 1e-4, name + ": total weight");
        }
        assertTrue(balance.unbalanced().isEmpty());
    }

    @Test
    void aSubgroupWithOneClassKeepsWeightOneAndIsListed() {
        List<ManifestEntry> entries = new ArrayList<>();
        add(entries, "L", 30, 10);
        add(entries, "R", 10, 30);
        add(entries, "stamp", 4, 0); // only positives: nothing to balance with
        GroupBalance balance = GroupBalance.of(entries, LABELS, "marker");
        GroupBalance.Group stamp = group(balance, "stamp", "finding");
        assertEquals(1.0, stamp.positiveWeight());
        assertEquals(List.of(stamp), balance.unbalanced().stream().filter(g -> g.label().equals("finding")).toList());
        for (int i = 80; i < 84; i++) {
            assertEquals(1f, balance.weights()[i][0]);
        }
        // the second label is balanced on its own counts (every third image positive)
        GroupBalance.Group secondLabel = group(balance, "L", "effusion");
        assertEquals(40, secondLabel.positives() + secondLabel.negatives());
    }

    @Test
    void anUnknownAttributeIsRefusedByName() {
        List<ManifestEntry> entries = new ArrayList<>();
        add(entries, "L", 2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupBalance.of(entries, LABELS, "scanner"));
        assertTrue(e.getMessage().contains("'scanner'"), e.getMessage());
    }

    private static GroupBalance.Group group(GroupBalance balance, String name, String label) {
        return balance.groups().stream().filter(g -> g.name().equals(name) && g.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no group " + name + "/" + label + " in " + balance.groups()));
    }

    private static String subgroupOf(ManifestEntry entry) {
        String marker = entry.attributes().get("marker");
        return marker == null ? "(missing)" : marker;
    }

    /** {@code positives} then {@code negatives} images of {@code marker} (none when {@code null}). */
    private static void add(List<ManifestEntry> entries, String marker, int positives, int negatives) {
        for (int k = 0; k < positives + negatives; k++) {
            int index = entries.size();
            Map<String, String> attributes = new HashMap<>();
            attributes.put("site", "A");
            if (marker != null) {
                attributes.put("marker", marker);
            }
            Map<String, LabelValue> labels = Map.of("finding", k < positives ? LabelValue.POSITIVE : LabelValue.NEGATIVE,
                    "effusion", index % 3 == 0 ? LabelValue.POSITIVE : LabelValue.NEGATIVE);
            entries.add(new ManifestEntry(Path.of("img_" + index + ".png"), "P" + index, "S" + index, labels,
                    attributes, Map.of(), null, "manifest.csv:" + (index + 2)));
        }
    }
}

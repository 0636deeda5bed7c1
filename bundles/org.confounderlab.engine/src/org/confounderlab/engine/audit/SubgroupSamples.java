package org.confounderlab.engine.audit;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;

/**
 * Example images of an attribute's subgroups, to look at beside the audit's numbers: for each subgroup (as the
 * auditor forms them: categories, numeric bins, region present/absent) and each label value, the first few entries
 * in manifest order. Positives and negatives come in turn so that both show even when one dominates.
 */
public final class SubgroupSamples {

    /**
     * One example.
     *
     * @param entry    the manifest entry
     * @param subgroup its subgroup of the attribute, named as in the audit
     * @param label    its value of the label
     */
    public record Sample(ManifestEntry entry, String subgroup, LabelValue label) {
    }

    private SubgroupSamples() {
    }

    /**
     * Up to {@code perCell} positives and {@code perCell} negatives of {@code label} in each subgroup of
     * {@code attribute} (an attribute name, or {@code region:<name>} for a region's presence), subgroups in the
     * audit's order; empty when the manifest has no such attribute.
     */
    public static List<Sample> of(List<ManifestEntry> entries, String attribute, String label, int perCell) {
        return of(entries, Subgroups.of(entries, attribute), label, perCell);
    }

    /** As {@link #of(List, String, String, int)} for subgroups already formed ({@code null}: none). */
    public static List<Sample> of(List<ManifestEntry> entries, Subgroups column, String label, int perCell) {
        if (column == null) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        for (int g = 0; g < column.names().size(); g++) {
            List<Integer> positives = new ArrayList<>();
            List<Integer> negatives = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                if (column.groupOf()[i] != g) {
                    continue;
                }
                LabelValue value = entries.get(i).label(label);
                if (value == LabelValue.POSITIVE && positives.size() < perCell) {
                    positives.add(i);
                } else if (value == LabelValue.NEGATIVE && negatives.size() < perCell) {
                    negatives.add(i);
                }
            }
            for (int k = 0; k < Math.max(positives.size(), negatives.size()); k++) {
                if (k < positives.size()) {
                    samples.add(new Sample(entries.get(positives.get(k)), column.names().get(g),
                            LabelValue.POSITIVE));
                }
                if (k < negatives.size()) {
                    samples.add(new Sample(entries.get(negatives.get(k)), column.names().get(g),
                            LabelValue.NEGATIVE));
                }
            }
        }
        return samples;
    }
}

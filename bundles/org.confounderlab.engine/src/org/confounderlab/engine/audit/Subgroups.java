package org.confounderlab.engine.audit;

import java.util.List;

import org.confounderlab.engine.data.ManifestEntry;

/**
 * The subgroups of one attribute as the auditor forms them (categories with "(missing)" last, quantile bins for
 * numbers, present/absent for {@code region:<name>}), and the subgroup of every entry.
 *
 * @param attribute the attribute name, or {@code region:<name>} for a region's presence
 * @param names     subgroup names in the audit's order
 * @param groupOf   index into {@code names} per entry, in the entries' order
 */
public record Subgroups(String attribute, List<String> names, int[] groupOf) {

    /** The subgroups of {@code attribute} over {@code entries}, or {@code null} when the manifest has no such column. */
    public static Subgroups of(List<ManifestEntry> entries, String attribute) {
        return of(entries, attribute, null);
    }

    /**
     * The subgroups of {@code attribute} over {@code entries}, an {@code image:} property read from
     * {@code properties} (measured over the same entries, in order; may be {@code null}), or {@code null} when there
     * is no such column or property.
     */
    public static Subgroups of(List<ManifestEntry> entries, String attribute,
            org.confounderlab.engine.imageproperties.ImagePropertyTable properties) {
        AttributeColumn column;
        if (properties != null && attribute.equals(org.confounderlab.engine.imageproperties.ImageProperty.FORMAT)) {
            column = AttributeColumn.ofTexts(attribute, properties.formats());
        } else if (properties != null && org.confounderlab.engine.imageproperties.ImageProperty.named(attribute)
                .isPresent()) {
            column = AttributeColumn.ofValues(attribute, properties.values(
                    org.confounderlab.engine.imageproperties.ImageProperty.named(attribute).get()));
        } else if (attribute.startsWith("region:")) {
            column = AttributeColumn.ofRegion(attribute.substring("region:".length()), entries);
        } else if (entries.stream().anyMatch(e -> e.attributes().containsKey(attribute))) {
            column = AttributeColumn.ofAttribute(attribute, entries);
        } else {
            return null;
        }
        return new Subgroups(attribute, column.groups(), column.group());
    }
}

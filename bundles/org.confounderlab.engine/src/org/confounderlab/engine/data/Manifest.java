package org.confounderlab.engine.data;

import java.util.List;

/**
 * A data set as the engine sees it, whatever format it came from: its images, label names, attribute names and
 * region names, in a stable order.
 */
public record Manifest(List<String> labelNames, List<String> attributeNames, List<String> regionNames,
        List<ManifestEntry> entries) {

    public Manifest {
        labelNames = List.copyOf(labelNames);
        attributeNames = List.copyOf(attributeNames);
        regionNames = List.copyOf(regionNames);
        entries = List.copyOf(entries);
    }

    public int size() {
        return entries.size();
    }
}

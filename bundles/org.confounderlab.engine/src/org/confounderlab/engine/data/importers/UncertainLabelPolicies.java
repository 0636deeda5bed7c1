package org.confounderlab.engine.data.importers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.model.experiment.UncertainLabelPolicy;

/** Applies CheXpert's uncertain-label policies (Irvin et al. 2019) to a manifest's {@link LabelValue#UNCERTAIN}. */
public final class UncertainLabelPolicies {

    private UncertainLabelPolicies() {
    }

    /** The manifest with each uncertain label replaced: U-Ignore → missing, U-Zeros → negative, U-Ones → positive. */
    public static Manifest apply(Manifest manifest, UncertainLabelPolicy policy) {
        LabelValue replacement = switch (policy) {
            case IGNORE -> LabelValue.MISSING;
            case ZEROS -> LabelValue.NEGATIVE;
            case ONES -> LabelValue.POSITIVE;
        };
        List<ManifestEntry> entries = new ArrayList<>(manifest.size());
        for (ManifestEntry entry : manifest.entries()) {
            Map<String, LabelValue> labels = new HashMap<>(entry.labels());
            labels.replaceAll((name, value) -> value == LabelValue.UNCERTAIN ? replacement : value);
            entries.add(new ManifestEntry(entry.image(), entry.patientId(), entry.studyId(), labels,
                    entry.attributes(), entry.regions(), entry.officialSplit(), entry.source()));
        }
        return new Manifest(manifest.labelNames(), manifest.attributeNames(), manifest.regionNames(), entries);
    }
}

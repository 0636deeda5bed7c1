package org.confounderlab.engine.audit;

import java.util.List;
import java.util.Optional;

/**
 * The audit of a data set: label counts and every attribute × label association.
 *
 * @param entries      images in the data set
 * @param patients     distinct patients
 * @param labels       one summary per audited label
 * @param associations attribute × label associations, attributes in manifest order (regions last) within each label
 * @param warnings     implausible, inconsistent or leaking metadata ({@link PlausibilityChecks})
 */
public record DatasetAudit(int entries, int patients, List<LabelSummary> labels,
        List<AttributeLabelAssociation> associations, List<AuditWarning> warnings) {

    public DatasetAudit {
        labels = List.copyOf(labels);
        associations = List.copyOf(associations);
        warnings = List.copyOf(warnings);
    }

    /** The association of one attribute with one label, if audited. */
    public Optional<AttributeLabelAssociation> find(String attribute, String label) {
        return associations.stream().filter(a -> a.attribute().equals(attribute) && a.label().equals(label))
                .findFirst();
    }
}

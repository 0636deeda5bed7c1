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
 * @param imageProperties each measured image property's AUC for each label, and its drift between the official
 *                     training and test images; empty unless the pixels were measured ({@code --image-properties})
 */
public record DatasetAudit(int entries, int patients, List<LabelSummary> labels,
        List<AttributeLabelAssociation> associations, List<AuditWarning> warnings,
        List<ImagePropertyAssociation> imageProperties) {

    public DatasetAudit {
        labels = List.copyOf(labels);
        associations = List.copyOf(associations);
        warnings = List.copyOf(warnings);
        imageProperties = List.copyOf(imageProperties);
    }

    /** An audit of the metadata alone. */
    public DatasetAudit(int entries, int patients, List<LabelSummary> labels,
            List<AttributeLabelAssociation> associations, List<AuditWarning> warnings) {
        this(entries, patients, labels, associations, warnings, List.of());
    }

    /** The image property audit of one property and label, if measured. */
    public Optional<ImagePropertyAssociation> imageProperty(String property, String label) {
        return imageProperties.stream().filter(a -> a.property().equals(property) && a.label().equals(label))
                .findFirst();
    }

    /** The association of one attribute with one label, if audited. */
    public Optional<AttributeLabelAssociation> find(String attribute, String label) {
        return associations.stream().filter(a -> a.attribute().equals(attribute) && a.label().equals(label))
                .findFirst();
    }
}

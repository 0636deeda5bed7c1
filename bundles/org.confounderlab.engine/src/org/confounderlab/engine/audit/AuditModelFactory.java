package org.confounderlab.engine.audit;

import java.util.Date;

import org.confounderlab.model.run.DatasetAssociation;
import org.confounderlab.model.run.ImagePropertyAudit;
import org.confounderlab.model.run.RunFactory;

/** Turns an engine {@link DatasetAudit} into the EMF model's audit, to be saved as a {@code .audit} file or in a run. */
public final class AuditModelFactory {

    private AuditModelFactory() {
    }

    /** The model form of {@code audit} of the data set at {@code manifest}, made at {@code createdAt}. */
    public static org.confounderlab.model.run.DatasetAudit create(DatasetAudit audit, String manifest, Date createdAt) {
        org.confounderlab.model.run.DatasetAudit model = RunFactory.eINSTANCE.createDatasetAudit();
        model.setManifest(manifest);
        model.setCreatedAt(createdAt);
        model.setImageCount(audit.entries());
        for (AttributeLabelAssociation association : audit.associations()) {
            DatasetAssociation row = RunFactory.eINSTANCE.createDatasetAssociation();
            row.setAttribute(association.attribute());
            row.setLabel(association.label());
            row.setN(Math.toIntExact(association.n()));
            row.setChiSquare(association.chiSquare().statistic());
            row.setDegreesOfFreedom(association.chiSquare().degreesOfFreedom());
            row.setPValue(association.pValue());
            row.setCramersV(association.cramersV());
            row.setMutualInformation(association.mutualInformationNats());
            row.setAttributeOnlyAuc(association.attributeOnlyAuc());
            model.getAssociations().add(row);
            for (SubgroupPrevalence subgroup : association.subgroups()) {
                org.confounderlab.model.run.SubgroupPrevalence prevalence = RunFactory.eINSTANCE.createSubgroupPrevalence();
                prevalence.setAttribute(association.attribute());
                prevalence.setValue(subgroup.value());
                prevalence.setLabel(association.label());
                prevalence.setN(Math.toIntExact(subgroup.n()));
                prevalence.setPositives(Math.toIntExact(subgroup.positives()));
                prevalence.setPrevalence(subgroup.prevalence());
                model.getPrevalences().add(prevalence);
            }
        }
        for (ImagePropertyAssociation property : audit.imageProperties()) {
            ImagePropertyAudit row = RunFactory.eINSTANCE.createImagePropertyAudit();
            row.setProperty(property.property());
            row.setLabel(property.label());
            row.setN(property.n());
            row.setAuc(property.auc().auc());
            row.setCiLower(property.auc().lower());
            row.setCiUpper(property.auc().upper());
            row.setHigherIsPositive(property.direction() != AucDirection.LOWER_IS_POSITIVE);
            if (property.drift() != null) {
                row.setDriftAuc(property.drift().auc());
                row.setDriftCiLower(property.drift().lower());
                row.setDriftCiUpper(property.drift().upper());
                row.setDriftP(property.driftP());
            } else {
                row.setDriftNote("not computed: fewer than " + DatasetAuditor.SMALLEST_GROUP + " training or test "
                        + "images to compare (or no split)");
            }
            model.getImageProperties().add(row);
        }
        for (AuditWarning warning : audit.warnings()) {
            org.confounderlab.model.run.AuditWarning stored = RunFactory.eINSTANCE.createAuditWarning();
            stored.setKind(warning.kind().name());
            stored.setAttribute(warning.attribute());
            stored.setLabel(warning.label());
            stored.setCount(warning.count());
            stored.setMessage(warning.message());
            stored.getExamples().addAll(warning.examples());
            model.getWarnings().add(stored);
        }
        return model;
    }
}

package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ImportResult;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.synthetic.SyntheticDataSet;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit finds the confounders the generator planted, as strong as they were planted, and no others. */
class PlantedConfoundersAuditTest {

    private static final String LABEL = SyntheticGenerator.LABEL;

    private static DatasetAudit generateAndAudit(Path folder, double markerStrength, double siteStrength) throws Exception {
        SyntheticDataSpec spec = SyntheticDataSpec.defaults().withSize(32).withCount(600).withImagesPerPatient(3)
                .withPrevalence(0.5).withMarkerStrength(markerStrength).withSiteStrength(siteStrength).withSeed(7);
        SyntheticDataSet data = new SyntheticGenerator(spec).generate(folder);
        ImportResult imported = new GenericCsvImporter(List.of(LABEL)).read(data.manifest(), ImportOptions.strict());
        assertEquals(600, imported.manifest().size());
        assertTrue(imported.skipped().isEmpty(), imported.skipped().toString());
        return new DatasetAuditor().audit(imported.manifest(), List.of(LABEL));
    }

    private static AttributeLabelAssociation association(DatasetAudit audit, String attribute) {
        return audit.find(attribute, LABEL).orElseThrow(() -> new AssertionError("no association for " + attribute));
    }

    @Test
    void strongPlantedMarkerAndSiteAreRecovered(@TempDir Path folder) throws Exception {
        DatasetAudit audit = generateAndAudit(folder, 0.8, 0.8);

        AttributeLabelAssociation marker = association(audit, "region:laterality");
        // Presence follows the label with probability 0.8, else a coin flip: agreement 0.9, phi ≈ 0.8.
        assertTrue(marker.cramersV() > 0.65 && marker.cramersV() < 0.95, "marker V " + marker.cramersV());
        assertTrue(marker.attributeOnlyAuc() > 0.82, "marker AUC " + marker.attributeOnlyAuc());
        assertTrue(marker.pValue() < 1e-30, "marker p " + marker.pValue());

        AttributeLabelAssociation site = association(audit, "site");
        assertTrue(site.cramersV() > 0.5, "site V " + site.cramersV());
        assertTrue(site.pValue() < 1e-20, "site p " + site.pValue());

        // The lesion is the true signal: its box is there exactly when the finding is.
        AttributeLabelAssociation lesion = association(audit, "region:lesion");
        assertEquals(1.0, lesion.cramersV(), 1e-12);
    }

    @Test
    void markerPlantedWithoutStrengthShowsNoAssociation(@TempDir Path folder) throws Exception {
        DatasetAudit audit = generateAndAudit(folder, 0.0, 0.0);

        AttributeLabelAssociation marker = association(audit, "region:laterality");
        assertTrue(marker.cramersV() < 0.15, "marker V " + marker.cramersV());
        assertTrue(marker.attributeOnlyAuc() < 0.6, "marker AUC " + marker.attributeOnlyAuc());
        AttributeLabelAssociation site = association(audit, "site");
        assertTrue(site.cramersV() < 0.15, "site V " + site.cramersV());
    }
}

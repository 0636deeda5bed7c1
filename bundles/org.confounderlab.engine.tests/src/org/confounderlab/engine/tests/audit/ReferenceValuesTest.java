package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.audit.AttributeKind;
import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.confounderlab.engine.tests.stats.ReferenceData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The auditor against scipy/scikit-learn values computed by {@code reference/audit_reference.py}. */
class ReferenceValuesTest {

    private static final double TOLERANCE = 1e-9;
    private static final double P_RELATIVE = 1e-8;

    @TestFactory
    List<DynamicTest> agreesWithScipyAndSklearn() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Object item : MiniJson.array(ReferenceData.get().get("cases"))) {
            Map<String, Object> reference = MiniJson.object(item);
            tests.add(DynamicTest.dynamicTest((String) reference.get("name"), () -> check(reference)));
        }
        assertTrue(tests.size() >= 5, "reference cases: " + tests.size());
        return tests;
    }

    private static void check(Map<String, Object> reference) {
        List<Object> values = MiniJson.array(reference.get("values"));
        List<Object> labels = MiniJson.array(reference.get("labels"));
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Map<String, String> attributes = new HashMap<>();
            if (values.get(i) != null) {
                attributes.put("attribute", (String) values.get(i));
            }
            LabelValue label = MiniJson.number(labels.get(i)) == 1 ? LabelValue.POSITIVE : LabelValue.NEGATIVE;
            entries.add(new ManifestEntry(Path.of("/images/" + i + ".png"), "p" + i, null, Map.of("finding", label),
                    attributes, Map.of(), null, "reference:" + i));
        }
        Manifest manifest = new Manifest(List.of("finding"), List.of("attribute"), List.of(), entries);
        AttributeLabelAssociation a = new DatasetAuditor().audit(manifest).find("attribute", "finding")
                .orElseThrow();
        String name = (String) reference.get("name");
        assertEquals(reference.get("kind"), a.kind() == AttributeKind.NUMERIC ? "numeric" : "categorical", name);
        assertEquals(values.size(), a.n());
        assertEquals(MiniJson.number(reference.get("chi2")), a.chiSquare().statistic(), TOLERANCE, name + " chi2");
        assertEquals((int) MiniJson.number(reference.get("df")), a.chiSquare().degreesOfFreedom(), name + " df");
        double p = MiniJson.number(reference.get("p"));
        assertEquals(p, a.pValue(), P_RELATIVE * p, name + " p");
        assertEquals(MiniJson.number(reference.get("cramers_v")), a.cramersV(), TOLERANCE, name + " V");
        assertEquals(MiniJson.number(reference.get("mi_nats")), a.mutualInformationNats(), TOLERANCE, name + " MI");
        assertEquals(MiniJson.number(reference.get("auc")), a.attributeOnlyAuc(), TOLERANCE, name + " AUC");
        assertEquals(reference.get("auc_direction"), a.aucDirection().name().toLowerCase(java.util.Locale.ROOT),
                name + " AUC direction");
    }
}

package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.audit.AuditJson;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.tests.stats.MiniJson;
import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void escapesEverythingJsonRequires() {
        String nasty = "a\"b\\c\nd\te\u0001f\u2028g/é";
        String literal = AuditJson.string(nasty);
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001f\\u2028g/é\"", literal);
        assertEquals(nasty, MiniJson.parse(literal));
        assertEquals("null", AuditJson.string(null));
    }

    @Test
    void auditRoundTripsThroughAJsonParser() {
        String odd = "site \"A\"\\north";
        List<ManifestEntry> entries = List.of(
                entry(0, LabelValue.POSITIVE, odd), entry(1, LabelValue.NEGATIVE, odd),
                entry(2, LabelValue.NEGATIVE, "B"), entry(3, LabelValue.UNCERTAIN, "B"));
        DatasetAudit audit = new DatasetAuditor().audit(new Manifest(List.of("finding"), List.of("site"),
                List.of(), entries));
        Map<String, Object> json = MiniJson.object(MiniJson.parse(AuditJson.toJson(audit)));
        assertEquals(4.0, json.get("entries"));
        Map<String, Object> label = MiniJson.object(MiniJson.array(json.get("labels")).get(0));
        assertEquals("finding", label.get("label"));
        assertEquals(1.0, label.get("uncertain"));
        Map<String, Object> association = MiniJson.object(MiniJson.array(json.get("associations")).get(0));
        assertEquals("site", association.get("attribute"));
        assertEquals("categorical", association.get("kind"));
        assertEquals(audit.associations().get(0).chiSquare().statistic(),
                MiniJson.number(association.get("chiSquare")), 0);
        assertEquals(audit.associations().get(0).mutualInformationBits(),
                MiniJson.number(association.get("mutualInformationBits")), 0);
        Map<String, Object> table = MiniJson.object(association.get("table"));
        assertEquals(List.of("B", odd), table.get("rows"));
        assertEquals(List.of(List.of(1.0, 0.0), List.of(1.0, 1.0)), table.get("counts"));
        assertEquals(odd, MiniJson.object(MiniJson.array(association.get("subgroups")).get(1)).get("value"));
    }

    @Test
    void undefinedNumbersAreNull() {
        List<ManifestEntry> entries = List.of(entry(0, LabelValue.NEGATIVE, "A"), entry(1, LabelValue.NEGATIVE, "B"));
        DatasetAudit audit = new DatasetAuditor().audit(new Manifest(List.of("finding"), List.of("site"),
                List.of(), entries));
        Map<String, Object> association = MiniJson.object(MiniJson.array(
                MiniJson.object(MiniJson.parse(AuditJson.toJson(audit))).get("associations")).get(0));
        assertNull(association.get("pValue"));
        assertNull(association.get("cramersV"));
        assertNull(association.get("attributeOnlyAuc"));
        assertEquals(0.0, association.get("degreesOfFreedom"));
    }

    private static ManifestEntry entry(int i, LabelValue label, String site) {
        return new ManifestEntry(Path.of("/img/" + i + ".png"), "p" + i, null, Map.of("finding", label),
                Map.of("site", site), Map.of(), null, "t:" + i);
    }
}

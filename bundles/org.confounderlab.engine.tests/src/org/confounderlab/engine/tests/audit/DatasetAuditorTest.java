package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.audit.AttributeKind;
import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.audit.AucDirection;
import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.audit.LabelSummary;
import org.confounderlab.engine.audit.SubgroupPrevalence;
import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.junit.jupiter.api.Test;

class DatasetAuditorTest {

    private final List<ManifestEntry> entries = new ArrayList<>();

    private void add(String patient, LabelValue label, String sex, String age, boolean marker) {
        Map<String, String> attributes = new HashMap<>();
        if (sex != null) {
            attributes.put("sex", sex);
        }
        if (age != null) {
            attributes.put("age", age);
        }
        Map<String, Box> regions = marker ? Map.of("marker", new Box(1, 1, 10, 10)) : Map.of();
        entries.add(new ManifestEntry(Path.of("/img/" + entries.size() + ".png"), patient, null,
                Map.of("effusion", label), attributes, regions, null, "test:" + entries.size()));
    }

    private DatasetAudit audit() {
        return new DatasetAuditor().audit(new Manifest(List.of("effusion"), List.of("sex", "age"),
                List.of("marker"), entries));
    }

    @Test
    void uncertainAndMissingLabelsAreCountedAndExcluded() {
        add("a", LabelValue.POSITIVE, "F", "30", true);
        add("a", LabelValue.NEGATIVE, "F", "31", false);
        add("b", LabelValue.UNCERTAIN, "M", "40", true);
        add("c", LabelValue.MISSING, "M", "50", false);
        add("d", LabelValue.NEGATIVE, "M", "60", false);
        DatasetAudit audit = audit();
        assertEquals(5, audit.entries());
        assertEquals(4, audit.patients());
        LabelSummary label = audit.labels().get(0);
        assertEquals(new LabelSummary("effusion", 1, 2, 1, 1, 1.0 / 3), label);
        AttributeLabelAssociation sex = audit.find("sex", "effusion").orElseThrow();
        assertEquals(3, sex.n());
        assertEquals(List.of(new SubgroupPrevalence("F", 2, 1, 0.5), new SubgroupPrevalence("M", 1, 0, 0.0)),
                sex.subgroups());
        assertEquals(3, sex.table().total());
    }

    @Test
    void regionPresenceIsABinaryAttribute() {
        for (int i = 0; i < 40; i++) {
            // the marker is on almost every positive image: a shortcut
            boolean positive = i % 2 == 0;
            add("p" + i, positive ? LabelValue.POSITIVE : LabelValue.NEGATIVE, "F", null, positive || i % 10 == 1);
        }
        AttributeLabelAssociation marker = audit().find("region:marker", "effusion").orElseThrow();
        assertEquals(AttributeKind.REGION, marker.kind());
        assertEquals(List.of("present", "absent"), marker.table().rowNames());
        assertEquals(new SubgroupPrevalence("present", 24, 20, 20.0 / 24), marker.subgroups().get(0));
        assertEquals(new SubgroupPrevalence("absent", 16, 0, 0.0), marker.subgroups().get(1));
        assertEquals(0.9, marker.attributeOnlyAuc(), 1e-12);
        assertTrue(marker.pValue() < 1e-6);
        assertEquals(AucDirection.SUBGROUP_PREVALENCE, marker.aucDirection());
    }

    @Test
    void numericAttributesAreBinnedIntoQuartilesWithTheRawValueAuc() {
        for (int i = 0; i < 100; i++) {
            // younger patients are more often positive: the AUC of age runs the other way
            add("p" + i, i < 30 ? LabelValue.POSITIVE : LabelValue.NEGATIVE, i % 2 == 0 ? "F" : "M",
                    Integer.toString(20 + i), false);
        }
        add("q", LabelValue.NEGATIVE, "F", null, false);
        AttributeLabelAssociation age = audit().find("age", "effusion").orElseThrow();
        assertEquals(AttributeKind.NUMERIC, age.kind());
        assertEquals(List.of("Q1 [20, 44]", "Q2 [45, 69]", "Q3 [70, 94]", "Q4 [95, 119]", "(missing)"),
                age.table().rowNames());
        assertEquals(new SubgroupPrevalence("Q1 [20, 44]", 25, 25, 1.0), age.subgroups().get(0));
        assertEquals(1.0, age.attributeOnlyAuc(), 1e-12);
        assertEquals(AucDirection.LOWER_IS_POSITIVE, age.aucDirection());
        assertEquals(101, age.n());
        assertEquals(4, age.chiSquare().degreesOfFreedom());
    }

    @Test
    void fewDistinctNumbersAreCategories() {
        for (int i = 0; i < 20; i++) {
            add("p" + i, i % 3 == 0 ? LabelValue.POSITIVE : LabelValue.NEGATIVE, "F", Integer.toString(i % 3),
                    false);
        }
        AttributeLabelAssociation age = audit().find("age", "effusion").orElseThrow();
        assertEquals(AttributeKind.CATEGORICAL, age.kind());
        assertEquals(List.of("0", "1", "2"), age.table().rowNames());
        assertEquals(1.0, age.attributeOnlyAuc(), 1e-12);
        assertEquals(1.0, age.cramersV(), 1e-12);
    }

    @Test
    void constantLabelGivesUndefinedStatistics() {
        for (int i = 0; i < 10; i++) {
            add("p" + i, LabelValue.NEGATIVE, i % 2 == 0 ? "F" : "M", Integer.toString(i), i % 2 == 0);
        }
        AttributeLabelAssociation sex = audit().find("sex", "effusion").orElseThrow();
        assertFalse(sex.chiSquare().isDefined());
        assertTrue(Double.isNaN(sex.cramersV()));
        assertTrue(Double.isNaN(sex.attributeOnlyAuc()));
        assertTrue(Double.isNaN(audit().find("age", "effusion").orElseThrow().attributeOnlyAuc()));
    }

    @Test
    void auditsEveryAttributeAndRegionPerLabel() {
        add("a", LabelValue.POSITIVE, "F", "1", true);
        add("b", LabelValue.NEGATIVE, "M", "2", false);
        DatasetAudit audit = audit();
        assertEquals(List.of("sex", "age", "region:marker"),
                audit.associations().stream().map(AttributeLabelAssociation::attribute).toList());
        assertTrue(audit.find("sex", "other").isEmpty());
    }
}

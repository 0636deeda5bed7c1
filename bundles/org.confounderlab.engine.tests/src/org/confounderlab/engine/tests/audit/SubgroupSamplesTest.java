package org.confounderlab.engine.tests.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.audit.SubgroupSamples;
import org.confounderlab.engine.audit.SubgroupSamples.Sample;
import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.junit.jupiter.api.Test;

class SubgroupSamplesTest {

    private static ManifestEntry entry(int i, String site, LabelValue label, boolean marker) {
        return new ManifestEntry(Path.of("/images/" + i + ".png"), "p" + i, null, Map.of("finding", label),
                site == null ? Map.of() : Map.of("site", site), marker ? Map.of("marker", new Box(1, 1, 4, 4))
                        : Map.of(), null, "manifest.csv:" + (i + 2));
    }

    @Test
    void eachSubgroupGivesItsFirstPositivesAndNegativesInTurn() {
        List<ManifestEntry> entries = new ArrayList<>();
        // Site A: 5 negatives then 1 positive; site B: positives only; one row without a site; one uncertain.
        for (int i = 0; i < 5; i++) {
            entries.add(entry(i, "A", LabelValue.NEGATIVE, false));
        }
        entries.add(entry(5, "A", LabelValue.POSITIVE, false));
        for (int i = 6; i < 10; i++) {
            entries.add(entry(i, "B", LabelValue.POSITIVE, false));
        }
        entries.add(entry(10, null, LabelValue.NEGATIVE, false));
        entries.add(entry(11, "B", LabelValue.UNCERTAIN, false));

        List<Sample> samples = SubgroupSamples.of(entries, "site", "finding", 2);
        List<String> seen = samples.stream().map(s -> s.subgroup() + ":" + s.entry().image().getFileName() + ":"
                + s.label()).toList();
        assertEquals(List.of("A:5.png:POSITIVE", "A:0.png:NEGATIVE", "A:1.png:NEGATIVE", "B:6.png:POSITIVE",
                "B:7.png:POSITIVE", "(missing):10.png:NEGATIVE"), seen);
    }

    @Test
    void aRegionSplitsIntoPresentAndAbsentAndAnUnknownAttributeGivesNothing() {
        List<ManifestEntry> entries = List.of(entry(0, "A", LabelValue.POSITIVE, true),
                entry(1, "A", LabelValue.NEGATIVE, false), entry(2, "A", LabelValue.NEGATIVE, true));
        List<Sample> samples = SubgroupSamples.of(entries, "region:marker", "finding", 3);
        assertEquals(List.of("present", "present", "absent"), samples.stream().map(Sample::subgroup).toList());
        assertEquals(List.of(0, 2, 1), samples.stream().map(s -> Integer.parseInt(s.entry().image().getFileName()
                .toString().replace(".png", ""))).toList());
        assertTrue(SubgroupSamples.of(entries, "scanner", "finding", 3).isEmpty());
    }
}

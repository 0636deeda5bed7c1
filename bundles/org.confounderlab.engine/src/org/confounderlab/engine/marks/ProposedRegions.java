package org.confounderlab.engine.marks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.csv.CsvField;

/**
 * A data set with its proposed regions written as a generic manifest: every entry with its absolute path, patient,
 * official split, labels, attributes and regions, and one {@code region:mark_N} column per proposed region (the
 * box in that image, blank where it has none). An experiment reads it like any manifest; a proposed region accepted
 * into the experiment is a region like a hand-drawn one.
 */
public final class ProposedRegions {

    private ProposedRegions() {
    }

    /** Writes {@code manifest} with {@code groups} to {@code csv}. */
    public static void write(Path csv, Manifest manifest, List<MarkGroup> groups) throws IOException {
        List<String> header = new ArrayList<>(List.of("path", "patient_id", "study_id", "split"));
        header.addAll(manifest.labelNames());
        header.addAll(manifest.attributeNames());
        manifest.regionNames().forEach(r -> header.add("region:" + r));
        groups.forEach(g -> header.add("region:" + g.name()));
        Path absolute = csv.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        try (Writer out = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header.stream().map(CsvField::of).toList()) + "\n");
            List<ManifestEntry> entries = manifest.entries();
            for (int i = 0; i < entries.size(); i++) {
                ManifestEntry e = entries.get(i);
                List<String> row = new ArrayList<>();
                row.add(e.image().toAbsolutePath().toString());
                row.add(e.patientId());
                row.add(e.studyId());
                row.add(e.officialSplit() == null ? null : e.officialSplit().name().toLowerCase(Locale.ROOT));
                for (String label : manifest.labelNames()) {
                    LabelValue value = e.label(label);
                    row.add(switch (value) {
                        case POSITIVE -> "1";
                        case NEGATIVE -> "0";
                        case UNCERTAIN -> "-1";
                        default -> null;
                    });
                }
                manifest.attributeNames().forEach(a -> row.add(e.attributes().get(a)));
                manifest.regionNames().forEach(r -> row.add(box(e.regions().get(r))));
                for (MarkGroup group : groups) {
                    row.add(box(group.boxes().get(i)));
                }
                out.write(String.join(",", row.stream().map(CsvField::of).toList()) + "\n");
            }
        }
    }

    private static String box(Box box) {
        return box == null ? null : String.format(Locale.ROOT, "%s %s %s %s", number(box.x()), number(box.y()),
                number(box.width()), number(box.height()));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

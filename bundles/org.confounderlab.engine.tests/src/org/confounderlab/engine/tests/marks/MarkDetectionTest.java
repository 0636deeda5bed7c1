package org.confounderlab.engine.tests.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.data.importers.GenericCsvImporter;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated data set whose L/R marker follows the label, given without its marker column and without any region
 * box: {@code marks} finds the marker by itself, as a proposed region whose boxes overlap the true marker boxes
 * (IoU ≥ 0.5) in most marker images, audits it against the label, and {@code --accept} makes it a region of the
 * experiment that every intervention covers.
 */
class MarkDetectionTest {

    static Path generate(Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(128).withCount(300).withMarkerStrength(0.9)
                .withSeed(21)).generate(folder);
        return folder;
    }

    /** path, patient, split and label only: nobody boxed anything. */
    static Path unannotated(Path folder) throws Exception {
        StringBuilder csv = new StringBuilder("path,patient_id,split,finding\n");
        try (CsvReader reader = CsvReader.open(folder.resolve(SyntheticGenerator.MANIFEST))) {
            CsvRecord header = reader.readRecord();
            List<Integer> kept = List.of("path", "patient_id", "split", "finding").stream()
                    .map(header.fields()::indexOf).toList();
            for (CsvRecord row : reader) {
                csv.append(String.join(",", kept.stream().map(row::field).toList())).append('\n');
            }
        }
        Path manifest = folder.resolve("unannotated.csv");
        Files.writeString(manifest, csv);
        return manifest;
    }

    static double iou(Box a, Box b) {
        double x0 = Math.max(a.x(), b.x());
        double y0 = Math.max(a.y(), b.y());
        double x1 = Math.min(a.x() + a.width(), b.x() + b.width());
        double y1 = Math.min(a.y() + a.height(), b.y() + b.height());
        double inter = Math.max(0, x1 - x0) * Math.max(0, y1 - y0);
        return inter / (a.width() * a.height() + b.width() * b.height() - inter);
    }

    @Test
    void theUnboxedMarkerIsProposedWhereItIsAndAcceptedIntoTheExperiment(@TempDir Path folder) throws Exception {
        Path data = generate(folder.resolve("data"));
        Manifest truth = new GenericCsvImporter(List.of("finding")).read(data.resolve(SyntheticGenerator.MANIFEST),
                ImportOptions.strict()).manifest();
        Map<Path, Box> markers = new HashMap<>();
        for (ManifestEntry e : truth.entries()) {
            if (e.regions().containsKey("laterality")) {
                markers.put(e.image(), e.regions().get("laterality"));
            }
        }
        Path unannotated = unannotated(data);
        Path proposedCsv = folder.resolve("proposed.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConfounderLabCommand cli = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, cli.run("marks", unannotated.toString(), "--label", "finding", "--out", proposedCsv.toString()),
                err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        Manifest proposed = new GenericCsvImporter(List.of("finding")).read(proposedCsv, ImportOptions.strict())
                .manifest();
        assertEquals(truth.size(), proposed.size());
        assertTrue(!proposed.regionNames().isEmpty(), text);
        String best = null;
        double bestShare = 0;
        for (String region : proposed.regionNames()) {
            long hits = proposed.entries().stream().filter(e -> markers.containsKey(e.image())
                    && e.regions().containsKey(region) && iou(e.regions().get(region), markers.get(e.image())) >= 0.5)
                    .count();
            double share = hits / (double) markers.size();
            if (share > bestShare) {
                bestShare = share;
                best = region;
            }
        }
        assertTrue(bestShare >= 0.8, "the proposed region " + best + " overlaps the true marker box (IoU ≥ 0.5) in "
                + bestShare + " of " + markers.size() + " marker images\n" + text);
        String region = best;
        long falseBoxes = proposed.entries().stream().filter(e -> !markers.containsKey(e.image())
                && e.regions().containsKey(region)).count();
        assertTrue(falseBoxes < 0.1 * (truth.size() - markers.size()), "boxes in images without a marker: "
                + falseBoxes);
        // the audit of the proposed region: the marker follows the label
        String line = text.lines().filter(l -> l.strip().startsWith("finding")).findFirst().orElseThrow();
        assertTrue(text.contains(region + ": top half of the image"), text);
        assertTrue(line.contains("V ") && line.contains("AUC "), line);

        // Accepted into an experiment: its data set becomes the proposed manifest, and the interventions cover it.
        Experiment experiment = ExperimentTemplates.newDefault("marks", org.confounderlab.model.experiment
                .DatasetFormat.GENERIC_CSV, unannotated.toString(), List.of("finding"));
        ExperimentTemplates.addDefaultInterventions(experiment);
        Path experimentFile = folder.resolve("marks.experiment");
        ModelFiles.save(experiment, experimentFile);
        out.reset();
        assertEquals(0, cli.run("marks", experimentFile.toString(), "--accept", region, "--out", folder.resolve(
                "accepted.csv").toString()), err.toString(StandardCharsets.UTF_8));
        Experiment accepted = ModelFiles.loadExperiment(experimentFile);
        assertEquals("accepted.csv", accepted.getDataset().getLocation());
        assertEquals(List.of(region), accepted.getRegions().stream().map(r -> r.getName()).toList());
        assertEquals("region:" + region, accepted.getRegions().get(0).getColumn());
        assertTrue(accepted.getInterventions().stream().filter(i -> i.getKind() == InterventionKind.MASK_REGIONS)
                .allMatch(i -> i.getRegions().contains(accepted.getRegions().get(0))), "masking covers it");
        assertEquals(2, cli.run("marks", experimentFile.toString(), "--accept", "mark_99"), "no such proposed region");
    }
}

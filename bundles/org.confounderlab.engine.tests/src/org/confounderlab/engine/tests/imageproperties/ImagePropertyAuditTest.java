package org.confounderlab.engine.tests.imageproperties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.audit.DatasetAudit;
import org.confounderlab.engine.audit.DatasetAuditor;
import org.confounderlab.engine.audit.ImagePropertyAssociation;
import org.confounderlab.engine.cli.ConfounderLabCommand;
import org.confounderlab.engine.data.DataSetLocation;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.Manifest;
import org.confounderlab.engine.data.ProblemPolicy;
import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.imageproperties.ImageProperty;
import org.confounderlab.engine.imageproperties.ImagePropertyMeter;
import org.confounderlab.engine.imageproperties.ImagePropertyTable;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.DicomIntensity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated data set whose hospitals differ in brightness and contrast, audited without its site column: the
 * pixels alone say which hospital, and so the label. The image properties' AUCs equal NumPy's (the committed
 * {@code imageproperties/make_reference.py} and its {@code reference.tsv}, made from the same generated set).
 */
class ImagePropertyAuditTest {

    static final Path REFERENCE = Path.of("imageproperties", "reference.tsv");

    /** What {@code generate --count 400 --size 64 --site-strength 0.6 --marker-strength 0 --seed 11} writes. */
    static Path generate(Path folder) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withCount(400).withSize(64).withSiteStrength(0.6)
                .withMarkerStrength(0).withSeed(11)).generate(folder);
        return folder;
    }

    /** The manifest without the site, the technologist, the marker and the regions: path, patient, split, label. */
    static Path withoutSite(Path folder) throws Exception {
        StringBuilder csv = new StringBuilder("path,patient_id,split,finding\n");
        try (CsvReader reader = CsvReader.open(folder.resolve(SyntheticGenerator.MANIFEST))) {
            CsvRecord header = reader.readRecord();
            List<Integer> kept = List.of("path", "patient_id", "split", "finding").stream()
                    .map(header.fields()::indexOf).toList();
            for (CsvRecord row : reader) {
                csv.append(String.join(",", kept.stream().map(row::field).toList())).append('\n');
            }
        }
        Path manifest = folder.resolve("no-site.csv");
        Files.writeString(manifest, csv);
        return manifest;
    }

    static Map<String, Double> reference() throws Exception {
        Map<String, Double> aucs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(REFERENCE)) {
            if (!line.startsWith("#")) {
                String[] parts = line.split("\t");
                aucs.put(ImageProperty.PREFIX + parts[0], Double.parseDouble(parts[1]));
            }
        }
        return aucs;
    }

    @Test
    void theBrightnessShiftIsTheStrongestPropertyAndItsAucIsNumpys(@TempDir Path folder) throws Exception {
        Path manifestFile = withoutSite(generate(folder));
        Manifest manifest = DataSetLocation.of(manifestFile, null).read(List.of("finding"),
                new ImportOptions(ProblemPolicy.SKIP, false)).manifest();
        assertEquals(List.of(), manifest.attributeNames(), "no site, no other attribute");
        ImagePropertyTable properties = ImagePropertyTable.measure(manifest.entries(), new ImagePropertyMeter(
                DicomIntensity.STORED_RANGE), 2, null);
        assertEquals(List.of(), properties.problems());
        DatasetAudit audit = new DatasetAuditor().audit(manifest, List.of("finding"), properties);

        for (Map.Entry<String, Double> expected : reference().entrySet()) {
            if (expected.getValue() == 0.5 && !properties.varies(ImageProperty.valueOf(expected.getKey().substring(
                    ImageProperty.PREFIX.length()).toUpperCase(java.util.Locale.ROOT)))) {
                // the same in every image (no image has white pixels): NumPy's AUC 0.5, and not listed here
                assertTrue(audit.imageProperty(expected.getKey(), "finding").isEmpty(), expected.getKey());
                continue;
            }
            ImagePropertyAssociation measured = audit.imageProperty(expected.getKey(), "finding").orElseThrow(
                    () -> new AssertionError("no " + expected.getKey()));
            assertEquals(expected.getValue(), measured.auc().auc(), 0.02, expected.getKey() + " against NumPy's");
            assertTrue(measured.auc().lower() <= measured.auc().auc() && measured.auc().auc() <= measured.auc()
                    .upper(), expected.getKey() + ": its DeLong interval holds it");
        }
        ImagePropertyAssociation strongest = audit.imageProperties().stream()
                .max(Comparator.comparingDouble(a -> a.auc().auc())).orElseThrow();
        assertEquals(ImageProperty.MEAN_INTENSITY.attribute(), strongest.property(), audit.imageProperties()
                .toString());
        assertEquals(reference().get(ImageProperty.MEAN_INTENSITY.attribute()), strongest.auc().auc(), 1e-9,
                "the mean intensity's AUC is NumPy's to rounding");
        assertTrue(strongest.auc().lower() > 0.7, "far from chance: " + strongest.auc());
        assertEquals("HIGHER_IS_POSITIVE", strongest.direction().name(), "positives go to the brighter site A");
        // The generator splits by patient at random: no property drifts between its training and test images.
        assertTrue(strongest.drift() != null && Math.abs(strongest.drift().auc() - 0.5) < 0.15,
                String.valueOf(strongest.drift()));
        // The properties are attributes of the audit too: binned associations beside the metadata's.
        assertTrue(audit.find(ImageProperty.MEAN_INTENSITY.attribute(), "finding").orElseThrow().cramersV() > 0.3);
        // What does not vary tells nothing and is not listed: every image is a 64 × 64 8-bit PNG.
        for (ImageProperty constant : List.of(ImageProperty.WIDTH, ImageProperty.ASPECT_RATIO,
                ImageProperty.BIT_DEPTH, ImageProperty.JPEG_QUALITY)) {
            assertTrue(audit.imageProperty(constant.attribute(), "finding").isEmpty(), constant.attribute());
        }
        assertTrue(audit.find(ImageProperty.FORMAT, "finding").isEmpty());
        assertTrue(audit.warnings().stream().noneMatch(w -> w.attribute() != null
                && w.attribute().startsWith(ImageProperty.PREFIX)), "measured, not metadata: " + audit.warnings());
    }

    @Test
    void auditWithImagePropertiesPrintsThemAndListsThemInJson(@TempDir Path folder) throws Exception {
        Path manifestFile = withoutSite(generate(folder));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConfounderLabCommand cli = new ConfounderLabCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, cli.run("audit", manifestFile.toString(), "--label", "finding", "--image-properties"),
                err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("image properties: 400 images measured"), log);
        String section = text.substring(text.indexOf("image properties, measured from the pixels"));
        String first = section.lines().skip(2).findFirst().orElseThrow();
        assertTrue(first.contains("finding") && first.contains("image:mean_intensity"), section);
        out.reset();
        assertEquals(0, cli.run("audit", manifestFile.toString(), "--label", "finding", "--image-properties",
                "--json"));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"image_properties\": [") && json.contains("\"property\": \"image:contrast\""),
                json);
        // Without the option the audit reads the table only.
        out.reset();
        err.reset();
        assertEquals(0, cli.run("audit", manifestFile.toString(), "--label", "finding"));
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("image properties"));
    }

    /**
     * A run measures the properties while it builds the preprocessed cache (each image decoded once), keeps them
     * beside the cache for the runs that reuse it, and measures them in the check without a cache: the same values
     * as the audit's own pass.
     */
    @Test
    void aRunMeasuresThemInItsCachePassAndKeepsThemWithTheCache(@TempDir Path folder) throws Exception {
        Path manifestFile = withoutSite(generate(folder.resolve("data")));
        org.confounderlab.model.experiment.Experiment experiment = org.confounderlab.model.templates
                .ExperimentTemplates.newDefault("properties", org.confounderlab.model.experiment.DatasetFormat
                        .GENERIC_CSV, manifestFile.toString(), List.of("finding"));
        experiment.getModel().setInputSize(32);
        Path experimentFile = folder.resolve("properties.experiment");
        org.confounderlab.model.resource.ModelFiles.save(experiment, experimentFile);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        Manifest manifest = new org.confounderlab.engine.run.ImportStage(quiet).read(experiment, experimentFile);
        double[] expected = ImagePropertyTable.measure(manifest.entries(), new ImagePropertyMeter(
                DicomIntensity.STORED_RANGE), 2, null).values(ImageProperty.MEAN_INTENSITY);
        Path cacheFolder = folder.resolve("cache");
        for (String how : List.of("built", "reused", "no cache")) {
            org.confounderlab.engine.run.RunFolder runFolder = org.confounderlab.engine.run.RunFolder.create(
                    folder.resolve("runs"), "properties");
            org.confounderlab.model.run.Run run = org.confounderlab.model.run.RunFactory.eINSTANCE.createRun();
            org.confounderlab.engine.run.InputOptions options = new org.confounderlab.engine.run.InputOptions(
                    !how.equals("no cache"), 0, cacheFolder, null, 2, 2);
            try (org.confounderlab.engine.run.RunImages images = org.confounderlab.engine.run.RunImages.open(run,
                    experiment, List.of("finding"), manifest.entries(), manifest.entries(), runFolder, options,
                    quiet)) {
                ImagePropertyTable properties = images.imageProperties();
                assertTrue(properties != null, how);
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, properties.values(
                        ImageProperty.MEAN_INTENSITY), 1e-12, how);
                if (!how.equals("no cache")) {
                    assertEquals(how.equals("built"), run.getInputs().isCacheBuilt(), how);
                    assertTrue(Files.isRegularFile(Path.of(run.getInputs().getCacheFile() + org.confounderlab.engine
                            .run.RunImages.PROPERTIES_SUFFIX)), how);
                }
                DatasetAudit audit = new DatasetAuditor().audit(manifest, List.of("finding"), properties);
                assertEquals(reference().get(ImageProperty.MEAN_INTENSITY.attribute()), audit.imageProperty(
                        ImageProperty.MEAN_INTENSITY.attribute(), "finding").orElseThrow().auc().auc(), 1e-9, how);
            }
        }
    }
}

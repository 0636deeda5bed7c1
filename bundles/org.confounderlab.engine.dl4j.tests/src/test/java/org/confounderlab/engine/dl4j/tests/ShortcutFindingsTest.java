package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.confounderlab.engine.dl4j.Dl4jBackend;
import org.confounderlab.engine.run.ExperimentRunner;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.model.templates.ExperimentTemplates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The diagnostics end to end against known ground truth: with a strong planted marker every applicable diagnostic
 * names it (masking, marker only, Grad-CAM, the probe of its presence); with no planted confounder none of them
 * raises a critical finding.
 */
class ShortcutFindingsTest {

    @Test
    void everyDiagnosticNamesAStrongPlantedMarker(@TempDir Path folder) throws Exception {
        Run run = runOn(folder, 1.0);
        String all = describe(run);
        assertTrue(has(run, FindingSeverity.CRITICAL, "shortcut.masking-hurts", "laterality"), all);
        assertTrue(has(run, FindingSeverity.CRITICAL, "shortcut.region-alone-predicts", "laterality"), all);
        assertTrue(has(run, FindingSeverity.CRITICAL, "saliency.attention-on-region", "Grad-CAM puts"), all);
        assertTrue(has(run, null, "saliency.attention-on-region", "Occlusion puts"), all);
        assertTrue(run.getFindings().stream().filter(f -> f.getKind().equals("saliency.attention-on-region"))
                .allMatch(f -> f.getMessage().contains("'laterality'")), all);
        assertTrue(has(run, FindingSeverity.WARNING, "probe.attribute-encoded", "'region laterality'"), all);
        assertTrue(run.getSaliency().size() >= 4 && !run.getSubgroups().isEmpty() && !run.getProbes().isEmpty());
        // Slice discovery on the probes' features: every test image in one slice, the slices listed
        assertTrue(!run.getSlices().isEmpty(), all);
        int tested = run.getEvaluations().get(0).getN();
        assertEquals(tested, run.getSlices().stream().mapToInt(s -> s.getSize()).sum());
        List<String> listed = Files.readAllLines(folder.resolve("runs").resolve("shortcut").resolve(run.getId())
                .resolve(org.confounderlab.engine.run.DiagnoseStage.SLICES_FILE));
        assertEquals(tested + 1, listed.size());
        assertTrue(run.getSlices().get(0).getDescription().startsWith("slice 1: "), run.getSlices().get(0)
                .getDescription());
        assertTrue(run.getArtifacts().stream().anyMatch(a -> a.getKind() == ArtifactKind.HEATMAP
                && Files.isRegularFile(folder.resolve("runs").resolve("shortcut").resolve(run.getId())
                        .resolve(a.getPath()))), "overlays written");
        // The saved run holds the same diagnostics.
        Path runFolder = folder.resolve("runs/shortcut/" + run.getId());
        Run saved = ModelFiles.loadRun(runFolder.resolve(RunFolder.RUN_FILE));
        assertEquals(run.getSaliency().size(), saved.getSaliency().size());
        assertFalse(saved.getSaliencyCases().isEmpty(), "explained images recorded");
        assertEquals(run.getSaliencyCases().size(), saved.getSaliencyCases().size());
        SaliencyCase worst = saved.getSaliencyCases().get(0);
        assertEquals(1, worst.getRank());
        assertTrue(worst.getScore() >= 0 && worst.getScore() <= 1, "score " + worst.getScore());
        assertTrue(worst.getRegions().stream().anyMatch(r -> r.getName().equals(worst.getRegion())));
        for (SaliencyCase each : saved.getSaliencyCases()) {
            BufferedImage input = ImageIO.read(runFolder.resolve(each.getInput()).toFile());
            BufferedImage heat = ImageIO.read(runFolder.resolve(each.getHeatMap()).toFile());
            assertEquals(64, input.getWidth());
            assertEquals(64, heat.getHeight());
            assertTrue(Files.isRegularFile(runFolder.resolve(each.getOverlay())));
            // The stored share of each region is what the saved heat map gives (8-bit rounding aside).
            for (RegionAttention region : each.getRegions()) {
                assertEquals(region.getShare(), shareInside(heat, region), 0.03, each.getImage() + " " + region
                        .getName());
            }
        }
        assertEquals(run.getFindings().size(), saved.getFindings().size());
    }

    @Test
    void noPlantedConfounderRaisesNoCriticalFinding(@TempDir Path folder) throws Exception {
        Run run = runOn(folder, 0.0);
        List<Finding> critical = run.getFindings().stream().filter(f -> f.getSeverity() == FindingSeverity.CRITICAL)
                .toList();
        assertTrue(critical.isEmpty(), describe(run));
        assertFalse(run.getSaliency().isEmpty());
    }

    /** The share of the gray image's mass in the pixels whose centres lie in the region's box. */
    private static double shareInside(BufferedImage heat, RegionAttention region) {
        double inside = 0;
        double total = 0;
        for (int y = 0; y < heat.getHeight(); y++) {
            for (int x = 0; x < heat.getWidth(); x++) {
                int v = heat.getRaster().getSample(x, y, 0);
                total += v;
                if (x + 0.5 >= region.getX() && x + 0.5 < region.getX() + region.getWidth() && y + 0.5 >= region.getY()
                        && y + 0.5 < region.getY() + region.getHeight()) {
                    inside += v;
                }
            }
        }
        return inside / total;
    }

    private static Run runOn(Path folder, double markerStrength) throws Exception {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(500).withImagesPerPatient(2)
                .withPrevalence(0.5).withMarkerStrength(markerStrength).withInitialsStrength(0).withSiteStrength(0)
                .withSexCorrelateStrength(0).withLesionContrast(0.25).withSeed(8)).generate(folder.resolve("data"));
        Experiment experiment = ExperimentTemplates.newDefault("shortcut", DatasetFormat.SYNTHETIC,
                "data/" + SyntheticGenerator.MANIFEST, List.of(SyntheticGenerator.LABEL));
        for (String name : List.of("site", "sex")) {
            ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
            attribute.setName(name);
            attribute.setColumn(name);
            attribute.setKind(AttributeKind.CATEGORICAL);
            experiment.getAttributes().add(attribute);
        }
        ExperimentTemplates.addColumnRegion(experiment, "laterality", "region:laterality", "the L/R marker");
        ExperimentTemplates.addDefaultInterventions(experiment);
        ExperimentTemplates.addColumnRegion(experiment, "lesion", "region:lesion", "the lesion");
        experiment.getModel().setArchitecture(Architecture.SMALL_CNN);
        experiment.getModel().setInputSize(64);
        experiment.getTraining().setEpochs(6);
        experiment.getTraining().setBatchSize(32);
        experiment.getTraining().setLearningRate(3e-3);
        experiment.getSplit().setTrainFraction(0.6);
        experiment.getSplit().setValidationFraction(0.2);
        experiment.getSplit().setTestFraction(0.2);
        experiment.getSplit().setUseOfficialSplit(false);
        experiment.getDiagnostics().setBootstrapResamples(500);
        experiment.getDiagnostics().setOcclusion(true);
        experiment.getDiagnostics().setOcclusionImages(24);
        Path file = folder.resolve("shortcut.experiment");
        ModelFiles.save(experiment, file);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Run run = new ExperimentRunner(new Dl4jBackend(), new PrintStream(log, true, StandardCharsets.UTF_8), 2)
                .run(experiment, file, RunFolder.create(folder.resolve("runs"), "shortcut"), 0);
        System.out.println("marker strength " + markerStrength + ":\n" + describe(run));
        return run;
    }

    private static boolean has(Run run, FindingSeverity severity, String kind, String text) {
        return run.getFindings().stream().anyMatch(f -> (severity == null || f.getSeverity() == severity)
                && f.getKind().equals(kind) && f.getMessage().contains(text));
    }

    private static String describe(Run run) {
        return run.getFindings().stream().map(f -> "[" + f.getSeverity() + "] " + f.getKind() + ": " + f.getMessage())
                .collect(Collectors.joining("\n"));
    }
}

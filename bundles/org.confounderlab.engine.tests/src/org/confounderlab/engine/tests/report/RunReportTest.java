package org.confounderlab.engine.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.confounderlab.engine.report.ReportImage;
import org.confounderlab.engine.report.RunReport;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    @TempDir
    Path folder;

    @Test
    void runWithNothingRecordedHasOnlyItsHeader() {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId("r-empty");
        run.setStatus(RunStatus.RUNNING);
        String html = new RunReport(run, folder).html();
        assertTrue(html.contains("r-empty"));
        assertTrue(html.contains("still running"));
        assertFalse(html.contains("<section"), "no empty sections");
        assertFalse(html.contains("<nav>"));
    }

    @Test
    void heatMapsOutsideTheRunFolderOrMissingAreListedNotEmbedded() throws IOException, ModelLoadException {
        Path runFolder = folder.resolve("run");
        Files.createDirectories(runFolder);
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("outside.png").toFile());
        Files.writeString(runFolder.resolve("fake.png"), "not a png");
        Run run = RunFixtures.failedRun();
        run.getArtifacts().add(heatmap("../outside.png"));
        run.getArtifacts().add(heatmap("heatmaps/missing.png"));
        run.getArtifacts().add(heatmap("fake.png"));
        ModelFiles.save(run, runFolder.resolve("run.run"));

        RunReport report = new RunReport(ModelFiles.loadRun(runFolder.resolve("run.run")), runFolder);
        String html = report.html();
        assertTrue(html.contains("<h2>Heat maps</h2>"));
        assertTrue(html.contains("outside the run folder"));
        assertTrue(html.contains("file not found"));
        assertTrue(html.contains("not a PNG file"));
        // Only the training chart is embedded.
        assertEquals(1, report.images().size());
        assertEquals(1, ReportCommandTest.decodeImages(html).size());
    }

    @Test
    void imagesAreReportedWithTheirSizes() throws IOException, ModelLoadException {
        Path runFolder = folder.resolve("full");
        RunFixtures.save(RunFixtures.completedRun(), runFolder);
        RunReport report = new RunReport(ModelFiles.loadRun(runFolder.resolve("run.run")), runFolder);
        report.html();
        assertEquals(5, report.images().size());
        ReportImage heatmap = report.images().get(4);
        assertEquals("Heat maps", heatmap.section());
        assertEquals(RunFixtures.HEATMAP_WIDTH, heatmap.width());
        assertEquals(RunFixtures.HEATMAP_HEIGHT, heatmap.height());
    }

    private static Artifact heatmap(String path) {
        Artifact artifact = RunFactory.eINSTANCE.createArtifact();
        artifact.setKind(ArtifactKind.HEATMAP);
        artifact.setPath(path);
        return artifact;
    }
}

package org.confounderlab.engine.tests.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.confounderlab.engine.cli.ExitCode;
import org.confounderlab.engine.cli.ReportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final Pattern DATA_URI = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)");
    /** Set to a folder to get the report's PNGs written there for a look (e.g. -Dreport.look=/tmp/report-look). */
    private static final String LOOK = System.getProperty("report.look");

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReportCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void completedRunGetsAFullSelfContainedReport() throws IOException {
        Path runFolder = folder.resolve("runs/pneumothorax/" + RunFixtures.RUN_ID);
        RunFixtures.save(RunFixtures.completedRun(), runFolder);

        assertEquals(ExitCode.OK, run(runFolder.toString()), err());
        Path report = runFolder.resolve("report.html");
        assertTrue(Files.isRegularFile(report));
        assertEquals(report.toString(), out().strip());
        String html = Files.readString(report, StandardCharsets.UTF_8);

        for (String heading : List.of("Data set", "Training curves", "Evaluation", "ROC curves",
                "AUC by intervention", "AUC comparisons (DeLong)", "Heat maps", "Findings", "Artifacts")) {
            assertTrue(html.contains("<h2>" + heading + "</h2>"), "missing section " + heading);
        }
        assertTrue(html.contains(RunFixtures.RUN_ID));
        assertTrue(html.contains(RunFixtures.EXPERIMENT));
        assertTrue(html.contains("NVIDIA H100 80GB HBM3"));
        assertTrue(html.contains("1 critical, 1 info"), "finding counts in the header");
        assertTrue(html.contains("region:drain"), "audit table");
        assertTrue(html.contains("masked drain"), "variant name");
        assertTrue(html.contains("−0.200") || html.contains("-0.200"), "delta AUC");
        assertTrue(html.contains("1.1e-07"), "p-value");
        assertTrue(html.contains("0.910 <span class=\"ci\">[0.875, 0.945]"), "AUC with CI");

        // The finding's markup is shown as text, never run.
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));

        // Self-contained: no external resource references.
        assertFalse(html.contains("src=\"http"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("url("));

        List<BufferedImage> images = decodeImages(html);
        // training, ROC × 2 labels, AUC bars, one heat map
        assertEquals(5, images.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(800, images.get(i).getWidth(), "chart " + i);
            assertEquals(500, images.get(i).getHeight(), "chart " + i);
        }
        assertEquals(RunFixtures.HEATMAP_WIDTH, images.get(4).getWidth());
        assertEquals(RunFixtures.HEATMAP_HEIGHT, images.get(4).getHeight());
        look(html, images);
    }

    @Test
    void failedRunWithOneEpochStillReports() throws IOException {
        Path runFile = RunFixtures.save(RunFixtures.failedRun(), folder.resolve("failed"));
        Path target = folder.resolve("out/failed-report.html");

        assertEquals(ExitCode.OK, run(runFile.toString(), "--out", target.toString()), err());
        String html = Files.readString(target, StandardCharsets.UTF_8);
        assertTrue(html.contains("FAILED"));
        assertTrue(html.contains("CUDA out of memory &lt;allocating 2 GiB&gt; at epoch 2"));
        assertTrue(html.contains("<h2>Training curves</h2>"));
        for (String absent : List.of("Evaluation", "ROC curves", "AUC by intervention", "Findings", "Heat maps",
                "Artifacts", "AUC comparisons (DeLong)")) {
            assertFalse(html.contains("<h2>" + absent + "</h2>"), "empty section shown: " + absent);
        }
        List<BufferedImage> images = decodeImages(html);
        assertEquals(1, images.size());
        assertEquals(800, images.get(0).getWidth());
    }

    @Test
    void missingPathIsBadInputNamingIt() {
        Path missing = folder.resolve("no-such-run");
        assertEquals(ExitCode.BAD_INPUT, run(missing.toString()));
        assertTrue(err().contains(missing.toString()), err());
    }

    @Test
    void malformedRunFileIsBadInputWithFileAndLine() throws IOException {
        Path file = folder.resolve("broken/run.run");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <run:Run xmlns:run="http://confounderlab.org/model/run/1.0" id="x">
                  <epochs index="0" trainLoss="0.5"
                </run:Run>
                """);
        assertEquals(ExitCode.BAD_INPUT, run(file.getParent().toString()));
        assertTrue(Pattern.compile(Pattern.quote(file.getFileName().toString()) + ":\\d+").matcher(err()).find(),
                err());
        assertFalse(Files.exists(file.resolveSibling("report.html")));
    }

    @Test
    void folderWithoutRunFileAndMissingArgumentAreBadInput() throws IOException {
        Files.createDirectories(folder.resolve("empty"));
        assertEquals(ExitCode.BAD_INPUT, run(folder.resolve("empty").toString()));
        assertTrue(err().contains("run.run"), err());
        assertEquals(ExitCode.BAD_INPUT, run());
        assertEquals(ExitCode.BAD_INPUT, run(folder.toString(), "--bogus"));
        assertEquals(ExitCode.BAD_INPUT, run(folder.toString(), "--out"));
    }

    @Test
    void unwritableOutputIsFailure() throws IOException {
        Path runFile = RunFixtures.save(RunFixtures.failedRun(), folder.resolve("run"));
        Path blocker = folder.resolve("a-file");
        Files.writeString(blocker, "not a folder");
        assertEquals(ExitCode.FAILURE, run(runFile.toString(), "--out", blocker.resolve("report.html").toString()));
        assertTrue(err().contains("cannot write"), err());
    }

    static List<BufferedImage> decodeImages(String html) throws IOException {
        List<BufferedImage> images = new ArrayList<>();
        Matcher m = DATA_URI.matcher(html);
        while (m.find()) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertNotNull(image, "embedded image " + images.size() + " is not a readable PNG");
            images.add(image);
        }
        return images;
    }

    private static void look(String html, List<BufferedImage> images) throws IOException {
        if (LOOK == null || LOOK.isBlank()) {
            return;
        }
        Path dir = Path.of(LOOK);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.html"), html, StandardCharsets.UTF_8);
        for (int i = 0; i < images.size(); i++) {
            ImageIO.write(images.get(i), "png", dir.resolve("image-" + i + ".png").toFile());
        }
    }
}

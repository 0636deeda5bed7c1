package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.core.runs.RunStore;
import org.confounderlab.launch.engine.EngineProcessBuilder;
import org.confounderlab.engine.report.HeatmapOverlay;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.SubgroupMetric;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.charts.ChartExport;
import org.confounderlab.ui.charts.RocChart;
import org.confounderlab.ui.views.RunView;
import org.confounderlab.ui.views.RunsView;
import org.confounderlab.ui.views.SaliencyView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Run view on a real run: the engine's demo (confounded synthetic radiographs, small CNN, four evaluation
 * variants, DeLong tests, Grad-CAM attention, probes, subgroups) trained in a JVM of its own into a workspace project,
 * opened from the Runs view. Every table shows the run's rows and every chart the run's numbers.
 */
class RunViewTest {

    private static IProject project;

    @BeforeAll
    static void trainTheDemo() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("run-view-demo");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path folder = project.getLocation().toPath();
        Process process = new EngineProcessBuilder().jvmOption("-Xmx1g").jvmOption("-Djava.awt.headless=true")
                .arguments("demo", "--out", folder.toString(), "--count", "240", "--epochs", "4")
                .workingDirectory(folder).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        byte[] errors = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(600, TimeUnit.SECONDS), "the demo did not end");
        assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8)
                + new String(errors, StandardCharsets.UTF_8));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    private static RunView openFromTheRunsView() throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.fillScreen();
        RunsView runs = (RunsView) Workbench.page().showView(RunsView.ID);
        runs.refresh();
        long listed = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < listed
                && runs.getEntries().stream().noneMatch(e -> e.file().getProject().equals(project))) {
            Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
            Thread.sleep(20);
        }
        RunEntry entry = runs.getEntries().stream().filter(e -> e.file().getProject().equals(project)).findFirst()
                .orElseThrow(() -> new AssertionError("the demo run is not in the Runs view"));
        runs.open(entry);
        RunView view = (RunView) Workbench.page().findView(RunView.ID);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && (view.getRun() == null
                || !view.getRunFile().orElseThrow().startsWith(project.getLocation().toPath()))) {
            Workbench.waitForJobs(RunView.LOAD_FAMILY);
            Thread.sleep(20);
        }
        // The view still shows the run an earlier test opened: wait for this opening's read to be shown, or the
        // objects a test takes from getRun() are replaced under it (a finding's evidence then selects nothing).
        Workbench.waitForJobs(RunView.LOAD_FAMILY);
        Workbench.processEvents();
        Workbench.waitForJobs(RunView.LOAD_FAMILY);
        Workbench.processEvents();
        return view;
    }

    @Test
    void everyTableShowsTheRunsRows() throws Exception {
        RunView view = openFromTheRunsView();
        Run run = view.getRun();
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        int labelEvaluations = run.getEvaluations().stream().mapToInt(e -> e.getLabels().size()).sum();
        assertArrayEquals(new int[] {labelEvaluations, run.getComparisons().size(), run.getSubgroups().size(),
            run.getShiftTests().size(), run.getProbes().size(), run.getSaliency().size(), run.getFindings().size(), 0,
            run.getSlices().size()}, view.getTableRowCounts());
        assertTrue(run.getShiftTests().size() > 0, "the demo's attributes and marker get shift tests");
        assertEquals(4, run.getEvaluations().size(), "original, masked, labels only, random box");
        assertTrue(run.getComparisons().size() >= 3 && run.getSubgroups().size() > 0 && run.getProbes().size() > 0
                && run.getSaliency().size() > 0, "the demo fills every table");
        view.showTable(1);
        Workbench.screenshot("run-view-delong");
        view.showTable(3);
        Workbench.screenshot("run-view-shift-tests");
        view.showTable(5);
        Workbench.screenshot("run-view-attention");

        long heatmaps = run.getArtifacts().stream().filter(a -> a.getKind()
                == org.confounderlab.model.run.ArtifactKind.HEATMAP).count();
        assertTrue(heatmaps > 0, "the demo writes Grad-CAM overlays");
        assertEquals(heatmaps, view.getHeatmapCount());
        view.showTable(6);
        Workbench.processEvents();
        assertTrue(view.getShownHeatmapBounds() != null && view.getShownHeatmapBounds().width > 64,
                "the first (worst) overlay is shown");
        Workbench.screenshot("run-view-heatmaps");
    }

    /**
     * The Slices tab: a copy of the demo's run given two slices of its test images (the demo's 46 test images are too
     * few for slice discovery, which needs 50) shows them, and each slice's images from its slices.tsv.
     */
    @Test
    void theSlicesTabShowsEachSliceWithItsImages() throws Exception {
        RunView view = openFromTheRunsView();
        Path original = view.getRunFile().orElseThrow();
        Path copy = original.getParent().resolveSibling(original.getParent().getFileName() + "-slices");
        java.nio.file.Files.createDirectories(copy);
        Run run = org.confounderlab.model.resource.ModelFiles.loadRun(original);
        java.util.List<String> images = java.nio.file.Files.readAllLines(original.getParent().resolve(
                "predictions.csv")).stream().skip(1).map(l -> l.split(",")[0]).distinct().toList();
        StringBuilder tsv = new StringBuilder("slice\timage\n");
        for (int s = 1; s <= 2; s++) {
            org.confounderlab.model.run.FeatureSlice slice = org.confounderlab.model.run.RunFactory.eINSTANCE
                    .createFeatureSlice();
            slice.setIndex(s);
            slice.setLabel("finding");
            slice.setSize(s == 1 ? 10 : images.size() - 10);
            slice.setLossRatio(s == 1 ? 2.5 : 0.8);
            slice.setAttribute("site");
            slice.setAttributeValue("A");
            slice.setValueShare(0.9);
            slice.setAttributeV(0.4);
            slice.setDescription("slice " + s);
            run.getSlices().add(slice);
        }
        for (int i = 0; i < images.size(); i++) {
            tsv.append(i < 10 ? 1 : 2).append('\t').append(images.get(i)).append('\n');
        }
        java.nio.file.Files.writeString(copy.resolve("slices.tsv"), tsv);
        org.confounderlab.model.resource.ModelFiles.save(run, copy.resolve("run.run"));
        view.show(copy.resolve("run.run"));
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && (view.getRun() == null || view.getRun().getSlices().isEmpty())) {
            Workbench.waitForJobs(RunView.LOAD_FAMILY);
            Workbench.processEvents();
            Thread.sleep(20);
        }
        assertEquals(2, view.getTableRowCounts()[8]);
        view.showSlice(0);
        deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && view.getSliceImageCount() == 0) {
            Workbench.waitForJobs(RunView.SLICE_IMAGES_FAMILY);
            Workbench.processEvents();
            Thread.sleep(20);
        }
        assertEquals(10, view.getSliceImageCount(), "slice 1's ten images");
        Workbench.screenshot("run-view-slices");
        view.show(original);
    }

    @Test
    void theHeaderSaysHowTheRunReadItsImages() throws Exception {
        RunView view = openFromTheRunsView();
        Run run = view.getRun();
        assertEquals(240, run.getInputs().getImages());
        String header = view.getHeaderText();
        assertTrue(header.contains("data: 240 images"), header);
        assertTrue(header.contains("cache built in") || header.contains("cache reused in"), header);
        assertTrue(header.contains(run.getInputs().getCacheFile()), header);
        assertTrue(java.nio.file.Files.isRegularFile(java.nio.file.Path.of(run.getInputs().getCacheFile())));
        // the run's check for near-duplicates and shared patients across its splits
        assertTrue(run.getLeaks() != null && run.getLeaks().getTestImages() > 0, "every run checks for leaks");
        assertTrue(header.contains(org.confounderlab.engine.run.LeakStage.describe(run)) && header.contains(
                "leaks: "), header);
    }

    @Test
    void theRocAndAucChartsDrawTheRunsNumbers() throws Exception {
        RunView view = openFromTheRunsView();
        Run run = view.getRun();
        List<String> expected = run.getEvaluations().stream().flatMap(e -> e.getLabels().stream()
                .map(l -> RocChart.seriesId(e.getInterventionName(), l.getLabel(), l.getAuc()))).toList();
        assertEquals(expected, view.getRoc().curveIds());
        LabelEvaluation original = run.getEvaluations().get(0).getLabels().get(0);
        double[] fpr = view.getRoc().falsePositiveRates(expected.get(0));
        assertEquals(original.getRocPoints().size(), fpr.length);
        for (int i = 1; i < fpr.length; i++) {
            assertTrue(fpr[i] >= fpr[i - 1], "the curve is drawn in order of false positive rate");
        }
        view.showChart(1);
        Workbench.screenshot("run-view-roc");

        assertEquals(run.getEvaluations().stream().map(Evaluation::getInterventionName).toList(),
                view.getAucBars().variants());
        double[] aucs = view.getAucBars().aucs(original.getLabel());
        for (int e = 0; e < run.getEvaluations().size(); e++) {
            assertEquals(run.getEvaluations().get(e).getLabels().get(0).getAuc(), aucs[e], 1e-12);
        }
        view.showChart(2);
        Workbench.screenshot("run-view-auc");
    }

    @Test
    void chartsExportToPngAndToSvgDrawnFromTheirData() throws Exception {
        RunView view = openFromTheRunsView();
        Run run = view.getRun();
        Path folder = java.nio.file.Files.createTempDirectory("chart-export");
        org.eclipse.swtchart.Chart roc = view.getRoc().getChart();
        view.showChart(1);
        Workbench.processEvents();
        ChartExport.write(roc, folder.resolve("roc.png"));
        ChartExport.write(roc, folder.resolve("roc.svg"));

        org.eclipse.swt.graphics.ImageData png = new org.eclipse.swt.graphics.ImageLoader()
                .load(folder.resolve("roc.png").toString())[0];
        assertTrue(png.width > 200 && png.height > 150, png.width + "×" + png.height);

        org.w3c.dom.Document svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("roc.svg").toFile());
        org.w3c.dom.NodeList lines = svg.getElementsByTagName("polyline");
        int curves = view.getRoc().curveIds().size();
        assertEquals(curves + 1, lines.getLength(), "one polyline per curve and the chance line");
        String firstCurve = view.getRoc().curveIds().get(0);
        for (int i = 0; i < lines.getLength(); i++) {
            org.w3c.dom.Element line = (org.w3c.dom.Element) lines.item(i);
            if (line.getAttribute("data-series").equals(firstCurve)) {
                int points = line.getAttribute("points").split(" ").length;
                assertEquals(run.getEvaluations().get(0).getLabels().get(0).getRocPoints().size(), points);
            }
        }
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("false positive rate") && text.contains("Sensitivity")
                && text.contains(firstCurve), "titles and legend are in the SVG");

        ChartExport.write(view.getAucBars().getChart(), folder.resolve("auc.svg"));
        org.w3c.dom.Document bars = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("auc.svg").toFile());
        int labelBars = run.getEvaluations().size() * (int) run.getEvaluations().get(0).getLabels().size();
        int drawn = 0;
        org.w3c.dom.NodeList rects = bars.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            if (((org.w3c.dom.Element) rects.item(i)).hasAttribute("data-series")) {
                drawn++;
            }
        }
        assertEquals(labelBars, drawn, "one bar per evaluation and label");
        assertEquals(labelBars, bars.getElementsByTagName("path").getLength(), "each bar has its CI");
        java.nio.file.Files.copy(folder.resolve("roc.svg"), Path.of(System.getProperty("user.dir"), "target",
                "screenshots", "roc.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        java.nio.file.Files.copy(folder.resolve("auc.svg"), Path.of(System.getProperty("user.dir"), "target",
                "screenshots", "auc.svg"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void findingsLeadToTheirEvidence() throws Exception {
        RunView view = openFromTheRunsView();
        Run run = view.getRun();
        int followed = 0;
        for (Finding finding : view.getFindings()) {
            org.eclipse.emf.ecore.EObject evidence = finding.getEvidence().stream()
                    .map(e -> run.eResource().getEObject(e)).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            if (evidence == null) {
                continue;
            }
            view.showEvidence(finding);
            Workbench.processEvents();
            int expectedTab = evidence instanceof LabelEvaluation ? 0 : evidence instanceof AucComparison ? 1
                    : evidence instanceof SubgroupMetric ? 2 : evidence instanceof ShiftTest ? 3
                    : evidence instanceof AttributeProbe ? 4 : 5;
            assertEquals(expectedTab, view.getShownTable(), finding.getMessage());
            assertEquals(evidence, view.getSelectedRow(), finding.getMessage());
            if (evidence instanceof SaliencySummary summary) {
                SaliencyView saliency = (SaliencyView) Workbench.page().findView(SaliencyView.ID);
                SaliencyCase shown = saliency.selectedCase();
                assertEquals(summary.getLabel(), shown.getLabel());
                // The image that puts the most heat on the finding's region, for its area.
                double most = saliency.getCases().stream().mapToDouble(c -> regionRatio(c, summary.getRegionName()))
                        .filter(Double::isFinite).max().orElseThrow();
                assertEquals(most, regionRatio(shown, summary.getRegionName()), 1e-12);
                Workbench.page().showView(RunView.ID);
            }
            followed++;
        }
        assertTrue(followed >= 2, "the demo's findings name their evidence: " + view.getFindings().size());
    }

    @Test
    void theSaliencyViewerShowsEachExplainedImageWithItsOverlayBoxesAndShares() throws Exception {
        RunView view = openFromTheRunsView();
        Run run = view.getRun();
        Path runFolder = view.getRunFile().orElseThrow().getParent();
        assertTrue(run.getSaliencyCases().size() >= 2, "the demo explains test images");
        SaliencyView saliency = (SaliencyView) Workbench.page().showView(SaliencyView.ID);
        Workbench.processEvents();
        List<SaliencyCase> listed = saliency.getCases();
        assertEquals(run.getSaliencyCases().size(), listed.size());
        for (int i = 1; i < listed.size(); i++) {
            assertTrue(ratio(listed.get(i - 1)) >= ratio(listed.get(i)), "worst first");
        }
        SaliencyCase shown = saliency.selectedCase();
        assertEquals(listed.get(0), shown);
        assertEquals(shown.getRegions().size(), saliency.getRegionRowCount());
        assertTrue(saliency.getCaption().contains(shown.getImage()) && saliency.getCaption().contains(
                "'" + shown.getRegion() + "'"), saliency.getCaption());

        // Without the overlay the picture is the model input itself.
        ImageData input = new ImageData(runFolder.resolve(shown.getInput()).toString());
        ImageData heat = new ImageData(runFolder.resolve(shown.getHeatMap()).toString());
        saliency.setOverlay(false);
        ImageData plain = saliency.composed();
        for (int y = 0; y < input.height; y++) {
            for (int x = 0; x < input.width; x++) {
                RGB expected = input.palette.getRGB(input.getPixel(x, y));
                assertEquals(expected, plain.palette.getRGB(plain.getPixel(x, y)), x + "," + y);
            }
        }
        // At full opacity the hottest pixel takes the hottest colour of the scale; at 0 the input shows through.
        int hottest = 0;
        for (int i = 1; i < heat.width * heat.height; i++) {
            if (gray(heat, i) > gray(heat, hottest)) {
                hottest = i;
            }
        }
        int hx = hottest % heat.width;
        int hy = hottest / heat.width;
        saliency.setOverlay(true);
        saliency.setOpacity(100);
        ImageData full = saliency.composed();
        int hot = HeatmapOverlay.colour(1.0);
        assertEquals(new RGB(hot >> 16 & 0xff, hot >> 8 & 0xff, hot & 0xff), full.palette.getRGB(full.getPixel(hx,
                hy)));
        saliency.setOpacity(0);
        ImageData none = saliency.composed();
        assertEquals(input.palette.getRGB(input.getPixel(hx, hy)), none.palette.getRGB(none.getPixel(hx, hy)));

        // Region boxes at 400%: the left edge of the worst-case region is yellow, and not without boxes.
        saliency.setOpacity(60);
        saliency.setZoom(4);
        Workbench.processEvents();
        Rectangle bounds = saliency.pictureBounds();
        assertEquals(4 * input.width, bounds.width);
        RegionAttention focus = shown.getRegions().stream().filter(r -> r.getName().equals(shown.getRegion()))
                .findFirst().orElseThrow();
        int ex = bounds.x + (int) Math.round(focus.getX() * 4);
        int ey = bounds.y + (int) Math.round(focus.getY() * 4) + (int) Math.round(focus.getHeight() * 2);
        ImageData drawn = saliency.render();
        assertEquals(new RGB(255, 255, 0), drawn.palette.getRGB(drawn.getPixel(ex, ey)));
        saliency.setBoxes(false);
        drawn = saliency.render();
        assertTrue(!new RGB(255, 255, 0).equals(drawn.palette.getRGB(drawn.getPixel(ex, ey))));
        saliency.setBoxes(true);
        Workbench.processEvents();
        Workbench.screenshot("saliency-viewer");

        // Another image from the list, then one whose input file has gone: the viewer says which file.
        saliency.select(1);
        assertEquals(listed.get(1), saliency.selectedCase());
        assertEquals(null, saliency.getProblem());
        Path file = runFolder.resolve(listed.get(1).getInput());
        Path aside = file.resolveSibling(file.getFileName() + ".aside");
        java.nio.file.Files.move(file, aside);
        try {
            saliency.select(0);
            saliency.select(1);
            assertTrue(saliency.getProblem() != null && saliency.getProblem().contains(file.getFileName().toString()),
                    String.valueOf(saliency.getProblem()));
        } finally {
            java.nio.file.Files.move(aside, file);
        }
        saliency.setZoom(SaliencyView.FIT);
        saliency.select(0);
        Workbench.page().showView(RunView.ID);
    }

    private static double ratio(SaliencyCase explained) {
        return regionRatio(explained, explained.getRegion());
    }

    private static double regionRatio(SaliencyCase explained, String region) {
        return explained.getRegions().stream().filter(r -> r.getName().equals(region)).mapToDouble(r -> r.getShare()
                / r.getAreaShare()).findFirst().orElse(Double.NaN);
    }

    private static int gray(ImageData data, int index) {
        return data.palette.getRGB(data.getPixel(index % data.width, index / data.width)).red;
    }

    @Test
    void theMitigationsTabShowsGroupWeightsAndTheDistillationTerms() throws Exception {
        RunView view = openFromTheRunsView();
        Path experiment = project.getLocation().toPath().resolve(org.confounderlab.engine.synthetic.DemoStudy
                .EXPERIMENT_FILE);
        Path runs = project.getLocation().toPath().resolve("mitigated");
        Process process = new EngineProcessBuilder().jvmOption("-Xmx1g").jvmOption("-Djava.awt.headless=true")
                .arguments("run", experiment.toString(), "--epochs", "2", "--distil", "--rebalance-by", "site",
                        "--out", runs.toString())
                .workingDirectory(project.getLocation().toPath()).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        byte[] errors = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(600, TimeUnit.SECONDS), "the run did not end");
        assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8)
                + new String(errors, StandardCharsets.UTF_8));
        Path runFile;
        try (var list = java.nio.file.Files.walk(runs)) {
            runFile = list.filter(p -> p.getFileName().toString().equals(RunStore.RUN_FILE)).findFirst().orElseThrow();
        }
        String id = org.confounderlab.model.resource.ModelFiles.loadRun(runFile).getId();
        assertTrue(org.confounderlab.model.resource.ModelFiles.loadRun(runFile).getDistillation() != null);
        view.show(runFile);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && (view.getRun() == null || !id.equals(view.getRun().getId()))) {
            Workbench.waitForJobs(RunView.LOAD_FAMILY);
            Thread.sleep(20);
        }
        Workbench.processEvents();
        Run run = view.getRun();
        List<List<String>> rows = view.getMitigationRows();
        // A row per subgroup weight, the teacher, and the five distillation terms of the small CNN.
        assertEquals(run.getGroupWeights().size() + 1 + 5, rows.size(), rows.toString());
        assertTrue(run.getGroupWeights().size() >= 3, "one weight per site and label");
        assertEquals("group-balanced", rows.get(0).get(0));
        assertTrue(rows.get(0).get(1).startsWith("site = "), rows.get(0).toString());
        List<String> teacher = rows.get(run.getGroupWeights().size());
        assertEquals("teacher", teacher.get(0));
        assertTrue(teacher.get(1).contains("with laterality covered"), teacher.toString());
        assertTrue(teacher.get(5).startsWith("validation AUC finding 0.") && teacher.get(5).endsWith("; teacher.zip"),
                teacher.toString());
        List<String> layer = rows.get(rows.size() - 1);
        assertEquals(List.of("distillation", "layer layer4"), layer.subList(0, 2));
        assertTrue(layer.get(4).startsWith("weight 5 × scale "), layer.toString());
        assertTrue(layer.get(5).contains(" before training, ") && layer.get(5).endsWith(" in epoch 2"),
                layer.toString());
        view.showTable(8);
        Workbench.screenshotZoomed(view, "run-view-mitigations");
        try (var walk = java.nio.file.Files.walk(runs)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }
}

package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.confounderlab.engine.audit.AttributeLabelAssociation;
import org.confounderlab.engine.audit.SubgroupSamples;
import org.confounderlab.engine.data.Box;
import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.run.ExperimentRegions;
import org.confounderlab.engine.synthetic.DemoStudy;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.charts.AssociationHeatMap.Measure;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.ui.views.DatasetConfoundersView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/** The Dataset Confounders view on the demo's data set, whose laterality marker goes with the label. */
class DatasetConfoundersViewTest {

    private static DatasetConfoundersView audit(IFile experiment) throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.fillScreen();
        DatasetConfoundersView view = (DatasetConfoundersView) Workbench.page().showView(DatasetConfoundersView.ID);
        view.show(experiment);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && view.getHeaderText().contains("Auditing")) {
            Workbench.waitForJobs(DatasetConfoundersView.AUDIT_FAMILY);
            Thread.sleep(20);
        }
        Workbench.processEvents();
        return view;
    }

    private static List<String[]> examples(DatasetConfoundersView view) throws Exception {
        Workbench.processEvents();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && (view.getExamples().isEmpty()
                || Job.getJobManager().find(DatasetConfoundersView.EXAMPLES_FAMILY).length > 0)) {
            Workbench.waitForJobs(DatasetConfoundersView.EXAMPLES_FAMILY);
            Thread.sleep(20);
        }
        return view.getExamples();
    }

    private static int yellowPixels(ImageData image, Rectangle area) {
        int count = 0;
        for (int y = area.y; y < Math.min(image.height, area.y + area.height); y++) {
            for (int x = area.x; x < Math.min(image.width, area.x + area.width); x++) {
                if (new RGB(255, 255, 0).equals(image.palette.getRGB(image.getPixel(x, y)))) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void aDataSetWithoutItsImagesIsAuditedFromItsMetadataWithItsWarnings() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("metadata-only");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        java.nio.file.Path folder = project.getLocation().toPath();
        StringBuilder csv = new StringBuilder("path,patient_id,finding,sex,age,view\n");
        for (int i = 0; i < 60; i++) {
            csv.append("images/missing_").append(i).append(".png,P").append(i / 2).append(',').append(i % 3 == 0 ? 1 : 0)
                    .append(',').append(i / 2 % 2 == 0 ? "F" : "M").append(',').append(i == 7 ? 155 : 30 + i)
                    .append(',').append(i % 3 == 0 ? "AP" : "PA").append('\n');
        }
        java.nio.file.Files.writeString(folder.resolve("manifest.csv"), csv);
        org.confounderlab.model.experiment.Experiment experiment = org.confounderlab.engine.data.ExperimentFromDataSet
                .create("metadata-only", org.confounderlab.model.experiment.DatasetFormat.GENERIC_CSV, "manifest.csv",
                        List.of("finding"), List.of("sex", "age", "view"), false);
        ModelFiles.save(experiment, folder.resolve("metadata-only.experiment"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        DatasetConfoundersView view = audit(project.getFile("metadata-only.experiment"));

        assertNotNull(view.getResult(), view.getHeaderText());
        assertEquals(60, view.getResult().audit().entries(), "no row is skipped for its missing image");
        assertTrue(view.getHeaderText().contains("0 of 60 image files found"), view.getHeaderText());
        assertTrue(view.getWarningsText().contains("outside 0–120"), view.getWarningsText());
        assertTrue(view.getWarningsText().contains("predicts finding almost perfectly"), view.getWarningsText());
        assertTrue(!view.getWarningsText().contains("changes between rows"), view.getWarningsText());
        AttributeLabelAssociation strongest = view.getResult().audit().find("view", "finding").orElseThrow();
        assertEquals(1.0, strongest.cramersV(), 1e-9);
        view.select("view", "finding");
        List<String[]> shown = examples(view);
        assertTrue(!shown.isEmpty() && shown.stream().allMatch(t -> "not on disk yet".equals(t[1])),
                "each example says its image is not there: " + shown.stream().map(t -> t[1]).toList());
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.processEvents();
        Workbench.screenshot("dataset-confounders-metadata-only");
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void theMarkerShowsAsTheStrongestAssociationInTableHeatMapAndBars() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("confounders-demo");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        DemoStudy.write(project.getLocation().toPath(), 300, 1);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        DatasetConfoundersView view = audit(project.getFile(DemoStudy.EXPERIMENT_FILE));

        assertNotNull(view.getResult(), view.getHeaderText());
        int associations = view.getResult().audit().associations().size();
        assertTrue(associations >= 5, "site, technologist, sex, age, marker and the regions");
        assertEquals(associations, view.getRowCount());
        AttributeLabelAssociation marker = view.getResult().audit().find("marker", "finding").orElseThrow();
        AttributeLabelAssociation sex = view.getResult().audit().find("sex", "finding").orElseThrow();
        assertTrue(marker.cramersV() > 0.5 && sex.cramersV() < 0.3, marker.cramersV() + " vs " + sex.cramersV());
        assertEquals(marker.cramersV(), view.getHeatMap().value("marker", "finding"), 1e-12);
        assertTrue(view.getHeatMap().colour(marker.cramersV()).green < view.getHeatMap().colour(sex.cramersV()).green,
                "the stronger association is the darker cell");
        assertTrue(view.getPrevalenceBars().length >= 2, "the strongest association is selected, its subgroups drawn");

        // Example images of each marker subgroup, positives and negatives in turn, with their regions outlined.
        view.select("marker", "finding");
        List<String[]> shown = examples(view);
        List<SubgroupSamples.Sample> expected = SubgroupSamples.of(view.getResult().entries(), "marker", "finding", 3);
        assertTrue(expected.stream().map(SubgroupSamples.Sample::subgroup).distinct().count() >= 2);
        assertTrue(expected.stream().anyMatch(e -> e.label() == LabelValue.POSITIVE)
                && expected.stream().anyMatch(e -> e.label() == LabelValue.NEGATIVE));
        assertEquals(Math.min(24, expected.size()), shown.size());
        ImageData drawn = view.renderExamples();
        java.util.function.Function<ManifestEntry, java.util.Map<String, Box>> regions = ExperimentRegions.of(
                ModelFiles.loadExperiment(project.getFile(DemoStudy.EXPERIMENT_FILE).getLocation().toPath()));
        int outlined = 0;
        for (int i = 0; i < shown.size(); i++) {
            SubgroupSamples.Sample sample = expected.get(i);
            assertTrue(shown.get(i)[0].startsWith(sample.subgroup() + " · finding "
                    + (sample.label() == LabelValue.POSITIVE ? "+" : "−")), shown.get(i)[0]);
            assertTrue(shown.get(i)[0].endsWith(sample.entry().image().getFileName().toString()), shown.get(i)[0]);
            assertEquals(null, shown.get(i)[1]);
            if (!regions.apply(sample.entry()).isEmpty()) {
                assertTrue(yellowPixels(drawn, view.getExampleArea(i)) > 0, "the regions of tile " + i + " are drawn");
                outlined++;
            }
        }
        assertTrue(outlined > 0, "the demo's images have marker regions");
        Workbench.screenshotZoomed(view, "dataset-confounders");

        // A corrupt image gets a tile that names it; the others still show.
        java.nio.file.Path first = expected.get(0).entry().image();
        byte[] original = java.nio.file.Files.readAllBytes(first);
        java.nio.file.Files.writeString(first, "not a PNG");
        try {
            view.select("sex", "finding");
            examples(view);
            view.select("marker", "finding");
            shown = examples(view);
            assertTrue(shown.get(0)[1] != null && shown.get(0)[1].contains(first.getFileName().toString()),
                    String.valueOf(shown.get(0)[1]));
            assertEquals(null, shown.get(1)[1]);
        } finally {
            java.nio.file.Files.write(first, original);
        }

        view.setMeasure(Measure.ATTRIBUTE_AUC);
        Workbench.processEvents();
        assertEquals(marker.attributeOnlyAuc(), view.getHeatMap().value("marker", "finding"), 1e-12);
        view.setFilterText("sex");
        Workbench.processEvents();
        assertEquals(1, view.getRowCount());
        assertEquals(java.util.List.of("sex"), view.getHeatMap().attributes());
        view.setFilterText("");
    }

    /**
     * A DICOM export of real radiographs, native, JPEG Lossless and JPEG 2000: the scanner's manufacturer from the
     * headers is the strongest association, and the example images, decoded in the IDE's own process, all show.
     */
    @Test
    void aDicomExportShowsTheScannerFromTheHeadersAndItsCompressedImages() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("dicom-export");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        java.nio.file.Path folder = project.getLocation().toPath();
        int images = DicomExport.write(folder.resolve("export"));
        org.confounderlab.model.experiment.Experiment experiment = org.confounderlab.engine.data.ExperimentFromDataSet
                .create("dicom-export", org.confounderlab.model.experiment.DatasetFormat.DICOM, "export",
                        List.of("finding"), List.of("manufacturer", "photometric", "view_position"), false);
        ModelFiles.save(experiment, folder.resolve("dicom-export.experiment"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        DatasetConfoundersView view = audit(project.getFile("dicom-export.experiment"));

        assertNotNull(view.getResult(), view.getHeaderText());
        assertEquals(images, view.getResult().audit().entries(), view.getHeaderText());
        AttributeLabelAssociation manufacturer = view.getResult().audit().find("manufacturer", "finding")
                .orElseThrow();
        assertEquals(1.0, manufacturer.cramersV(), 1e-9, "only the Fuji chests are positive");
        assertTrue(view.getResult().audit().associations().stream()
                .allMatch(a -> a.cramersV() <= manufacturer.cramersV() + 1e-12), "the scanner comes first");
        view.select("manufacturer", "finding");
        List<String[]> shown = examples(view);
        assertTrue(shown.size() >= 6, "examples of several scanners: " + shown.size());
        assertTrue(shown.stream().allMatch(t -> t[1] == null), "every DICOM example decodes, compressed ones too: "
                + shown.stream().map(t -> t[1]).filter(java.util.Objects::nonNull).toList());
        assertTrue(shown.stream().anyMatch(t -> t[0].startsWith("FUJI PHOTO FILM CO. LTD.")), shown.get(0)[0]);
        // With the image properties measured too: the pixels' rows join the header's.
        view.setImageProperties(true);
        view = audit(project.getFile("dicom-export.experiment"));
        assertTrue(view.getResult().audit().find("image:white_fraction", "finding").isPresent(),
                view.getHeaderText());
        assertTrue(view.getResult().audit().imageProperty("image:white_fraction", "finding").orElseThrow().auc()
                .auc() > 0.8, "the Fuji chests are the white-rich images");
        java.util.Map<String, String> row = view.rowText("image:white_fraction", "finding");
        var white = view.getResult().audit().imageProperty("image:white_fraction", "finding").orElseThrow();
        assertTrue(row.get("AUC 95 % CI").matches("\\d\\.\\d+–\\d\\.\\d+"), row.toString());
        assertEquals(white.drift() == null ? "no split" : row.get("Drift test/train"), row.get("Drift test/train"),
                row.toString());
        view.select("image:white_fraction", "finding");
        List<String[]> whiteExamples = examples(view);
        assertTrue(whiteExamples.size() >= 4 && whiteExamples.stream().allMatch(t -> t[0].startsWith("Q")),
                "examples of the property's quantile bins: " + whiteExamples.stream().map(t -> t[0]).toList());
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.processEvents();
        Workbench.screenshot("dataset-confounders-image-properties");
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
        view.setImageProperties(false);
        view.select("manufacturer", "finding");
        assertTrue(!examples(view).isEmpty());
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
        Workbench.processEvents();
        Workbench.screenshot("dataset-confounders-dicom");
        Workbench.page().setPartState(Workbench.page().getReference(view),
                org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
    }

    @Test
    void anExperimentWhoseDataSetIsMissingSaysSoByName() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("confounders-missing");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        org.confounderlab.model.experiment.Experiment experiment = DemoStudy.experiment(1);
        experiment.getDataset().setLocation("no-such-folder/manifest.csv");
        IFile file = project.getFile("missing.experiment");
        org.confounderlab.model.resource.ModelFiles.save(experiment, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        DatasetConfoundersView view = audit(file);
        assertTrue(view.getHeaderText().contains("missing.experiment") && view.getHeaderText().contains("no-such-folder"),
                view.getHeaderText());
        assertEquals(0, view.getRowCount());
    }
}

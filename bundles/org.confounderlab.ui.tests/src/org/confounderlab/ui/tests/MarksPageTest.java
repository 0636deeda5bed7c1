package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.confounderlab.engine.data.csv.CsvReader;
import org.confounderlab.engine.data.csv.CsvRecord;
import org.confounderlab.engine.marks.MarkGroup;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.confounderlab.ui.editors.ExperimentEditor;
import org.confounderlab.ui.editors.MarksPage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

/**
 * The experiment editor's Marks page on generated images given without their marker column or boxes: Find marks
 * proposes the L/R marker (the proposal that goes with the label most), shows it in its images, Accept makes it a
 * region that the interventions cover, as one edit, and Undo takes it back.
 */
class MarksPageTest {

    @Test
    void aProposedMarkIsReviewedAcceptedAndUndone() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("marks-page");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path folder = project.getLocation().toPath();
        Path data = folder.resolve("data");
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(128).withCount(150).withMarkerStrength(0.9)
                .withSeed(21)).generate(data);
        StringBuilder csv = new StringBuilder("path,patient_id,split,finding\n");
        try (CsvReader reader = CsvReader.open(data.resolve(SyntheticGenerator.MANIFEST))) {
            CsvRecord header = reader.readRecord();
            List<Integer> kept = List.of("path", "patient_id", "split", "finding").stream()
                    .map(header.fields()::indexOf).toList();
            for (CsvRecord row : reader) {
                csv.append(String.join(",", kept.stream().map(row::field).toList())).append('\n');
            }
        }
        Files.writeString(data.resolve("unannotated.csv"), csv);
        Experiment experiment = ExperimentTemplates.newDefault("marks", DatasetFormat.GENERIC_CSV,
                "data/unannotated.csv", List.of("finding"));
        ExperimentTemplates.addDefaultInterventions(experiment);
        ModelFiles.save(experiment, folder.resolve("marks.experiment"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        IFile file = project.getFile("marks.experiment");
        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, IDE.openEditor(Workbench.page(), file));
        Workbench.fillScreen();
        editor.setActivePage(MarksPage.ID);
        Workbench.processEvents();
        MarksPage page = (MarksPage) editor.getActivePageInstance();
        page.findMarks();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && page.getFound() == null) {
            Workbench.waitForJobs(MarksPage.FAMILY);
            Workbench.processEvents();
            Thread.sleep(20);
        }
        assertTrue(page.getFound() != null && !page.getProposals().isEmpty(), "proposals");
        MarkGroup marker = page.getProposals().stream().max(Comparator.comparingDouble(g -> page.getFound().audit()
                .find("region:" + g.name(), "finding").orElseThrow().cramersV())).orElseThrow();
        assertTrue(marker.top(), "the L/R marker sits in the top half: " + marker.describe(150));
        assertEquals(marker, page.getProposals().get(0), "the strongest association is listed and shown first");
        deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && page.getExampleCount() == 0) {
            Workbench.waitForJobs(MarksPage.FAMILY);
            Workbench.processEvents();
            Thread.sleep(20);
        }
        assertEquals(Math.min(12, marker.boxes().size()), page.getExampleCount(), "the marker's first images");
        Workbench.screenshotZoomed(editor, "experiment-editor-marks");

        int interventions = editor.getExperiment().getInterventions().size();
        page.accept(marker);
        Workbench.processEvents();
        Experiment edited = editor.getExperiment();
        assertEquals(List.of(marker.name()), edited.getRegions().stream().map(r -> r.getName()).toList());
        assertEquals("marks-marks.csv", edited.getDataset().getLocation());
        assertTrue(edited.getInterventions().stream().filter(i -> i.getKind() == InterventionKind.MASK_REGIONS)
                .allMatch(i -> i.getRegions().contains(edited.getRegions().get(0))));
        assertTrue(editor.isDirty());
        editor.getEditingDomain().getCommandStack().undo();
        Workbench.processEvents();
        assertTrue(edited.getRegions().isEmpty(), "one undo takes the whole acceptance back");
        assertEquals("data/unannotated.csv", edited.getDataset().getLocation());
        assertEquals(interventions, edited.getInterventions().size());
        assertTrue(edited.getInterventions().stream().allMatch(i -> i.getRegions().isEmpty()));
        assertEquals("Accept " + marker.name() + " as a region", editor.getEditingDomain().getCommandStack()
                .getRedoCommand().getLabel());
        editor.getEditingDomain().getCommandStack().redo();
        Workbench.processEvents();
        assertEquals(List.of(marker.name()), edited.getRegions().stream().map(r -> r.getName()).toList(), "redone");
        assertEquals("marks-marks.csv", edited.getDataset().getLocation());
        editor.getEditingDomain().getCommandStack().undo();
        Workbench.processEvents();
        assertTrue(edited.getRegions().isEmpty());
        int before = page.getProposals().size();
        page.reject(page.getProposals().get(0));
        assertEquals(before - 1, page.getProposals().size());
        Workbench.page().closeAllEditors(false);
    }
}

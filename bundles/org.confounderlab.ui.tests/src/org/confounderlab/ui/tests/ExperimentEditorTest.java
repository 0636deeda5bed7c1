package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.confounderlab.core.markers.ExperimentProblemMarkers;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.confounderlab.ui.editors.ExperimentEditor;
import org.confounderlab.ui.editors.ExperimentOverviewPage;
import org.confounderlab.ui.editors.LoadProblemPage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opens .experiment files in the real workbench. */
class ExperimentEditorTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("editor-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void closeEditorsAndDeleteProject() throws Exception {
        Workbench.page().closeAllEditors(false);
        project.delete(true, true, null);
    }

    @Test
    void opensExperimentInTheExperimentEditor() throws Exception {
        Experiment experiment = ExperimentTemplates.newDefault("mura-laterality");
        experiment.getDataset().getLabelNames().clear();
        experiment.getDataset().getLabelNames().add("abnormal");
        for (String name : new String[] {"laterality", "technologist"}) {
            ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
            attribute.setName(name);
            attribute.setColumn(name);
            experiment.getAttributes().add(attribute);
        }
        Region region = ExperimentFactory.eINSTANCE.createRegion();
        region.setName("laterality-marker");
        region.setX(10);
        region.setY(12);
        region.setWidth(40);
        region.setHeight(30);
        experiment.getRegions().add(region);
        IFile file = project.getFile("mura.experiment");
        ModelFiles.save(experiment, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        IEditorPart part = IDE.openEditor(Workbench.page(), file);
        Workbench.processEvents();

        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, part);
        assertNull(editor.getLoadProblem());
        assertEquals("mura-laterality", editor.getExperiment().getName());
        ExperimentOverviewPage overview = assertInstanceOf(ExperimentOverviewPage.class, editor.getActivePageInstance());
        assertEquals(2, overview.getAttributeRowCount());
        assertEquals(1, overview.getRegionRowCount());
        assertEquals("mura.experiment", editor.getPartName());
        Workbench.screenshot("experiment-editor");
    }

    @Test
    void malformedFileOpensOnAProblemPageAndInTheProblemsView() throws Exception {
        IFile file = project.getFile("broken.experiment");
        Files.writeString(file.getLocation().toPath(), "<?xml version=\"1.0\"?>\n"
                + "<experiment:Experiment xmlns:experiment=\"http://confounderlab.org/model/experiment/1.0\" name=\"b\">\n"
                + "  <dataset location=\"data\">\n" + "</experiment:Experiment>\n", StandardCharsets.UTF_8);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        ExperimentEditor editor = assertInstanceOf(ExperimentEditor.class, IDE.openEditor(Workbench.page(), file));
        Workbench.processEvents();

        assertNull(editor.getExperiment());
        LoadProblemPage page = assertInstanceOf(LoadProblemPage.class, editor.getActivePageInstance());
        assertTrue(page.getShownProblem().contains("broken.experiment:4"), page.getShownProblem());

        Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
        waitForMarkers(file);
        IMarker[] markers = file.findMarkers(ExperimentProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
        assertEquals(1, markers.length);
        assertEquals(4, markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
        assertNotNull(markers[0].getAttribute(IMarker.MESSAGE, null));
        Workbench.screenshot("experiment-editor-problem");
    }

    private static void waitForMarkers(IFile file) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (file.findMarkers(ExperimentProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO).length == 0
                && System.currentTimeMillis() < deadline) {
            Workbench.processEvents();
            Thread.sleep(20);
        }
    }
}

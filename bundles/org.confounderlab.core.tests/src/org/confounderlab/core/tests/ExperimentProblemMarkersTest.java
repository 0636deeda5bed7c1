package org.confounderlab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.confounderlab.core.markers.ExperimentProblemMarkers;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExperimentProblemMarkersTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = WorkspaceProjects.create("markers");
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, true, null);
    }

    private IFile save(Experiment experiment, String name) throws Exception {
        IFile file = project.getFile(name);
        ModelFiles.save(experiment, file.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return file;
    }

    private static List<IMarker> markers(IFile file) throws Exception {
        return Arrays.asList(file.findMarkers(ExperimentProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO));
    }

    @Test
    void validExperimentHasNoMarkers() throws Exception {
        IFile file = save(ExperimentTemplates.newDefault("valid"), "valid.experiment");
        assertEquals(0, ExperimentProblemMarkers.update(file));
        assertTrue(markers(file).isEmpty());
    }

    @Test
    void validationProblemsBecomeErrorMarkersAndAreReplacedOnUpdate() throws Exception {
        Experiment experiment = ExperimentTemplates.newDefault("broken");
        experiment.getTraining().setBatchSize(-4);
        experiment.getSplit().setTrainFraction(0.9);
        IFile file = save(experiment, "broken.experiment");

        assertEquals(2, ExperimentProblemMarkers.update(file));
        assertEquals(2, ExperimentProblemMarkers.update(file), "a second update replaces, not adds");
        List<IMarker> markers = markers(file);
        assertEquals(2, markers.size());
        for (IMarker marker : markers) {
            assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
            assertTrue(marker.isSubtypeOf(IMarker.PROBLEM));
        }
        String messages = String.join("\n", markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList());
        assertTrue(messages.toLowerCase().contains("batch size"), messages);
        assertTrue(messages.contains("-4"), messages);
        assertTrue(messages.toLowerCase().contains("fraction"), messages);

        experiment.getTraining().setBatchSize(32);
        experiment.getSplit().setTrainFraction(0.7);
        ModelFiles.save(experiment, file.getLocation().toPath());
        assertEquals(0, ExperimentProblemMarkers.update(file));
        assertTrue(markers(file).isEmpty());
    }

    @Test
    void malformedFileGetsOneMarkerAtItsLine() throws Exception {
        IFile file = WorkspaceProjects.write(project, "malformed.experiment",
                "<?xml version=\"1.0\"?>\n<experiment:Experiment xmlns:experiment=\"http://confounderlab.org/model/experiment/1.0\"\n name=\"x\">\n\n<dataset></wrong>\n");
        assertEquals(1, ExperimentProblemMarkers.update(file));
        IMarker marker = markers(file).get(0);
        assertEquals(5, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("malformed.experiment"));
    }
}

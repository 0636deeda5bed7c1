package org.confounderlab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.confounderlab.core.markers.FindingMarkerUpdater;
import org.confounderlab.core.markers.FindingMarkers;
import org.confounderlab.core.runs.RunStore;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A completed run's findings show on its experiment file in the Problems view, severity for severity. */
class FindingMarkersTest {

    private IProject project;
    private IFile experiment;

    @BeforeEach
    void createProject() throws Exception {
        project = WorkspaceProjects.create("finding-markers");
        experiment = project.getFile("mura.experiment");
        ModelFiles.save(ExperimentTemplates.newDefault("mura"), experiment.getLocation().toPath());
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        FindingMarkerUpdater.uninstall();
        project.delete(true, true, null);
    }

    private Run run(String id, RunStatus status, FindingSeverity... severities) {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setStatus(status);
        run.setStartTime(new Date());
        run.setExperiment(ExperimentTemplates.newDefault("mura"));
        run.setExperimentPath(experiment.getLocation().toOSString());
        for (FindingSeverity severity : severities) {
            Finding finding = RunFactory.eINSTANCE.createFinding();
            finding.setSeverity(severity);
            finding.setKind("masking");
            finding.setMessage("The model relies on region laterality: " + severity.getLiteral());
            run.getFindings().add(finding);
        }
        return run;
    }

    private IFile write(Run run) throws Exception {
        IFile file = RunStore.runFolder(project, "mura", run.getId()).getFile(RunStore.RUN_FILE);
        Path path = file.getLocation().toPath();
        Files.createDirectories(path.getParent());
        ModelFiles.save(run, path);
        return file;
    }

    private List<IMarker> markers() throws Exception {
        return Arrays.stream(experiment.findMarkers(FindingMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO))
                .sorted(Comparator.comparingInt((IMarker m) -> -m.getAttribute(IMarker.SEVERITY, -1))).toList();
    }

    @Test
    void findingsBecomeMarkersWithTheirSeverityAndRun() throws Exception {
        Run run = run("20261201-101500", RunStatus.COMPLETED, FindingSeverity.CRITICAL, FindingSeverity.WARNING,
                FindingSeverity.INFO);
        IFile runFile = write(run);
        assertEquals(experiment, FindingMarkers.experimentFile(run, project.getWorkspace().getRoot()).orElseThrow());
        assertEquals(3, FindingMarkers.update(experiment, run, runFile));
        List<IMarker> markers = markers();
        assertEquals(List.of(IMarker.SEVERITY_ERROR, IMarker.SEVERITY_WARNING, IMarker.SEVERITY_INFO),
                markers.stream().map(m -> m.getAttribute(IMarker.SEVERITY, -1)).toList());
        assertTrue(markers.get(0).getAttribute(IMarker.MESSAGE, "").endsWith("(run 20261201-101500)"));
        assertEquals(runFile.getFullPath().toString(), markers.get(0).getAttribute(FindingMarkers.RUN_FILE, ""));
        assertTrue(markers.get(0).isSubtypeOf(IMarker.PROBLEM), "they show in the Problems view");

        // A newer run replaces them; an older one, or one that did not complete, does not.
        Run newer = run("20261201-121500", RunStatus.COMPLETED, FindingSeverity.WARNING);
        assertEquals(1, FindingMarkers.update(experiment, newer, write(newer)));
        Run older = run("20261130-090000", RunStatus.COMPLETED, FindingSeverity.CRITICAL, FindingSeverity.CRITICAL);
        assertEquals(1, FindingMarkers.update(experiment, older, write(older)));
        Run failed = run("20261201-131500", RunStatus.FAILED);
        assertEquals(1, FindingMarkers.update(experiment, failed, write(failed)));
        assertEquals(IMarker.SEVERITY_WARNING, markers().get(0).getAttribute(IMarker.SEVERITY, -1));

        // The newest run has no findings: the markers go, and an older run cannot bring its own back.
        Run clean = run("20261201-151500", RunStatus.COMPLETED);
        assertEquals(0, FindingMarkers.update(experiment, clean, write(clean)));
        assertEquals(0, FindingMarkers.update(experiment, newer, write(newer)));
        assertEquals(0, markers().size());
        assertEquals("20261201-151500", experiment.getPersistentProperty(FindingMarkers.SHOWN_RUN));
    }

    @Test
    void theUpdaterMarksTheExperimentWhenARunAppearsInTheWorkspace() throws Exception {
        FindingMarkerUpdater.install(ResourcesPlugin.getWorkspace());
        write(run("20261201-141500", RunStatus.COMPLETED, FindingSeverity.CRITICAL, FindingSeverity.WARNING));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        long deadline = System.currentTimeMillis() + 20_000;
        while (markers().size() < 2 && System.currentTimeMillis() < deadline) {
            Job.getJobManager().join(FindingMarkerUpdater.FAMILY, null);
            Thread.sleep(50);
        }
        assertEquals(2, markers().size());
        assertEquals(IMarker.SEVERITY_ERROR, markers().get(0).getAttribute(IMarker.SEVERITY, -1));
    }
}

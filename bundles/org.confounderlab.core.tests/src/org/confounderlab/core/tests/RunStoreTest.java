package org.confounderlab.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Date;
import java.util.List;

import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.core.runs.RunStore;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RunStoreTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = WorkspaceProjects.create("run-store");
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, true, null);
    }

    private void writeRun(String experiment, String id, RunStatus status) throws Exception {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setStatus(status);
        run.setStartTime(new Date(1_700_000_000_000L));
        run.setExperiment(ExperimentTemplates.newDefault(experiment));
        IFolder folder = RunStore.runFolder(project, experiment, id);
        java.nio.file.Path location = folder.getLocation().toPath();
        Files.createDirectories(location);
        ModelFiles.save(run, location.resolve(RunStore.RUN_FILE));
    }

    @Test
    void findsRunsOnDiskWithTheirStatus() throws Exception {
        writeRun("mura-laterality", "run-2", RunStatus.FAILED);
        writeRun("mura-laterality", "run-1", RunStatus.COMPLETED);
        writeRun("cxr14", "run-1", RunStatus.CANCELLED);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        List<RunEntry> runs = new RunStore(ResourcesPlugin.getWorkspace().getRoot()).findRuns(project);

        assertEquals(3, runs.size());
        assertEquals(List.of("cxr14/run-1", "mura-laterality/run-1", "mura-laterality/run-2"),
                runs.stream().map(e -> e.experimentName() + "/" + e.runId()).toList());
        assertEquals(RunStatus.CANCELLED, runs.get(0).status());
        assertEquals(RunStatus.COMPLETED, runs.get(1).status());
        assertEquals(new Date(1_700_000_000_000L), runs.get(1).run().getStartTime());
        assertTrue(runs.stream().allMatch(RunEntry::isReadable));
        assertNull(runs.get(2).loadProblem());
    }

    @Test
    void corruptRunFileIsListedWithItsProblemNotDropped() throws Exception {
        writeRun("exp", "good", RunStatus.COMPLETED);
        WorkspaceProjects.write(project, "runs/exp/bad/run.run", "<?xml version=\"1.0\"?>\n<run:Run xmlns:run=\"http://confounderlab.org/model/run/1.0\"\n  id=\"bad\">\n<oops");

        List<RunEntry> runs = new RunStore(ResourcesPlugin.getWorkspace().getRoot()).findRuns(project);

        assertEquals(2, runs.size());
        RunEntry bad = runs.stream().filter(e -> !e.isReadable()).findFirst().orElseThrow();
        assertEquals("bad", bad.runId());
        assertEquals("exp", bad.experimentName());
        assertEquals(RunStatus.FAILED, bad.status());
        assertTrue(bad.loadProblem().contains("run.run"), bad.loadProblem());
        assertFalse(runs.stream().filter(RunEntry::isReadable).toList().isEmpty());
    }

    @Test
    void runWhoseProcessIsGoneReadsAsFailedWithItsEpochsKept() throws Exception {
        writeRun("exp", "killed", RunStatus.RUNNING);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        RunEntry entry = new RunStore(ResourcesPlugin.getWorkspace().getRoot()).findRuns(project).get(0);

        assertEquals(RunStatus.FAILED, entry.status());
        assertTrue(entry.run().getErrorMessage().contains("ended without finishing"), entry.run().getErrorMessage());
    }

    @Test
    void aStoreReadsAgainOnlyTheRunFilesThatChanged() throws Exception {
        writeRun("exp", "a", RunStatus.COMPLETED);
        writeRun("exp", "b", RunStatus.COMPLETED);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        RunStore store = new RunStore(ResourcesPlugin.getWorkspace().getRoot());
        List<RunEntry> first = store.findRuns(project);
        List<RunEntry> second = store.findRuns(project);
        assertTrue(first.get(0) == second.get(0) && first.get(1) == second.get(1), "unchanged files are not re-read");

        Thread.sleep(20); // a new time stamp for the rewritten file
        writeRun("exp", "b", RunStatus.CANCELLED);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        List<RunEntry> third = store.findRuns(project);
        assertTrue(third.get(0) == first.get(0), "a is unchanged");
        assertEquals(RunStatus.CANCELLED, third.get(1).status(), "b is read again");
    }

    @Test
    void projectWithoutRunsFolderHasNoRuns() throws Exception {
        assertTrue(new RunStore(ResourcesPlugin.getWorkspace().getRoot()).findRuns(project).isEmpty());
    }
}

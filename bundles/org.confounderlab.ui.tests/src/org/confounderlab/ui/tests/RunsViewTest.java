package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.confounderlab.core.runs.RunEntry;
import org.confounderlab.core.runs.RunStore;
import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.views.RunsView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Confounder Lab runs view in the real workbench. */
class RunsViewTest {

    private IProject project;

    @BeforeEach
    void createProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("runs-view-test");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
    }

    @AfterEach
    void deleteProject() throws Exception {
        project.delete(true, true, null);
    }

    private void writeRun(String experiment, String id, RunStatus status) throws Exception {
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setStatus(status);
        run.setStartTime(new Date());
        run.setExperiment(ExperimentTemplates.newDefault(experiment));
        Path folder = RunStore.runFolder(project, experiment, id).getLocation().toPath();
        Files.createDirectories(folder);
        // As the engine writes it: a running run records its (live) process, so it reads as running.
        new RunFolder(folder, id).save(run);
    }

    @Test
    void perspectiveShowsTheRunsViewWhichListsRunsAsTheyAppear() throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        RunsView view = assertInstanceOf(RunsView.class, Workbench.page().showView(RunsView.ID));
        view.setFilterText(""); // another test may have left one
        Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
        long before = view.getEntries().stream().filter(e -> e.file().getProject().equals(project)).count();
        assertEquals(0, before);

        writeRun("mura-laterality", "20261123-101500-erm", RunStatus.COMPLETED);
        writeRun("mura-laterality", "20261123-111500-masked", RunStatus.RUNNING);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        waitForRows(view, 2);

        assertEquals(2, view.getEntries().stream().filter(e -> e.file().getProject().equals(project)).count());
        assertTrue(view.getRowCount() >= 2);
        RunEntry running = view.getEntries().stream().filter(e -> e.runId().endsWith("masked")).findFirst().orElseThrow();
        assertEquals(RunStatus.RUNNING, running.status());
        Workbench.screenshot("runs-view");
    }

    /**
     * A run queued as a Slurm job reads "queued" with its job, and the view asks Slurm about it in the background:
     * with no cluster reachable from this test's IDE, the line above the runs says so in Slurm's words.
     */
    @Test
    void aQueuedClusterRunShowsItsJobAndTheViewAsksSlurmAboutIt() throws Exception {
        RunsView view = assertInstanceOf(RunsView.class, Workbench.page().showView(RunsView.ID));
        view.setFilterText("");
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId("20261206-120000-cluster");
        run.setStatus(RunStatus.QUEUED);
        run.setClusterJob("41_0");
        run.setExperiment(ExperimentTemplates.newDefault("mura-cluster"));
        Path folder = RunStore.runFolder(project, "mura-cluster", run.getId()).getLocation().toPath();
        Files.createDirectories(folder);
        new RunFolder(folder, run.getId()).save(run);
        new org.confounderlab.engine.slurm.ClusterSubmission(folder, false, folder.resolve("x.experiment"),
                java.util.List.of(new org.confounderlab.engine.slurm.ClusterSubmission.Task(0, "mura-cluster", "",
                        folder, "")), java.util.List.of(), java.util.List.of(), false).submitted("41",
                                java.util.List.of(0), null).save();
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        waitForRows(view, 1);
        java.util.List<String> row = view.rowTexts(run.getId());
        assertTrue(row.contains("queued"), row.toString());
        assertTrue(row.stream().anyMatch(t -> t.contains("Slurm job 41_0")), row.toString());
        long deadline = System.currentTimeMillis() + 30_000;
        while (view.descriptionText().isEmpty() && System.currentTimeMillis() < deadline) {
            Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
            Thread.sleep(100);
            while (org.eclipse.swt.widgets.Display.getCurrent().readAndDispatch()) {
                // let the watch's line reach the view
            }
        }
        assertTrue(view.descriptionText().startsWith("Cluster runs could not be checked: "), view
                .descriptionText());
        Workbench.screenshot("runs-view-cluster");
        // leave the view without this project's runs, as the next test expects
        RunStore.runFolder(project, "mura-cluster", run.getId()).getParent().delete(true, null);
        long gone = System.currentTimeMillis() + 20_000;
        while (view.getEntries().stream().anyMatch(e -> e.file().getProject().equals(project))
                && System.currentTimeMillis() < gone) {
            Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
            Thread.sleep(20);
        }
    }

    /** Waits until the view lists {@code rows} runs of this test's project (other tests leave runs of their own). */
    private void waitForRows(RunsView view, int rows) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (view.getEntries().stream().filter(e -> e.file().getProject().equals(project)).count() < rows
                && System.currentTimeMillis() < deadline) {
            Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
            Thread.sleep(20);
        }
    }
}

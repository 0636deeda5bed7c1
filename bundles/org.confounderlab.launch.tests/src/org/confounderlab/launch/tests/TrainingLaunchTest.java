package org.confounderlab.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.launch.training.TrainingLaunchAttributes;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.junit.jupiter.api.Test;

/**
 * The Confounder Lab Training launch configuration type in a real workspace: it trains in a JVM of its own into the
 * project's runs folder, the workspace then shows the run, and terminating the launch leaves the run cancelled.
 */
class TrainingLaunchTest {

    private static IProject project(String name, int epochs) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        project.create(null);
        project.open(null);
        Path folder = project.getLocation().toFile().toPath();
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(200).withSeed(2))
                .generate(folder.resolve("data"));
        Experiment experiment = ExperimentTemplates.newDefault(name, DatasetFormat.SYNTHETIC,
                "data/" + SyntheticGenerator.MANIFEST, List.of(SyntheticGenerator.LABEL));
        experiment.getModel().setArchitecture(Architecture.SMALL_CNN);
        experiment.getModel().setInputSize(32);
        experiment.getTraining().setEpochs(epochs);
        experiment.getTraining().setBatchSize(32);
        experiment.getSplit().setUseOfficialSplit(false);
        experiment.getDiagnostics().setBootstrapResamples(100);
        ModelFiles.save(experiment, folder.resolve("study.experiment"));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project;
    }

    private static ILaunch launch(IProject project) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy configuration = manager.getLaunchConfigurationType(
                TrainingLaunchAttributes.TYPE).newInstance(null, project.getName());
        configuration.setAttribute(TrainingLaunchAttributes.EXPERIMENT, "/" + project.getName() + "/study.experiment");
        configuration.setAttribute(TrainingLaunchAttributes.HEAP, "1g");
        return configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
    }

    private static void waitFor(IProcess process, long seconds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        while (!process.isTerminated() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(process.isTerminated(), "training did not end in " + seconds + " s");
    }

    private static Optional<Path> runFile(Path runs) throws Exception {
        if (!Files.isDirectory(runs)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(runs)) {
            return files.filter(p -> p.getFileName().toString().equals(RunFolder.RUN_FILE)).findFirst();
        }
    }

    @Test
    void aLaunchTrainsIntoTheProjectsRunsFolderAndTheWorkspaceShowsTheRun() throws Exception {
        IProject project = project("launch-complete", 2);
        ILaunch launch = launch(project);
        assertEquals(1, launch.getProcesses().length);
        IProcess process = launch.getProcesses()[0];
        waitFor(process, 300);
        String console = process.getStreamsProxy().getOutputStreamMonitor().getContents();
        assertEquals(0, process.getExitValue(), console
                + process.getStreamsProxy().getErrorStreamMonitor().getContents());
        assertTrue(console.contains("epoch 2/2") && console.contains("findings:"), console);

        IFolder runs = project.getFolder("runs/launch-complete");
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && (!runs.exists() || runs.members().length == 0)) {
            Thread.sleep(200); // the refresh job runs after the process has ended
        }
        assertTrue(runs.exists() && runs.members().length == 1, "the new run is in the workspace");
        IFolder runFolder = (IFolder) runs.members()[0];
        assertTrue(runFolder.getFile(RunFolder.RUN_FILE).exists());
        Run run = ModelFiles.loadRun(runFolder.getFile(RunFolder.RUN_FILE).getLocation().toFile().toPath());
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals(2, run.getEpochs().size());
    }

    @Test
    void terminatingALaunchLeavesTheRunCancelledWithItsFinishedEpochs() throws Exception {
        IProject project = project("launch-terminated", 200);
        ILaunch launch = launch(project);
        IProcess process = launch.getProcesses()[0];
        Path runs = project.getLocation().toFile().toPath().resolve("runs");
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && !process.isTerminated()) {
            Optional<Path> file = runFile(runs);
            if (file.isPresent() && ModelFiles.loadRun(file.get()).getEpochs().size() >= 1) {
                break;
            }
            Thread.sleep(300);
        }
        assertTrue(!process.isTerminated(), "training ended before it could be terminated: "
                + process.getStreamsProxy().getOutputStreamMonitor().getContents());
        launch.terminate();
        waitFor(process, 60);
        Run run = ModelFiles.loadRun(runFile(runs).orElseThrow());
        assertEquals(RunStatus.CANCELLED, run.getStatus(), run.getErrorMessage());
        assertTrue(run.getEpochs().size() >= 1);
    }

    @Test
    void aMissingExperimentIsAClearError() throws Exception {
        ILaunchConfigurationWorkingCopy configuration = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(TrainingLaunchAttributes.TYPE).newInstance(null, "missing");
        configuration.setAttribute(TrainingLaunchAttributes.EXPERIMENT, "/nowhere/absent.experiment");
        CoreException error = assertThrows(CoreException.class,
                () -> configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(error.getMessage().contains("/nowhere/absent.experiment")
                && error.getMessage().contains("does not exist"), error.getMessage());
    }
}

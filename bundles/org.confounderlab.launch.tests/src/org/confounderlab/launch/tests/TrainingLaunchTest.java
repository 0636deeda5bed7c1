package org.confounderlab.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.launch.training.TrainingEvent;
import org.confounderlab.launch.training.TrainingEvent.EpochEvent;
import org.confounderlab.launch.training.TrainingLaunchAttributes;
import org.confounderlab.launch.training.TrainingLaunchDelegate;
import org.confounderlab.launch.training.TrainingSession;
import org.confounderlab.launch.training.TrainingSessions;
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

    private static ILaunchConfigurationWorkingCopy configuration(IProject project) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy configuration = manager.getLaunchConfigurationType(
                TrainingLaunchAttributes.TYPE).newInstance(null, project.getName());
        configuration.setAttribute(TrainingLaunchAttributes.EXPERIMENT, "/" + project.getName() + "/study.experiment");
        configuration.setAttribute(TrainingLaunchAttributes.HEAP, "1g");
        return configuration;
    }

    private static ILaunch launch(IProject project) throws CoreException {
        return configuration(project).launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
    }

    /** Records the training sessions started while it listens, and every event they report. */
    private static final class Sessions implements TrainingSessions.Listener, AutoCloseable {
        final List<TrainingSession> started = new CopyOnWriteArrayList<>();
        final List<TrainingEvent> events = new CopyOnWriteArrayList<>();

        Sessions() {
            TrainingSessions.addListener(this);
        }

        @Override
        public void started(TrainingSession session) {
            started.add(session);
        }

        @Override
        public void changed(TrainingSession session, TrainingEvent event) {
            events.add(event);
        }

        TrainingSession of(IProcess process) {
            return started.stream().filter(s -> s.process() == process).findFirst().orElseThrow();
        }

        @Override
        public void close() {
            TrainingSessions.removeListener(this);
        }
    }

    private static void waitForSession(TrainingSession session) throws InterruptedException {
        assertTrue(session.job().join(120_000, null), "the session's job did not end");
    }

    private static void waitForEpochs(IProcess process, Path runs, int epochs) throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline && !process.isTerminated()) {
            Optional<Path> file = runFile(runs);
            if (file.isPresent() && ModelFiles.loadRun(file.get()).getEpochs().size() >= epochs) {
                return;
            }
            Thread.sleep(300);
        }
        assertTrue(!process.isTerminated(), "training ended before it could be stopped: "
                + process.getStreamsProxy().getOutputStreamMonitor().getContents());
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
        IProject project = project("launch-complete", 5);
        ILaunchConfigurationWorkingCopy configuration = configuration(project);
        configuration.setAttribute(TrainingLaunchAttributes.EPOCHS, 2);
        configuration.setAttribute(TrainingLaunchAttributes.BATCH_SIZE, 16);
        configuration.setAttribute(TrainingLaunchAttributes.SEED, "41");
        configuration.setAttribute(TrainingLaunchAttributes.CACHE, false);
        configuration.setAttribute(TrainingLaunchAttributes.ON_BAD_IMAGE, "stop");
        ILaunch launch;
        TrainingSession session;
        Sessions sessions = new Sessions();
        try (sessions) {
            launch = configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
            assertEquals(1, launch.getProcesses().length);
            session = sessions.of(launch.getProcesses()[0]);
            waitForSession(session);
        }
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
        assertEquals(2, run.getExperiment().getTraining().getEpochs(), "the overrides are recorded in the run");
        assertEquals(16, run.getExperiment().getTraining().getBatchSize());
        assertEquals(41, run.getExperiment().getTraining().getSeed());
        assertTrue(run.getBackend().getDeviceName().contains("threads"), run.getBackend().getDeviceName());
        assertTrue(run.getArtifacts().stream().anyMatch(a -> a.getDescription().startsWith("no preprocessed cache")),
                "the launch's cache switch reached the engine");

        // The session read the trainer's structured output: the run folder, then both epochs, and the job ended OK.
        assertEquals(runFolder.getLocation().toPath(), session.runFolder().orElseThrow());
        List<EpochEvent> epochs = sessions.events.stream().filter(EpochEvent.class::isInstance)
                .map(EpochEvent.class::cast).toList();
        assertEquals(List.of(1, 2), epochs.stream().map(EpochEvent::epoch).distinct().toList(), sessions.events::toString);
        assertEquals(2, epochs.get(0).epochs());
        assertEquals(run.getEpochs().get(1).getTrainLoss(), epochs.get(epochs.size() - 1).trainLoss(), 1e-4);
        assertEquals(RunStatus.COMPLETED, session.endStatus().orElseThrow());
        assertTrue(session.job().getResult().isOK(), session.job().getResult().toString());
    }

    @Test
    void terminatingALaunchLeavesTheRunCancelledWithItsFinishedEpochs() throws Exception {
        IProject project = project("launch-terminated", 200);
        ILaunch launch = launch(project);
        IProcess process = launch.getProcesses()[0];
        Path runs = project.getLocation().toFile().toPath().resolve("runs");
        waitForEpochs(process, runs, 1);
        launch.terminate();
        waitFor(process, 60);
        Run run = ModelFiles.loadRun(runFile(runs).orElseThrow());
        assertEquals(RunStatus.CANCELLED, run.getStatus(), run.getErrorMessage());
        assertTrue(run.getEpochs().size() >= 1);
    }

    @Test
    void aKilledTrainerLeavesItsRunFailedWithTheExitCodeAndItsLastErrors() throws Exception {
        IProject project = project("launch-killed", 200);
        ILaunch launch;
        TrainingSession session;
        try (Sessions sessions = new Sessions()) {
            launch = launch(project);
            session = sessions.of(launch.getProcesses()[0]);
        }
        IProcess process = launch.getProcesses()[0];
        Path runs = project.getLocation().toFile().toPath().resolve("runs");
        waitForEpochs(process, runs, 1);
        long pid = Long.parseLong(process.getAttribute(IProcess.ATTR_PROCESS_ID));
        assertTrue(ProcessHandle.of(pid).isPresent(), "the trainer's process id is known");
        assertEquals(0, new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor());
        waitFor(process, 60);
        waitForSession(session);

        Run run = ModelFiles.loadRun(runFile(runs).orElseThrow());
        assertEquals(RunStatus.FAILED, run.getStatus());
        assertTrue(run.getEpochs().size() >= 1, "the finished epochs are kept");
        assertTrue(run.getErrorMessage().contains("signal 9") && run.getErrorMessage().contains("exit code 137"),
                run.getErrorMessage());
        assertEquals(RunStatus.FAILED, session.endStatus().orElseThrow());
        assertEquals(org.eclipse.core.runtime.IStatus.ERROR, session.job().getResult().getSeverity());
        assertTrue(session.job().getResult().getMessage().contains("signal 9"), session.job().getResult().getMessage());
        assertFalse(Files.exists(runFile(runs).orElseThrow().resolveSibling(RunFolder.PID_FILE)));
    }

    @Test
    void twoLaunchesAtOnceWriteToTwoRunFolders() throws Exception {
        IProject project = project("launch-twice", 1);
        ILaunch first = launch(project);
        ILaunch second = launch(project);
        waitFor(first.getProcesses()[0], 300);
        waitFor(second.getProcesses()[0], 300);
        assertEquals(0, first.getProcesses()[0].getExitValue(),
                first.getProcesses()[0].getStreamsProxy().getErrorStreamMonitor().getContents());
        assertEquals(0, second.getProcesses()[0].getExitValue(),
                second.getProcesses()[0].getStreamsProxy().getErrorStreamMonitor().getContents());
        Path experimentRuns = project.getLocation().toFile().toPath().resolve("runs/launch-twice");
        List<Path> folders;
        try (Stream<Path> list = Files.list(experimentRuns)) {
            folders = list.sorted().toList();
        }
        assertEquals(2, folders.size(), folders::toString);
        for (Path folder : folders) {
            Run run = ModelFiles.loadRun(folder.resolve(RunFolder.RUN_FILE));
            assertEquals(RunStatus.COMPLETED, run.getStatus(), folder::toString);
            assertEquals(folder.getFileName().toString(), run.getId());
            assertEquals(1, run.getEpochs().size());
            assertTrue(Files.isRegularFile(folder.resolve(RunFolder.PREDICTIONS_FILE)), folder::toString);
        }
    }

    @Test
    void aCudaLaunchWithoutTheCudaRuntimeEndsWithTheClearErrorAndNoRun() throws Exception {
        IProject project = project("launch-cuda", 1);
        ILaunchConfigurationWorkingCopy configuration = configuration(project);
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND, "cuda");
        configuration.setAttribute(TrainingLaunchAttributes.DEVICE, 1);
        TrainingSession session;
        ILaunch launch;
        try (Sessions sessions = new Sessions()) {
            launch = configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
            session = sessions.of(launch.getProcesses()[0]);
            waitForSession(session);
        }
        IProcess process = launch.getProcesses()[0];
        String errors = process.getStreamsProxy().getErrorStreamMonitor().getContents();
        assertEquals(2, process.getExitValue(), errors);
        assertTrue(errors.contains("CUDA runtime is not installed"), errors);
        assertTrue(process.getAttribute(IProcess.ATTR_CMDLINE).contains("--device 0"),
                "the trainer sees the chosen device as its device 0");
        assertTrue(session.runFolder().isEmpty());
        assertEquals(org.eclipse.core.runtime.IStatus.ERROR, session.job().getResult().getSeverity());
        assertTrue(session.job().getResult().getMessage().contains("did not start (exit code 2)")
                && session.job().getResult().getMessage().contains("CUDA runtime is not installed"),
                session.job().getResult().getMessage());
        assertFalse(project.getFolder("runs").exists(), "no run folder is made");
    }

    @Test
    void aCudaRuntimeFolderWithoutNd4jsCudaBackendIsRefusedByName() throws Exception {
        IProject project = project("launch-cuda-folder", 1);
        Path folder = Files.createDirectories(project.getLocation().toPath().resolve("not-a-cuda-runtime"));
        ILaunchConfigurationWorkingCopy configuration = configuration(project);
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND, "cuda");
        configuration.setAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, folder.toString());
        CoreException error = assertThrows(CoreException.class,
                () -> configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
        assertTrue(error.getMessage().contains(folder + " has no nd4j-cuda-11.6-*.jar")
                && error.getMessage().contains("./confounderlab cuda-runtime"), error.getMessage());

        // A CPU launch does not use the CUDA runtime at all, so the same folder does not stop it.
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND, "cpu");
        ILaunch launch = configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        waitFor(launch.getProcesses()[0], 300);
        assertEquals(0, launch.getProcesses()[0].getExitValue(),
                launch.getProcesses()[0].getStreamsProxy().getErrorStreamMonitor().getContents());
        assertFalse(launch.getProcesses()[0].getAttribute(IProcess.ATTR_CMDLINE).contains(folder.toString()));
    }

    @Test
    void theEnvironmentTabsVariablesAndTheCudaDeviceReachTheTrainer() throws Exception {
        IProject project = project("launch-environment", 1);
        ILaunchConfigurationWorkingCopy configuration = configuration(project);
        configuration.setAttribute(ILaunchManager.ATTR_ENVIRONMENT_VARIABLES, java.util.Map.of("CL_MARK", "on"));
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND, "cuda");
        configuration.setAttribute(TrainingLaunchAttributes.DEVICE, 3);
        List<String> appended = List.of(TrainingLaunchDelegate.environment(configuration));
        assertTrue(appended.contains("CL_MARK=on"), appended::toString);
        assertTrue(appended.contains("CUDA_VISIBLE_DEVICES=3"), appended::toString);
        assertTrue(appended.stream().anyMatch(v -> v.startsWith("PATH=")), "the IDE's environment is kept");
        assertTrue(appended.stream().anyMatch(v -> v.startsWith("GLIBC_TUNABLES="
                + org.confounderlab.launch.engine.EngineProcessBuilder.MALLOC_TUNABLES)), "the engine's malloc tunables");

        configuration.setAttribute(ILaunchManager.ATTR_APPEND_ENVIRONMENT_VARIABLES, false);
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND, "cpu");
        List<String> replaced = List.of(TrainingLaunchDelegate.environment(configuration));
        assertEquals(List.of("CL_MARK=on", "GLIBC_TUNABLES="
                + org.confounderlab.launch.engine.EngineProcessBuilder.MALLOC_TUNABLES), replaced);
    }

    /**
     * The Cluster tab's Slurm choice reaches the engine: its resources are on the trainer's command line, and with no
     * Slurm on the machine (no sbatch on the PATH) the launch ends saying so, with no run trained.
     */
    @Test
    void aSlurmLaunchPassesItsResourcesAndSaysWhenSbatchIsMissing() throws Exception {
        IProject project = project("launch-slurm", 1);
        ILaunchConfigurationWorkingCopy configuration = configuration(project);
        configuration.setAttribute(TrainingLaunchAttributes.EXECUTOR, "slurm");
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_PARTITION, "gpu");
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_GPUS, 1);
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_CPUS, 8);
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_MEMORY, "48G");
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_TIME, "12:00:00");
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_ACCOUNT, "radiology");
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_QOS, "normal");
        configuration.setAttribute(TrainingLaunchAttributes.SLURM_EXTRA, "--constraint=a100 --exclusive");
        configuration.setAttribute(ILaunchManager.ATTR_ENVIRONMENT_VARIABLES, java.util.Map.of("PATH",
                "/nonexistent"));
        ILaunch launch = configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
        IProcess process = launch.getProcesses()[0];
        waitFor(process, 120);
        String commandLine = process.getAttribute(IProcess.ATTR_CMDLINE);
        assertTrue(commandLine.endsWith("--executor slurm --partition gpu --gpus-per-job 1 --cpus-per-job 8 --mem 48G "
                + "--time 12:00:00 --account radiology --qos normal --sbatch-arg --constraint=a100 --sbatch-arg "
                + "--exclusive"), commandLine);
        String errors = process.getStreamsProxy().getErrorStreamMonitor().getContents();
        assertEquals(1, process.getExitValue(), errors);
        assertTrue(errors.contains("sbatch could not be started") && errors.contains("login node"), errors);
        java.nio.file.Path runs = project.getLocation().toFile().toPath().resolve("runs/launch-slurm");
        try (var folders = java.nio.file.Files.list(runs)) {
            java.util.List<java.nio.file.Path> made = folders.toList();
            assertEquals(1, made.size(), made.toString());
            Run queued = ModelFiles.loadRun(made.get(0).resolve(org.confounderlab.engine.run.RunFolder.RUN_FILE));
            assertEquals(org.confounderlab.model.run.RunStatus.FAILED, queued.getStatus(), "never submitted");
            assertTrue(queued.getErrorMessage().startsWith("Not submitted: sbatch could not be started"),
                    queued.getErrorMessage());
            assertEquals(0, queued.getEpochs().size());
        }
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

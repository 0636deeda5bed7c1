package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

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
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.charts.TrainingCurvesChart;
import org.confounderlab.ui.launch.BackendTab;
import org.confounderlab.ui.launch.TrainingShortcut;
import org.confounderlab.ui.launch.TrainingTabGroup;
import org.confounderlab.ui.views.RunView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

/**
 * The training launch in the real workbench: the tabs carry every attribute through their widgets and refuse a
 * missing experiment, the launch dialog shows them (screenshot), and Run As > Confounder Lab Training on an
 * experiment file trains it into the project, with the console showing the engine's output (screenshot).
 */
class TrainingLaunchUiTest {

    private static IFile experiment(String project, int epochs) throws Exception {
        return experiment(project, epochs, 160);
    }

    private static IFile experiment(String project, int epochs, int images) throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject(project);
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        Path folder = p.getLocation().toFile().toPath();
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(32).withCount(images).withSeed(9))
                .generate(folder.resolve("data"));
        Experiment experiment = ExperimentTemplates.newDefault(project, DatasetFormat.SYNTHETIC,
                "data/" + SyntheticGenerator.MANIFEST, List.of(SyntheticGenerator.LABEL));
        experiment.getModel().setArchitecture(Architecture.SMALL_CNN);
        experiment.getModel().setInputSize(32);
        experiment.getTraining().setEpochs(epochs);
        experiment.getSplit().setUseOfficialSplit(false);
        experiment.getDiagnostics().setBootstrapResamples(100);
        ModelFiles.save(experiment, folder.resolve("study.experiment"));
        p.refreshLocal(IResource.DEPTH_INFINITE, null);
        return p.getFile("study.experiment");
    }

    @Test
    void tabsCarryTheAttributesAndRefuseAMissingExperiment() throws Exception {
        IFile file = experiment("launch-tabs", 2);
        ILaunchConfigurationWorkingCopy original = DebugPlugin.getDefault().getLaunchManager()
                .getLaunchConfigurationType(TrainingLaunchAttributes.TYPE).newInstance(null, "tabs");
        original.setAttribute(TrainingLaunchAttributes.EXPERIMENT, file.getFullPath().toString());
        original.setAttribute(TrainingLaunchAttributes.EPOCHS, 7);
        original.setAttribute(TrainingLaunchAttributes.BATCH_SIZE, 24);
        original.setAttribute(TrainingLaunchAttributes.SEED, "5");
        original.setAttribute(TrainingLaunchAttributes.BACKEND, "cpu");
        original.setAttribute(TrainingLaunchAttributes.HEAP, "3g");
        original.setAttribute(TrainingLaunchAttributes.OFF_HEAP, "6g");
        original.setAttribute(TrainingLaunchAttributes.JVM_ARGUMENTS, "-XX:+UseG1GC");
        original.setAttribute(TrainingLaunchAttributes.DEVICE, -1); // what the widgets write for "no device"
        original.setAttribute(TrainingLaunchAttributes.JAVA_HOME, "");
        original.setAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, "");
        original.setAttribute(TrainingLaunchAttributes.CACHE, false); // both away from their defaults
        original.setAttribute(TrainingLaunchAttributes.ON_BAD_IMAGE, "stop");
        original.setAttribute(TrainingLaunchAttributes.EXECUTOR, "slurm");
        original.setAttribute(TrainingLaunchAttributes.SLURM_PARTITION, "gpu");
        original.setAttribute(TrainingLaunchAttributes.SLURM_GPUS, 2);
        original.setAttribute(TrainingLaunchAttributes.SLURM_CPUS, 16);
        original.setAttribute(TrainingLaunchAttributes.SLURM_MEMORY, "64G");
        original.setAttribute(TrainingLaunchAttributes.SLURM_TIME, "1-00:00:00");
        original.setAttribute(TrainingLaunchAttributes.SLURM_ACCOUNT, "radiology");
        original.setAttribute(TrainingLaunchAttributes.SLURM_QOS, "long");
        original.setAttribute(TrainingLaunchAttributes.SLURM_EXTRA, "--constraint=a100");

        Shell shell = new Shell(Display.getCurrent());
        try {
            TrainingTabGroup group = new TrainingTabGroup();
            group.createTabs(null, ILaunchManager.RUN_MODE);
            assertEquals(List.of("Experiment", "Backend", "Overrides", "Cluster", "JVM", "Environment", "Common"),
                    List.of(group.getTabs()).stream().map(ILaunchConfigurationTab::getName).toList());
            List<ILaunchConfigurationTab> ours = List.of(group.getTabs()).subList(0, 5);
            ILaunchConfigurationWorkingCopy copy = original.copy("tabs-copy");
            for (ILaunchConfigurationTab tab : ours) {
                tab.createControl(shell);
                tab.initializeFrom(original);
                tab.performApply(copy);
                assertTrue(tab.isValid(copy), tab.getName() + ": " + tab.getErrorMessage());
            }
            assertEquals(original.getAttributes(), copy.getAttributes(), "every attribute survives the widgets");

            ILaunchConfigurationWorkingCopy missing = original.copy("missing");
            missing.setAttribute(TrainingLaunchAttributes.EXPERIMENT, "/launch-tabs/absent.experiment");
            ILaunchConfigurationTab experimentTab = ours.get(0);
            experimentTab.initializeFrom(missing);
            assertFalse(experimentTab.isValid(missing));
            assertTrue(experimentTab.getErrorMessage().contains("/launch-tabs/absent.experiment does not exist"),
                    experimentTab.getErrorMessage());

            // Without the CUDA runtime CUDA is greyed out, and the tab says how to get it; a folder without ND4J's
            // CUDA backend is named as such.
            BackendTab backendTab = (BackendTab) ours.get(1);
            Button cudaButton = Workbench.findButton(backendTab.getControl(), "NVIDIA GPU (CUDA)");
            assertFalse(cudaButton.getEnabled());
            assertTrue(labelTexts(backendTab.getControl()).contains("./confounderlab cuda-runtime"),
                    labelTexts(backendTab.getControl()));
            Path emptyFolder = java.nio.file.Files.createTempDirectory("no-cuda");
            ILaunchConfigurationWorkingCopy noCuda = original.copy("no-cuda");
            noCuda.setAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, emptyFolder.toString());
            backendTab.initializeFrom(noCuda);
            assertFalse(cudaButton.getEnabled());
            assertTrue(labelTexts(backendTab.getControl()).contains(emptyFolder + " has no nd4j-cuda-11.6-*.jar"),
                    labelTexts(backendTab.getControl()));

            // With a CUDA runtime folder: the GPU (a stub nvidia-smi, see pom.xml) against its architectures.
            Path fakeRuntime = java.nio.file.Files.createTempDirectory("cuda-runtime");
            java.nio.file.Files.createFile(fakeRuntime.resolve("nd4j-cuda-11.6-1.0.0-M2.1-linux-x86_64.jar"));
            new org.confounderlab.engine.cuda.CudaArchitectures(new java.util.TreeSet<>(List.of(37, 50, 60, 61, 70,
                    75, 80, 86)), new java.util.TreeSet<>()).write(fakeRuntime);
            Path gpuFile = Path.of(System.getenv("CONFOUNDERLAB_TEST_GPU_FILE"));
            java.nio.file.Files.writeString(gpuFile, "NVIDIA H200, 9.0\n");
            ILaunchConfigurationWorkingCopy hopper = original.copy("hopper");
            hopper.setAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, fakeRuntime.toString());
            hopper.setAttribute(TrainingLaunchAttributes.BACKEND, "cuda");
            hopper.setAttribute(TrainingLaunchAttributes.DEVICE, 0);
            backendTab.initializeFrom(hopper);
            Workbench.waitForJobs(BackendTab.GPU_CHECK_FAMILY);
            Workbench.processEvents();
            assertTrue(cudaButton.getEnabled());
            assertTrue(backendTab.getGpuText().startsWith("GPU 0, NVIDIA H200, has compute capability 9.0, and the "
                    + "CUDA runtime in " + fakeRuntime + " has no code for it: it carries compute capability 3.7 to "
                    + "8.6"), backendTab.getGpuText());
            assertFalse(backendTab.isValid(hopper));
            assertEquals(backendTab.getGpuText(), backendTab.getErrorMessage());
            Shell alone = new Shell(Display.getCurrent());
            try {
                alone.setText("Backend");
                alone.setLayout(new org.eclipse.swt.layout.FillLayout());
                BackendTab shown = new BackendTab();
                shown.createControl(alone);
                shown.initializeFrom(hopper);
                alone.setSize(760, 380);
                alone.open();
                Workbench.waitForJobs(BackendTab.GPU_CHECK_FAMILY);
                Workbench.processEvents();
                alone.layout(true, true);
                Workbench.processEvents();
                Workbench.screenshot(alone, "launch-backend-tab-h200");
            } finally {
                alone.dispose();
            }
            java.nio.file.Files.writeString(gpuFile, "NVIDIA GeForce RTX 3090, 8.6\n");
            backendTab.initializeFrom(hopper);
            Workbench.waitForJobs(BackendTab.GPU_CHECK_FAMILY);
            Workbench.processEvents();
            assertTrue(backendTab.getGpuText().startsWith("NVIDIA GeForce RTX 3090 (GPU 0, compute capability 8.6): "
                    + "supported by this CUDA runtime"), backendTab.getGpuText());
            assertTrue(backendTab.isValid(hopper), backendTab.getErrorMessage());
            java.nio.file.Files.delete(gpuFile);

            ILaunchConfigurationWorkingCopy badSeed = original.copy("bad-seed");
            badSeed.setAttribute(TrainingLaunchAttributes.SEED, "-1");
            ILaunchConfigurationTab overridesTab = ours.get(2);
            overridesTab.initializeFrom(badSeed);
            assertFalse(overridesTab.isValid(badSeed));
            assertTrue(overridesTab.getErrorMessage().contains("seed must be a whole number"),
                    overridesTab.getErrorMessage());
        } finally {
            shell.dispose();
        }
    }

    /** A launch still training, and the Run view showing its run. */
    private record LiveLaunch(ILaunch launch, RunView runView) {
    }

    /**
     * Launches a 200-epoch experiment in {@code project} with Run As and waits until the Run view shows the launch's
     * own run with at least one epoch, while it is still training (to be {@code killedOrTerminated} next).
     */
    private static LiveLaunch launchAndWaitForItsFirstEpoch(String project, String killedOrTerminated)
            throws Exception {
        Workbench.fillScreen();
        IFile file = experiment(project, 200, 400);
        TrainingShortcut.launch(file, ILaunchManager.RUN_MODE);
        ILaunchConfiguration configuration = TrainingShortcut.configurationFor(file);
        Display display = Display.getCurrent();
        ILaunch launch = null;
        RunView runView = null;
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            for (ILaunch candidate : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (configuration.equals(candidate.getLaunchConfiguration()) && !candidate.isTerminated()) {
                    launch = candidate;
                }
            }
            while (display.readAndDispatch()) {
                // let the launch and the view run
            }
            runView = (RunView) Workbench.page().findView(RunView.ID);
            if (launch != null && runView != null && showsItsOwnRun(runView, project)
                    && runView.getCurves().values(TrainingCurvesChart.TRAIN_LOSS).length >= 1) {
                break;
            }
            Thread.sleep(20);
        }
        assertNotNull(launch, "the launch did not start");
        assertNotNull(runView);
        assertFalse(launch.isTerminated(), "training ended before it could be " + killedOrTerminated);
        return new LiveLaunch(launch, runView);
    }

    /** Whether the Run view shows, loaded, the run of this project's launch (not the one it showed before). */
    private static boolean showsItsOwnRun(RunView view, String project) {
        Run run = view.getRun();
        return run != null && view.getRunFile().isPresent() && view.getRunFile().get().toString().contains(project)
                && view.getRunFile().get().getParent().getFileName().toString().equals(run.getId());
    }

    private static String labelTexts(org.eclipse.swt.widgets.Control control) {
        StringBuilder texts = new StringBuilder();
        if (control instanceof org.eclipse.swt.widgets.Label label) {
            texts.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                texts.append(labelTexts(child));
            }
        }
        return texts.toString();
    }

    @Test
    void theLaunchDialogShowsTheTrainingTabs() throws Exception {
        IFile file = experiment("launch-dialog", 2);
        ILaunchConfiguration configuration = TrainingShortcut.configurationFor(file);
        Display display = Display.getCurrent();
        String[] title = new String[1];
        boolean[] backendShown = {false};
        boolean[] overridesShown = {false};
        // The dialog blocks: a timer inside its event loop takes the screenshot and closes it.
        display.timerExec(2500, () -> {
            Shell dialog = display.getActiveShell();
            try {
                title[0] = dialog.getText();
                Workbench.screenshot(dialog, "launch-dialog");
                org.eclipse.swt.custom.CTabFolder tabs = Workbench.find(dialog, org.eclipse.swt.custom.CTabFolder.class,
                        any -> true);
                if (tabs != null) {
                    tabs.setSelection(1); // Backend: CUDA greyed out, with the reason
                    org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
                    event.item = tabs.getItem(1);
                    tabs.notifyListeners(org.eclipse.swt.SWT.Selection, event);
                    Workbench.screenshot(dialog, "launch-dialog-backend");
                    backendShown[0] = labelTexts(dialog).contains("./confounderlab cuda-runtime");
                    tabs.setSelection(2); // Overrides: with the cache switch and the bad-image policy
                    event.item = tabs.getItem(2);
                    tabs.notifyListeners(org.eclipse.swt.SWT.Selection, event);
                    Workbench.screenshot(dialog, "launch-dialog-overrides");
                    org.eclipse.swt.widgets.Button cache = Workbench.find(dialog, org.eclipse.swt.widgets.Button.class,
                            b -> b.getText().startsWith("Read images through the preprocessed cache"));
                    overridesShown[0] = labelTexts(dialog).contains("Unreadable images:") && cache != null
                            && cache.getSelection();
                }
            } catch (Exception e) {
                title[0] = "screenshot failed: " + e;
            }
            dialog.close();
        });
        DebugUITools.openLaunchConfigurationDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                configuration, IDebugUIConstants.ID_RUN_LAUNCH_GROUP, null);
        assertNotNull(title[0]);
        assertTrue(title[0].contains("Configuration"), title[0]);
        assertTrue(backendShown[0], "the Backend tab says how to install the CUDA runtime");
        assertTrue(overridesShown[0], "the Overrides tab offers the bad-image policy, with the cache on by default");
    }

    @Test
    void runAsTrainsTheExperimentWithLiveCurvesInTheRunViewAndTheOutputInTheConsole() throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        Workbench.fillScreen();
        int epochs = 10;
        IFile file = experiment("launch-shortcut", epochs, 900);
        TrainingShortcut.launch(file, ILaunchManager.RUN_MODE);
        ILaunchConfiguration configuration = TrainingShortcut.configurationFor(file);
        Display display = Display.getCurrent();
        long deadline = System.currentTimeMillis() + 300_000;
        ILaunch launch = null;
        RunView runView = null;
        boolean liveScreenshot = false;
        int livePoints = 0;
        while (System.currentTimeMillis() < deadline && (launch == null || !launch.isTerminated())) {
            for (ILaunch candidate : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (configuration.equals(candidate.getLaunchConfiguration())) {
                    launch = candidate;
                }
            }
            while (display.readAndDispatch()) {
                // let the launch job, the console and the run view run
            }
            if (runView == null) {
                runView = (RunView) Workbench.page().findView(RunView.ID); // opened by the launch itself
            }
            if (!liveScreenshot && runView != null && launch != null && !launch.isTerminated()) {
                int points = runView.getCurves().values(TrainingCurvesChart.TRAIN_LOSS).length;
                if (points >= 2 && points < epochs && runView.getRun().getStatus() == RunStatus.RUNNING) {
                    Workbench.page().showView("org.eclipse.ui.console.ConsoleView", null, IWorkbenchPage.VIEW_VISIBLE);
                    Workbench.screenshot("training-live");
                    liveScreenshot = true;
                    livePoints = points;
                }
            }
            Thread.sleep(20);
        }
        assertNotNull(launch, "Run As started no launch");
        assertTrue(launch.isTerminated(), "training did not end");
        assertEquals(0, launch.getProcesses()[0].getExitValue(),
                launch.getProcesses()[0].getStreamsProxy().getOutputStreamMonitor().getContents()
                        + launch.getProcesses()[0].getStreamsProxy().getErrorStreamMonitor().getContents());
        assertNotNull(runView, "the Run view opened when the training started");
        assertTrue(liveScreenshot, "the Run view showed epochs while the training was still running");
        assertTrue(livePoints >= 2 && livePoints < epochs, "live points " + livePoints);

        // At the end the view shows the completed run: every epoch, the evaluations and the findings.
        long settled = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < settled && (runView.getRun() == null
                || runView.getRun().getStatus() != RunStatus.COMPLETED)) {
            Workbench.waitForJobs(RunView.LOAD_FAMILY);
            Thread.sleep(50);
        }
        Run shown = runView.getRun();
        assertEquals(RunStatus.COMPLETED, shown.getStatus());
        assertEquals(epochs, runView.getCurves().values(TrainingCurvesChart.TRAIN_LOSS).length);
        assertEquals(shown.getEpochs().get(epochs - 1).getValidationLoss(),
                runView.getCurves().values(TrainingCurvesChart.VALIDATION_LOSS)[epochs - 1], 1e-12);
        assertEquals(epochs, runView.getCurves().values(TrainingCurvesChart.AUC_PREFIX + SyntheticGenerator.LABEL)
                .length);
        int evaluations = shown.getEvaluations().stream().mapToInt(e -> e.getLabels().size()).sum();
        assertTrue(evaluations >= 1);
        assertEquals(evaluations, runView.getResultRowCount());
        assertEquals(shown.getFindings().size(), runView.getFindingRowCount());
        Workbench.screenshot("training-finished");

        IFolder runs = file.getProject().getFolder("runs/launch-shortcut");
        long refreshed = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < refreshed && (!runs.exists() || runs.members().length == 0)) {
            Workbench.processEvents();
            Thread.sleep(100);
        }
        assertTrue(runs.exists() && runs.members().length == 1, "the run appears in the workspace");
        IFile runFile = ((IFolder) runs.members()[0]).getFile(RunFolder.RUN_FILE);
        assertEquals(runFile.getLocation().toPath(), runView.getRunFile().orElseThrow());
        Run run = ModelFiles.loadRun(runFile.getLocation().toFile().toPath());
        assertEquals(RunStatus.COMPLETED, run.getStatus());
        assertEquals(epochs, run.getEpochs().size());
    }

    @Test
    void aKilledTrainerShowsItsRunFailedWithTheReasonInTheRunView() throws Exception {
        LiveLaunch live = launchAndWaitForItsFirstEpoch("launch-killed-ui", "killed");
        ILaunch launch = live.launch();
        RunView runView = live.runView();
        long pid = Long.parseLong(launch.getProcesses()[0].getAttribute(
                org.eclipse.debug.core.model.IProcess.ATTR_PROCESS_ID));
        assertEquals(0, new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor());

        long settled = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < settled && (runView.getRun().getStatus() != RunStatus.FAILED)) {
            Workbench.waitForJobs(RunView.LOAD_FAMILY);
            Thread.sleep(50);
        }
        Run shown = runView.getRun();
        assertEquals(RunStatus.FAILED, shown.getStatus());
        assertTrue(shown.getErrorMessage().contains("signal 9"), shown.getErrorMessage());
        Workbench.processEvents();
        assertTrue(runView.getErrorText().contains("signal 9"), "the view shows why: " + runView.getErrorText());
        assertTrue(runView.getCurves().values(TrainingCurvesChart.TRAIN_LOSS).length >= 1,
                "the finished epochs are still drawn");
        Workbench.screenshot("training-killed");
    }

    @Test
    void terminatingALaunchInTheWorkbenchShowsTheRunCancelledWithItsEpochs() throws Exception {
        LiveLaunch live = launchAndWaitForItsFirstEpoch("launch-terminated-ui", "terminated");
        ILaunch launch = live.launch();
        RunView runView = live.runView();
        launch.terminate(); // what the console's and the Debug view's Terminate buttons do

        long settled = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < settled && runView.getRun().getStatus() != RunStatus.CANCELLED) {
            Workbench.waitForJobs(RunView.LOAD_FAMILY);
            Thread.sleep(50);
        }
        Run shown = runView.getRun();
        assertEquals(RunStatus.CANCELLED, shown.getStatus(), shown.getErrorMessage());
        assertTrue(shown.getEpochs().size() >= 1, "the finished epochs are kept");
        Workbench.processEvents();
        assertTrue(runView.getErrorText().contains("Terminated after"), runView.getErrorText());
        Workbench.screenshot("training-terminated");
    }
}

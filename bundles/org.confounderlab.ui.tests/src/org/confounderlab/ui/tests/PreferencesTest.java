package org.confounderlab.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.confounderlab.engine.synthetic.DemoStudy;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.ui.ConfounderLabPerspective;
import org.confounderlab.ui.launch.TrainingShortcut;
import org.confounderlab.ui.preferences.ConfounderLabPreferencePage;
import org.confounderlab.ui.preferences.UiPreferences;
import org.confounderlab.ui.views.RunView;
import org.confounderlab.ui.views.RunsView;
import org.confounderlab.ui.views.SaliencyView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.bindings.TriggerSequence;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Window > Preferences > Confounder Lab, what each preference changes, and the Run As key binding. */
class PreferencesTest {

    @AfterEach
    void restoreDefaults() {
        for (String key : new String[] {UiPreferences.OPEN_RUN_VIEW_ON_TRAINING, UiPreferences.EXPAND_RUNS_UP_TO,
            UiPreferences.SALIENCY_OPACITY, UiPreferences.SALIENCY_BOXES}) {
            UiPreferences.store().setToDefault(key);
        }
    }

    @Test
    void thePreferencePageShowsAndStoresTheSettings() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(Workbench.page().getWorkbenchWindow()
                .getShell(), ConfounderLabPreferencePage.ID, new String[] {ConfounderLabPreferencePage.ID}, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Workbench.processEvents();
            ConfounderLabPreferencePage page = (ConfounderLabPreferencePage) dialog.getSelectedPage();
            Button open = Workbench.findButton(page.getControl(), "&Open the Run view when a training starts");
            assertNotNull(open);
            assertTrue(open.getSelection(), "on by default");
            Workbench.screenshot(dialog.getShell(), "preferences");
            open.setSelection(false);
            open.notifyListeners(SWT.Selection, null);
            assertTrue(page.performOk());
            assertFalse(UiPreferences.openRunViewOnTraining());
        } finally {
            dialog.close();
        }
    }

    @Test
    void theRunViewComesUpOnATrainingOnlyWhenThePreferenceSaysSo() throws Exception {
        PlatformUI.getWorkbench().showPerspective(ConfounderLabPerspective.ID,
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        IFile file = cudaExperimentThatStopsAtOnce();
        // The workbench installs the opener in its early startup, which may not have run yet when this test starts.
        org.confounderlab.ui.views.RunViewOpener.install();
        UiPreferences.store().setValue(UiPreferences.OPEN_RUN_VIEW_ON_TRAINING, false);
        hideRunView();
        launchAndWaitForTheEnd(file);
        assertNull(Workbench.page().findView(RunView.ID), "the preference keeps the Run view closed");

        UiPreferences.store().setValue(UiPreferences.OPEN_RUN_VIEW_ON_TRAINING, true);
        launchAndWaitForTheEnd(file);
        assertNotNull(Workbench.page().findView(RunView.ID), "by default a training brings the Run view up");
    }

    @Test
    void theRunsViewExpandsItsExperimentsOnlyUpToThePreferredNumberOfRuns() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("preferences-runs");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        RunFixtures.write(project, RunFixtures.run("expand-a", "20261201-090000", 1, 32, 3, 0.80, 0.70));
        RunFixtures.write(project, RunFixtures.run("expand-b", "20261201-100000", 1, 32, 3, 0.84, 0.72));
        project.refreshLocal(IResource.DEPTH_INFINITE, null);

        UiPreferences.store().setValue(UiPreferences.EXPAND_RUNS_UP_TO, 0);
        assertTrue(expandedGroups(freshRunsView()).isEmpty(), "with 0 no experiment opens by itself");
        UiPreferences.store().setValue(UiPreferences.EXPAND_RUNS_UP_TO, 100_000);
        assertTrue(expandedGroups(freshRunsView()).containsAll(java.util.List.of("expand-a", "expand-b")));
    }

    private static RunsView freshRunsView() throws Exception {
        IViewPart old = Workbench.page().findView(RunsView.ID);
        if (old != null) {
            Workbench.page().hideView(old);
        }
        RunsView view = (RunsView) Workbench.page().showView(RunsView.ID);
        view.refresh();
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && view.getTree().getItemCount() == 0) {
            Workbench.waitForJobs(RunsView.REFRESH_FAMILY);
            Workbench.processEvents();
            Thread.sleep(20);
        }
        Workbench.processEvents();
        return view;
    }

    private static java.util.List<String> expandedGroups(RunsView view) {
        return Arrays.stream(view.getTree().getItems()).filter(org.eclipse.swt.widgets.TreeItem::getExpanded)
                .map(item -> item.getText(0).replaceFirst(" \\(\\d+\\)$", "")).toList();
    }

    @Test
    void theSaliencyViewerOpensWithThePreferredOpacityAndBoxes() throws Exception {
        UiPreferences.store().setValue(UiPreferences.SALIENCY_OPACITY, 35);
        UiPreferences.store().setValue(UiPreferences.SALIENCY_BOXES, false);
        IViewPart old = Workbench.page().findView(SaliencyView.ID);
        if (old != null) {
            Workbench.page().hideView(old);
        }
        SaliencyView view = (SaliencyView) Workbench.page().showView(SaliencyView.ID);
        Workbench.processEvents();
        assertEquals(35, view.getOpacity());
        assertFalse(view.isBoxes());
        Workbench.page().hideView(view);
    }

    @Test
    void altShiftXCRunsTheSelectedExperiment() {
        IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
        TriggerSequence[] keys = bindings.getActiveBindingsFor("org.confounderlab.ui.launch.trainingShortcut.run");
        assertTrue(Arrays.asList(keys).contains(KeySequence.getInstance(new KeyStroke[] {
            KeyStroke.getInstance(SWT.ALT | SWT.SHIFT, 'X'), KeyStroke.getInstance(0, 'C')})), Arrays.toString(keys));
    }

    /** An experiment on CUDA, which this machine lacks: its trainer starts and exits at once with a clear error. */
    private static IFile cudaExperimentThatStopsAtOnce() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("preferences-cuda");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        Path folder = project.getLocation().toPath();
        DemoStudy.write(folder, 40, 1);
        Path file = folder.resolve(DemoStudy.EXPERIMENT_FILE);
        Experiment experiment = ModelFiles.loadExperiment(file);
        if (experiment.getBackend() == null) {
            experiment.setBackend(org.confounderlab.model.experiment.ExperimentFactory.eINSTANCE.createBackendSpec());
        }
        experiment.getBackend().setKind(BackendKind.CUDA);
        ModelFiles.save(experiment, file);
        project.refreshLocal(IResource.DEPTH_INFINITE, null);
        return project.getFile(DemoStudy.EXPERIMENT_FILE);
    }

    private static void hideRunView() {
        IViewPart view = Workbench.page().findView(RunView.ID);
        if (view != null) {
            Workbench.page().hideView(view);
        }
        Workbench.processEvents();
    }

    private static void launchAndWaitForTheEnd(IFile file) throws Exception {
        // The new launch by identity: the launch manager may drop terminated launches when a new one starts, so
        // counting them would miss it.
        java.util.Set<ILaunch> before = new java.util.HashSet<>(
                Arrays.asList(DebugPlugin.getDefault().getLaunchManager().getLaunches()));
        TrainingShortcut.launch(file, ILaunchManager.RUN_MODE);
        ILaunchConfiguration configuration = TrainingShortcut.configurationFor(file);
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            Workbench.processEvents();
            if (Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches())
                    .filter(l -> !before.contains(l) && configuration.equals(l.getLaunchConfiguration()))
                    .anyMatch(ILaunch::isTerminated)) {
                break;
            }
            Thread.sleep(20);
        }
        // The opener works through the UI thread's queue: let it run.
        for (int i = 0; i < 20; i++) {
            Workbench.processEvents();
            Thread.sleep(20);
        }
    }
}

package org.confounderlab.ui.views;

import org.confounderlab.launch.training.TrainingSession;
import org.confounderlab.launch.training.TrainingSessions;
import org.confounderlab.ui.preferences.UiPreferences;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Brings up the Run view when a training launch starts, however it was launched (Run As, the launch dialog, the
 * toolbar's history), so the live curves are there without looking for them, unless the user's preferences say not
 * to. Installed at workbench start-up.
 */
public final class RunViewOpener implements TrainingSessions.Listener {

    private static final RunViewOpener INSTANCE = new RunViewOpener();

    private RunViewOpener() {
    }

    /** Starts opening the Run view for new training launches (once; later calls do nothing). */
    public static void install() {
        TrainingSessions.removeListener(INSTANCE);
        TrainingSessions.addListener(INSTANCE);
    }

    @Override
    public void started(TrainingSession session) {
        if (!PlatformUI.isWorkbenchRunning() || !UiPreferences.openRunViewOnTraining()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
                window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            }
            IWorkbenchPage page = window == null ? null : window.getActivePage();
            if (page != null) {
                try {
                    page.showView(RunView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
                } catch (PartInitException e) {
                    org.eclipse.core.runtime.ILog.of(RunViewOpener.class).error("Cannot open the Run view", e);
                }
            }
        });
    }
}

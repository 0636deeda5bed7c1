package org.confounderlab.ui;

import org.confounderlab.core.markers.FindingMarkerUpdater;
import org.confounderlab.ui.views.RunViewOpener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IStartup;

/** What starts with the workbench: the Run view follows new training launches, findings become markers. */
public final class ConfounderLabStartup implements IStartup {

    @Override
    public void earlyStartup() {
        RunViewOpener.install();
        FindingMarkerUpdater.install(ResourcesPlugin.getWorkspace());
    }
}

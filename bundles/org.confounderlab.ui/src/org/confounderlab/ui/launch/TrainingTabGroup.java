package org.confounderlab.ui.launch;

import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.EnvironmentTab;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.ui.ILaunchConfigurationTab;

/** The tabs of a Confounder Lab Training launch configuration: Experiment, Backend, Overrides, Cluster, JVM, Environment, Common. */
public final class TrainingTabGroup extends AbstractLaunchConfigurationTabGroup {

    @Override
    public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
        setTabs(new ILaunchConfigurationTab[] {new ExperimentTab(), new BackendTab(), new OverridesTab(),
                new ClusterTab(), new JvmTab(), new EnvironmentTab(), new CommonTab()});
    }
}

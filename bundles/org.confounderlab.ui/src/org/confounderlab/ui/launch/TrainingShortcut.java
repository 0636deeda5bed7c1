package org.confounderlab.ui.launch;

import org.confounderlab.launch.training.TrainingLaunchAttributes;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;

/** Run As > Confounder Lab Training on an {@code .experiment} file: reuses its configuration or makes one. */
public final class TrainingShortcut implements ILaunchShortcut {

    @Override
    public void launch(ISelection selection, String mode) {
        if (selection instanceof IStructuredSelection structured
                && Adapters.adapt(structured.getFirstElement(), IFile.class) instanceof IFile file) {
            launch(file, mode);
        }
    }

    @Override
    public void launch(IEditorPart editor, String mode) {
        IFile file = Adapters.adapt(editor.getEditorInput(), IFile.class);
        if (file != null) {
            launch(file, mode);
        }
    }

    /** Launches the experiment {@code file}. */
    public static void launch(IFile file, String mode) {
        try {
            DebugUITools.launch(configurationFor(file), mode);
        } catch (CoreException e) {
            DebugPlugin.log(e);
        }
    }

    /** The existing configuration that trains {@code file}, or a new, saved one with the defaults. */
    public static ILaunchConfiguration configurationFor(IFile file) throws CoreException {
        ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = manager.getLaunchConfigurationType(TrainingLaunchAttributes.TYPE);
        String path = file.getFullPath().toString();
        for (ILaunchConfiguration configuration : manager.getLaunchConfigurations(type)) {
            if (path.equals(configuration.getAttribute(TrainingLaunchAttributes.EXPERIMENT, ""))) {
                return configuration;
            }
        }
        String name = manager.generateLaunchConfigurationName(file.getProject().getName() + " "
                + file.getFullPath().removeFileExtension().lastSegment());
        ILaunchConfigurationWorkingCopy copy = type.newInstance(null, name);
        copy.setAttribute(TrainingLaunchAttributes.EXPERIMENT, path);
        copy.setAttribute(TrainingLaunchAttributes.HEAP, TrainingLaunchAttributes.DEFAULT_HEAP);
        copy.setMappedResources(new org.eclipse.core.resources.IResource[] {file});
        return copy.doSave();
    }
}

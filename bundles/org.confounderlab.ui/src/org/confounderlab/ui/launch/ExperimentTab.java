package org.confounderlab.ui.launch;

import org.confounderlab.launch.training.TrainingLaunchAttributes;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.validation.ExperimentValidation;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Which experiment to train: a workspace file, validated as it is typed. */
public final class ExperimentTab extends AbstractLaunchConfigurationTab {

    private Text experiment;

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        new Label(composite, SWT.NONE).setText("Experiment file (workspace path):");
        experiment = new Text(composite, SWT.BORDER);
        experiment.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        experiment.setToolTipText("The .experiment file to train, e.g. /study/demo.experiment");
        experiment.addModifyListener(e -> updateLaunchConfigurationDialog());
        setControl(composite);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        // the experiment is set by the shortcut, or typed
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            experiment.setText(configuration.getAttribute(TrainingLaunchAttributes.EXPERIMENT, ""));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.EXPERIMENT, experiment.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(problem(experiment.getText().strip()));
        return getErrorMessage() == null;
    }

    /** What is wrong with the experiment at {@code path}, or {@code null}. */
    static String problem(String path) {
        if (path.isEmpty()) {
            return "Name the experiment file to train";
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file) || file.getLocation() == null) {
            return path + " does not exist in the workspace";
        }
        try {
            Experiment loaded = ModelFiles.loadExperiment(file.getLocation().toFile().toPath());
            Diagnostic diagnostic = ExperimentValidation.validate(loaded);
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                return path + ": " + diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                        .findFirst().map(Diagnostic::getMessage).orElse(diagnostic.getMessage());
            }
            return null;
        } catch (ModelLoadException e) {
            return e.getMessage();
        }
    }

    @Override
    public String getName() {
        return "Experiment";
    }
}

package org.confounderlab.ui.launch;

import java.io.IOException;
import java.nio.file.Path;

import org.confounderlab.launch.engine.EngineClasspath;
import org.confounderlab.launch.training.TrainingLaunchAttributes;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

/** CPU, or CUDA on a device; CUDA is greyed out, with the reason, when its runtime is not installed. */
public final class BackendTab extends AbstractLaunchConfigurationTab {

    private Button experimentDefault;
    private Button cpu;
    private Button cuda;
    private Spinner device;

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(2, false));
        experimentDefault = radio(composite, "As the experiment says");
        cpu = radio(composite, "CPU (ND4J native, oneDNN)");
        cuda = radio(composite, "NVIDIA GPU (CUDA)");
        new Label(composite, SWT.NONE).setText("CUDA device:");
        device = new Spinner(composite, SWT.BORDER);
        device.setValues(0, 0, 64, 0, 1, 1);
        device.addModifyListener(e -> updateLaunchConfigurationDialog());
        String missing = cudaMissing();
        if (missing != null) {
            cuda.setEnabled(false);
            device.setEnabled(false);
            Label reason = new Label(composite, SWT.WRAP);
            reason.setText(missing);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
            data.widthHint = 420;
            reason.setLayoutData(data);
        }
        setControl(composite);
    }

    private Button radio(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        button.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        return button;
    }

    /** Why CUDA cannot be chosen here, or {@code null} when the engine's class path has ND4J's CUDA backend. */
    static String cudaMissing() {
        try {
            for (Path entry : EngineClasspath.resolve()) {
                if (entry.getFileName().toString().startsWith("nd4j-cuda-")) {
                    return null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return "The engine's libraries could not be listed: " + e.getMessage();
        }
        return "The CUDA runtime is not installed in this IDE: the engine has no nd4j-cuda-11.6 (about 2.4 GB with "
                + "its CUDA 11.6 redistributable). Install it, or train on the CPU.";
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND, "");
        configuration.setAttribute(TrainingLaunchAttributes.DEVICE, -1);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            String backend = configuration.getAttribute(TrainingLaunchAttributes.BACKEND, "");
            experimentDefault.setSelection(backend.isEmpty());
            cpu.setSelection(backend.equals("cpu"));
            cuda.setSelection(backend.equals("cuda"));
            device.setSelection(Math.max(0, configuration.getAttribute(TrainingLaunchAttributes.DEVICE, -1)));
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND,
                cpu.getSelection() ? "cpu" : cuda.getSelection() ? "cuda" : "");
        configuration.setAttribute(TrainingLaunchAttributes.DEVICE, cuda.getSelection() ? device.getSelection() : -1);
    }

    @Override
    public String getName() {
        return "Backend";
    }
}

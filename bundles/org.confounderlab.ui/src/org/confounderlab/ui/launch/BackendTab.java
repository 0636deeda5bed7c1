package org.confounderlab.ui.launch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.confounderlab.launch.engine.CudaRuntimeFolder;
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
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * CPU, or CUDA on a device. CUDA needs the optional CUDA runtime (a folder of jars from
 * {@code ./confounderlab cuda-runtime}); while there is none, CUDA is greyed out and the tab says why and how to get it.
 */
public final class BackendTab extends AbstractLaunchConfigurationTab {

    private Button experimentDefault;
    private Button cpu;
    private Button cuda;
    private Spinner device;
    private Text runtimeFolder;
    private Label reason;
    private Label gpu;
    private volatile String gpuRefusal;
    private org.eclipse.core.runtime.jobs.Job gpuJob;

    /** The family of the background job that checks the GPU against the CUDA runtime. */
    public static final Object GPU_CHECK_FAMILY = new Object();

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        composite.setLayout(new GridLayout(3, false));
        experimentDefault = radio(composite, "As the experiment says");
        cpu = radio(composite, "CPU (ND4J native, oneDNN)");
        cuda = radio(composite, "NVIDIA GPU (CUDA)");
        new Label(composite, SWT.NONE).setText("CUDA device:");
        device = new Spinner(composite, SWT.BORDER);
        device.setValues(0, 0, 64, 0, 1, 1);
        device.setToolTipText("The machine's device index, as nvidia-smi numbers it; the trainer sees only this one");
        device.addModifyListener(e -> {
            checkGpu();
            updateLaunchConfigurationDialog();
        });
        device.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        new Label(composite, SWT.NONE).setText("CUDA runtime folder:");
        runtimeFolder = new Text(composite, SWT.BORDER);
        runtimeFolder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        runtimeFolder.setToolTipText("The jars of ND4J's CUDA 11.6 backend, as ./confounderlab cuda-runtime FOLDER "
                + "writes them, to train; or ONNX Runtime's GPU build (./confounderlab onnxruntime-gpu FOLDER), to "
                + "audit an ONNX model, also on GPUs of compute capability 9.0 and newer; used by CUDA launches only");
        runtimeFolder.setMessage(CudaRuntimeFolder.DEFAULT_FOLDER.toString());
        runtimeFolder.addModifyListener(e -> {
            updateCudaAvailability();
            updateLaunchConfigurationDialog();
        });
        Button browse = new Button(composite, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(composite.getShell());
            dialog.setText("CUDA runtime folder");
            String chosen = dialog.open();
            if (chosen != null) {
                runtimeFolder.setText(chosen);
            }
        });
        reason = new Label(composite, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        data.widthHint = 460;
        reason.setLayoutData(data);
        gpu = new Label(composite, SWT.WRAP);
        GridData gpuData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        gpuData.widthHint = 460;
        gpu.setLayoutData(gpuData);
        setControl(composite);
        updateCudaAvailability();
    }

    private Button radio(Composite parent, String text) {
        Button button = new Button(parent, SWT.RADIO);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 3, 1));
        button.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        return button;
    }

    private void updateCudaAvailability() {
        String missing = cudaMissing(runtimeFolder.getText().strip());
        cuda.setEnabled(missing == null || cuda.getSelection()); // a saved CUDA choice stays visible, and invalid
        device.setEnabled(missing == null);
        reason.setText(missing == null ? "" : missing);
        reason.getParent().layout(true);
        checkGpu();
    }

    /**
     * The GPU of the chosen device against the runtime folder's architectures ({@code cuda-architectures.txt}),
     * in the background: {@code nvidia-smi} may take seconds. The verdict shows under the folder, and a GPU the
     * runtime has no code for makes the tab invalid, as the engine would refuse it before making a run folder.
     */
    private void checkGpu() {
        if (gpu == null || gpu.isDisposed()) {
            return;
        }
        String folder = runtimeFolder.getText().strip();
        if (folder.isEmpty() || CudaRuntimeFolder.problem(Path.of(folder)).isPresent()) {
            gpuRefusal = null;
            gpu.setText("");
            return;
        }
        if (gpuJob != null) {
            gpuJob.cancel();
        }
        String index = String.valueOf(device.getSelection());
        gpu.setText("Checking GPU " + index + " against the CUDA runtime …");
        gpuJob = new org.eclipse.core.runtime.jobs.Job("Checking GPU " + index + " against the CUDA runtime") {
            @Override
            protected org.eclipse.core.runtime.IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                org.confounderlab.engine.cuda.CudaCompatibility check = org.confounderlab.engine.cuda
                        .CudaCompatibility.check(Path.of(folder), index);
                if (monitor.isCanceled()) {
                    return org.eclipse.core.runtime.Status.CANCEL_STATUS;
                }
                gpu.getDisplay().asyncExec(() -> {
                    if (gpu.isDisposed() || !folder.equals(runtimeFolder.getText().strip())
                            || !index.equals(String.valueOf(device.getSelection()))) {
                        return;
                    }
                    gpuRefusal = check.refusal().orElse(null);
                    gpu.setText(check.describe());
                    gpu.getParent().layout(true);
                    updateLaunchConfigurationDialog();
                });
                return org.eclipse.core.runtime.Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == GPU_CHECK_FAMILY;
            }
        };
        gpuJob.setSystem(true);
        gpuJob.schedule();
    }

    /** The GPU check's verdict as shown. */
    public String getGpuText() {
        return gpu.getText();
    }

    /**
     * Why CUDA cannot be chosen, or {@code null} when the engine's own class path has ND4J's CUDA backend or
     * {@code folder} is a CUDA runtime.
     */
    static String cudaMissing(String folder) {
        try {
            for (Path entry : EngineClasspath.resolve()) {
                if (entry.getFileName().toString().startsWith("nd4j-cuda-")) {
                    return null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return "The engine's libraries could not be listed: " + e.getMessage();
        }
        if (folder.isEmpty()) {
            return "The CUDA runtime is not installed: the CPU product has no nd4j-cuda-11.6 (about 2.4 GB with its "
                    + "CUDA 11.6 redistributable). Download it with ./confounderlab cuda-runtime FOLDER and name the "
                    + "folder above, or train on the CPU.";
        }
        Optional<String> problem = CudaRuntimeFolder.problem(Path.of(folder));
        return problem.orElse(null);
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND, "");
        configuration.setAttribute(TrainingLaunchAttributes.DEVICE, -1);
        configuration.setAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, CudaRuntimeFolder.suggested());
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        try {
            String backend = configuration.getAttribute(TrainingLaunchAttributes.BACKEND, "");
            experimentDefault.setSelection(backend.isEmpty());
            cpu.setSelection(backend.equals("cpu"));
            cuda.setSelection(backend.equals("cuda"));
            device.setSelection(Math.max(0, configuration.getAttribute(TrainingLaunchAttributes.DEVICE, -1)));
            runtimeFolder.setText(configuration.getAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, ""));
            updateCudaAvailability();
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(TrainingLaunchAttributes.BACKEND,
                cpu.getSelection() ? "cpu" : cuda.getSelection() ? "cuda" : "");
        configuration.setAttribute(TrainingLaunchAttributes.DEVICE, cuda.getSelection() ? device.getSelection() : -1);
        configuration.setAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, runtimeFolder.getText().strip());
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        String missing = cuda.getSelection() ? cudaMissing(runtimeFolder.getText().strip()) : null;
        if (missing == null && cuda.getSelection()) {
            missing = gpuRefusal;
        }
        setErrorMessage(missing);
        return missing == null;
    }

    @Override
    public String getName() {
        return "Backend";
    }
}

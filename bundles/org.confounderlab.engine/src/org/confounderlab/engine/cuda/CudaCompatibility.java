package org.confounderlab.engine.cuda;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a CUDA runtime can run on a GPU, asked before anything is trained or any run folder is made: the GPU's
 * compute capability ({@link GpuCapability}, from {@code nvidia-smi}) against the architectures the runtime carries
 * code for ({@link CudaArchitectures}, read from its fat binaries when it was installed). Without the check a GPU the
 * runtime has no code for fails at its first kernel with an obscure error; with it the refusal names the GPU, its
 * capability and what the runtime supports.
 *
 * @param gpu       the GPU, when {@code nvidia-smi} told
 * @param supported the runtime's architectures, when its folder says
 * @param refusal   why the runtime cannot run on the GPU; empty when it can or when that is unknown
 * @param note      what could not be checked, and why; empty when the check was made
 */
public record CudaCompatibility(Optional<GpuCapability> gpu, Optional<CudaArchitectures> supported,
        Optional<String> refusal, String note) {

    /** The runtime in {@code runtimeFolder} (its {@value CudaArchitectures#FILE}) on the machine's GPU {@code device}. */
    public static CudaCompatibility check(Path runtimeFolder, String device) {
        Optional<CudaArchitectures> supported;
        try {
            supported = runtimeFolder == null ? Optional.empty() : CudaArchitectures.readFile(runtimeFolder);
        } catch (IOException e) {
            return new CudaCompatibility(Optional.empty(), Optional.empty(), Optional.empty(), e.getMessage());
        }
        GpuCapability.Result gpu = GpuCapability.query(device);
        return of(gpu.gpu(), supported, gpu.unknownBecause(), runtimeFolder);
    }

    /** The verdict for {@code gpu} and {@code supported}. */
    static CudaCompatibility of(Optional<GpuCapability> gpu, Optional<CudaArchitectures> supported,
            String gpuUnknownBecause, Path runtimeFolder) {
        if (gpu.isEmpty()) {
            return new CudaCompatibility(gpu, supported, Optional.empty(), "the GPU's compute capability is unknown: "
                    + gpuUnknownBecause);
        }
        if (supported.isEmpty()) {
            return new CudaCompatibility(gpu, supported, Optional.empty(), "the CUDA runtime"
                    + (runtimeFolder == null ? "" : " in " + runtimeFolder) + " has no " + CudaArchitectures.FILE
                    + " (run ./confounderlab cuda-runtime again to write it), so " + gpu.get().name() + " (compute "
                    + "capability " + gpu.get().capability() + ") was not checked against it");
        }
        GpuCapability device = gpu.get();
        CudaArchitectures code = supported.get();
        if (code.supports(device.major(), device.minor())) {
            return new CudaCompatibility(gpu, supported, Optional.empty(), "");
        }
        return new CudaCompatibility(gpu, supported, Optional.of("GPU " + device.device() + ", " + device.name()
                + ", has compute capability " + device.capability() + ", and the CUDA runtime"
                + (runtimeFolder == null ? "" : " in " + runtimeFolder) + " has no code for it: it carries "
                + code.describe() + ". Train on a GPU it supports (CUDA_VISIBLE_DEVICES or the launch's device), or "
                + "with --backend cpu (experiment backend CPU); an ONNX model can be audited on this GPU with ONNX "
                + "Runtime's GPU build (./confounderlab onnxruntime-gpu)."), "");
    }

    /** One line for a launch tab or a log: the GPU, its capability and the verdict. */
    public String describe() {
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (gpu.isEmpty() || supported.isEmpty()) {
            return "Not checked: " + note + ".";
        }
        return gpu.get().name() + " (GPU " + gpu.get().device() + ", compute capability " + gpu.get().capability()
                + "): supported by this CUDA runtime (" + supported.get().describe() + ").";
    }

    /** The environment variable naming the CUDA runtime folder on the command line. */
    public static final String RUNTIME_FOLDER_VARIABLE = "CONFOUNDERLAB_CUDA_LIB";

    /**
     * The CUDA runtime folder of this engine: the folder of the {@code nd4j-cuda-*} jar on its class path (as a
     * launch with a CUDA runtime folder starts it), else {@value #RUNTIME_FOLDER_VARIABLE}; {@code null} when neither.
     */
    public static Path runtimeFolder() {
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (path.getFileName() != null && path.getFileName().toString().startsWith("nd4j-cuda-")
                    && path.getParent() != null) {
                return path.getParent();
            }
        }
        String variable = System.getenv(RUNTIME_FOLDER_VARIABLE);
        return variable == null || variable.isBlank() ? null : Path.of(variable);
    }

    /**
     * Refuses, before a run folder is made, to train on CUDA device {@code index} (as this process numbers it; with
     * {@code CUDA_VISIBLE_DEVICES} mapped back to the machine's device) when this engine's CUDA runtime has no code
     * for its compute capability; returns the check, whose note says what could not be checked.
     */
    public static CudaCompatibility require(int index)
            throws org.confounderlab.engine.training.BackendUnavailableException {
        String device = org.confounderlab.engine.training.ComputeDevice.physicalDevice(
                System.getenv("CUDA_VISIBLE_DEVICES"), Math.max(0, index));
        CudaCompatibility check = check(runtimeFolder(), device);
        if (check.refusal().isPresent()) {
            throw new org.confounderlab.engine.training.BackendUnavailableException(check.refusal().get());
        }
        return check;
    }
}

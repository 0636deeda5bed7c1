package org.confounderlab.engine.dl4j;

import org.confounderlab.engine.training.BackendUnavailableException;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The CUDA side of ND4J. The CPU product does not carry it (nd4j-cuda-11.6 and its CUDA redistributable are about
 * 2.4 GB); when it is on the engine's class path ND4J prefers it, and this class checks that it did load and that
 * the device asked for exists before training starts.
 */
final class CudaRuntime {

    /** ND4J's CUDA backend class, present only when nd4j-cuda is on the class path. */
    static final String BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

    static final String INSTALL = "Install the Confounder Lab CUDA runtime (nd4j-cuda-11.6 for linux-x86_64 with "
            + "its CUDA 11.6 redistributable: ./confounderlab cuda-runtime FOLDER, then CONFOUNDERLAB_CUDA_LIB=FOLDER or "
            + "the launch's CUDA runtime folder), with an NVIDIA driver for CUDA 11.6 or newer, or train with "
            + "--backend cpu (experiment backend CPU).";

    static final String NO_DRIVER = "The CUDA runtime is on the engine's class path, but ND4J could not start it and "
            + "fell back to the CPU: the NVIDIA driver (libcuda.so.1) is missing or no GPU is visible (check "
            + "nvidia-smi and CUDA_VISIBLE_DEVICES). Train with --backend cpu (experiment backend CPU) meanwhile.";

    private CudaRuntime() {
    }

    /** Makes {@code device} the current CUDA device, or says clearly why it cannot. */
    static void select(int device) throws BackendUnavailableException {
        try {
            Class.forName(BACKEND_CLASS, false, CudaRuntime.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new BackendUnavailableException("CUDA was asked for, but the CUDA runtime is not installed: the "
                    + "engine's class path has no ND4J CUDA backend (" + BACKEND_CLASS + "). " + INSTALL);
        }
        String loaded;
        try {
            loaded = Nd4j.getBackend().getClass().getName();
        } catch (RuntimeException | LinkageError e) {
            throw new BackendUnavailableException(NO_DRIVER + " (" + e.getMessage() + ")", e);
        }
        if (!loaded.equals(BACKEND_CLASS)) {
            throw new BackendUnavailableException("CUDA was asked for, but ND4J started " + loaded + ". " + NO_DRIVER);
        }
        int devices = Nd4j.getAffinityManager().getNumberOfDevices();
        if (device < 0 || device >= devices) {
            throw new BackendUnavailableException("CUDA device " + device + " does not exist: this machine has "
                    + devices + " CUDA device(s), numbered from 0");
        }
        Nd4j.getAffinityManager().unsafeSetDevice(device);
    }
}

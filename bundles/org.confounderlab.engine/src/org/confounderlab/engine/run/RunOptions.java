package org.confounderlab.engine.run;

import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Experiment;

/**
 * What the command line (or a launch configuration) changes about how an experiment runs.
 *
 * @param epochs  epochs to train when positive, else the experiment's
 * @param backend compute backend, or {@code null} for the experiment's (CPU when it names none)
 * @param device  CUDA device index, or negative for the experiment's
 */
public record RunOptions(int epochs, BackendKind backend, int device) {

    /** The experiment as it is. */
    public static final RunOptions NONE = new RunOptions(0, null, -1);

    /** Only the number of epochs changed (0: the experiment's). */
    public static RunOptions epochs(int epochs) {
        return new RunOptions(epochs, null, -1);
    }

    /** The backend to train on: this option's, else the experiment's, else the CPU. */
    public BackendKind backendFor(Experiment experiment) {
        return backend != null ? backend
                : experiment.getBackend() != null ? experiment.getBackend().getKind() : BackendKind.CPU;
    }

    /** The CUDA device: this option's, else the experiment's, else 0. */
    public int deviceFor(Experiment experiment) {
        return device >= 0 ? device : experiment.getBackend() != null ? experiment.getBackend().getDeviceIndex() : 0;
    }
}

package org.confounderlab.engine.run;

import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.TrainingSpec;

/**
 * What the command line (or a launch configuration) changes about how an experiment runs. A new run records the
 * changed values in its copy of the experiment, so the run says what it was trained with.
 *
 * @param epochs    epochs to train when not negative (0 evaluates the initial weights untrained), else the
 *                  experiment's
 * @param backend   compute backend, or {@code null} for the experiment's (CPU when it names none)
 * @param device    CUDA device index, or negative for the experiment's
 * @param batchSize images per training step when positive, else the experiment's
 * @param seed      training seed (initial weights and the order of each epoch) when non-negative, else the
 *                  experiment's; the split's seed stays, so runs that differ by this seed share their test images
 */
public record RunOptions(int epochs, BackendKind backend, int device, int batchSize, long seed) {

    /** The experiment as it is. */
    public static final RunOptions NONE = new RunOptions(-1, null, -1, 0, -1);

    /** Only the number of epochs changed. */
    public static RunOptions epochs(int epochs) {
        return new RunOptions(epochs, null, -1, 0, -1);
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

    /** Whether the batch size or the seed is changed (which a resumed run cannot do). */
    public boolean changesTrainingOrder() {
        return batchSize > 0 || seed >= 0;
    }

    /** Writes the changed epochs, batch size and seed into {@code experiment} (a run's copy). */
    public void applyTo(Experiment experiment) {
        TrainingSpec training = experiment.getTraining();
        if (epochs >= 0) {
            training.setEpochs(epochs);
        }
        if (batchSize > 0) {
            training.setBatchSize(batchSize);
        }
        if (seed >= 0) {
            training.setSeed(seed);
        }
    }
}

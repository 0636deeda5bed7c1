package org.confounderlab.engine.training;

import java.util.ServiceLoader;

/** Finds the training backend on the class path. */
public final class TrainingBackends {

    private TrainingBackends() {
    }

    /** The first backend found; a clear error when none is installed. */
    public static TrainingBackend find() throws TrainingException {
        for (TrainingBackend backend : ServiceLoader.load(TrainingBackend.class)) {
            return backend;
        }
        throw new TrainingException("No training backend is on the engine's class path: the Deeplearning4j "
                + "libraries (bundle org.confounderlab.engine.dl4j.lib) are missing from this installation");
    }
}

package org.confounderlab.engine.training;

/** The compute backend asked for (CUDA, a device index) is not installed or not present on this machine. */
public class BackendUnavailableException extends TrainingException {

    private static final long serialVersionUID = 1L;

    public BackendUnavailableException(String message) {
        super(message);
    }

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

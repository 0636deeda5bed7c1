package org.confounderlab.engine.training;

/** Training could not start or did not finish; the message says why in a user's words. */
public class TrainingException extends Exception {

    private static final long serialVersionUID = 1L;

    public TrainingException(String message) {
        super(message);
    }

    public TrainingException(String message, Throwable cause) {
        super(message, cause);
    }
}

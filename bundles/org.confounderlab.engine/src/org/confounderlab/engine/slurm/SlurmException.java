package org.confounderlab.engine.slurm;

/** A Slurm command that could not be run or that refused: the message says which, with Slurm's own words. */
public final class SlurmException extends Exception {

    private static final long serialVersionUID = 1L;

    public SlurmException(String message) {
        super(message);
    }

    public SlurmException(String message, Throwable cause) {
        super(message, cause);
    }
}

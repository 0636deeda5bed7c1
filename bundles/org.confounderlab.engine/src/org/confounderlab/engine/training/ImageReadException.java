package org.confounderlab.engine.training;

import org.confounderlab.engine.data.DataProblem;

/** An image of an {@link ImageSource} could not be read while a batch was made; names the file and why. */
public final class ImageReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient DataProblem problem;

    public ImageReadException(DataProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** The file and the reason. */
    public DataProblem problem() {
        return problem;
    }
}

package org.confounderlab.engine.data.importers;

import org.confounderlab.engine.data.DataProblem;

/** Thrown while reading one row to abandon it; the row loop hands the problem to the {@link ProblemLog}. */
final class RowProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient DataProblem problem;

    RowProblem(DataProblem problem) {
        super(problem.toString(), null, false, false); // no stack trace: it is control flow, not a failure
        this.problem = problem;
    }

    DataProblem problem() {
        return problem;
    }
}

package org.confounderlab.engine.data;

import java.util.List;

/** A data set could not be read (or a problem was met under {@link ProblemPolicy#STOP}); names the problems. */
public class DataSetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<DataProblem> problems;

    public DataSetException(List<DataProblem> problems) {
        super(problems.isEmpty() ? "data set could not be read" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    public DataSetException(DataProblem problem) {
        this(List.of(problem));
    }

    public List<DataProblem> getProblems() {
        return problems;
    }
}

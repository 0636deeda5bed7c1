package org.confounderlab.engine.data.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.data.DataProblem;
import org.confounderlab.engine.data.DataSetException;
import org.confounderlab.engine.data.ImportOptions;
import org.confounderlab.engine.data.ProblemPolicy;

/** Collects the problems of one import: under SKIP they are kept for the result, under STOP the first one throws. */
final class ProblemLog {

    private final ProblemPolicy policy;
    private final List<DataProblem> skipped = new ArrayList<>();

    ProblemLog(ImportOptions options) {
        this.policy = options.policy();
    }

    /** Records a problem, or throws it under {@link ProblemPolicy#STOP}. */
    void report(DataProblem problem) throws DataSetException {
        if (policy == ProblemPolicy.STOP) {
            throw new DataSetException(problem);
        }
        skipped.add(problem);
    }

    void report(Path file, long row, String column, String message) throws DataSetException {
        report(new DataProblem(file, row, column, message));
    }

    List<DataProblem> skipped() {
        return skipped;
    }
}

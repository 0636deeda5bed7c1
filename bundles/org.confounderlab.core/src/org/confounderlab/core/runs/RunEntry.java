package org.confounderlab.core.runs;

import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;
import org.eclipse.core.resources.IFile;

/**
 * One {@code .run} file found in the workspace: either its loaded run, or the reason it could not be read.
 *
 * @param file        the run file
 * @param run         the loaded run, or {@code null} when the file could not be read
 * @param loadProblem what is wrong with the file (names file and line), or {@code null} when it loaded
 */
public record RunEntry(IFile file, Run run, String loadProblem) {

    /** Whether the file loaded into a run. */
    public boolean isReadable() {
        return run != null;
    }

    /** The run's id, or the file name when the file could not be read. */
    public String runId() {
        return run != null && run.getId() != null ? run.getId() : file.getParent().getName();
    }

    /** The experiment the run belongs to: its snapshot's name, else the folder above the run folder. */
    public String experimentName() {
        if (run != null && run.getExperiment() != null && run.getExperiment().getName() != null) {
            return run.getExperiment().getName();
        }
        return file.getParent().getParent().getName();
    }

    /** The run's status; an unreadable file counts as failed. */
    public RunStatus status() {
        return run != null ? run.getStatus() : RunStatus.FAILED;
    }
}

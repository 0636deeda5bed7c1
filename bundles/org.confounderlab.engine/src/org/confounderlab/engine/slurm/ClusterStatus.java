package org.confounderlab.engine.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.run.RunFolder;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunStatus;

/**
 * The tasks of a submission as their run files and Slurm see them, reconciled: a task whose job ended without
 * completing its run (time limit, preemption without requeue, node failure, out of memory, cancelled by someone)
 * leaves that run failed, with Slurm's state and reason and the last line of the task's log; a task cancelled with
 * {@code cancel} leaves it cancelled. Finished epochs and their checkpoints are kept, for {@code study --resume}.
 */
public final class ClusterStatus {

    private ClusterStatus() {
    }

    /**
     * One task.
     *
     * @param task   the task
     * @param run    its run, as reconciled, or {@code null} when the run file cannot be read
     * @param status its run's status (after reconciling)
     * @param epochs the run's finished epochs
     * @param slurm  what Slurm says of its job, or {@code null} where Slurm no longer knows it
     * @param note   the run's message, or why Slurm's state is unknown
     */
    public record TaskStatus(ClusterSubmission.Task task, Run run, RunStatus status, int epochs, JobState slurm,
            String note) {
    }

    /** Reads every task's run and job state, and records ended jobs' outcomes in runs that did not complete. */
    public static List<TaskStatus> reconcile(ClusterSubmission submission, SlurmCommands slurm)
            throws IOException, SlurmException {
        List<String> jobs = new ArrayList<>();
        for (ClusterSubmission.Task task : submission.tasks()) {
            String array = task.job().contains("_") ? task.job().substring(0, task.job().indexOf('_')) : task.job();
            if (!array.isEmpty() && !jobs.contains(array)) {
                jobs.add(array);
            }
        }
        Map<String, JobState> states = slurm.states(jobs);
        List<TaskStatus> statuses = new ArrayList<>();
        for (ClusterSubmission.Task task : submission.tasks()) {
            Path runFile = task.run().resolve(RunFolder.RUN_FILE);
            Run run;
            try {
                run = ModelFiles.loadRun(runFile);
            } catch (ModelLoadException e) {
                statuses.add(new TaskStatus(task, null, RunStatus.FAILED, 0, states.get(task.job()), e.getMessage()));
                continue;
            }
            JobState state = states.get(task.job());
            if (state != null && !state.active() && run.getStatus() != RunStatus.COMPLETED
                    && !recorded(run, task)) {
                record(run, task, state, submission);
                new RunFolder(task.run(), run.getId()).save(run);
            }
            String note = run.getErrorMessage();
            if (state == null && (run.getStatus() == RunStatus.RUNNING || run.getStatus() == RunStatus.QUEUED)) {
                note = "Slurm no longer knows job " + task.job() + " (sacct has no record of it)";
            }
            statuses.add(new TaskStatus(task, run, run.getStatus(), run.getEpochs().size(), state, note));
        }
        return statuses;
    }

    /** Whether {@code run} already says how {@code task}'s job ended. */
    private static boolean recorded(Run run, ClusterSubmission.Task task) {
        String message = run.getErrorMessage();
        return message != null && (message.startsWith("Slurm job " + task.job() + " ended")
                || message.startsWith("Cancelled (Slurm job " + task.job() + " "));
    }

    /** Records in {@code run} how its job ended. */
    private static void record(Run run, ClusterSubmission.Task task, JobState state,
            ClusterSubmission submission) throws IOException {
        int epochs = run.getEpochs().size();
        String kept = epochs + (epochs == 1 ? " finished epoch is" : " finished epochs are") + " kept";
        if (submission.cancelled()) {
            run.setStatus(RunStatus.CANCELLED);
            run.setErrorMessage("Cancelled (Slurm job " + task.job() + " " + state.describe() + "); " + kept + ".");
        } else {
            run.setStatus(RunStatus.FAILED);
            String log = lastLine(submission.log(task.index()));
            if (log == null && run.getEpochs().isEmpty()) {
                log = lastLine(submission.preparationLog()); // never started: the job before it may say why
            }
            String own = run.getErrorMessage();
            // the engine's own words on a SIGTERM ("Terminated after …") say less than Slurm's state does
            boolean telling = own != null && !own.isBlank() && !own.startsWith("Terminated after ");
            run.setErrorMessage("Slurm job " + task.job() + " ended " + state.describe() + (telling ? ": " + own
                    : "") + (log == null ? ""
                            : " [log: " + log + "]") + "; " + kept + " (study --resume continues it from its last "
                            + "checkpoint).");
        }
        if (run.getEndTime() == null) {
            run.setEndTime(new Date());
        }
    }

    /** The log's last line that is not blank, or null. */
    private static String lastLine(Path log) {
        try {
            if (!Files.isRegularFile(log)) {
                return null;
            }
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    String line = lines.get(i).strip();
                    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }
}

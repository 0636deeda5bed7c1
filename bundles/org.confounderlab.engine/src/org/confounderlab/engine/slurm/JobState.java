package org.confounderlab.engine.slurm;

import java.util.Locale;
import java.util.Set;

/**
 * What Slurm says of one job or array task.
 *
 * @param job      the job as Slurm names it: {@code 1234} or, for an array task, {@code 1234_5}
 * @param state    Slurm's state, upper case, without qualifiers ({@code CANCELLED}, not {@code CANCELLED by 1000})
 * @param reason   Slurm's reason or qualifier ({@code TimeLimit}, {@code by 1000}, {@code Priority}), or empty
 * @param exitCode the exit code as Slurm writes it ({@code 0:15}: exit status and signal), or empty
 */
public record JobState(String job, String state, String reason, String exitCode) {

    /** States of a job that has not ended (or will run again). */
    private static final Set<String> ACTIVE = Set.of("PENDING", "RUNNING", "CONFIGURING", "COMPLETING", "REQUEUED",
            "REQUEUE_HOLD", "REQUEUE_FED", "RESIZING", "SUSPENDED", "STAGE_OUT", "SIGNALING", "SPECIAL_EXIT",
            "STOPPED", "RESV_DEL_HOLD");

    /** A state as squeue, sacct or scontrol write it: {@code CANCELLED by 1000}, {@code CANCELLED+}. */
    public static JobState of(String job, String written, String reason, String exitCode) {
        String state = written.strip();
        String qualifier = "";
        int space = state.indexOf(' ');
        if (space > 0) {
            qualifier = state.substring(space + 1).strip();
            state = state.substring(0, space);
        }
        state = state.replace("+", "").toUpperCase(Locale.ROOT);
        String why = reason == null || reason.isBlank() || reason.equals("None") ? qualifier : reason.strip();
        return new JobState(job, state, why, exitCode == null ? "" : exitCode.strip());
    }

    /** Whether the job is queued, running or about to run again (requeued). */
    public boolean active() {
        return ACTIVE.contains(state);
    }

    /** Whether the job ended well. */
    public boolean completed() {
        return state.equals("COMPLETED");
    }

    /** "TIMEOUT (TimeLimit, exit 0:15)", as a run's message says it. */
    public String describe() {
        StringBuilder text = new StringBuilder(state);
        String details = String.join(", ", java.util.stream.Stream.of(reason, exitCode.isEmpty() ? "" : "exit "
                + exitCode).filter(s -> !s.isBlank()).toList());
        if (!details.isEmpty()) {
            text.append(" (").append(details).append(')');
        }
        return text.toString();
    }
}

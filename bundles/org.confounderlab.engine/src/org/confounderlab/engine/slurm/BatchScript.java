package org.confounderlab.engine.slurm;

import java.util.List;

/**
 * The batch scripts of a submission, as text: one for the training tasks (the array), where task {@code i} runs the
 * engine's {@code task} command on its run folder, the same stages a local run has, and one for the study's
 * assembly. Every word is single-quoted, so no path or option can be read as shell syntax; the resources are
 * {@code #SBATCH} lines, so the script can be submitted again by hand.
 */
public final class BatchScript {

    private BatchScript() {
    }

    /**
     * The training tasks' script: {@code java} is the engine JVM's command ({@code EngineJvm.command}), {@code input}
     * the image-reading options passed on to every task.
     */
    public static String tasks(ClusterSubmission submission, SlurmResources resources, List<String> java,
            List<String> input) {
        StringBuilder script = new StringBuilder("#!/bin/bash\n");
        script.append("# Confounder Lab: the training tasks of ").append(submission.study() ? "study " : "run ")
                .append(submission.folder()).append(".\n");
        script.append("# Task i trains the run of row i of tasks.tsv into its folder, or continues it from its last\n");
        script.append("# checkpoint when an earlier job of it was stopped. To run tasks again by hand:\n");
        script.append("#   sbatch --array=").append(indices(submission)).append(' ').append(String.join(" ",
                submissionOptions(submission, "<name>"))).append(" ").append(submission.files().resolve(
                        ClusterSubmission.SCRIPT)).append('\n');
        for (String option : resources.options()) {
            script.append("#SBATCH ").append(option).append('\n');
        }
        script.append("set -eu\n");
        script.append("export OMP_NUM_THREADS=\"${SLURM_CPUS_PER_TASK:-1}\"\n");
        script.append("case \"${SLURM_ARRAY_TASK_ID:-0}\" in\n");
        for (ClusterSubmission.Task task : submission.tasks()) {
            script.append("  ").append(task.index()).append(") run=").append(quote(task.run().toAbsolutePath()
                    .toString())).append(" ;;  # ").append(task.name().replace('\n', ' ')).append('\n');
        }
        script.append("  *) echo \"no task ${SLURM_ARRAY_TASK_ID} in this submission\" >&2; exit 2 ;;\n");
        script.append("esac\n");
        script.append("echo \"confounderlab task ${SLURM_ARRAY_TASK_ID:-0} on $(hostname), job ${SLURM_JOB_ID:-?}, "
                + "attempt $(( ${SLURM_RESTART_COUNT:-0} + 1 ))\"\n");
        script.append("exec");
        for (String word : java) {
            script.append(' ').append(quote(word));
        }
        script.append(" task \"$run\" --threads \"$OMP_NUM_THREADS\"");
        for (String word : input) {
            script.append(' ').append(quote(word));
        }
        script.append('\n');
        return script.toString();
    }

    /**
     * The job before the tasks that builds the image cache they read ({@code task FIRST_RUN --prepare}), so that
     * tasks starting together do not each build it.
     */
    public static String preparation(ClusterSubmission submission, List<String> java, List<String> input) {
        StringBuilder script = new StringBuilder("#!/bin/bash\n");
        script.append("# Confounder Lab: builds the image cache of ").append(submission.folder())
                .append(" before its training tasks start (they depend on this job: afterok).\n");
        script.append("set -eu\n");
        script.append("export OMP_NUM_THREADS=\"${SLURM_CPUS_PER_TASK:-1}\"\n");
        script.append("exec");
        for (String word : java) {
            script.append(' ').append(quote(word));
        }
        script.append(" task ").append(quote(submission.tasks().get(0).run().toAbsolutePath().toString()))
                .append(" --prepare --threads \"$OMP_NUM_THREADS\"");
        for (String word : input) {
            script.append(' ').append(quote(word));
        }
        script.append('\n');
        return script.toString();
    }

    /** The study's assembly: {@code study-assemble} on the study folder, once every task has ended. */
    public static String assembly(ClusterSubmission submission, List<String> java) {
        StringBuilder script = new StringBuilder("#!/bin/bash\n");
        script.append("# Confounder Lab: assembles study ").append(submission.folder())
                .append(" once all its training tasks have ended (sbatch --dependency=afterany).\n");
        script.append("set -eu\n");
        script.append("exec");
        for (String word : java) {
            script.append(' ').append(quote(word));
        }
        script.append(" study-assemble ").append(quote(submission.folder().toAbsolutePath().toString())).append('\n');
        return script.toString();
    }

    /**
     * The options every training submission passes on sbatch's command line (paths may hold spaces, which
     * {@code #SBATCH} lines cannot): the job's name, its log per task (appended to by each attempt), and requeueing
     * after preemption or node failure.
     */
    public static List<String> submissionOptions(ClusterSubmission submission, String name) {
        return List.of("--job-name=" + name, "--output=" + submission.files().resolve("task-%a.log").toAbsolutePath(),
                "--open-mode=append", "--requeue");
    }

    /** Every task's index, as {@code --array} takes them: {@code 0-3}. */
    static String indices(ClusterSubmission submission) {
        return submission.tasks().isEmpty() ? "0" : "0-" + (submission.tasks().size() - 1);
    }

    /** {@code word} in single quotes, as the shell reads it back unchanged. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

package org.confounderlab.engine.slurm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The user's own Slurm commands ({@code sbatch}, {@code squeue}, {@code sacct}, {@code scontrol}, {@code scancel}),
 * found on the {@code PATH} (or in {@code binFolder}): the engine holds no cluster credentials, it asks Slurm as the
 * user would. Each failure says which command failed and what Slurm said.
 */
public final class SlurmCommands {

    private static final long TIMEOUT_SECONDS = 120;

    private final Path binFolder;
    private final Map<String, String> environment;

    /** The commands on the {@code PATH}. */
    public SlurmCommands() {
        this(null, Map.of());
    }

    /**
     * The commands in {@code binFolder} ({@code null}: on the {@code PATH}), with {@code environment} added to this
     * process's (for example {@code SLURM_CONF}, naming another cluster's configuration); submitted jobs inherit it.
     */
    public SlurmCommands(Path binFolder, Map<String, String> environment) {
        this.binFolder = binFolder;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Submits {@code script} ({@code sbatch --parsable OPTIONS SCRIPT}); returns the job's id. Slurm refusing the job
     * (an unknown partition, a time limit over the partition's, no such account) is a {@link SlurmException} with
     * {@code sbatch}'s own message.
     */
    public String submit(Path script, List<String> options) throws SlurmException {
        List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
        command.addAll(options);
        command.add(script.toString());
        Result result = call(command);
        if (result.exit != 0) {
            throw new SlurmException("sbatch refused " + script + " (exit " + result.exit + "): " + result.said());
        }
        String id = result.out.strip();
        int semicolon = id.indexOf(';'); // "1234;cluster" on a federation
        if (semicolon > 0) {
            id = id.substring(0, semicolon);
        }
        if (!id.matches("\\d+")) {
            throw new SlurmException("sbatch answered '" + result.said() + "' for " + script + ", not a job id");
        }
        return id;
    }

    /**
     * The states of every task of the jobs {@code jobs} (array jobs expanded: {@code 1234_0}, {@code 1234_1}), keyed
     * by that name: {@code squeue} for the jobs still queued or running, {@code sacct} for those that ended (or
     * {@code scontrol show job}, which remembers ended jobs for a few minutes, where accounting is off).
     */
    public Map<String, JobState> states(List<String> jobs) throws SlurmException {
        Map<String, JobState> states = new LinkedHashMap<>();
        if (jobs.isEmpty()) {
            return states;
        }
        String list = String.join(",", jobs);
        Result accounting = call(List.of("sacct", "--noheader", "--parsable2", "--allocations", "--jobs", list,
                "--format=JobID,State,ExitCode,Reason"));
        if (accounting.exit == 0) {
            for (String line : accounting.out.split("\n")) {
                String[] fields = line.split("\\|", -1);
                if (fields.length >= 3 && !fields[0].isBlank() && !fields[0].contains("[")) {
                    states.put(fields[0], JobState.of(fields[0], fields[1], fields.length > 3 ? fields[3] : "",
                            fields[2]));
                }
            }
        }
        for (String job : jobs) {
            if (states.keySet().stream().anyMatch(k -> k.equals(job) || k.startsWith(job + "_"))) {
                continue;
            }
            // no accounting database (or not yet written): scontrol knows ended jobs for MinJobAge (300 s by default)
            {
                Result shown = call(List.of("scontrol", "--oneliner", "show", "job", job));
                if (shown.exit != 0) {
                    continue; // forgotten already, or never known
                }
                for (String line : shown.out.split("\n")) {
                    JobState state = fromScontrol(line);
                    if (state != null) {
                        states.put(state.job(), state);
                    }
                }
            }
        }
        Result queue = call(List.of("squeue", "--noheader", "--array", "--jobs", list, "--format=%i|%T|%r"));
        if (queue.exit == 0) {
            for (String line : queue.out.split("\n")) {
                String[] fields = line.split("\\|", -1);
                if (fields.length >= 3 && !fields[0].isBlank()) {
                    states.put(fields[0].strip(), JobState.of(fields[0].strip(), fields[1], fields[2], ""));
                }
            }
        } else if (!queue.err.contains("Invalid job id")) {
            throw new SlurmException("squeue failed (exit " + queue.exit + "): " + queue.said());
        }
        return states;
    }

    /** Cancels {@code jobs} ({@code scancel}); jobs that already ended are no error. */
    public void cancel(List<String> jobs) throws SlurmException {
        if (jobs.isEmpty()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("scancel"));
        command.addAll(jobs);
        Result result = call(command);
        if (result.exit != 0 && !result.err.contains("already completing or completed")
                && !result.err.contains("Invalid job id")) {
            throw new SlurmException("scancel " + String.join(" ", jobs) + " failed (exit " + result.exit + "): "
                    + result.said());
        }
    }

    /** One job of {@code scontrol --oneliner show job}, or {@code null}. */
    static JobState fromScontrol(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : line.strip().split(" ")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        if (!fields.containsKey("JobId") || !fields.containsKey("JobState")) {
            return null;
        }
        String task = fields.get("ArrayTaskId");
        String job = task != null && fields.containsKey("ArrayJobId") ? fields.get("ArrayJobId") + "_" + task
                : fields.get("JobId");
        if (job.contains("[")) {
            return null; // pending tasks not yet split off: squeue --array lists them one by one
        }
        return JobState.of(job, fields.get("JobState"), fields.getOrDefault("Reason", ""),
                fields.getOrDefault("ExitCode", ""));
    }

    private record Result(int exit, String out, String err) {

        String said() {
            String text = (err.isBlank() ? out : err).strip().replace('\n', ' ');
            return text.isEmpty() ? "(nothing)" : text;
        }
    }

    private Result call(List<String> command) throws SlurmException {
        List<String> resolved = new ArrayList<>(command);
        if (binFolder != null) {
            resolved.set(0, binFolder.resolve(command.get(0)).toString());
        }
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(resolved).redirectInput(ProcessBuilder.Redirect.from(
                    new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new SlurmException(command.get(0) + " could not be started (" + e.getMessage() + "): Slurm's "
                    + "commands must be on the PATH, as on a cluster's login node"
                    + (binFolder == null ? "" : " (looked in " + binFolder + ")"), e);
        }
        try {
            var out = process.getInputStream();
            var err = process.getErrorStream();
            java.util.concurrent.CompletableFuture<byte[]> errBytes = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            return err.readAllBytes();
                        } catch (IOException e) {
                            return new byte[0];
                        }
                    });
            byte[] outBytes = out.readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SlurmException(String.join(" ", command) + " did not answer within " + TIMEOUT_SECONDS
                        + " s (is slurmctld reachable?)");
            }
            return new Result(process.exitValue(), new String(outBytes, StandardCharsets.UTF_8),
                    new String(errBytes.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SlurmException(command.get(0) + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SlurmException(command.get(0) + " interrupted", e);
        }
    }
}

package org.confounderlab.engine.slurm;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What was submitted to Slurm for a run or a study, kept in its folder ({@code slurm/} beside the run or study file)
 * so that {@code status}, {@code cancel} and {@code study --resume} work from any machine that sees the folder, also
 * after the submitting one is gone: the batch script, one row per task ({@code tasks.tsv}: task index, arm, arm kind,
 * run folder, the Slurm job that last ran it) and the jobs ({@code submission.properties}).
 *
 * @param folder     the run's or study's folder
 * @param study      whether it is a study (with a job that assembles it) or a single run
 * @param experiment the experiment file submitted
 * @param tasks      the tasks, in index order
 * @param arrayJobs  the array jobs submitted, first to last (a resume submits another)
 * @param assembly   the study's assembling jobs, first to last
 * @param cancelled  whether the user cancelled it
 * @param preparation the jobs that built the image cache before the tasks (one, or none)
 * @param resources  the tasks' sbatch options as last submitted ({@link SlurmResources#options}), which a resume
 *                   submits again unless told otherwise
 * @param input      the tasks' image-reading options as last submitted ({@code InputOptions.arguments})
 */
public record ClusterSubmission(Path folder, boolean study, Path experiment, List<Task> tasks, List<String> arrayJobs,
        List<String> assembly, boolean cancelled, List<String> preparation, List<String> resources,
        List<String> input) {

    /** The folder of the submission's files, inside the run or study folder. */
    public static final String FOLDER = "slurm";
    /** The batch script of the training tasks. */
    public static final String SCRIPT = "tasks.sbatch";
    /** The batch script of the job that builds the image cache before the tasks. */
    public static final String PREPARATION_SCRIPT = "prepare.sbatch";
    /** The batch script of the study's assembly. */
    public static final String ASSEMBLY_SCRIPT = "assemble.sbatch";
    private static final String TASKS = "tasks.tsv";
    private static final String JOBS = "submission.properties";

    /**
     * One task of the array: a run to train.
     *
     * @param index the array index
     * @param name  the arm's name ("baseline seed 2"), or the experiment's for a single run
     * @param kind  the arm's kind (an {@code ArmKind} literal), or empty for a single run
     * @param run   the run folder the task trains into
     * @param job   the Slurm job that last ran it ({@code 1234_0}), or empty before submission
     */
    public record Task(int index, String name, String kind, Path run, String job) {

        Task withJob(String value) {
            return new Task(index, name, kind, run, value);
        }
    }

    /** A submission whose tasks had no job prepare their images. */
    public ClusterSubmission(Path folder, boolean study, Path experiment, List<Task> tasks, List<String> arrayJobs,
            List<String> assembly, boolean cancelled) {
        this(folder, study, experiment, tasks, arrayJobs, assembly, cancelled, List.of(), List.of(), List.of());
    }

    /** The submission to be submitted with these resources and image-reading options. */
    public ClusterSubmission with(List<String> sbatchOptions, List<String> inputArguments) {
        return new ClusterSubmission(folder, study, experiment, tasks, arrayJobs, assembly, cancelled, preparation,
                sbatchOptions, inputArguments);
    }

    /** The submission with {@code job} preparing the images of its tasks. */
    public ClusterSubmission preparedBy(String job) {
        List<String> jobs = new ArrayList<>(preparation);
        jobs.add(job);
        return new ClusterSubmission(folder, study, experiment, tasks, arrayJobs, assembly, cancelled, jobs, resources,
                input);
    }

    /** The log of the job that prepares the images. */
    public Path preparationLog() {
        return files().resolve("prepare.log");
    }

    public ClusterSubmission {
        preparation = List.copyOf(preparation);
        resources = List.copyOf(resources);
        input = List.copyOf(input);
        tasks = List.copyOf(tasks);
        arrayJobs = List.copyOf(arrayJobs);
        assembly = List.copyOf(assembly);
    }

    /** The submission files' folder. */
    public Path files() {
        return folder.resolve(FOLDER);
    }

    /** Whether {@code folder} (a run's or a study's) was submitted to a cluster. */
    public static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(FOLDER).resolve(JOBS));
    }

    /**
     * The folder of the submission that trains the run in {@code runFolder}: the run's own (a single run submitted),
     * else the study under {@code <runs>/<experiment>/studies/} whose tasks list it; {@code null} when there is none.
     */
    public static Path findFor(Path runFolder) {
        Path folder = runFolder.toAbsolutePath().normalize();
        if (exists(folder)) {
            return folder;
        }
        Path studies = folder.getParent() == null ? null : folder.getParent().resolve("studies");
        if (studies == null || !Files.isDirectory(studies)) {
            return null;
        }
        try (var list = Files.list(studies)) {
            for (Path study : list.filter(ClusterSubmission::exists).sorted().toList()) {
                try {
                    if (read(study).tasks().stream().anyMatch(t -> t.run().toAbsolutePath().normalize().equals(
                            folder))) {
                        return study;
                    }
                } catch (IOException e) {
                    // an unreadable submission: look further
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    /** The log file of task {@code index} (each attempt appends to it). */
    public Path log(int index) {
        return files().resolve("task-" + index + ".log");
    }

    /** The log of the study's assembly. */
    public Path assemblyLog() {
        return files().resolve("assemble.log");
    }

    /** Every job submitted: the arrays, then the assemblies. */
    public List<String> jobs() {
        List<String> all = new ArrayList<>(preparation);
        all.addAll(arrayJobs);
        all.addAll(assembly);
        return all;
    }

    /** The submission with array job {@code job} submitted for {@code indices}, and its assembly job, if any. */
    public ClusterSubmission submitted(String job, List<Integer> indices, String assemblyJob) {
        List<Task> updated = new ArrayList<>();
        for (Task task : tasks) {
            updated.add(indices.contains(task.index()) ? task.withJob(job + "_" + task.index()) : task);
        }
        List<String> arrays = new ArrayList<>(arrayJobs);
        arrays.add(job);
        List<String> assemblies = new ArrayList<>(assembly);
        if (assemblyJob != null) {
            assemblies.add(assemblyJob);
        }
        return new ClusterSubmission(folder, study, experiment, updated, arrays, assemblies, false, preparation,
                resources, input);
    }

    /** The submission marked cancelled by the user. */
    public ClusterSubmission cancel() {
        return new ClusterSubmission(folder, study, experiment, tasks, arrayJobs, assembly, true, preparation,
                resources, input);
    }

    /** Writes the submission's files (atomically, each). */
    public void save() throws IOException {
        Files.createDirectories(files());
        StringBuilder rows = new StringBuilder("task\tarm\tkind\trun\tjob\n");
        for (Task task : tasks) {
            rows.append(task.index()).append('\t').append(clean(task.name())).append('\t').append(clean(task.kind()))
                    .append('\t').append(task.run().toAbsolutePath()).append('\t').append(task.job()).append('\n');
        }
        write(files().resolve(TASKS), rows.toString());
        Properties jobs = new Properties();
        jobs.setProperty("kind", study ? "study" : "run");
        jobs.setProperty("experiment", experiment.toAbsolutePath().toString());
        jobs.setProperty("arrayJobs", String.join(",", arrayJobs));
        jobs.setProperty("assemblyJobs", String.join(",", assembly));
        jobs.setProperty("cancelled", String.valueOf(cancelled));
        jobs.setProperty("preparationJobs", String.join(",", preparation));
        for (int i = 0; i < resources.size(); i++) {
            jobs.setProperty("sbatch." + i, resources.get(i));
        }
        for (int i = 0; i < input.size(); i++) {
            jobs.setProperty("input." + i, input.get(i));
        }
        java.io.StringWriter text = new java.io.StringWriter();
        jobs.store(text, "Confounder Lab: submitted to Slurm (status, cancel and study --resume read this)");
        write(files().resolve(JOBS), text.toString());
    }

    /** Reads the submission of the run or study in {@code folder}. */
    public static ClusterSubmission read(Path folder) throws IOException {
        Path files = folder.resolve(FOLDER);
        Properties jobs = new Properties();
        try (Reader reader = Files.newBufferedReader(files.resolve(JOBS), StandardCharsets.UTF_8)) {
            jobs.load(reader);
        }
        List<Task> tasks = new ArrayList<>();
        List<String> lines = Files.readAllLines(files.resolve(TASKS), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] fields = lines.get(i).split("\t", -1);
            if (fields.length != 5) {
                throw new IOException(files.resolve(TASKS) + ", row " + (i + 1) + ": " + fields.length
                        + " fields, not 5 (task, arm, kind, run, job)");
            }
            try {
                tasks.add(new Task(Integer.parseInt(fields[0]), fields[1], fields[2], Path.of(fields[3]), fields[4]));
            } catch (NumberFormatException e) {
                throw new IOException(files.resolve(TASKS) + ", row " + (i + 1) + ": task '" + fields[0]
                        + "' is not a number", e);
            }
        }
        return new ClusterSubmission(folder, "study".equals(jobs.getProperty("kind")), Path.of(jobs.getProperty(
                "experiment", "")), tasks, split(jobs.getProperty("arrayJobs")), split(jobs.getProperty(
                        "assemblyJobs")), Boolean.parseBoolean(jobs.getProperty("cancelled")), split(jobs.getProperty(
                                "preparationJobs")), numbered(jobs, "sbatch."), numbered(jobs, "input."));
    }

    /** The properties {@code prefix0}, {@code prefix1}, … in order. */
    private static List<String> numbered(Properties properties, String prefix) {
        List<String> values = new ArrayList<>();
        for (int i = 0; properties.getProperty(prefix + i) != null; i++) {
            values.add(properties.getProperty(prefix + i));
        }
        return values;
    }

    private static List<String> split(String value) {
        return value == null || value.isBlank() ? List.of() : List.of(value.split(","));
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }

    private static void write(Path file, String text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}

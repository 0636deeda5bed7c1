package org.confounderlab.engine.slurm;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.model.experiment.SlurmSpec;

/**
 * What each job of a submission asks Slurm for: the experiment's {@code slurm} section, with the command line's or
 * the launch configuration's options over it. Empty text and 0 leave a resource to the cluster's defaults.
 *
 * @param partition  {@code --partition}
 * @param gpusPerJob {@code --gpus}
 * @param cpusPerJob {@code --cpus-per-task}: the training's threads
 * @param memory     {@code --mem}
 * @param timeLimit  {@code --time}
 * @param account    {@code --account}
 * @param qos        {@code --qos}
 * @param extra      further {@code sbatch} options, written as they are
 */
public record SlurmResources(String partition, int gpusPerJob, int cpusPerJob, String memory, String timeLimit,
        String account, String qos, List<String> extra) {

    /** The defaults: 4 cores, no GPU, everything else the cluster's. */
    public static final SlurmResources DEFAULTS = new SlurmResources("", 0, 4, "", "", "", "", List.of());

    public SlurmResources {
        partition = text(partition);
        memory = text(memory);
        timeLimit = text(timeLimit);
        account = text(account);
        qos = text(qos);
        extra = List.copyOf(extra);
        if (gpusPerJob < 0 || cpusPerJob < 1) {
            throw new IllegalArgumentException("a job needs at least 1 CPU and no negative number of GPUs");
        }
        for (String value : List.of(partition, memory, timeLimit, account, qos)) {
            if (value.chars().anyMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"' || c == '\\')) {
                throw new IllegalArgumentException("a Slurm option value holds a space or quote: '" + value + "'");
            }
        }
        for (String option : extra) {
            if (!option.startsWith("-") || option.contains("\n")) {
                throw new IllegalArgumentException("an extra sbatch argument must be one option starting with '-', "
                        + "not '" + option + "'");
            }
        }
    }

    /** The experiment's section over the defaults ({@code spec} may be null). */
    public static SlurmResources of(SlurmSpec spec) {
        if (spec == null) {
            return DEFAULTS;
        }
        return new SlurmResources(spec.getPartition(), spec.getGpusPerJob(), Math.max(1, spec.getCpusPerJob()),
                spec.getMemory(), spec.getTimeLimit(), spec.getAccount(), spec.getQos(), spec.getExtraArguments());
    }

    /**
     * What a resume of {@code submission} asks for: the resources it was last submitted with, or, for a submission
     * that did not record them, the experiment's section {@code spec}.
     */
    public static SlurmResources ofSubmission(ClusterSubmission submission, SlurmSpec spec) {
        return submission.resources().isEmpty() ? of(spec) : parse(submission.resources());
    }

    /** The resources {@link #options} wrote (a submission's, read back for a resume). */
    public static SlurmResources parse(List<String> options) {
        SlurmResources resources = new SlurmResources("", 0, DEFAULTS.cpusPerJob(), "", "", "", "", List.of());
        List<String> extra = new ArrayList<>();
        for (String option : options) {
            String value = option.contains("=") ? option.substring(option.indexOf('=') + 1) : "";
            if (option.startsWith("--partition=")) {
                resources = resources.withPartition(value);
            } else if (option.startsWith("--gpus=")) {
                resources = resources.withGpus(Integer.parseInt(value));
            } else if (option.startsWith("--cpus-per-task=")) {
                resources = resources.withCpus(Integer.parseInt(value));
            } else if (option.startsWith("--mem=")) {
                resources = resources.withMemory(value);
            } else if (option.startsWith("--time=")) {
                resources = resources.withTime(value);
            } else if (option.startsWith("--account=")) {
                resources = resources.withAccount(value);
            } else if (option.startsWith("--qos=")) {
                resources = resources.withQos(value);
            } else {
                extra.add(option);
            }
        }
        return resources.withExtra(extra);
    }

    public SlurmResources withPartition(String value) {
        return new SlurmResources(value, gpusPerJob, cpusPerJob, memory, timeLimit, account, qos, extra);
    }

    public SlurmResources withGpus(int value) {
        return new SlurmResources(partition, value, cpusPerJob, memory, timeLimit, account, qos, extra);
    }

    public SlurmResources withCpus(int value) {
        return new SlurmResources(partition, gpusPerJob, value, memory, timeLimit, account, qos, extra);
    }

    public SlurmResources withMemory(String value) {
        return new SlurmResources(partition, gpusPerJob, cpusPerJob, value, timeLimit, account, qos, extra);
    }

    public SlurmResources withTime(String value) {
        return new SlurmResources(partition, gpusPerJob, cpusPerJob, memory, value, account, qos, extra);
    }

    public SlurmResources withAccount(String value) {
        return new SlurmResources(partition, gpusPerJob, cpusPerJob, memory, timeLimit, value, qos, extra);
    }

    public SlurmResources withQos(String value) {
        return new SlurmResources(partition, gpusPerJob, cpusPerJob, memory, timeLimit, account, value, extra);
    }

    public SlurmResources withExtra(List<String> options) {
        List<String> all = new ArrayList<>(extra);
        all.addAll(options);
        return new SlurmResources(partition, gpusPerJob, cpusPerJob, memory, timeLimit, account, qos, all);
    }

    /** The training jobs' {@code sbatch} options, one each, as the batch script's {@code #SBATCH} lines carry them. */
    public List<String> options() {
        List<String> options = new ArrayList<>();
        add(options, "--partition", partition);
        if (gpusPerJob > 0) {
            options.add("--gpus=" + gpusPerJob);
        }
        options.add("--cpus-per-task=" + cpusPerJob);
        add(options, "--mem", memory);
        add(options, "--time", timeLimit);
        add(options, "--account", account);
        add(options, "--qos", qos);
        options.addAll(extra);
        return options;
    }

    /**
     * The options of the job that builds the image cache before the tasks: the tasks' partition, cores, memory, time,
     * account and QOS, no GPU.
     */
    public List<String> preparationOptions() {
        List<String> options = new ArrayList<>();
        add(options, "--partition", partition);
        options.add("--cpus-per-task=" + cpusPerJob);
        add(options, "--mem", memory);
        add(options, "--time", timeLimit);
        add(options, "--account", account);
        add(options, "--qos", qos);
        return options;
    }

    /** The options of the small job that assembles a study: the same account, partition and QOS, one core. */
    public List<String> assemblyOptions() {
        List<String> options = new ArrayList<>();
        add(options, "--partition", partition);
        options.add("--cpus-per-task=1");
        add(options, "--account", account);
        add(options, "--qos", qos);
        return options;
    }

    private static void add(List<String> options, String option, String value) {
        if (!value.isEmpty()) {
            options.add(option + "=" + value);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}

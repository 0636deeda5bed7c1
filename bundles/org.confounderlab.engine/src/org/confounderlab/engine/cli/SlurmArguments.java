package org.confounderlab.engine.cli;

import java.util.ArrayList;
import java.util.List;

import org.confounderlab.engine.slurm.SlurmResources;
import org.confounderlab.model.experiment.Experiment;

/**
 * The options of {@code run} and {@code study} that say where training runs: {@code --executor local|slurm}, and
 * for Slurm each job's {@code --partition P}, {@code --gpus-per-job N}, {@code --cpus-per-job N}, {@code --mem M},
 * {@code --time T}, {@code --account A}, {@code --qos Q} and {@code --sbatch-arg OPTION} (repeated), over the
 * experiment's {@code slurm} section.
 */
final class SlurmArguments {

    /** The options' part of a usage line. */
    static final String USAGE = "[--executor local|slurm] [--partition P] [--gpus-per-job N] [--cpus-per-job N] "
            + "[--mem M] [--time T] [--account A] [--qos Q] [--sbatch-arg OPTION]...";

    private boolean slurm;
    private String partition;
    private int gpus = -1;
    private int cpus = -1;
    private String memory;
    private String time;
    private String account;
    private String qos;
    private final List<String> extra = new ArrayList<>();
    private boolean given;

    /**
     * Takes {@code args[i]} (and its value) when it is one of these options; returns the index of the last argument
     * used, or -1 when it is not one of them.
     */
    int take(List<String> args, int i) {
        String arg = args.get(i);
        if (arg.startsWith("--sbatch-arg=")) {
            extra.add(arg.substring("--sbatch-arg=".length()));
            given = true;
            return i;
        }
        switch (arg) {
            case "--executor" -> {
                String kind = OptionValues.value(args, ++i, arg);
                slurm = switch (kind) {
                    case "local" -> false;
                    case "slurm" -> true;
                    default -> throw new IllegalArgumentException("--executor must be local or slurm, not '" + kind
                            + "'");
                };
                return i;
            }
            case "--partition" -> partition = OptionValues.value(args, ++i, arg);
            case "--gpus-per-job" -> gpus = OptionValues.nonNegative(arg, OptionValues.value(args, ++i, arg));
            case "--cpus-per-job" -> cpus = OptionValues.positive(arg, OptionValues.value(args, ++i, arg));
            case "--mem" -> memory = OptionValues.value(args, ++i, arg);
            case "--time" -> time = OptionValues.value(args, ++i, arg);
            case "--account" -> account = OptionValues.value(args, ++i, arg);
            case "--qos" -> qos = OptionValues.value(args, ++i, arg);
            case "--sbatch-arg" -> extra.add(OptionValues.value(args, ++i, arg));
            default -> {
                return -1;
            }
        }
        given = true;
        return i;
    }

    /** Whether {@code --executor slurm} was given. */
    boolean slurm() {
        return slurm;
    }

    /** Whether a Slurm resource was given (which needs {@code --executor slurm}). */
    boolean resourcesGiven() {
        return given;
    }

    /** The jobs' resources: these options over {@code experiment}'s {@code slurm} section. */
    SlurmResources resources(Experiment experiment) {
        return over(SlurmResources.of(experiment.getSlurm()));
    }

    /** The jobs' resources: these options over {@code base} (a submission's own, for a resume). */
    SlurmResources over(SlurmResources base) {
        SlurmResources resources = base;
        if (partition != null) {
            resources = resources.withPartition(partition);
        }
        if (gpus >= 0) {
            resources = resources.withGpus(gpus);
        }
        if (cpus > 0) {
            resources = resources.withCpus(cpus);
        }
        if (memory != null) {
            resources = resources.withMemory(memory);
        }
        if (time != null) {
            resources = resources.withTime(time);
        }
        if (account != null) {
            resources = resources.withAccount(account);
        }
        if (qos != null) {
            resources = resources.withQos(qos);
        }
        return resources.withExtra(extra);
    }
}

package org.confounderlab.launch.training;

/** The attributes of a Confounder Lab Training launch configuration, and their defaults. */
public final class TrainingLaunchAttributes {

    /** The launch configuration type. */
    public static final String TYPE = "org.confounderlab.launch.training";

    private static final String PREFIX = "org.confounderlab.launch.training.";

    /** Workspace path of the {@code .experiment} file, e.g. {@code /study/demo.experiment}. */
    public static final String EXPERIMENT = PREFIX + "experiment";
    /** {@code cpu} or {@code cuda}; empty: the experiment's backend. */
    public static final String BACKEND = PREFIX + "backend";
    /** CUDA device index; -1: the experiment's. */
    public static final String DEVICE = PREFIX + "device";
    /** Folder of the optional CUDA runtime's jars, added to the class path of CUDA launches; empty: none. */
    public static final String CUDA_RUNTIME = PREFIX + "cudaRuntime";
    /** Epochs; 0: the experiment's. */
    public static final String EPOCHS = PREFIX + "epochs";
    /** Images per training step; 0: the experiment's. */
    public static final String BATCH_SIZE = PREFIX + "batchSize";
    /** Training seed (a whole number ≥ 0, kept as text: seeds are longs); empty: the experiment's. */
    public static final String SEED = PREFIX + "seed";
    /** Whether images are read through the preprocessed cache (built on first use); true by default. */
    public static final String CACHE = PREFIX + "cache";
    /**
     * What an unreadable image does: {@code skip} (left out, counted and listed) or {@code stop}; empty (the
     * default): as the experiment's data set says.
     */
    public static final String ON_BAD_IMAGE = PREFIX + "onBadImage";
    /** Java heap of the engine JVM, as for -Xmx (e.g. {@code 4g}). */
    public static final String HEAP = PREFIX + "heap";
    /** Off-heap limit for ND4J, as for -Dorg.bytedeco.javacpp.maxbytes (e.g. {@code 8g}); empty: none. */
    public static final String OFF_HEAP = PREFIX + "offHeap";
    /** Extra JVM arguments, separated by spaces. */
    public static final String JVM_ARGUMENTS = PREFIX + "jvmArguments";
    /** Home of the Java (21 or newer) that runs the engine; empty: the IDE's own. */
    public static final String JAVA_HOME = PREFIX + "javaHome";

    /** Where the run trains: {@code local} (this machine, the default) or {@code slurm} (submitted as a job). */
    public static final String EXECUTOR = PREFIX + "executor";
    /** Slurm partition ({@code --partition}); empty: the experiment's slurm section, else the cluster's default. */
    public static final String SLURM_PARTITION = PREFIX + "slurm.partition";
    /** GPUs per job ({@code --gpus-per-job}); -1: the experiment's. */
    public static final String SLURM_GPUS = PREFIX + "slurm.gpus";
    /** CPU cores per job ({@code --cpus-per-job}); 0: the experiment's. */
    public static final String SLURM_CPUS = PREFIX + "slurm.cpus";
    /** Memory per job ({@code --mem}); empty: the experiment's. */
    public static final String SLURM_MEMORY = PREFIX + "slurm.memory";
    /** Time limit per job ({@code --time}); empty: the experiment's. */
    public static final String SLURM_TIME = PREFIX + "slurm.time";
    /** Account ({@code --account}); empty: the experiment's. */
    public static final String SLURM_ACCOUNT = PREFIX + "slurm.account";
    /** Quality of service ({@code --qos}); empty: the experiment's. */
    public static final String SLURM_QOS = PREFIX + "slurm.qos";
    /** Further sbatch options, separated by spaces (each passed as {@code --sbatch-arg}). */
    public static final String SLURM_EXTRA = PREFIX + "slurm.extra";

    public static final String DEFAULT_HEAP = "4g";

    private TrainingLaunchAttributes() {
    }
}

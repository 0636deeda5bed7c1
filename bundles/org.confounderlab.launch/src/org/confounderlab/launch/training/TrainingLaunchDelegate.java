package org.confounderlab.launch.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.confounderlab.launch.engine.CudaRuntimeFolder;
import org.confounderlab.launch.engine.EngineProcessBuilder;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.resource.ModelLoadException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;

/**
 * Starts the engine's {@code run} command for the configuration's experiment in a JVM of its own, as a process of
 * the launch (console, terminate button), with the run folder inside the experiment's project
 * ({@code runs/<experiment>/<run-id>/}), followed by a {@link TrainingSession}: progress in the Progress view, the run
 * folder refreshed after every epoch and at the end, a killed trainer's run recorded as failed. Terminating sends
 * SIGTERM: the engine records the run as cancelled with its finished epochs.
 */
public final class TrainingLaunchDelegate extends LaunchConfigurationDelegate {

    /** The folder of runs in the experiment's project. */
    public static final String RUNS_FOLDER = "runs";

    private static final String PLUGIN_ID = "org.confounderlab.launch";

    @Override
    public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor)
            throws CoreException {
        IFile experiment = experimentFile(configuration);
        Path location = experiment.getLocation().toFile().toPath();
        Path runs = experiment.getProject().getLocation().toFile().toPath().resolve(RUNS_FOLDER);
        List<String> command;
        try {
            command = command(configuration, location, runs).command();
        } catch (IOException e) {
            throw error("Cannot start the training JVM: " + e.getMessage(), e);
        }
        String[] envp = environment(configuration, trainsOnCuda(
                configuration.getAttribute(TrainingLaunchAttributes.BACKEND, ""), location));
        Process process = DebugPlugin.exec(command.toArray(String[]::new), location.getParent().toFile(), envp);
        IProcess debugProcess = DebugPlugin.newProcess(launch, process, "Confounder Lab training: "
                + experiment.getFullPath());
        debugProcess.setAttribute(IProcess.ATTR_CMDLINE, String.join(" ", command));
        new TrainingSession(debugProcess, experiment.getProject(), experiment.getName()).start();
    }

    /**
     * The trainer's environment: the IDE's, with the Environment tab's variables added or instead, the engine's glibc
     * malloc tunables ({@link EngineProcessBuilder#environment}), and for a CUDA device {@code CUDA_VISIBLE_DEVICES},
     * so the trainer sees only that device (as its device 0).
     */
    public static String[] environment(ILaunchConfiguration configuration) throws CoreException {
        return environment(configuration, "cuda".equals(configuration.getAttribute(TrainingLaunchAttributes.BACKEND,
                "")));
    }

    /** As {@link #environment(ILaunchConfiguration)}, for a launch that does ({@code cuda}) or does not train on CUDA. */
    static String[] environment(ILaunchConfiguration configuration, boolean cuda) throws CoreException {
        Map<String, String> environment = new LinkedHashMap<>();
        String[] configured = DebugPlugin.getDefault().getLaunchManager().getEnvironment(configuration);
        if (configured == null) {
            environment.putAll(System.getenv());
        } else {
            for (String entry : configured) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
        }
        environment.putAll(EngineProcessBuilder.environment(environment));
        int device = configuration.getAttribute(TrainingLaunchAttributes.DEVICE, -1);
        if (cuda && device >= 0) {
            environment.put("CUDA_VISIBLE_DEVICES", String.valueOf(device));
        }
        return environment.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /** The engine command for the configuration. */
    static EngineProcessBuilder command(ILaunchConfiguration configuration, Path experiment, Path runs)
            throws CoreException {
        EngineProcessBuilder builder = new EngineProcessBuilder();
        String javaHome = configuration.getAttribute(TrainingLaunchAttributes.JAVA_HOME, "");
        if (!javaHome.isBlank()) {
            builder.javaHome(Path.of(javaHome));
        }
        builder.jvmOption("-Xmx" + configuration.getAttribute(TrainingLaunchAttributes.HEAP,
                TrainingLaunchAttributes.DEFAULT_HEAP));
        String offHeap = configuration.getAttribute(TrainingLaunchAttributes.OFF_HEAP, "");
        if (!offHeap.isBlank()) {
            builder.jvmOption("-Dorg.bytedeco.javacpp.maxbytes=" + offHeap);
            builder.jvmOption("-Dorg.bytedeco.javacpp.maxphysicalbytes=" + offHeap);
        } else {
            // None, as the field says: JavaCPP's own default ties ND4J's native memory to the heap's size, so a
            // small heap would starve the network of memory that lives outside it.
            builder.jvmOption("-Dorg.bytedeco.javacpp.maxbytes=0");
            builder.jvmOption("-Dorg.bytedeco.javacpp.maxphysicalbytes=0");
        }
        builder.jvmOption("-Djava.awt.headless=true").jvmOption("--enable-native-access=ALL-UNNAMED");
        if (Runtime.version().feature() >= 24 && javaHome.isBlank()) {
            builder.jvmOption("--sun-misc-unsafe-memory-access=allow");
        }
        for (String argument : DebugPlugin.parseArguments(configuration.getAttribute(
                TrainingLaunchAttributes.JVM_ARGUMENTS, ""))) {
            builder.jvmOption(argument);
        }
        List<String> arguments = new ArrayList<>(List.of("run", experiment.toString(), "--out", runs.toString()));
        String backend = configuration.getAttribute(TrainingLaunchAttributes.BACKEND, "");
        boolean cuda = trainsOnCuda(backend, experiment);
        String cudaRuntime = configuration.getAttribute(TrainingLaunchAttributes.CUDA_RUNTIME, "").strip();
        if (!cudaRuntime.isEmpty() && cuda) {
            // Only CUDA launches get it: with ND4J's CUDA backend on the class path, ND4J prefers it over the CPU.
            Path folder = Path.of(cudaRuntime);
            Optional<String> problem = CudaRuntimeFolder.problem(folder);
            if (problem.isPresent()) {
                throw error(problem.get(), null);
            }
            try {
                builder.extraClasspath(CudaRuntimeFolder.jars(folder));
            } catch (IOException e) {
                throw error("The CUDA runtime folder " + folder + " cannot be read: " + e.getMessage(), e);
            }
        }
        if (!backend.isBlank()) {
            arguments.addAll(List.of("--backend", backend));
        }
        int device = configuration.getAttribute(TrainingLaunchAttributes.DEVICE, -1);
        if (cuda && device >= 0) {
            arguments.addAll(List.of("--device", "0")); // CUDA_VISIBLE_DEVICES leaves the trainer only this one
        }
        int epochs = configuration.getAttribute(TrainingLaunchAttributes.EPOCHS, 0);
        if (epochs > 0) {
            arguments.addAll(List.of("--epochs", String.valueOf(epochs)));
        }
        int batchSize = configuration.getAttribute(TrainingLaunchAttributes.BATCH_SIZE, 0);
        if (batchSize > 0) {
            arguments.addAll(List.of("--batch-size", String.valueOf(batchSize)));
        }
        String seed = configuration.getAttribute(TrainingLaunchAttributes.SEED, "");
        if (!seed.isBlank()) {
            arguments.addAll(List.of("--seed", seed.strip()));
        }
        if (!configuration.getAttribute(TrainingLaunchAttributes.CACHE, true)) {
            arguments.add("--no-cache");
        }
        String onBadImage = configuration.getAttribute(TrainingLaunchAttributes.ON_BAD_IMAGE, "");
        if (onBadImage.equals("skip") || onBadImage.equals("stop")) {
            arguments.addAll(List.of("--on-bad-image", onBadImage));
        }
        arguments.addAll(executorArguments(configuration));
        return builder.arguments(arguments.toArray(String[]::new)).workingDirectory(experiment.getParent());
    }

    /**
     * The Cluster tab's part of the command: nothing for this machine; {@code --executor slurm} and each resource the
     * tab sets for Slurm (the experiment's slurm section gives the rest).
     */
    static List<String> executorArguments(ILaunchConfiguration configuration) throws CoreException {
        List<String> arguments = new ArrayList<>();
        if (!"slurm".equals(configuration.getAttribute(TrainingLaunchAttributes.EXECUTOR, "local"))) {
            return arguments;
        }
        arguments.addAll(List.of("--executor", "slurm"));
        text(arguments, "--partition", configuration.getAttribute(TrainingLaunchAttributes.SLURM_PARTITION, ""));
        int gpus = configuration.getAttribute(TrainingLaunchAttributes.SLURM_GPUS, -1);
        if (gpus >= 0) {
            arguments.addAll(List.of("--gpus-per-job", String.valueOf(gpus)));
        }
        int cpus = configuration.getAttribute(TrainingLaunchAttributes.SLURM_CPUS, 0);
        if (cpus > 0) {
            arguments.addAll(List.of("--cpus-per-job", String.valueOf(cpus)));
        }
        text(arguments, "--mem", configuration.getAttribute(TrainingLaunchAttributes.SLURM_MEMORY, ""));
        text(arguments, "--time", configuration.getAttribute(TrainingLaunchAttributes.SLURM_TIME, ""));
        text(arguments, "--account", configuration.getAttribute(TrainingLaunchAttributes.SLURM_ACCOUNT, ""));
        text(arguments, "--qos", configuration.getAttribute(TrainingLaunchAttributes.SLURM_QOS, ""));
        for (String option : DebugPlugin.parseArguments(configuration.getAttribute(TrainingLaunchAttributes
                .SLURM_EXTRA, ""))) {
            arguments.addAll(List.of("--sbatch-arg", option));
        }
        return arguments;
    }

    private static void text(List<String> arguments, String option, String value) {
        if (!value.isBlank()) {
            arguments.addAll(List.of(option, value.strip()));
        }
    }

    /** Whether the launch trains on CUDA: its backend says so, or it names none and the experiment's does. */
    private static boolean trainsOnCuda(String backend, Path experiment) {
        if (!backend.isBlank()) {
            return backend.equals("cuda");
        }
        try {
            Experiment loaded = ModelFiles.loadExperiment(experiment);
            return loaded.getBackend() != null && loaded.getBackend().getKind() == BackendKind.CUDA;
        } catch (ModelLoadException e) {
            return false; // the trainer reports the file's problem itself
        }
    }

    private static IFile experimentFile(ILaunchConfiguration configuration) throws CoreException {
        String path = configuration.getAttribute(TrainingLaunchAttributes.EXPERIMENT, "");
        if (path.isBlank()) {
            throw error("The launch configuration '" + configuration.getName() + "' names no experiment file", null);
        }
        IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(path);
        if (!(resource instanceof IFile file) || !file.exists() || file.getLocation() == null) {
            throw error("The experiment file " + path + " of launch configuration '" + configuration.getName()
                    + "' does not exist in the workspace", null);
        }
        return file;
    }

    private static CoreException error(String message, Throwable cause) {
        return new CoreException(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
    }

}

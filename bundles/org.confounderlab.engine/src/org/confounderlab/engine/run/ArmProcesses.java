package org.confounderlab.engine.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.confounderlab.engine.training.TrainingException;

/**
 * A study's arms trained side by side, each in an engine JVM of its own ({@code study-arm}, the same stages a
 * {@code run} has), {@code parallel} at a time with {@code threadsPerArm} threads each ({@code OMP_NUM_THREADS} for
 * ND4J and oneDNN, and the engine's input threads): ND4J's thread pool belongs to its process, so arms in one JVM could
 * not keep to their share of the cores. The first arm runs alone, so that it builds the preprocessed image cache the
 * others then read. Each child's lines are passed on with the arm's name in front.
 *
 * @param parallel      arms at a time
 * @param threadsPerArm threads of each arm
 * @param heap          each child's Java heap ({@code -Xmx}), as this JVM's
 * @param input         how each child reads its images (the study's own options: cache, bad images, prefetching)
 */
public record ArmProcesses(int parallel, int threadsPerArm, String heap, InputOptions input) {

    /** Arms reading their images the default way. */
    public ArmProcesses(int parallel, int threadsPerArm, String heap) {
        this(parallel, threadsPerArm, heap, InputOptions.defaults(threadsPerArm));
    }

    /** The line a {@code study-arm} child prints with its run folder. */
    public static final String RUN_FOLDER_LINE = "run folder: ";

    /** Trains {@code arms} of {@code experimentFile} into {@code runsFolder}; returns their run folders, in order. */
    List<Path> train(Path experimentFile, List<StudyRunner.Arm> arms, Path runsFolder, RunOptions options,
            PrintStream progress) throws TrainingException, InterruptedException, IOException {
        List<Path> folders = new ArrayList<>();
        folders.add(trainOne(experimentFile, arms.get(0).name(), runsFolder, options, progress));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
        try {
            List<Future<Path>> running = new ArrayList<>();
            for (StudyRunner.Arm arm : arms.subList(1, arms.size())) {
                running.add(pool.submit(() -> trainOne(experimentFile, arm.name(), runsFolder, options, progress)));
            }
            for (Future<Path> arm : running) {
                folders.add(arm.get());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TrainingException training) {
                throw training;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new TrainingException("a study arm failed: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
        return folders;
    }

    /** The engine command that trains arm {@code name}, as this JVM was started (its class path and heap). */
    List<String> command(Path experimentFile, String name, Path runsFolder, RunOptions options) {
        List<String> command = EngineJvm.command(heap);
        command.addAll(List.of("study-arm", experimentFile.toAbsolutePath().toString(), "--arm", name, "--out",
                runsFolder.toAbsolutePath().toString(), "--threads", String.valueOf(threadsPerArm)));
        command.addAll(input.arguments());
        if (options.epochs() > 0) {
            command.addAll(List.of("--epochs", String.valueOf(options.epochs())));
        }
        return command;
    }

    private Path trainOne(Path experimentFile, String name, Path runsFolder, RunOptions options,
            PrintStream progress) throws IOException, InterruptedException, TrainingException {
        ProcessBuilder builder = new ProcessBuilder(command(experimentFile, name, runsFolder, options))
                .redirectErrorStream(true);
        builder.environment().put("OMP_NUM_THREADS", String.valueOf(threadsPerArm));
        Process process = builder.start();
        Path folder = null;
        List<String> last = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(RUN_FOLDER_LINE)) {
                    folder = Path.of(line.substring(RUN_FOLDER_LINE.length()).strip());
                }
                synchronized (progress) {
                    progress.println("[" + name + "] " + line);
                }
                last.add(line);
                if (last.size() > 5) {
                    last.remove(0);
                }
            }
        } finally {
            if (process.isAlive()) {
                process.destroy();
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || folder == null) {
            throw new TrainingException("study arm " + name + " failed (exit " + exit + "): " + String.join(" / ",
                    last));
        }
        return folder;
    }

    /**
     * How many arms of a study to train side by side: as many as the cores allow at {@code threadsPerArm} each
     * (threads per arm × arms ≤ cores) and as memory allows at {@code bytesPerArm} each, at most {@code arms}.
     */
    public static int fitting(int arms, int cores, int threadsPerArm, long availableBytes, long bytesPerArm) {
        int byCores = Math.max(1, cores / Math.max(1, threadsPerArm));
        long byMemory = bytesPerArm <= 0 ? arms : Math.max(1, availableBytes / bytesPerArm);
        return (int) Math.max(1, Math.min(arms, Math.min(byCores, byMemory)));
    }

    /**
     * A rough upper bound on one arm's memory: the child's heap ({@code heap}, as this JVM's) plus ND4J's native
     * memory for the experiment's network, its weights, gradients and Adam's two moments (16 bytes per parameter)
     * and a batch's activations kept for backprop. The parameter and activation counts per pixel are this engine's
     * networks' own; a study that does not fit runs its arms one after another.
     */
    public static long estimatedBytes(org.confounderlab.model.experiment.Experiment experiment, long heap) {
        org.confounderlab.model.experiment.ModelSpec model = experiment.getModel();
        int size = model == null ? 224 : model.getInputSize();
        int batch = experiment.getTraining() == null ? 32 : Math.max(1, experiment.getTraining().getBatchSize());
        long parameters;
        long activationsPerPixel;
        switch (model == null ? org.confounderlab.model.experiment.Architecture.SMALL_CNN : model.getArchitecture()) {
            case DENSENET121 -> {
                parameters = 7_000_000L;
                activationsPerPixel = 600;
            }
            case RESNET18 -> {
                parameters = 11_200_000L;
                activationsPerPixel = 120;
            }
            default -> {
                parameters = 10_000L;
                activationsPerPixel = 60;
            }
        }
        long nativeBytes = 16 * parameters + 4L * activationsPerPixel * size * size * batch + (256L << 20);
        return heap + nativeBytes;
    }

    /** The memory this machine has available now ({@code MemAvailable}), or the JVM's view of free memory. */
    public static long availableMemory() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemAvailable:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: below
        }
        return Runtime.getRuntime().freeMemory();
    }
}

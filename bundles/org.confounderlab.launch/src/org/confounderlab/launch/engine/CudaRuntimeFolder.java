package org.confounderlab.launch.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The optional CUDA runtime: a folder of jars added to the engine's class path for CUDA launches only, holding
 * ND4J's CUDA 11.6 backend for linux-x86_64 with the CUDA redistributable ({@code ./confounderlab cuda-runtime}), to
 * train, or ONNX Runtime's GPU build ({@code ./confounderlab onnxruntime-gpu}), to audit ONNX models, or both. The
 * CPU product carries neither.
 */
public final class CudaRuntimeFolder {

    /** The environment variable the command line reads, also the IDE's default. */
    public static final String ENVIRONMENT_VARIABLE = "CONFOUNDERLAB_CUDA_LIB";
    /** Where {@code ./confounderlab cuda-runtime} puts it unless told otherwise. */
    public static final Path DEFAULT_FOLDER = Path.of(System.getProperty("user.home"), ".confounderlab",
            "cuda-runtime-11.6");

    private static final String BACKEND_JAR_PREFIX = "nd4j-cuda-11.6-";
    /** The jar of ONNX Runtime's GPU build; it replaces the CPU build on the class path. */
    public static final String ONNXRUNTIME_GPU_JAR_PREFIX = "onnxruntime_gpu-";

    private CudaRuntimeFolder() {
    }

    /** The folder to suggest: {@code CONFOUNDERLAB_CUDA_LIB}, else the default folder when it exists, else empty. */
    public static String suggested() {
        String variable = System.getenv(ENVIRONMENT_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return variable;
        }
        return Files.isDirectory(DEFAULT_FOLDER) ? DEFAULT_FOLDER.toString() : "";
    }

    /**
     * What is wrong with {@code folder} as a CUDA runtime, or empty when it holds ND4J's CUDA backend or ONNX
     * Runtime's GPU build.
     */
    public static Optional<String> problem(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.of("The CUDA runtime folder " + folder + " does not exist; fill it with "
                    + "./confounderlab cuda-runtime " + folder);
        }
        try {
            if (jars(folder).stream().map(j -> j.getFileName().toString()).noneMatch(
                    name -> name.startsWith(BACKEND_JAR_PREFIX) || name.startsWith(ONNXRUNTIME_GPU_JAR_PREFIX))) {
                return Optional.of("The CUDA runtime folder " + folder + " has no " + BACKEND_JAR_PREFIX
                        + "*.jar; fill it with ./confounderlab cuda-runtime " + folder + " (to train), or with "
                        + "./confounderlab onnxruntime-gpu " + folder + " (" + ONNXRUNTIME_GPU_JAR_PREFIX
                        + "*.jar, to audit ONNX models)");
            }
        } catch (IOException e) {
            return Optional.of("The CUDA runtime folder " + folder + " cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The jars in {@code folder}, sorted by name. */
    public static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }
}

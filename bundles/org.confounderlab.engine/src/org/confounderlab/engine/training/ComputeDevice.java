package org.confounderlab.engine.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.confounderlab.model.experiment.BackendKind;

/**
 * The processor a run trains on, as recorded in the run: the CPU's model name and the machine's memory, or the
 * GPU's name, driver version and memory as {@code nvidia-smi} reports them.
 *
 * @param name          e.g. {@code Intel(R) Xeon(R) CPU @ 2.20GHz} or {@code NVIDIA H200}
 * @param driverVersion the NVIDIA driver's version; empty for a CPU or when unknown
 * @param memoryBytes   the machine's memory (CPU) or the device's (GPU); 0 when unknown
 */
public record ComputeDevice(String name, String driverVersion, long memoryBytes) {

    private static final long MIB = 1024L * 1024L;

    /** The device for {@code kind}; {@code index} is the CUDA device as this process numbers it. */
    public static ComputeDevice describe(BackendKind kind, int index) {
        return kind == BackendKind.CUDA ? cuda(index) : cpu();
    }

    /** This machine's CPU and memory, from {@code /proc} where there is one. */
    public static ComputeDevice cpu() {
        String name = read(Path.of("/proc/cpuinfo")).map(ComputeDevice::cpuModel).orElse("");
        if (name.isEmpty()) {
            name = System.getProperty("os.arch") + " CPU";
        }
        long memory = read(Path.of("/proc/meminfo")).map(ComputeDevice::totalMemory).orElse(0L);
        return new ComputeDevice(name + " (" + Runtime.getRuntime().availableProcessors() + " threads)", "", memory);
    }

    /**
     * CUDA device {@code index} of this process. With {@code CUDA_VISIBLE_DEVICES} set (as a launch does), that index
     * counts the visible devices only, so it is mapped back to the machine's device before asking {@code nvidia-smi}.
     * Without {@code nvidia-smi} the name says which device it was and the rest is unknown.
     */
    public static ComputeDevice cuda(int index) {
        String physical = physicalDevice(System.getenv("CUDA_VISIBLE_DEVICES"), index);
        Path answer = null;
        try {
            // Its output goes to a file, so a hung nvidia-smi is timed out instead of blocking a read.
            answer = Files.createTempFile("nvidia-smi", ".txt");
            Process process = new ProcessBuilder("nvidia-smi", "--query-gpu=name,driver_version,memory.total",
                    "--format=csv,noheader,nounits", "-i", physical).redirectErrorStream(true)
                    .redirectOutput(answer.toFile()).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            } else if (process.exitValue() == 0) {
                ComputeDevice device = parseNvidiaSmi(Files.readString(answer, StandardCharsets.UTF_8));
                if (device != null) {
                    return device;
                }
            }
        } catch (IOException e) {
            // no nvidia-smi: described below by index only
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (answer != null) {
                try {
                    Files.deleteIfExists(answer);
                } catch (IOException e) {
                    // a stray temporary file
                }
            }
        }
        return new ComputeDevice("CUDA device " + physical, "", 0);
    }

    /** The machine's device for a process's CUDA device {@code index}, given {@code CUDA_VISIBLE_DEVICES}. */
    public static String physicalDevice(String visibleDevices, int index) {
        if (visibleDevices == null || visibleDevices.isBlank()) {
            return String.valueOf(index);
        }
        List<String> visible = List.of(visibleDevices.split(",")).stream().map(String::strip).toList();
        return index >= 0 && index < visible.size() ? visible.get(index) : String.valueOf(index);
    }

    /** One line of {@code nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader,nounits}. */
    public static ComputeDevice parseNvidiaSmi(String output) {
        String line = output.strip().lines().findFirst().orElse("");
        String[] fields = line.split(",");
        if (fields.length != 3) {
            return null;
        }
        try {
            return new ComputeDevice(fields[0].strip(), fields[1].strip(),
                    Long.parseLong(fields[2].strip()) * MIB);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first {@code model name} of a {@code /proc/cpuinfo} text, or empty. */
    public static String cpuModel(String cpuinfo) {
        return cpuinfo.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("");
    }

    /** This machine's CPU model name, from {@code /proc/cpuinfo}; the architecture's name where there is none. */
    public static String cpuModel() {
        String name = read(Path.of("/proc/cpuinfo")).map(ComputeDevice::cpuModel).orElse("");
        return name.isEmpty() ? System.getProperty("os.arch") + " CPU" : name;
    }

    /** The widest vector instructions of this machine's CPU ({@link #cpuIsa(String)}); empty when unknown. */
    public static String cpuIsa() {
        return read(Path.of("/proc/cpuinfo")).map(ComputeDevice::cpuIsa).orElse("");
    }

    /**
     * The widest vector instructions the first CPU of a {@code /proc/cpuinfo} text has: {@code "AVX-512 (avx512f,
     * avx512bw, …)"}, {@code "AVX2"}, {@code "AVX"}, {@code "SSE4.2"}, or empty.
     */
    public static String cpuIsa(String cpuinfo) {
        java.util.Set<String> flags = cpuinfo.lines().filter(l -> l.startsWith("flags")).findFirst()
                .map(l -> java.util.Set.of(l.substring(l.indexOf(':') + 1).strip().split("\\s+")))
                .orElse(java.util.Set.of());
        if (flags.contains("avx512f")) {
            return "AVX-512 (" + String.join(", ", new java.util.TreeSet<>(flags.stream()
                    .filter(f -> f.startsWith("avx512")).toList())) + ")";
        }
        return flags.contains("avx2") ? "AVX2" : flags.contains("avx") ? "AVX" : flags.contains("sse4_2") ? "SSE4.2"
                : "";
    }

    /** {@code MemTotal} of a {@code /proc/meminfo} text, in bytes, or 0. */
    public static long totalMemory(String meminfo) {
        return meminfo.lines().filter(l -> l.startsWith("MemTotal:")).findFirst().map(l -> {
            String[] parts = l.substring("MemTotal:".length()).strip().split("\\s+");
            try {
                return Long.parseLong(parts[0]) * 1024L; // kB
            } catch (NumberFormatException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    private static java.util.Optional<String> read(Path file) {
        try {
            return Files.isReadable(file) ? java.util.Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}

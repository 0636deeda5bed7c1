package org.confounderlab.engine.cuda;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A GPU's name and compute capability, as {@code nvidia-smi --query-gpu=name,compute_cap} reports them (NVIDIA
 * drivers 510 and newer know the field).
 *
 * @param device the machine's device index, as {@code nvidia-smi} numbers it
 * @param name   e.g. {@code NVIDIA H200}
 * @param major  the capability's major number (9 for 9.0)
 * @param minor  its minor number
 */
public record GpuCapability(String device, String name, int major, int minor) {

    /** {@code "9.0"}. */
    public String capability() {
        return major + "." + minor;
    }

    /**
     * Device {@code device} of this machine, from {@code nvidia-smi} on the {@code PATH}; empty with the reason when
     * there is no {@code nvidia-smi}, it fails, or its driver does not know the capability field.
     */
    public static Result query(String device) {
        Path answer = null;
        try {
            // Its output goes to a file, so a hung nvidia-smi is timed out instead of blocking a read.
            answer = Files.createTempFile("nvidia-smi", ".txt");
            Process process = new ProcessBuilder(List.of("nvidia-smi", "--query-gpu=name,compute_cap",
                    "--format=csv,noheader", "-i", device)).redirectErrorStream(true).redirectOutput(answer.toFile())
                    .start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(Optional.empty(), "nvidia-smi did not answer within 20 s");
            }
            String output = Files.readString(answer, StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                return new Result(Optional.empty(), "nvidia-smi failed (exit " + process.exitValue() + "): "
                        + output.lines().findFirst().orElse(""));
            }
            Optional<GpuCapability> parsed = parse(device, output);
            return parsed.isPresent() ? new Result(parsed, "") : new Result(Optional.empty(),
                    "nvidia-smi did not report a compute capability (a driver older than 510?): '"
                            + output.lines().findFirst().orElse("") + "'");
        } catch (IOException e) {
            return new Result(Optional.empty(), "nvidia-smi is not on the PATH (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Optional.empty(), "interrupted while asking nvidia-smi");
        } finally {
            if (answer != null) {
                try {
                    Files.deleteIfExists(answer);
                } catch (IOException e) {
                    // a stray temporary file
                }
            }
        }
    }

    /** The capability, or why it is unknown. */
    public record Result(Optional<GpuCapability> gpu, String unknownBecause) {
    }

    /** The first line of {@code nvidia-smi --query-gpu=name,compute_cap --format=csv,noheader}: {@code "NVIDIA H200, 9.0"}. */
    public static Optional<GpuCapability> parse(String device, String output) {
        String line = output.strip().lines().findFirst().orElse("");
        int comma = line.lastIndexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        String[] version = line.substring(comma + 1).strip().split("\\.");
        try {
            if (version.length != 2) {
                return Optional.empty();
            }
            return Optional.of(new GpuCapability(device, line.substring(0, comma).strip(),
                    Integer.parseInt(version[0]), Integer.parseInt(version[1])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

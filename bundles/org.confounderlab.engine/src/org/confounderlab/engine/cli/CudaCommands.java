package org.confounderlab.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.cuda.CudaArchitectures;
import org.confounderlab.engine.cuda.CudaCompatibility;
import org.confounderlab.engine.training.BackendUnavailableException;

/**
 * {@code cuda-architectures FOLDER}: reads the GPU architectures of a CUDA runtime folder's native libraries (their
 * fat binaries) once and writes them beside the jars, as {@code ./confounderlab cuda-runtime} does after the
 * download. {@code gpu-check [--device N]}: the machine's GPU against this engine's CUDA runtime, as a CUDA run checks
 * it before making its run folder.
 */
final class CudaCommands {

    private CudaCommands() {
    }

    static int architectures(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println("usage: cuda-architectures FOLDER   (a CUDA runtime folder, as ./confounderlab cuda-runtime "
                    + "writes it)");
            return ExitCode.BAD_INPUT;
        }
        Path folder = Path.of(args.get(0));
        if (!Files.isDirectory(folder)) {
            err.println("cuda-architectures: " + folder + " is not a folder");
            return ExitCode.BAD_INPUT;
        }
        try {
            long start = System.currentTimeMillis();
            CudaArchitectures found = CudaArchitectures.scan(folder);
            if (found.isEmpty()) {
                err.println("cuda-architectures: no GPU code (no .nv_fatbin section) in the libraries of " + folder);
                return ExitCode.BAD_INPUT;
            }
            found.write(folder);
            out.printf(java.util.Locale.ROOT, "%s: %s (written to %s in %.1f s)%n", folder, found.describe(),
                    CudaArchitectures.FILE, (System.currentTimeMillis() - start) / 1000.0);
            return ExitCode.OK;
        } catch (IOException e) {
            err.println("cuda-architectures: " + e.getMessage());
            return ExitCode.FAILURE;
        }
    }

    static int gpuCheck(List<String> args, PrintStream out, PrintStream err) {
        int device = 0;
        if (args.size() == 2 && args.get(0).equals("--device")) {
            try {
                device = Integer.parseInt(args.get(1));
            } catch (NumberFormatException e) {
                err.println("gpu-check: --device takes a number, got '" + args.get(1) + "'");
                return ExitCode.BAD_INPUT;
            }
        } else if (!args.isEmpty()) {
            err.println("usage: gpu-check [--device N]");
            return ExitCode.BAD_INPUT;
        }
        try {
            out.println(CudaCompatibility.require(device).describe());
            return ExitCode.OK;
        } catch (BackendUnavailableException e) {
            err.println("gpu-check: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
    }
}

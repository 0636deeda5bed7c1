package org.confounderlab.engine.dl4j.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.TreeSet;

import org.confounderlab.engine.cuda.CudaArchitectures;
import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.resource.ModelFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --backend cuda} in the engine's own JVM with a stub {@code nvidia-smi} first on the {@code PATH} and a
 * CUDA runtime folder whose {@code cuda-architectures.txt} lists nd4j-cuda-11.6's code (cubins for 3.7 to 8.6, no
 * PTX): a GPU of compute capability 9.0 (an H200) is refused before any run folder exists, naming the GPU, its
 * capability and the supported range; one of 8.6 passes the check (and then stops, here, at the missing CUDA classes,
 * again before a run folder). {@code CUDA_VISIBLE_DEVICES} is mapped back to the machine's device for nvidia-smi.
 */
class GpuCapabilityCheckTest {

    @TempDir
    Path folder;
    private Path stubs;
    private Path runtime;
    private Path experiment;

    @BeforeEach
    void setUp() throws Exception {
        stubs = Files.createDirectories(folder.resolve("stub-bin"));
        Path smi = stubs.resolve("nvidia-smi");
        // answers the capability query with STUB_GPU, naming the device it was asked about (-i N)
        Files.writeString(smi, """
                #!/bin/sh
                device=""
                while [ $# -gt 0 ]; do
                  if [ "$1" = "-i" ]; then device="$2"; fi
                  shift
                done
                echo "$STUB_GPU (device $device), $STUB_CAPABILITY"
                """);
        Files.setPosixFilePermissions(smi, PosixFilePermissions.fromString("rwxr-xr-x"));
        runtime = Files.createDirectories(folder.resolve("cuda-runtime-11.6"));
        new CudaArchitectures(new TreeSet<>(java.util.List.of(37, 50, 60, 61, 70, 75, 80, 86)), new TreeSet<>())
                .write(runtime);
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(40).withSeed(3))
                .generate(folder.resolve("data"));
        experiment = folder.resolve("gpu.experiment");
        ModelFiles.save(DemoExperiment.create(64, 1), experiment);
    }

    private EngineProcess.Outcome run(String gpu, String capability, String visible) throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(Map.of("PATH", stubs + ":" + System.getenv("PATH"),
                "CONFOUNDERLAB_CUDA_LIB", runtime.toString(), "STUB_GPU", gpu, "STUB_CAPABILITY", capability));
        environment.put("CUDA_VISIBLE_DEVICES", visible);
        return EngineProcess.run(environment, "512m", folder.resolve("log-" + capability + ".txt"), 3, "run",
                experiment.toString(), "--backend", "cuda", "--device", "0");
    }

    @Test
    void aHopperGpuIsRefusedByNameCapabilityAndRangeBeforeAnyRunFolder() throws Exception {
        EngineProcess.Outcome outcome = run("NVIDIA H200", "9.0", "3");
        assertEquals(2, outcome.exitCode(), outcome.log());
        assertTrue(outcome.log().contains("run: GPU 3, NVIDIA H200 (device 3), has compute capability 9.0, and the "
                + "CUDA runtime in " + runtime + " has no code for it: it carries compute capability 3.7 to 8.6 (sm_37, "
                + "sm_50, sm_60, sm_61, sm_70, sm_75, sm_80, sm_86), no PTX."), outcome.log());
        assertFalse(Files.exists(folder.resolve("runs")), "no run folder: " + outcome.log());
    }

    @Test
    void anAmpereGpuPassesTheCheck() throws Exception {
        EngineProcess.Outcome outcome = run("NVIDIA GeForce RTX 3090", "8.6", "");
        assertTrue(outcome.log().contains("gpu: NVIDIA GeForce RTX 3090 (device 0) (GPU 0, compute capability 8.6): "
                + "supported by this CUDA runtime (compute capability 3.7 to 8.6"), outcome.log());
        // the stub is no GPU: ND4J's CUDA classes are not on this class path, which the backend says next
        assertEquals(2, outcome.exitCode(), outcome.log());
        assertTrue(outcome.log().contains("the CUDA runtime is not installed"), outcome.log());
        assertFalse(outcome.log().contains("has no code for it"), outcome.log());
        assertFalse(Files.exists(folder.resolve("runs")), "no run folder: " + outcome.log());
    }
}

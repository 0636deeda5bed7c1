package org.confounderlab.engine.tests.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.confounderlab.engine.training.ComputeDevice;
import org.junit.jupiter.api.Test;

class ComputeDeviceTest {

    @Test
    void nvidiaSmiQueryLinesAreReadIntoNameDriverAndMemory() {
        ComputeDevice device = ComputeDevice.parseNvidiaSmi("NVIDIA H200, 550.54.15, 143771\n");
        assertEquals("NVIDIA H200", device.name());
        assertEquals("550.54.15", device.driverVersion());
        assertEquals(143771L * 1024 * 1024, device.memoryBytes());
        assertNull(ComputeDevice.parseNvidiaSmi("No devices were found"));
        assertNull(ComputeDevice.parseNvidiaSmi("NVIDIA H200, 550.54.15, [N/A]"));
    }

    @Test
    void aProcesssCudaIndexCountsOnlyTheVisibleDevices() {
        assertEquals("2", ComputeDevice.physicalDevice(null, 2));
        assertEquals("3", ComputeDevice.physicalDevice("3", 0), "a launch on device 3 sees it as device 0");
        assertEquals("5", ComputeDevice.physicalDevice("1, 5", 1));
        assertEquals("GPU-8f2c", ComputeDevice.physicalDevice("GPU-8f2c", 0));
    }

    @Test
    void cpuModelAndMemoryComeFromProcFiles() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\n"
                + "processor\t: 1\nmodel name\t: Intel(R) Xeon(R) CPU @ 2.20GHz\n";
        assertEquals("Intel(R) Xeon(R) CPU @ 2.20GHz", ComputeDevice.cpuModel(cpuinfo));
        assertEquals(8_130_000L * 1024, ComputeDevice.totalMemory("MemTotal:        8130000 kB\nMemFree: 1 kB\n"));
        assertEquals(0, ComputeDevice.totalMemory("garbage"));
    }

    @Test
    void thisMachinesCpuIsDescribed() {
        ComputeDevice cpu = ComputeDevice.cpu();
        assertTrue(cpu.name().endsWith("(" + Runtime.getRuntime().availableProcessors() + " threads)"), cpu.name());
        assertEquals("", cpu.driverVersion());
        if (Files.isReadable(Path.of("/proc/meminfo"))) {
            assertTrue(cpu.memoryBytes() > 256L * 1024 * 1024, "memory " + cpu.memoryBytes());
            assertFalse(cpu.name().startsWith(System.getProperty("os.arch") + " CPU"), "the model name is read");
        }
    }

    @Test
    void aCudaDeviceWithoutNvidiaSmiStillSaysWhichDeviceItWas() throws Exception {
        boolean hasNvidiaSmi = new ProcessBuilder("sh", "-c", "command -v nvidia-smi").start().waitFor() == 0;
        ComputeDevice device = ComputeDevice.cuda(0);
        if (hasNvidiaSmi) {
            assertFalse(device.name().isBlank());
        } else {
            assertTrue(device.name().startsWith("CUDA device "), device.name());
            assertEquals(0, device.memoryBytes());
        }
    }
}

package org.confounderlab.engine.tests.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.confounderlab.engine.cuda.CudaArchitectures;
import org.confounderlab.engine.cuda.CudaCompatibility;
import org.confounderlab.engine.cuda.GpuCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The architectures of a CUDA runtime read from a shared library's fat binaries, on ELF files written here with the
 * layout nvcc gives them (a {@code .nv_fatbin} section of fatbin containers, 8-byte aligned, whose entries carry
 * their kind and {@code sm_XY}): nd4j-cuda-11.6's set (cubins for 3.7 to 8.6, no PTX) refuses 9.0 and runs 8.6 and
 * 8.9; PTX for 8.0 would run 9.0; the folder's jars are read and the answer written beside them.
 */
class CudaArchitecturesTest {

    /** nd4j-cuda-11.6 1.0.0-M2.1's architectures (build-facts.md: 3.7 to 8.6, no PTX). */
    static final int[] ND4J_CUDA_11_6 = {37, 50, 60, 61, 70, 75, 80, 86};

    /** A fatbin container with one entry per architecture, of {@code kind} 2 (cubin) or 1 (PTX). */
    static byte[] container(int kind, int... architectures) {
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (int architecture : architectures) {
            byte[] payload = ("code for sm_" + architecture).getBytes(StandardCharsets.US_ASCII);
            ByteBuffer header = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
            header.putShort(0, (short) kind);
            header.putShort(2, (short) 0x0101);
            header.putInt(4, 64); // header size
            header.putLong(8, payload.length);
            header.putShort(24, (short) 7); // code version 1.7
            header.putShort(26, (short) 1);
            header.putInt(28, architecture);
            entries.writeBytes(header.array());
            entries.writeBytes(payload);
        }
        ByteBuffer header = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0, 0xBA55ED50);
        header.putShort(4, (short) 1);
        header.putShort(6, (short) 16);
        header.putLong(8, entries.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.array());
        out.writeBytes(entries.toByteArray());
        while (out.size() % 8 != 0) {
            out.write(0);
        }
        return out.toByteArray();
    }

    /** A 64-bit little-endian ELF shared library with sections .text, .nv_fatbin (the containers) and .shstrtab. */
    static byte[] elf(byte[]... containers) {
        ByteArrayOutputStream fatbin = new ByteArrayOutputStream();
        for (byte[] container : containers) {
            fatbin.writeBytes(container);
        }
        byte[] text = new byte[32];
        byte[] names = "\0.text\0.nv_fatbin\0.shstrtab\0".getBytes(StandardCharsets.US_ASCII);
        int textAt = 64;
        int fatbinAt = textAt + text.length;
        int namesAt = fatbinAt + fatbin.size();
        int tableAt = (namesAt + names.length + 7) & ~7;
        ByteBuffer file = ByteBuffer.allocate(tableAt + 4 * 64).order(ByteOrder.LITTLE_ENDIAN);
        file.put(0, new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1});
        file.putShort(16, (short) 3); // ET_DYN
        file.putShort(18, (short) 62); // x86-64
        file.putInt(20, 1);
        file.putLong(0x28, tableAt);
        file.putShort(0x34, (short) 64);
        file.putShort(0x3A, (short) 64);
        file.putShort(0x3C, (short) 4);
        file.putShort(0x3E, (short) 3);
        file.put(textAt, text);
        file.put(fatbinAt, fatbin.toByteArray());
        file.put(namesAt, names);
        section(file, tableAt + 64, 1, 1, textAt, text.length); // .text
        section(file, tableAt + 128, 7, 1, fatbinAt, fatbin.size()); // .nv_fatbin (PROGBITS)
        section(file, tableAt + 192, 18, 3, namesAt, names.length); // .shstrtab (STRTAB)
        return file.array();
    }

    private static void section(ByteBuffer file, int at, int name, int type, long offset, long size) {
        file.putInt(at, name);
        file.putInt(at + 4, type);
        file.putLong(at + 24, offset);
        file.putLong(at + 32, size);
    }

    @Test
    void nd4jCuda116sCubinsRefuseHopperAndRunAmpereAndAda(@TempDir Path folder) throws IOException {
        Path library = folder.resolve("libnd4jcuda.so");
        // two containers, as a library linked from several objects has
        Files.write(library, elf(container(2, 37, 50, 60, 61), container(2, 70, 75, 80, 86)));
        CudaArchitectures code = CudaArchitectures.of(library);
        assertEquals(List.of(37, 50, 60, 61, 70, 75, 80, 86), List.copyOf(code.cubins()));
        assertTrue(code.ptx().isEmpty());
        assertFalse(code.supports(9, 0), "H100/H200: no sm_90 cubin and no PTX");
        assertFalse(code.supports(10, 0));
        assertTrue(code.supports(8, 6));
        assertTrue(code.supports(8, 9), "Ada runs sm_86 cubins (same major, higher minor)");
        assertTrue(code.supports(7, 2), "Xavier runs sm_70");
        assertFalse(code.supports(3, 5), "below the oldest cubin");
        assertEquals("compute capability 3.7 to 8.6 (sm_37, sm_50, sm_60, sm_61, sm_70, sm_75, sm_80, sm_86), "
                + "no PTX", code.describe());
    }

    @Test
    void ptxRunsOnLaterGpus(@TempDir Path folder) throws IOException {
        Path library = folder.resolve("libwithptx.so");
        Files.write(library, elf(container(2, 80, 86), container(1, 80)));
        CudaArchitectures code = CudaArchitectures.of(library);
        assertEquals(List.of(80), List.copyOf(code.ptx()));
        assertTrue(code.supports(9, 0), "compute_80 PTX is compiled for 9.0 by the driver");
        assertFalse(code.supports(7, 5));
    }

    @Test
    void aRuntimeFoldersJarsAreReadOnceAndTheAnswerWrittenBesideThem(@TempDir Path folder) throws IOException {
        try (ZipOutputStream jar = new ZipOutputStream(Files.newOutputStream(folder.resolve(
                "nd4j-cuda-11.6-1.0.0-M2.1-linux-x86_64.jar")))) {
            jar.putNextEntry(new ZipEntry("org/nd4j/nativeblas/linux-x86_64/libnd4jcuda.so"));
            jar.write(elf(container(2, ND4J_CUDA_11_6)));
            jar.closeEntry();
            jar.putNextEntry(new ZipEntry("org/nd4j/nativeblas/linux-x86_64/libjnind4jcuda.so"));
            jar.write(elf());
            jar.closeEntry();
            jar.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            jar.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.US_ASCII));
            jar.closeEntry();
        }
        Files.writeString(folder.resolve("not-a-library.so"), "plain text");
        CudaArchitectures scanned = CudaArchitectures.scan(folder);
        assertEquals(List.of(37, 50, 60, 61, 70, 75, 80, 86), List.copyOf(scanned.cubins()));
        scanned.write(folder);
        assertEquals(Optional.of(scanned), CudaArchitectures.readFile(folder));
        assertTrue(Files.readString(folder.resolve(CudaArchitectures.FILE)).startsWith("# GPU code in this CUDA "
                + "runtime's native libraries, read from their fat binaries: compute capability 3.7 to 8.6"));
        Files.writeString(folder.resolve(CudaArchitectures.FILE), "sm_86\nsm_9x\n");
        IOException bad = assertThrows(IOException.class, () -> CudaArchitectures.readFile(folder));
        assertTrue(bad.getMessage().endsWith("line 2: 'sm_9x' is neither sm_XY nor compute_XY"), bad.getMessage());
    }

    @Test
    void nvidiaSmisAnswerIsReadAndTheRefusalNamesGpuCapabilityAndRange(@TempDir Path folder) throws IOException {
        assertEquals(Optional.of(new GpuCapability("0", "NVIDIA H200", 9, 0)), GpuCapability.parse("0",
                "NVIDIA H200, 9.0\n"));
        assertEquals(Optional.of(new GpuCapability("1", "NVIDIA GeForce RTX 3090, Ti", 8, 6)),
                GpuCapability.parse("1", "NVIDIA GeForce RTX 3090, Ti, 8.6"));
        assertEquals(Optional.empty(), GpuCapability.parse("0", "Field \"compute_cap\" is not a valid field to query."));
        assertEquals(Optional.empty(), GpuCapability.parse("0", "NVIDIA H200, [N/A]"));
    }
}

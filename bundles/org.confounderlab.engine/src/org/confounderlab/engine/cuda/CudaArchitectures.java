package org.confounderlab.engine.cuda;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.confounderlab.model.resource.AtomicFiles;

/**
 * The GPU architectures a CUDA runtime carries code for, read from its native libraries' fat binaries: the
 * {@code .nv_fatbin} section of each ELF shared library holds fatbin containers (magic {@code 0xBA55ED50}), each a
 * list of entries of kind ELF (a cubin for one architecture, {@code sm_XY}) or PTX (intermediate code the driver can
 * compile for that architecture and any later one). A cubin {@code sm_XY} runs on devices of compute capability
 * {@code X.Y'} with {@code Y' ≥ Y}; so nd4j-cuda-11.6, with cubins for 3.7 to 8.6 and no PTX, cannot run on 9.0.
 *
 * <p>Reading a 600 MB library takes a while, so {@code ./confounderlab cuda-runtime} reads the runtime once when it
 * installs it and writes the answer beside the jars ({@value #FILE}); the engine and the launch tab read that file.
 *
 * @param cubins architectures with a cubin, as {@code 10 × major + minor} (37, 50, …, 86)
 * @param ptx    architectures with PTX
 */
public record CudaArchitectures(SortedSet<Integer> cubins, SortedSet<Integer> ptx) {

    /** The runtime folder's file of architectures, one {@code sm_XY} or {@code compute_XY} (PTX) per line. */
    public static final String FILE = "cuda-architectures.txt";

    private static final int FATBIN_MAGIC = 0xBA55ED50;
    private static final int KIND_PTX = 1;
    private static final int KIND_ELF = 2;

    public CudaArchitectures {
        cubins = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(cubins));
        ptx = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(ptx));
    }

    /** Whether a device of compute capability {@code major.minor} can run this code. */
    public boolean supports(int major, int minor) {
        int device = 10 * major + minor;
        return cubins.stream().anyMatch(a -> a / 10 == major && a % 10 <= minor)
                || ptx.stream().anyMatch(a -> a <= device);
    }

    /** Whether any code was found at all. */
    public boolean isEmpty() {
        return cubins.isEmpty() && ptx.isEmpty();
    }

    /** In words: {@code "compute capability 3.7 to 8.6 (sm_37, sm_50, …), no PTX"}. */
    public String describe() {
        if (isEmpty()) {
            return "no GPU code";
        }
        StringBuilder text = new StringBuilder();
        if (!cubins.isEmpty()) {
            text.append("compute capability ").append(capability(cubins.first())).append(cubins.size() > 1
                    ? " to " + capability(cubins.last()) : "").append(" (").append(cubins.stream().map(a -> "sm_" + a)
                            .collect(Collectors.joining(", "))).append(")");
        }
        text.append(text.isEmpty() ? "" : ", ").append(ptx.isEmpty() ? "no PTX" : "PTX for " + ptx.stream()
                .map(a -> "compute_" + a).collect(Collectors.joining(", ")) + " (runs on later GPUs too)");
        return text.toString();
    }

    /** {@code 86} as {@code "8.6"}. */
    public static String capability(int architecture) {
        return architecture / 10 + "." + architecture % 10;
    }

    /** The architectures of every shared library in {@code folder}'s jars (and loose {@code .so} files). */
    public static CudaArchitectures scan(Path folder) throws IOException {
        SortedSet<Integer> cubins = new TreeSet<>();
        SortedSet<Integer> ptx = new TreeSet<>();
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".so") || name.contains(".so.")) {
                read(file, cubins, ptx);
            } else if (name.endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(file.toFile())) {
                    for (ZipEntry entry : java.util.Collections.list(jar.entries())) {
                        String entryName = entry.getName();
                        if (entry.isDirectory() || !(entryName.endsWith(".so") || entryName.contains(".so."))) {
                            continue;
                        }
                        Path copy = Files.createTempFile("confounderlab-cuda", ".so");
                        try (InputStream in = jar.getInputStream(entry)) {
                            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                            read(copy, cubins, ptx);
                        } finally {
                            Files.deleteIfExists(copy);
                        }
                    }
                }
            }
        }
        return new CudaArchitectures(cubins, ptx);
    }

    /** The architectures in the fat binaries of one ELF shared library ({@code .nv_fatbin}); none if it has none. */
    public static CudaArchitectures of(Path sharedLibrary) throws IOException {
        SortedSet<Integer> cubins = new TreeSet<>();
        SortedSet<Integer> ptx = new TreeSet<>();
        read(sharedLibrary, cubins, ptx);
        return new CudaArchitectures(cubins, ptx);
    }

    private static void read(Path file, SortedSet<Integer> cubins, SortedSet<Integer> ptx) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r"); FileChannel channel = raf.getChannel()) {
            ByteBuffer header = read(channel, 0, 64);
            if (header.remaining() < 64 || header.getInt(0) != 0x464C457F || header.get(4) != 2
                    || header.get(5) != 1) {
                return; // not a 64-bit little-endian ELF: no fat binaries to read
            }
            long sectionTable = header.getLong(0x28);
            int entrySize = Short.toUnsignedInt(header.getShort(0x3A));
            int sections = Short.toUnsignedInt(header.getShort(0x3C));
            int names = Short.toUnsignedInt(header.getShort(0x3E));
            if (entrySize < 64 || sections == 0 || names >= sections) {
                return;
            }
            ByteBuffer table = read(channel, sectionTable, (long) entrySize * sections);
            if (table.remaining() < entrySize * sections) {
                throw new IOException(file + ": its ELF section table is cut short");
            }
            long namesOffset = table.getLong(names * entrySize + 24);
            long namesSize = table.getLong(names * entrySize + 32);
            ByteBuffer nameTable = read(channel, namesOffset, Math.min(namesSize, 16L << 20));
            for (int s = 0; s < sections; s++) {
                String name = name(nameTable, table.getInt(s * entrySize));
                if (!name.equals(".nv_fatbin") && !name.equals("__nv_relfatbin")) {
                    continue;
                }
                long offset = table.getLong(s * entrySize + 24);
                long size = table.getLong(s * entrySize + 32);
                containers(channel, offset, size, cubins, ptx, file);
            }
        }
    }

    /** The fatbin containers one after another in a section, each 8-byte aligned. */
    private static void containers(FileChannel channel, long start, long size, SortedSet<Integer> cubins,
            SortedSet<Integer> ptx, Path file) throws IOException {
        long at = start;
        long end = start + size;
        while (at + 16 <= end) {
            ByteBuffer header = read(channel, at, 16);
            if (header.getInt(0) != FATBIN_MAGIC) {
                at += 8; // padding between containers
                continue;
            }
            int headerSize = Short.toUnsignedInt(header.getShort(6));
            long fatSize = header.getLong(8);
            long entry = at + headerSize;
            long last = Math.min(end, entry + fatSize);
            while (entry + 32 <= last) {
                ByteBuffer fields = read(channel, entry, 32);
                int kind = Short.toUnsignedInt(fields.getShort(0));
                long entryHeader = Integer.toUnsignedLong(fields.getInt(4));
                long payload = fields.getLong(8);
                int architecture = fields.getInt(28);
                if (entryHeader < 32 || payload < 0) {
                    throw new IOException(file + ": a fat binary entry at byte " + entry + " has a header of "
                            + entryHeader + " bytes");
                }
                if (kind == KIND_ELF) {
                    cubins.add(architecture);
                } else if (kind == KIND_PTX) {
                    ptx.add(architecture);
                }
                entry += entryHeader + payload;
            }
            at = Math.max(at + 16, entry);
            at = (at + 7) & ~7L;
        }
    }

    private static String name(ByteBuffer names, int offset) {
        if (offset < 0 || offset >= names.limit()) {
            return "";
        }
        int end = offset;
        while (end < names.limit() && names.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - offset];
        names.get(offset, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    private static ByteBuffer read(FileChannel channel, long position, long length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.max(0, Math.min(length, Integer.MAX_VALUE - 8)))
                .order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                break;
            }
        }
        buffer.flip();
        return buffer;
    }

    /** Writes these architectures to {@code folder}/{@value #FILE}. */
    public void write(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# GPU code in this CUDA runtime's native libraries, read from their fat binaries: "
                + describe());
        cubins.forEach(a -> lines.add("sm_" + a));
        ptx.forEach(a -> lines.add("compute_" + a));
        AtomicFiles.write(folder.resolve(FILE), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The architectures {@code folder}/{@value #FILE} lists, or empty when there is no such file. */
    public static Optional<CudaArchitectures> readFile(Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        SortedSet<Integer> cubins = new TreeSet<>();
        SortedSet<Integer> ptx = new TreeSet<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            try {
                if (text.startsWith("sm_")) {
                    cubins.add(Integer.parseInt(text.substring(3)));
                } else if (text.startsWith("compute_")) {
                    ptx.add(Integer.parseInt(text.substring(8)));
                } else {
                    throw new NumberFormatException(text);
                }
            } catch (NumberFormatException e) {
                throw new IOException(file + " line " + number + ": '" + text + "' is neither sm_XY nor compute_XY");
            }
        }
        return Optional.of(new CudaArchitectures(cubins, ptx));
    }
}

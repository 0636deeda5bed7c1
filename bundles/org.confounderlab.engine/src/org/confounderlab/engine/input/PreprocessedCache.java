package org.confounderlab.engine.input;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.image.ColourMode;
import org.confounderlab.engine.image.ImageDecodeException;
import org.confounderlab.engine.image.ImagePipeline;
import org.confounderlab.engine.image.LetterboxTransform;

/**
 * Every image of a data set decoded and letterboxed to the model input once, quantised to 8 or 16 bits, in one file
 * per data set and preprocessing ({@link CacheKey}): reused by every epoch, run and study arm, and built again when a
 * file or the preprocessing changes. Images that cannot be read are found while it is built and recorded in it with
 * the reason, so every later run knows them without reading them again.
 *
 * <p>Images are read with positional reads, not a memory mapping: the operating system's page cache keeps the hot
 * part of the file in memory either way, but mapped pages count towards the engine's resident size, which would
 * then grow with the data set (a 100,000-image cache at 224² is 5 GB).
 *
 * <p>Layout (little endian): a 64-byte header ({@code CLCACHE1}, version, images, channels, side, bits, complete),
 * one 32-byte record per image (status, source width and height, offsets, scale), then the pixels of each image.
 */
public final class PreprocessedCache implements LetterboxedStore, AutoCloseable {

    private static final byte[] MAGIC = "CLCACHE1".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final int HEADER = 64;
    private static final int RECORD = 32;
    private static final int OK = 1;
    private static final int BAD = 2;

    /**
     * What opening the cache did.
     *
     * @param problems the unreadable images, in the data set's order, each naming its file and why
     */
    public record Opening(PreprocessedCache cache, boolean built, long millis,
            List<org.confounderlab.engine.data.DataProblem> problems) {

        public Opening {
            problems = List.copyOf(problems);
        }

        /** A line for the run's log and record. */
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s %s (%d images, %d-bit, %.1f MB) in %.1f s",
                    built ? "built" : "reused", cache.file, cache.count, cache.bits,
                    cache.fileSize() / 1e6, millis / 1000.0);
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final int count;
    private final int channels;
    private final int size;
    private final int bits;
    private final Map<Path, Integer> slots;
    private final LetterboxTransform[] transforms;
    private final Map<Integer, String> badReasons;

    private PreprocessedCache(Path file, FileChannel channel, List<Path> images, int channels, int size, int bits,
            LetterboxTransform[] transforms, Map<Integer, String> badReasons) {
        this.file = file;
        this.channel = channel;
        this.count = images.size();
        this.channels = channels;
        this.size = size;
        this.bits = bits;
        this.slots = new HashMap<>(images.size() * 2);
        for (int i = 0; i < images.size(); i++) {
            slots.put(images.get(i), i);
        }
        this.transforms = transforms;
        this.badReasons = badReasons;
    }

    /** Images whose headers {@link #bitsFor} reads, spread over the data set. */
    private static final int PROBED = 16;

    /**
     * The bits a cache of {@code entries}' images needs: 16 when any of {@value #PROBED} images spread over the list
     * stores more than 8 bits per sample (16-bit PNGs, often with 10 or 12 significant bits in the low values, would
     * keep only a few gray levels in 8 bits), else 8. Reads headers only.
     */
    public static int bitsFor(List<ManifestEntry> entries) {
        if (entries.isEmpty()) {
            return 8;
        }
        int step = Math.max(1, entries.size() / PROBED);
        for (int i = 0; i < entries.size(); i += step) {
            if (sampleBits(entries.get(i).image()) > 8) {
                return 16;
            }
        }
        return 8;
    }

    private static int sampleBits(Path file) {
        if (org.confounderlab.engine.image.ImageDecoder.isDicom(file)) {
            try {
                return org.confounderlab.engine.dicom.DicomParser.readHeader(file).data().number(
                        org.confounderlab.engine.dicom.DicomTags.BITS_STORED, 8) > 8 ? 16 : 8;
            } catch (org.confounderlab.engine.dicom.DicomFileException | RuntimeException e) {
                return 8; // an unreadable file is found, with its reason, when the cache is built
            }
        }
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(file.toFile())) {
            java.util.Iterator<javax.imageio.ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : javax.imageio.ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return 8;
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                javax.imageio.ImageTypeSpecifier type = reader.getRawImageType(0);
                return type == null ? 8 : type.getSampleModel().getSampleSize(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 8; // an unreadable file is found, with its reason, when the cache is built
        }
    }

    /**
     * The cache of {@code entries}' images as {@code pipeline} letterboxes them, in {@code folder}: the existing file
     * when its key matches, else built now on {@code threads} threads.
     *
     * @param bits 8 or 16
     */
    public static Opening open(Path folder, List<ManifestEntry> entries, ImagePipeline pipeline, int bits, int threads,
            PrintStream progress) throws IOException, InterruptedException {
        return open(folder, entries, pipeline, bits, threads, progress, null);
    }

    /**
     * The cache as {@link #open(Path, List, ImagePipeline, int, int, PrintStream)} opens it; when it is built now,
     * {@code listener} (may be {@code null}) sees every image decoded for it.
     */
    public static Opening open(Path folder, List<ManifestEntry> entries, ImagePipeline pipeline, int bits, int threads,
            PrintStream progress, DecodedImageListener listener) throws IOException, InterruptedException {
        if (bits != 8 && bits != 16) {
            throw new IllegalArgumentException("a cache holds 8 or 16 bits per value, not " + bits);
        }
        List<Path> images = new ArrayList<>(new LinkedHashSet<>(entries.stream().map(ManifestEntry::image).toList()));
        String key = CacheKey.of(images, pipeline, bits);
        Files.createDirectories(folder);
        Path file = folder.resolve(key + ".cache");
        int channels = pipeline.colourMode() == ColourMode.GRAY ? 1 : 3;
        long start = System.currentTimeMillis();
        if (Files.isRegularFile(file)) {
            PreprocessedCache cache = read(file, images, channels, pipeline.inputSize(), bits);
            if (cache != null) {
                List<ImageScan.Bad> bad = new ArrayList<>();
                cache.badReasons.forEach((slot, reason) -> bad.add(new ImageScan.Bad(slot, images.get(slot), reason)));
                bad.sort((a, b) -> Integer.compare(a.index(), b.index()));
                CacheFolder.touch(file);
                return new Opening(cache, false, System.currentTimeMillis() - start, problems(bad));
            }
        }
        ImageScan.Outcome outcome = build(file, images, pipeline, channels, bits, threads, progress, listener);
        PreprocessedCache cache = read(file, images, channels, pipeline.inputSize(), bits);
        if (cache == null) {
            throw new IOException("the cache just written to " + file + " cannot be read back");
        }
        for (CacheFolder.Entry superseded : CacheFolder.removeSuperseded(file)) {
            if (progress != null) {
                progress.printf(java.util.Locale.ROOT, "cache: removed %s (%.1f MB), made for an earlier state of "
                        + "the same images%n", superseded.file(), superseded.bytes() / 1e6);
            }
        }
        return new Opening(cache, true, outcome.millis(), problems(outcome.bad()));
    }

    private static List<org.confounderlab.engine.data.DataProblem> problems(List<ImageScan.Bad> bad) {
        return bad.stream().map(ImageScan.Bad::problem).toList();
    }

    private static ImageScan.Outcome build(Path file, List<Path> images, ImagePipeline pipeline, int channels,
            int bits, int threads, PrintStream progress, DecodedImageListener listener)
            throws IOException, InterruptedException {
        int size = pipeline.inputSize();
        long recordBytes = (long) channels * size * size * (bits / 8);
        Path part = file.resolveSibling(file.getFileName() + ".part-" + ProcessHandle.current().pid());
        ImageScan.Outcome outcome;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.READ)) {
            writeFully(out, header(images.size(), channels, size, bits, false), 0);
            long dataStart = HEADER + (long) RECORD * images.size();
            if (progress != null) {
                progress.printf(java.util.Locale.ROOT, "cache: building %s for %d images (%.1f MB)%n", file,
                        images.size(), (dataStart + recordBytes * images.size()) / 1e6);
            }
            outcome = ImageScan.run(images, new DecodingStore(pipeline, listener), threads, (index, image) -> {
                writeFully(out, quantise(image.pixels(), bits), dataStart + recordBytes * index);
                writeFully(out, record(OK, image.transform()), HEADER + (long) RECORD * index);
            }, progress, "cache");
            for (ImageScan.Bad bad : outcome.bad()) {
                ByteBuffer record = ByteBuffer.allocate(RECORD).order(ByteOrder.LITTLE_ENDIAN);
                record.putInt(0, BAD);
                writeFully(out, record, HEADER + (long) RECORD * bad.index());
            }
            writeBadReasons(badFile(part), outcome.bad());
            writeFully(out, header(images.size(), channels, size, bits, true), 0);
            out.force(true);
        } catch (IOException | RuntimeException | InterruptedException | Error e) {
            Files.deleteIfExists(part);
            Files.deleteIfExists(badFile(part));
            throw e;
        }
        move(badFile(part), badFile(file));
        move(part, file);
        return outcome;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path badFile(Path cacheFile) {
        return cacheFile.resolveSibling(cacheFile.getFileName() + ".bad.tsv");
    }

    private static void writeBadReasons(Path file, List<ImageScan.Bad> bad) throws IOException {
        StringBuilder text = new StringBuilder();
        for (ImageScan.Bad b : bad) {
            text.append(b.index()).append('\t').append(b.reason().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The cache in {@code file}, or {@code null} when it is incomplete or made for other images or settings. */
    private static PreprocessedCache read(Path file, List<Path> images, int channels, int size, int bits)
            throws IOException {
        FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            readFully(in, header, 0);
            byte[] magic = new byte[MAGIC.length];
            header.get(0, magic);
            long recordBytes = (long) channels * size * size * (bits / 8);
            if (!java.util.Arrays.equals(magic, MAGIC) || header.getInt(8) != VERSION
                    || header.getInt(12) != images.size() || header.getInt(16) != channels
                    || header.getInt(20) != size || header.getInt(24) != bits || header.getInt(28) != 1
                    || in.size() != HEADER + (long) RECORD * images.size() + recordBytes * images.size()) {
                in.close();
                return null;
            }
            ByteBuffer records = ByteBuffer.allocate(RECORD * images.size()).order(ByteOrder.LITTLE_ENDIAN);
            readFully(in, records, HEADER);
            LetterboxTransform[] transforms = new LetterboxTransform[images.size()];
            Map<Integer, String> reasons = new HashMap<>();
            Map<Integer, String> written = readBadReasons(badFile(file));
            for (int i = 0; i < images.size(); i++) {
                int at = i * RECORD;
                int status = records.getInt(at);
                if (status == OK) {
                    transforms[i] = new LetterboxTransform(records.getInt(at + 4), records.getInt(at + 8), size,
                            records.getDouble(at + 20), records.getInt(at + 12), records.getInt(at + 16));
                } else if (status == BAD) {
                    reasons.put(i, written.getOrDefault(i, "could not be read when the cache was built"));
                } else {
                    in.close();
                    return null; // not written: an incomplete cache
                }
            }
            return new PreprocessedCache(file, in, images, channels, size, bits, transforms, reasons);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static Map<Integer, String> readBadReasons(Path file) throws IOException {
        Map<Integer, String> reasons = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return reasons;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                try {
                    reasons.put(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
                } catch (NumberFormatException e) {
                    // a damaged line: that image keeps the generic reason
                }
            }
        }
        return reasons;
    }

    private static ByteBuffer header(int count, int channels, int size, int bits, boolean complete) {
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        header.put(0, MAGIC);
        header.putInt(8, VERSION);
        header.putInt(12, count);
        header.putInt(16, channels);
        header.putInt(20, size);
        header.putInt(24, bits);
        header.putInt(28, complete ? 1 : 0);
        return header;
    }

    private static ByteBuffer record(int status, LetterboxTransform transform) {
        ByteBuffer record = ByteBuffer.allocate(RECORD).order(ByteOrder.LITTLE_ENDIAN);
        record.putInt(0, status);
        record.putInt(4, transform.sourceWidth());
        record.putInt(8, transform.sourceHeight());
        record.putInt(12, transform.offsetX());
        record.putInt(16, transform.offsetY());
        record.putDouble(20, transform.scale());
        return record;
    }

    private static ByteBuffer quantise(float[] pixels, int bits) {
        ByteBuffer data = ByteBuffer.allocate(pixels.length * (bits / 8)).order(ByteOrder.LITTLE_ENDIAN);
        if (bits == 8) {
            for (int i = 0; i < pixels.length; i++) {
                data.put(i, (byte) Math.round(Math.max(0f, Math.min(1f, pixels[i])) * 255f));
            }
        } else {
            for (int i = 0; i < pixels.length; i++) {
                data.putShort(2 * i, (short) Math.round(Math.max(0f, Math.min(1f, pixels[i])) * 65535f));
            }
        }
        return data;
    }

    private static void writeFully(FileChannel channel, ByteBuffer data, long position) throws IOException {
        data.clear();
        while (data.hasRemaining()) {
            position += channel.write(data, position);
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer data, long position) throws IOException {
        data.clear();
        while (data.hasRemaining()) {
            int read = channel.read(data, position);
            if (read < 0) {
                throw new java.io.EOFException("the cache file ends early");
            }
            position += read;
        }
    }

    @Override
    public Letterboxed read(ManifestEntry entry) throws ImageDecodeException {
        int slot = slot(entry);
        int length = channels * size * size;
        ByteBuffer data = ByteBuffer.allocate(length * (bits / 8)).order(ByteOrder.LITTLE_ENDIAN);
        try {
            readFully(channel, data, HEADER + (long) RECORD * count + (long) data.capacity() * slot);
        } catch (IOException e) {
            throw new ImageDecodeException(entry.image(), "cannot read it from the cache " + file + " ("
                    + e.getMessage() + ")", e);
        }
        float[] pixels = new float[length];
        if (bits == 8) {
            for (int i = 0; i < length; i++) {
                pixels[i] = (data.get(i) & 0xFF) / 255f;
            }
        } else {
            for (int i = 0; i < length; i++) {
                pixels[i] = (data.getShort(2 * i) & 0xFFFF) / 65535f;
            }
        }
        return new Letterboxed(pixels, transforms[slot]);
    }

    @Override
    public LetterboxTransform transform(ManifestEntry entry) throws ImageDecodeException {
        return transforms[slot(entry)];
    }

    private int slot(ManifestEntry entry) throws ImageDecodeException {
        Integer slot = slots.get(entry.image());
        if (slot == null) {
            throw new ImageDecodeException(entry.image(), "not in the cache " + file);
        }
        String bad = badReasons.get(slot);
        if (bad != null) {
            throw new ImageDecodeException(entry.image(), bad);
        }
        return slot;
    }

    @Override
    public int channels() {
        return channels;
    }

    @Override
    public int size() {
        return size;
    }

    /** The cache file. */
    /** Bits per stored sample: 8 or 16. */
    public int bits() {
        return bits;
    }

    public Path file() {
        return file;
    }

    /** Bytes on disk. */
    public long fileSize() {
        try {
            return channel.size();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public String describe() {
        return "read from the preprocessed cache " + file + " (" + bits + "-bit)";
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}

package org.confounderlab.engine.weights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tensors of one weights file in the file's order, with where they came from. Read from safetensors or from a
 * torch.save zip archive, writing nothing and executing nothing.
 *
 * @see <a href="https://github.com/huggingface/safetensors#format">the safetensors format</a>
 * @see <a href="https://pytorch.org/docs/stable/notes/serialization.html">serialization in PyTorch</a>
 */
public final class StateDict {

    /** The {@link #format()} of a safetensors file. */
    public static final String SAFETENSORS = SafetensorsReader.FORMAT;

    /** The {@link #format()} of a torch.save zip archive. */
    public static final String TORCH_ZIP = TorchArchiveReader.FORMAT;

    /** The pickle of torch's legacy magic number 0x1950a86a20f9469cfc6c that opens a pre-1.6 torch.save file. */
    private static final byte[] LEGACY_MAGIC = {(byte) 0x80, 0x02, (byte) 0x8a, 0x0a, 0x6c, (byte) 0xfc, (byte) 0x9c,
        0x46, (byte) 0xf9, 0x20, 0x6a, (byte) 0xa8, 0x50, 0x19};

    private static final int HEAD = 16;

    private final Path file;

    private final String format;

    private final String sha256;

    private final List<StateTensor> tensors;

    private final Map<String, StateTensor> byName = new LinkedHashMap<>();

    private StateDict(Path file, String format, String sha256, List<StateTensor> tensors) {
        this.file = file;
        this.format = format;
        this.sha256 = sha256;
        this.tensors = List.copyOf(tensors);
        for (StateTensor tensor : this.tensors) {
            if (byName.put(tensor.name(), tensor) != null) {
                throw new IllegalArgumentException("the tensor " + tensor.name() + " appears twice");
            }
        }
    }

    /**
     * Reads safetensors or a torch.save zip archive, told apart by content (magic), not the file name.
     *
     * @throws WeightsFileException when the file cannot be read, is neither format, is a legacy (pre-1.6) torch file
     *         or TorchScript, names a pickle global or opcode other than those of a state dict, or is truncated;
     *         the message names the file and, where one is at fault, the tensor
     */
    public static StateDict read(Path file) throws WeightsFileException {
        try {
            byte[] head = head(file);
            String format;
            List<StateTensor> tensors;
            if (SafetensorsReader.looksLike(head)) {
                format = SAFETENSORS;
                tensors = SafetensorsReader.read(file);
            } else if (TorchArchiveReader.looksLike(head)) {
                format = TORCH_ZIP;
                tensors = TorchArchiveReader.read(file);
            } else if (head.length >= LEGACY_MAGIC.length
                    && Arrays.equals(head, 0, LEGACY_MAGIC.length, LEGACY_MAGIC, 0, LEGACY_MAGIC.length)) {
                throw new WeightsFileException(file, "a legacy (pre-1.6) PyTorch file; re-save it with "
                        + "torch.save(torch.load(f, weights_only=True), 'weights.pth') in PyTorch ≥ 1.6, or as"
                        + " safetensors");
            } else {
                throw new WeightsFileException(file, (head.length == 0 ? "is empty: " : "is ")
                        + "neither safetensors nor a PyTorch zip archive"
                        + (head.length == 0 ? "" : " (it starts with " + HexFormat.ofDelimiter(" ").formatHex(head,
                                0, Math.min(8, head.length)) + ")"));
            }
            return new StateDict(file, format, sha256Of(file), tensors);
        } catch (IOException | RuntimeException e) {
            throw new WeightsFileException(file, "cannot be read (" + e + ")", e);
        }
    }

    /** The file the tensors were read from. */
    public Path file() {
        return file;
    }

    /** {@value #SAFETENSORS} or {@value #TORCH_ZIP}. */
    public String format() {
        return format;
    }

    /** The SHA-256 of the whole file's bytes, in lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** The tensors' names in file order. */
    public List<String> names() {
        return tensors.stream().map(StateTensor::name).toList();
    }

    /** The tensors in file order. */
    public List<StateTensor> tensors() {
        return tensors;
    }

    /** The tensor {@code name}; null when absent. */
    public StateTensor tensor(String name) {
        return byName.get(name);
    }

    /** The number of tensors. */
    public int size() {
        return tensors.size();
    }

    @Override
    public String toString() {
        return file.getFileName() + " (" + format + ", " + tensors.size() + " tensors)";
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    /** The SHA-256 of {@code file}'s bytes in lower-case hex (any file: a run records it for its weights file). */
    public static String sha256Of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}

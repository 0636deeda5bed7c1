package org.confounderlab.engine.weights;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the state dict of a torch.save zip archive (the format since torch 1.6): a zip of {@code <prefix>/data.pkl},
 * the pickled dict, whose tensors refer by persistent id to raw storages {@code <prefix>/data/<key>}, with
 * {@code <prefix>/byteorder} ({@code little} when absent) and {@code <prefix>/version}. The pickle is read by the
 * {@link RestrictedUnpickler}, so nothing in the file is executed. A training checkpoint whose dict holds its state
 * dict under {@code "state_dict"} or {@code "model"} yields that state dict.
 *
 * @see <a href="https://github.com/pytorch/pytorch/blob/main/torch/serialization.py">torch.serialization</a>
 */
final class TorchArchiveReader {

    /** The name {@link StateDict#format()} gives this format. */
    static final String FORMAT = "PyTorch zip archive";

    /** The keys under which training checkpoints commonly keep the state dict, in the order they are tried. */
    private static final List<String> CHECKPOINT_KEYS = List.of("state_dict", "model");

    private static final String SAVE_STATE_DICT = "save model.state_dict() with torch.save, or as safetensors";

    private final Path file;

    private final ZipFile zip;

    private final String prefix;

    private final ByteOrder order;

    private final Map<String, ByteBuffer> storages = new HashMap<>();

    private TorchArchiveReader(Path file, ZipFile zip, String prefix, ByteOrder order) {
        this.file = file;
        this.zip = zip;
        this.prefix = prefix;
        this.order = order;
    }

    /** Whether the first bytes {@code head} of a file are those of a zip archive. */
    static boolean looksLike(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /** The tensors of the state dict in {@code file}, in the dict's order. */
    static List<StateTensor> read(Path file) throws WeightsFileException, IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new WeightsFileException(file, "is a truncated or damaged zip archive (" + e.getMessage() + ")", e);
        }
        try (zip) {
            String prefix = prefixOf(file, zip);
            return new TorchArchiveReader(file, zip, prefix, byteOrderOf(file, zip, prefix)).tensors();
        } catch (ZipException e) {
            throw new WeightsFileException(file, "is a damaged zip archive (" + e.getMessage() + ")", e);
        }
    }

    /** The folder, with its slash, that holds {@code data.pkl}; refuses TorchScript and other zip archives. */
    private static String prefixOf(Path file, ZipFile zip) throws WeightsFileException {
        List<String> prefixes = new ArrayList<>();
        boolean torchScript = false;
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            String folder = slash < 0 ? "" : name.substring(0, slash + 1);
            String rest = name.substring(folder.length());
            if (rest.equals("data.pkl")) {
                prefixes.add(folder);
            }
            torchScript |= rest.equals("constants.pkl") || rest.startsWith("code/");
        }
        if (torchScript) {
            throw new WeightsFileException(file, "is a TorchScript archive (torch.jit.save), not a state dict; "
                    + SAVE_STATE_DICT);
        }
        if (prefixes.isEmpty()) {
            throw new WeightsFileException(file, "is a zip archive without a data.pkl: neither safetensors nor a"
                    + " PyTorch zip archive");
        }
        if (prefixes.size() > 1) {
            throw new WeightsFileException(file, "holds " + prefixes.size() + " data.pkl files (in "
                    + String.join(", ", new TreeSet<>(prefixes)) + "), not one torch.save archive");
        }
        return prefixes.get(0);
    }

    private static ByteOrder byteOrderOf(Path file, ZipFile zip, String prefix) throws WeightsFileException,
            IOException {
        ZipEntry entry = zip.getEntry(prefix + "byteorder");
        if (entry == null) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        String order;
        try (InputStream in = zip.getInputStream(entry)) {
            order = new String(in.readNBytes(16), StandardCharsets.US_ASCII).strip();
        }
        return switch (order) {
            case "little" -> ByteOrder.LITTLE_ENDIAN;
            case "big" -> ByteOrder.BIG_ENDIAN;
            default -> throw new WeightsFileException(file, "its " + entry.getName() + " says \"" + order
                    + "\", neither little nor big");
        };
    }

    private List<StateTensor> tensors() throws WeightsFileException, IOException {
        String pickleName = prefix + "data.pkl";
        byte[] pickle = entryBytes(zip.getEntry(pickleName), pickleName);
        Map<?, ?> stateDict = stateDictOf(new RestrictedUnpickler(file, pickleName, pickle).load());
        List<StateTensor> tensors = new ArrayList<>();
        for (Map.Entry<?, ?> entry : stateDict.entrySet()) {
            if (entry.getValue() instanceof PickledTensor tensor) {
                if (!(entry.getKey() instanceof String name)) {
                    throw new WeightsFileException(file, "its state dict holds a tensor under a key that is not a"
                            + " string");
                }
                tensors.add(tensor(name, tensor));
            }
        }
        return tensors;
    }

    /** The dict of tensors in the pickle's value {@code top}: {@code top} itself, or a checkpoint's state dict. */
    private Map<?, ?> stateDictOf(Object top) throws WeightsFileException {
        if (!(top instanceof Map<?, ?> dict)) {
            throw new WeightsFileException(file, "holds a " + (top instanceof List<?> ? "list or tuple"
                    : top instanceof PickledTensor ? "single tensor" : "value") + ", not a dict of tensors; "
                    + SAVE_STATE_DICT);
        }
        if (holdsTensors(dict)) {
            return dict;
        }
        List<String> keys = CHECKPOINT_KEYS.stream().filter(key -> dict.get(key) instanceof Map<?, ?> inner
                && holdsTensors(inner)).toList();
        if (keys.size() == 1) {
            return (Map<?, ?>) dict.get(keys.get(0));
        }
        if (keys.size() > 1) {
            throw new WeightsFileException(file, "holds tensors under both " + String.join(" and ", keys)
                    + "; re-save the one you mean with torch.save");
        }
        String some = dict.keySet().stream().filter(String.class::isInstance).limit(6).map(String.class::cast)
                .collect(Collectors.joining(", "));
        throw new WeightsFileException(file, "holds a dict without tensors" + (some.isEmpty() ? "" : " (keys "
                + some + (dict.size() > 6 ? ", ..." : "") + ")") + ", and none under "
                + String.join(" or ", CHECKPOINT_KEYS) + ": not a state dict; " + SAVE_STATE_DICT);
    }

    private static boolean holdsTensors(Map<?, ?> dict) {
        return dict.values().stream().anyMatch(PickledTensor.class::isInstance);
    }

    /** The tensor {@code name}: the view {@code tensor} of its storage, gathered into row-major order. */
    private StateTensor tensor(String name, PickledTensor tensor) throws WeightsFileException {
        String problem = "tensor " + name + ": ";
        ElementType type = tensor.storage().type();
        long[] size = tensor.size();
        long[] stride = tensor.stride();
        long count;
        long last = tensor.offset();
        try {
            count = StateTensor.countOf(size);
            for (int d = 0; d < size.length; d++) {
                last = Math.addExact(last, Math.multiplyExact(Math.max(size[d] - 1, 0), stride[d]));
            }
        } catch (ArithmeticException e) {
            throw new WeightsFileException(file, problem + "size " + Arrays.toString(size) + " is too large", e);
        }
        if (count > Integer.MAX_VALUE - 8) {
            throw new WeightsFileException(file, problem + "its " + count
                    + " elements are more than this reader holds in one array");
        }
        float[] values = new float[(int) count];
        if (count > 0) {
            ByteBuffer storage = storage(name, tensor.storage());
            long available = storage.capacity() / type.size();
            if (last >= available) {
                throw new WeightsFileException(file, problem + "its storage " + prefix + "data/"
                        + tensor.storage().key() + " holds " + storage.capacity() + " bytes, but the tensor needs "
                        + Math.multiplyExact(last + 1, (long) type.size()) + " (truncated or damaged)");
            }
            gather(storage, type, (int) tensor.offset(), size, stride, values);
        }
        return new StateTensor(name, size, type.name(), values);
    }

    /** The bytes of {@code storage}, read once however many tensors view it. */
    private ByteBuffer storage(String tensorName, TorchStorage storage) throws WeightsFileException {
        ByteBuffer bytes = storages.get(storage.key());
        if (bytes == null) {
            String name = prefix + "data/" + storage.key();
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new WeightsFileException(file, "tensor " + tensorName + ": its storage " + name
                        + " is missing from the archive (truncated or damaged)");
            }
            try {
                bytes = ByteBuffer.wrap(entryBytes(entry, name)).order(order);
            } catch (IOException e) {
                throw new WeightsFileException(file, "tensor " + tensorName + ": its storage " + name
                        + " cannot be read (" + e.getMessage() + ")", e);
            }
            storages.put(storage.key(), bytes);
        }
        return bytes;
    }

    private byte[] entryBytes(ZipEntry entry, String name) throws WeightsFileException, IOException {
        if (entry == null) {
            throw new WeightsFileException(file, "its " + name + " is missing");
        }
        if (entry.getSize() > Integer.MAX_VALUE - 8) {
            throw new WeightsFileException(file, "its entry " + name + " of " + entry.getSize()
                    + " bytes is more than this reader holds in one array (2 GB)");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readAllBytes();
            if (entry.getSize() >= 0 && bytes.length != entry.getSize()) {
                throw new WeightsFileException(file, "its entry " + name + " holds " + bytes.length
                        + " bytes, not the " + entry.getSize() + " its directory says (truncated or damaged)");
            }
            return bytes;
        }
    }

    /** Copies the strided view from element {@code offset} of {@code storage} into {@code into}, row-major. */
    private static void gather(ByteBuffer storage, ElementType type, int offset, long[] size, long[] stride,
            float[] into) {
        if (contiguous(size, stride)) {
            type.readRun(storage, offset, into);
            return;
        }
        int rank = size.length;
        long[] index = new long[rank];
        long at = offset;
        for (int i = 0; i < into.length; i++) {
            into[i] = type.read(storage, (int) at);
            for (int d = rank - 1; d >= 0; d--) {
                index[d]++;
                at += stride[d];
                if (index[d] < size[d]) {
                    break;
                }
                at -= size[d] * stride[d];
                index[d] = 0;
            }
        }
    }

    /** Whether {@code stride} is row-major for {@code size}, ignoring dimensions of size 1. */
    private static boolean contiguous(long[] size, long[] stride) {
        long expected = 1;
        for (int d = size.length - 1; d >= 0; d--) {
            if (size[d] != 1 && stride[d] != expected) {
                return false;
            }
            expected *= size[d];
        }
        return true;
    }
}

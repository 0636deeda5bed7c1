package org.confounderlab.engine.weights;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Reads the pickle of a torch.save archive ({@code data.pkl}, protocols 2 to 5) into plain Java values, in the spirit
 * of {@code torch.load(weights_only=True)}: it builds only {@link Map}s (in insertion order), {@link List}s (tuples
 * as unmodifiable ones), {@link String}s, {@link Long}s, {@link Double}s, {@link Boolean}s, nulls and
 * {@link PickledTensor}s, and calls nothing but the few {@link TorchGlobal}s. Any other global, and any opcode it
 * does not implement, is refused by name, never skipped; nothing is executed.
 *
 * @see <a href="https://github.com/pytorch/pytorch/blob/main/torch/_weights_only_unpickler.py">the
 *      weights-only unpickler of PyTorch</a>
 */
final class RestrictedUnpickler {

    /** The advice given with every refusal. */
    static final String ONLY_STATE_DICTS = "only state dicts of tensors can be read";

    private final Path file;

    private final String entry;

    private final ByteBuffer pickle;

    private final List<Object> stack = new ArrayList<>();

    private final Deque<Integer> marks = new ArrayDeque<>();

    private final Map<Long, Object> memo = new HashMap<>();

    private int opcodeAt;

    /** An unpickler of the bytes {@code pickle}, the archive entry {@code entry} of {@code file}. */
    RestrictedUnpickler(Path file, String entry, byte[] pickle) {
        this.file = file;
        this.entry = entry;
        this.pickle = ByteBuffer.wrap(pickle).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The value the pickle holds. */
    Object load() throws WeightsFileException {
        while (true) {
            opcodeAt = pickle.position();
            int code = u8();
            PickleOpcode opcode = PickleOpcode.of(code);
            if (opcode == null) {
                throw malformed(String.format("0x%02x is not a pickle opcode", code));
            }
            switch (opcode) {
                case PROTO -> {
                    int protocol = u8();
                    if (protocol < 2 || protocol > 5) {
                        throw malformed("pickle protocol " + protocol + " is not one of 2 to 5");
                    }
                }
                case FRAME -> int64();
                case STOP -> {
                    if (stack.size() != 1 || !marks.isEmpty()) {
                        throw malformed("STOP with " + stack.size() + " values on the stack");
                    }
                    return stack.get(0);
                }
                case MARK -> marks.push(stack.size());
                case POP -> pop();
                case POP_MARK -> popToMark();
                case DUP -> push(peek());
                case NONE -> push(null);
                case NEWTRUE -> push(Boolean.TRUE);
                case NEWFALSE -> push(Boolean.FALSE);
                case BININT -> push((long) int32());
                case BININT1 -> push((long) u8());
                case BININT2 -> push((long) u16());
                case LONG1 -> push(integer(u8()));
                case LONG4 -> push(integer(length(4)));
                case BINFLOAT -> push(Double.longBitsToDouble(Long.reverseBytes(int64())));
                case BINUNICODE -> push(text(length(4)));
                case SHORT_BINUNICODE -> push(text(u8()));
                case BINUNICODE8 -> push(text(length(8)));
                case EMPTY_TUPLE -> push(new Tuple(new Object[0]));
                case TUPLE1 -> push(tupleOfTop(1));
                case TUPLE2 -> push(tupleOfTop(2));
                case TUPLE3 -> push(tupleOfTop(3));
                case TUPLE -> push(new Tuple(popToMark().toArray()));
                case EMPTY_LIST -> push(new ArrayList<>());
                case LIST -> push(new ArrayList<>(popToMark()));
                case APPEND -> {
                    Object item = pop();
                    list(peek()).add(item);
                }
                case APPENDS -> {
                    List<Object> items = popToMark();
                    list(peek()).addAll(items);
                }
                case EMPTY_DICT -> push(new LinkedHashMap<>());
                case DICT -> {
                    Map<Object, Object> dict = new LinkedHashMap<>();
                    putAll(dict, popToMark());
                    push(dict);
                }
                case SETITEM -> {
                    Object value = pop();
                    Object key = pop();
                    dict(peek()).put(key(key), value);
                }
                case SETITEMS -> {
                    List<Object> items = popToMark();
                    putAll(dict(peek()), items);
                }
                case BINPUT -> memo.put((long) u8(), peek());
                case LONG_BINPUT -> memo.put(int32() & 0xffffffffL, peek());
                case MEMOIZE -> memo.put((long) memo.size(), peek());
                case BINGET -> push(memoized(u8()));
                case LONG_BINGET -> push(memoized(int32() & 0xffffffffL));
                case GLOBAL -> {
                    String module = line();
                    push(global(module, line()));
                }
                case STACK_GLOBAL -> {
                    Object name = pop();
                    Object module = pop();
                    if (!(module instanceof String m) || !(name instanceof String n)) {
                        throw malformed("STACK_GLOBAL without a module and a name");
                    }
                    push(global(m, n));
                }
                case REDUCE -> {
                    Object arguments = pop();
                    push(reduce(pop(), arguments));
                }
                case BUILD -> {
                    pop();
                    if (!(peek() instanceof OrderedDict)) {
                        throw refused(opcode, "on a " + kindOf(peek()) + ", not an OrderedDict");
                    }
                }
                case BINPERSID -> push(storage(pop()));
                default -> throw refused(opcode, "");
            }
        }
    }

    // Values.

    private Object global(String module, String name) throws WeightsFileException {
        TorchGlobal callable = TorchGlobal.of(module, name);
        if (callable != null) {
            return callable;
        }
        String qualified = module + "." + name;
        ElementType type = ElementType.ofTorchGlobal(qualified);
        if (type != null) {
            return new TypeGlobal(qualified, type);
        }
        throw new WeightsFileException(file, "refuses the pickle global " + qualified + ": " + ONLY_STATE_DICTS
                + " (save model.state_dict(), not the model)");
    }

    private Object reduce(Object callable, Object arguments) throws WeightsFileException {
        if (!(arguments instanceof Tuple args)) {
            throw malformed("REDUCE with arguments that are not a tuple");
        }
        if (!(callable instanceof TorchGlobal global)) {
            throw refused(PickleOpcode.REDUCE, "applied to " + (callable instanceof TypeGlobal ? "" : "a ")
                    + kindOf(callable) + ", not a callable of a state dict");
        }
        return switch (global) {
            case ORDERED_DICT -> orderedDict(args);
            case REBUILD_TENSOR_V2 -> tensor(args);
            case REBUILD_PARAMETER, REBUILD_PARAMETER_WITH_STATE -> {
                if (args.size() != (global == TorchGlobal.REBUILD_PARAMETER ? 3 : 4)
                        || !(args.get(0) instanceof PickledTensor data)) {
                    throw malformed(global + " with arguments other than a tensor and its flags");
                }
                yield data;
            }
        };
    }

    private OrderedDict orderedDict(Tuple args) throws WeightsFileException {
        OrderedDict dict = new OrderedDict();
        if (args.size() == 1 && args.get(0) instanceof List<?> pairs) {
            for (Object pair : pairs) {
                if (!(pair instanceof List<?> keyValue) || keyValue.size() != 2) {
                    throw malformed("collections.OrderedDict with an item that is not a pair");
                }
                dict.put(key(keyValue.get(0)), keyValue.get(1));
            }
        } else if (!args.isEmpty()) {
            throw malformed("collections.OrderedDict with arguments other than nothing or a list of pairs");
        }
        return dict;
    }

    private PickledTensor tensor(Tuple args) throws WeightsFileException {
        String function = TorchGlobal.REBUILD_TENSOR_V2.toString();
        if (args.size() != 6 && args.size() != 7) {
            throw malformed(function + " with " + args.size() + " arguments, not 6 or 7");
        }
        if (!(args.get(0) instanceof TorchStorage storage)) {
            throw malformed(function + " on something other than a storage");
        }
        if (!(args.get(1) instanceof Long offset) || offset < 0) {
            throw malformed(function + " with a storage offset that is not a non-negative integer");
        }
        long[] size = naturals(args.get(2), function + " size");
        long[] stride = naturals(args.get(3), function + " stride");
        if (size.length != stride.length) {
            throw malformed(function + " with " + size.length + " sizes but " + stride.length + " strides");
        }
        return new PickledTensor(storage, offset, size, stride);
    }

    private TorchStorage storage(Object persistentId) throws WeightsFileException {
        if (!(persistentId instanceof Tuple id) || id.size() != 5 || !"storage".equals(id.get(0))) {
            throw refused(PickleOpcode.BINPERSID, "for a persistent id other than ('storage', type, key, location,"
                    + " numel)");
        }
        if (!(id.get(1) instanceof TypeGlobal type) || !(id.get(2) instanceof String key)
                || !(id.get(3) instanceof String location) || !(id.get(4) instanceof Long numel) || numel < 0) {
            throw malformed("a storage persistent id that is not (storage, type, key, location, numel)");
        }
        return new TorchStorage(key, type.type(), location, numel);
    }

    private long[] naturals(Object value, String what) throws WeightsFileException {
        if (!(value instanceof Tuple items)) {
            throw malformed(what + " that is not a tuple");
        }
        long[] numbers = new long[items.size()];
        for (int i = 0; i < numbers.length; i++) {
            if (!(items.get(i) instanceof Long number) || number < 0) {
                throw malformed(what + " that is not a tuple of non-negative integers");
            }
            numbers[i] = number;
        }
        return numbers;
    }

    /** {@code key} if Python could hash it: a string, number, boolean, None or a tuple of those. */
    private Object key(Object key) throws WeightsFileException {
        if (key == null || key instanceof String || key instanceof Long || key instanceof Double
                || key instanceof Boolean) {
            return key;
        }
        if (key instanceof Tuple tuple) {
            for (Object item : tuple) {
                key(item);
            }
            return key;
        }
        throw malformed("a dict key that is a " + kindOf(key));
    }

    private void putAll(Map<Object, Object> dict, List<Object> items) throws WeightsFileException {
        if (items.size() % 2 != 0) {
            throw malformed("an odd number of values for a dict's keys and values");
        }
        for (int i = 0; i < items.size(); i += 2) {
            dict.put(key(items.get(i)), items.get(i + 1));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object> list(Object value) throws WeightsFileException {
        if (!(value instanceof ArrayList<?>)) {
            throw malformed("APPEND to a " + kindOf(value));
        }
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> dict(Object value) throws WeightsFileException {
        if (!(value instanceof LinkedHashMap<?, ?>)) {
            throw malformed("SETITEM on a " + kindOf(value));
        }
        return (Map<Object, Object>) value;
    }

    private Object memoized(long index) throws WeightsFileException {
        if (!memo.containsKey(index)) {
            throw malformed("a memo index " + index + " that was never stored");
        }
        return memo.get(index);
    }

    /** What {@code value} is, for messages; never its contents, which may be large or cyclic. */
    private static String kindOf(Object value) {
        if (value == null) {
            return "None";
        } else if (value instanceof TypeGlobal || value instanceof TorchGlobal) {
            return value.toString();
        } else if (value instanceof Tuple) {
            return "tuple";
        } else if (value instanceof List<?>) {
            return "list";
        } else if (value instanceof Map<?, ?>) {
            return "dict";
        } else if (value instanceof PickledTensor) {
            return "tensor";
        } else if (value instanceof TorchStorage) {
            return "storage";
        } else if (value instanceof Long) {
            return "integer";
        } else if (value instanceof Double) {
            return "float";
        } else if (value instanceof Boolean) {
            return "boolean";
        }
        return value instanceof String ? "string" : value.getClass().getSimpleName();
    }

    // The stack.

    private void push(Object value) {
        stack.add(value);
    }

    private Object peek() throws WeightsFileException {
        if (stack.size() <= floor()) {
            throw malformed("an empty stack");
        }
        return stack.get(stack.size() - 1);
    }

    private Object pop() throws WeightsFileException {
        Object top = peek();
        stack.remove(stack.size() - 1);
        return top;
    }

    private Tuple tupleOfTop(int count) throws WeightsFileException {
        if (stack.size() - floor() < count) {
            throw malformed("fewer than " + count + " values for a tuple");
        }
        List<Object> top = stack.subList(stack.size() - count, stack.size());
        Tuple tuple = new Tuple(top.toArray());
        top.clear();
        return tuple;
    }

    private List<Object> popToMark() throws WeightsFileException {
        if (marks.isEmpty()) {
            throw malformed("no MARK to return to");
        }
        List<Object> top = stack.subList(marks.pop(), stack.size());
        List<Object> items = new ArrayList<>(top);
        top.clear();
        return items;
    }

    private int floor() {
        return marks.isEmpty() ? 0 : marks.peek();
    }

    // The bytes.

    private int u8() throws WeightsFileException {
        need(1);
        return pickle.get() & 0xff;
    }

    private int u16() throws WeightsFileException {
        need(2);
        return pickle.getShort() & 0xffff;
    }

    private int int32() throws WeightsFileException {
        need(4);
        return pickle.getInt();
    }

    private long int64() throws WeightsFileException {
        need(8);
        return pickle.getLong();
    }

    /** A length of {@code bytes} bytes (4 or 8, unsigned), which must fit in what is left of the pickle. */
    private int length(int bytes) throws WeightsFileException {
        long length = bytes == 4 ? int32() & 0xffffffffL : int64();
        if (length < 0 || length > pickle.remaining()) {
            throw malformed("a length of " + Long.toUnsignedString(length) + " bytes where " + pickle.remaining()
                    + " are left (truncated?)");
        }
        return (int) length;
    }

    private long integer(int bytes) throws WeightsFileException {
        if (bytes > 8) {
            throw malformed("an integer of " + bytes + " bytes, too large for this reader");
        }
        need(bytes);
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value |= (pickle.get() & 0xffL) << (8 * i);
        }
        if (bytes > 0 && bytes < 8 && (value >>> (8 * bytes - 1) & 1) != 0) {
            value |= -1L << (8 * bytes);
        }
        return value;
    }

    private String text(int bytes) throws WeightsFileException {
        need(bytes);
        byte[] utf8 = new byte[bytes];
        pickle.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private String line() throws WeightsFileException {
        int start = pickle.position();
        for (int i = start; i < pickle.limit(); i++) {
            if (pickle.get(i) == '\n') {
                String line = new String(pickle.array(), start, i - start, StandardCharsets.UTF_8);
                pickle.position(i + 1);
                return line;
            }
        }
        throw malformed("GLOBAL without a newline-terminated module and name");
    }

    private void need(int bytes) throws WeightsFileException {
        if (pickle.remaining() < bytes) {
            throw malformed("the pickle ends in the middle of an opcode (truncated?)");
        }
    }

    // Refusals.

    private WeightsFileException refused(PickleOpcode opcode, String detail) {
        return new WeightsFileException(file, "refuses pickle opcode " + opcode + " at byte " + opcodeAt + " of "
                + entry + (detail.isEmpty() ? "" : " (" + detail + ")") + ": " + ONLY_STATE_DICTS);
    }

    private WeightsFileException malformed(String problem) {
        return new WeightsFileException(file, entry + " is not a valid state-dict pickle at byte " + opcodeAt + ": "
                + problem);
    }

    /** A pickled tuple: an unmodifiable list, told apart from a pickled (modifiable) list. */
    static final class Tuple extends AbstractList<Object> implements RandomAccess {

        private final Object[] items;

        Tuple(Object[] items) {
            this.items = items;
        }

        @Override
        public Object get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** A {@code collections.OrderedDict}, the one type whose BUILD (its {@code _metadata}) is accepted and ignored. */
    static final class OrderedDict extends LinkedHashMap<Object, Object> {

        private static final long serialVersionUID = 1L;
    }

    /** A storage-type or dtype global such as {@code torch.FloatStorage}, which names an element type. */
    private record TypeGlobal(String name, ElementType type) {

        @Override
        public String toString() {
            return name;
        }
    }
}

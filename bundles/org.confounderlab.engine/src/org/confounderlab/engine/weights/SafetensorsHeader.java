package org.confounderlab.engine.weights;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON header of a safetensors file, checked against the size of the data that follows it: each tensor's dtype,
 * shape and byte range in header order, and the string entries of {@code __metadata__}.
 *
 * @param tensors the tensors in the order the header names them
 * @param metadata the {@code __metadata__} entries whose values are strings (others are skipped)
 * @see <a href="https://github.com/huggingface/safetensors#format">the safetensors format</a>
 */
record SafetensorsHeader(List<Entry> tensors, Map<String, String> metadata) {

    /** The key under which safetensors keeps free-form metadata rather than a tensor. */
    static final String METADATA = "__metadata__";

    /**
     * One tensor's description.
     *
     * @param begin the first byte of its data, relative to the end of the header
     * @param end one past its last byte, relative to the end of the header
     */
    record Entry(String name, ElementType type, long[] shape, long begin, long end) {
    }

    /**
     * Parses the header's UTF-8 bytes {@code utf8} of {@code file} and checks every tensor's byte range against the
     * {@code dataSize} bytes that follow the header.
     */
    static SafetensorsHeader parse(Path file, byte[] utf8, long dataSize) throws WeightsFileException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new WeightsFileException(file, "its safetensors header is not valid UTF-8", e);
        }
        if (!(JsonReader.parse(file, text) instanceof Map<?, ?> members)) {
            throw new WeightsFileException(file, "its safetensors header is not a JSON object");
        }
        List<Entry> tensors = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Map.Entry<?, ?> member : members.entrySet()) {
            String name = (String) member.getKey();
            if (name.equals(METADATA)) {
                if (!(member.getValue() instanceof Map<?, ?> entries)) {
                    throw new WeightsFileException(file, "its safetensors " + METADATA + " is not a JSON object");
                }
                entries.forEach((key, value) -> {
                    if (value instanceof String string) {
                        metadata.put((String) key, string);
                    }
                });
            } else {
                tensors.add(entry(file, name, member.getValue(), dataSize));
            }
        }
        return new SafetensorsHeader(List.copyOf(tensors), Map.copyOf(metadata));
    }

    private static Entry entry(Path file, String name, Object description, long dataSize)
            throws WeightsFileException {
        String tensor = "tensor " + name + ": ";
        if (!(description instanceof Map<?, ?> fields)) {
            throw new WeightsFileException(file, tensor + "its header entry is not a JSON object");
        }
        if (!(fields.get("dtype") instanceof String dtype)) {
            throw new WeightsFileException(file, tensor + "its header entry has no string \"dtype\"");
        }
        ElementType type = ElementType.ofSafetensors(dtype);
        if (type == null) {
            throw new WeightsFileException(file, tensor + "dtype " + dtype + " is not one this reader knows "
                    + Arrays.toString(ElementType.values()));
        }
        long[] shape = integers(file, tensor, fields.get("shape"), "shape", -1);
        long[] offsets = integers(file, tensor, fields.get("data_offsets"), "data_offsets", 2);
        for (long size : shape) {
            if (size < 0) {
                throw new WeightsFileException(file, tensor + "a negative size in its shape " + Arrays.toString(shape));
            }
        }
        long begin = offsets[0];
        long end = offsets[1];
        if (begin < 0 || end < begin) {
            throw new WeightsFileException(file, tensor + "data_offsets " + Arrays.toString(offsets)
                    + " are not a byte range");
        }
        long bytes;
        try {
            bytes = Math.multiplyExact(StateTensor.countOf(shape), type.size());
        } catch (ArithmeticException e) {
            throw new WeightsFileException(file, tensor + "shape " + Arrays.toString(shape) + " is too large", e);
        }
        if (end - begin != bytes) {
            throw new WeightsFileException(file, tensor + "data_offsets " + Arrays.toString(offsets) + " hold "
                    + (end - begin) + " bytes, but " + dtype + " " + Arrays.toString(shape) + " needs " + bytes);
        }
        if (end > dataSize) {
            throw new WeightsFileException(file, tensor + "data_offsets " + Arrays.toString(offsets)
                    + " run past the end of the file, which has " + dataSize + " data bytes after the header"
                    + " (truncated?)");
        }
        return new Entry(name, type, shape, begin, end);
    }

    /** The JSON array {@code value} of integers, of {@code length} items unless that is negative. */
    private static long[] integers(Path file, String tensor, Object value, String field, int length)
            throws WeightsFileException {
        if (!(value instanceof List<?> items) || (length >= 0 && items.size() != length)) {
            throw new WeightsFileException(file, tensor + "its header entry has no \"" + field + "\" array"
                    + (length >= 0 ? " of " + length + " integers" : ""));
        }
        long[] numbers = new long[items.size()];
        for (int i = 0; i < numbers.length; i++) {
            if (!(items.get(i) instanceof Long number)) {
                throw new WeightsFileException(file, tensor + "\"" + field + "\" holds something other than integers");
            }
            numbers[i] = number;
        }
        return numbers;
    }
}

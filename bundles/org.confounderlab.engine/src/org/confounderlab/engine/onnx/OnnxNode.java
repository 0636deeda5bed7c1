package org.confounderlab.engine.onnx;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One node of the graph.
 *
 * @param name the node's name; may be empty
 * @param opType the operator, as {@code "Conv"} (its domain is not kept)
 * @param inputs the names of the values it reads, in order; {@code ""} for an optional input left out
 * @param outputs the names of the values it produces, in order
 * @param attributes by attribute name, in file order: a {@link Long} (INT), {@link Float} (FLOAT), {@link String}
 *        (STRING, as UTF-8), {@code long[]} (INTS), {@code float[]} (FLOATS), {@code List<String>} (STRINGS), and
 *        for a TENSOR an {@link OnnxTensor} when it holds floating-point values (converted to float) or a
 *        {@code long[]} of its values when it holds integers; graph and sparse-tensor attributes are left out
 */
public record OnnxNode(String name, String opType, List<String> inputs, List<String> outputs,
        Map<String, Object> attributes) {

    public OnnxNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opType, "opType");
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The INT attribute {@code name}; {@code otherwise} when the node has none of that name and type. */
    public long intAttribute(String name, long otherwise) {
        return attributes.get(name) instanceof Long value ? value : otherwise;
    }

    /** The FLOAT attribute {@code name}; {@code otherwise} when the node has none of that name and type. */
    public float floatAttribute(String name, float otherwise) {
        return attributes.get(name) instanceof Float value ? value : otherwise;
    }

    /** The INTS attribute {@code name} (a copy); null when the node has none of that name and type. */
    public long[] intsAttribute(String name) {
        return attributes.get(name) instanceof long[] value ? value.clone() : null;
    }

    /** Input {@code index}; {@code ""} when the node has fewer inputs or leaves that one out. */
    public String input(int index) {
        return index < inputs.size() ? inputs.get(index) : "";
    }

    /** Equal when name, operator, inputs, outputs and attributes are (array attributes element by element). */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof OnnxNode that) || !name.equals(that.name) || !opType.equals(that.opType)
                || !inputs.equals(that.inputs) || !outputs.equals(that.outputs)
                || !attributes.keySet().equals(that.attributes.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            if (!Objects.deepEquals(entry.getValue(), that.attributes.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, opType, inputs, outputs, attributes.keySet());
    }

    /** Operator, name, inputs and outputs, as {@code Gemm /fc/Gemm (x, fc.weight, fc.bias) -> (logits)}. */
    @Override
    public String toString() {
        return opType + " " + name + " (" + String.join(", ", inputs) + ") -> (" + String.join(", ", outputs) + ")"
                + (attributes.isEmpty() ? "" : " " + attributesText());
    }

    private String attributesText() {
        StringBuilder text = new StringBuilder("{");
        for (Map.Entry<String, Object> entry : attributes.entrySet()) {
            if (text.length() > 1) {
                text.append(", ");
            }
            Object value = entry.getValue();
            text.append(entry.getKey()).append('=').append(value instanceof long[] longs ? Arrays.toString(longs)
                    : value instanceof float[] floats ? Arrays.toString(floats) : String.valueOf(value));
        }
        return text.append('}').toString();
    }
}

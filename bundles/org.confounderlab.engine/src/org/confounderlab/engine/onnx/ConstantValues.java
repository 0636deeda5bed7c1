package org.confounderlab.engine.onnx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of a graph known without running it: initializers and the outputs of Constant nodes, also through
 * Identity nodes, as torch.onnx.export sometimes writes a weight as a Constant or behind an Identity.
 */
final class ConstantValues {

    /** A constant as floats or integers, with its dims. */
    record Constant(long[] dims, float[] floats, long[] longs) {
    }

    private final Map<String, StoredTensor> initializers;

    private final Map<String, OnnxNode> producers = new HashMap<>();

    ConstantValues(List<OnnxNode> nodes, Map<String, StoredTensor> initializers) {
        this.initializers = initializers;
        for (OnnxNode node : nodes) {
            for (String output : node.outputs()) {
                producers.putIfAbsent(output, node);
            }
        }
    }

    /** The node that produces {@code value}; null for a graph input, an initializer or an unknown name. */
    OnnxNode producer(String value) {
        return producers.get(value);
    }

    /** The value {@code value} is an Identity of, through any number of Identity nodes. */
    String throughIdentities(String value) {
        String current = value;
        for (int steps = 0; steps <= producers.size(); steps++) {
            OnnxNode node = producers.get(current);
            if (node == null || !node.opType().equals("Identity") || node.inputs().isEmpty()) {
                return current;
            }
            current = node.inputs().get(0);
        }
        return current;
    }

    /** The constant {@code value} is, through Identity nodes; null when it is computed, an input or absent. */
    Constant constant(String value) {
        String source = throughIdentities(value);
        StoredTensor stored = initializers.get(source);
        if (stored != null) {
            if (OnnxElementType.isReadAsFloat(stored.dataType())) {
                return new Constant(stored.dims(), stored.floats(), null);
            }
            return OnnxElementType.isReadAsInteger(stored.dataType())
                    ? new Constant(stored.dims(), null, stored.longs()) : null;
        }
        OnnxNode node = producers.get(source);
        if (node == null || !node.opType().equals("Constant")) {
            return null;
        }
        Map<String, Object> attributes = node.attributes();
        if (attributes.get("value") instanceof OnnxTensor tensor) {
            return new Constant(tensor.dims(), tensor.values(), null);
        }
        if (attributes.get("value") instanceof long[] longs) {
            return new Constant(new long[] {longs.length}, null, longs);
        }
        if (attributes.get("value_float") instanceof Float f) {
            return new Constant(new long[0], new float[] {f}, null);
        }
        if (attributes.get("value_floats") instanceof float[] floats) {
            return new Constant(new long[] {floats.length}, floats, null);
        }
        if (attributes.get("value_int") instanceof Long i) {
            return new Constant(new long[0], null, new long[] {i});
        }
        if (attributes.get("value_ints") instanceof long[] longs) {
            return new Constant(new long[] {longs.length}, null, longs);
        }
        return null;
    }
}

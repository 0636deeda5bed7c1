package org.confounderlab.engine.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;

/**
 * Writes an ONNX model's bytes with a change to its graph, copying every other field byte for byte, unknown ones
 * included: extra graph outputs, or new data for float initializers.
 */
final class OnnxModelRewriter {

    private final byte[] model;

    /** A rewriter of the ModelProto {@code model}, already decoded without error. */
    OnnxModelRewriter(byte[] model) {
        this.model = model;
    }

    /** The model with {@code outputs} (name and element type each) appended to the last graph's outputs. */
    byte[] withOutputs(List<Map.Entry<String, Integer>> outputs) {
        return rewrite((graph, last) -> {
            ProtoWriter writer = new ProtoWriter(graph.payloadLength() + 32 * outputs.size());
            ProtoReader reader = graph.message();
            while (reader.hasNext()) {
                writer.copy(reader.next());
            }
            if (last) {
                for (Map.Entry<String, Integer> output : outputs) {
                    ProtoWriter tensorType = new ProtoWriter(4).varintField(OnnxModelDecoder.ELEM_TYPE,
                            output.getValue());
                    ProtoWriter type = new ProtoWriter(8).messageField(OnnxModelDecoder.TENSOR_TYPE, tensorType);
                    ProtoWriter value = new ProtoWriter(output.getKey().length() + 16)
                            .stringField(OnnxModelDecoder.VALUE_NAME, output.getKey())
                            .messageField(OnnxModelDecoder.VALUE_TYPE, type);
                    writer.messageField(OnnxModelDecoder.OUTPUT, value);
                }
            }
            return writer;
        });
    }

    /** The model with the data of the initializers named in {@code values} replaced, as raw_data. */
    byte[] withInitializers(Map<String, float[]> values) {
        return rewrite((graph, last) -> {
            ProtoWriter writer = new ProtoWriter(graph.payloadLength());
            ProtoReader reader = graph.message();
            while (reader.hasNext()) {
                ProtoField field = reader.next();
                float[] replacement = field.number() == OnnxModelDecoder.INITIALIZER
                        ? values.get(StoredTensor.decode(field).name()) : null;
                if (replacement == null) {
                    writer.copy(field);
                } else {
                    writer.messageField(OnnxModelDecoder.INITIALIZER, tensor(field, replacement));
                }
            }
            return writer;
        });
    }

    /** The TensorProto {@code field} holds, with its data fields left out and {@code values} as raw_data. */
    private static ProtoWriter tensor(ProtoField field, float[] values) throws ProtoException {
        ProtoWriter writer = new ProtoWriter(field.payloadLength() + 16);
        ProtoReader reader = field.message();
        while (reader.hasNext()) {
            ProtoField part = reader.next();
            if (part.number() != StoredTensor.FLOAT_DATA && part.number() != StoredTensor.RAW_DATA) {
                writer.copy(part);
            }
        }
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        return writer.bytesField(StoredTensor.RAW_DATA, raw.array());
    }

    /** How one graph field's payload is rewritten; {@code last} for the last graph field of the model. */
    private interface GraphRewrite {
        ProtoWriter rewrite(ProtoField graph, boolean last) throws ProtoException;
    }

    private byte[] rewrite(GraphRewrite rewrite) {
        try {
            int graphs = 0;
            for (ProtoReader reader = new ProtoReader(model); reader.hasNext();) {
                graphs += reader.next().number() == OnnxModelDecoder.GRAPH ? 1 : 0;
            }
            ProtoWriter writer = new ProtoWriter(model.length + 256);
            int seen = 0;
            for (ProtoReader reader = new ProtoReader(model); reader.hasNext();) {
                ProtoField field = reader.next();
                if (field.number() == OnnxModelDecoder.GRAPH) {
                    seen++;
                    writer.messageField(OnnxModelDecoder.GRAPH, rewrite.rewrite(field, seen == graphs));
                } else {
                    writer.copy(field);
                }
            }
            return writer.toByteArray();
        } catch (ProtoException e) {
            throw new IllegalStateException("the model, read without error, no longer decodes: " + e.getMessage(),
                    e);
        }
    }
}

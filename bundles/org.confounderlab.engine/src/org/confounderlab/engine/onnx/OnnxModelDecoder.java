package org.confounderlab.engine.onnx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes the parts of an ONNX {@code ModelProto} this package uses, in the numbering of onnx.proto, skipping the
 * fields it does not know: the model's IR version, opset imports, producer and graph; the graph's nodes,
 * initializers, inputs, outputs and value_info; the nodes' attributes.
 *
 * @see <a href="https://github.com/onnx/onnx/blob/main/onnx/onnx.proto">onnx.proto</a>
 */
final class OnnxModelDecoder {

    /** ModelProto field numbers. */
    static final int IR_VERSION = 1;
    static final int PRODUCER_NAME = 2;
    static final int PRODUCER_VERSION = 3;
    static final int GRAPH = 7;
    static final int OPSET_IMPORT = 8;

    /** GraphProto field numbers. */
    static final int NODE = 1;
    static final int INITIALIZER = 5;
    static final int INPUT = 11;
    static final int OUTPUT = 12;
    static final int VALUE_INFO = 13;

    /** ValueInfoProto, TypeProto, TypeProto.Tensor, TensorShapeProto and its Dimension field numbers. */
    static final int VALUE_NAME = 1;
    static final int VALUE_TYPE = 2;
    static final int TENSOR_TYPE = 1;
    static final int ELEM_TYPE = 1;
    static final int SHAPE = 2;
    static final int DIM = 1;
    static final int DIM_VALUE = 1;
    static final int DIM_PARAM = 2;

    /** The largest IR version taken for a real one (ONNX is at 11). */
    private static final long LARGEST_IR_VERSION = 100;

    private static final String EXTERNAL_DATA_ADVICE = "external data files are not supported; re-export with the"
            + " weights inside, e.g. torch.onnx.export without external data";

    private final Path file;

    private final List<OnnxNode> nodes = new ArrayList<>();

    private final Map<String, StoredTensor> initializers = new LinkedHashMap<>();

    private final List<OnnxValue> graphInputs = new ArrayList<>();

    private final List<OnnxValue> graphOutputs = new ArrayList<>();

    private final Map<String, OnnxValue> valueInfos = new LinkedHashMap<>();

    private final Set<String> shaped = new HashSet<>();

    private OnnxModelDecoder(Path file) {
        this.file = file;
    }

    /**
     * The model in {@code bytes}, the content of {@code file}.
     *
     * @throws ProtoException when the bytes are not the protobuf wire format of a ModelProto
     * @throws OnnxModelException when they are, but not of an ONNX model this package reads
     */
    static DecodedModel decode(Path file, byte[] bytes) throws ProtoException, OnnxModelException {
        return new OnnxModelDecoder(file).model(bytes);
    }

    private DecodedModel model(byte[] bytes) throws ProtoException, OnnxModelException {
        ProtoReader reader = new ProtoReader(bytes);
        long irVersion = -1;
        Map<String, Long> opsets = new LinkedHashMap<>();
        String producerName = "";
        String producerVersion = "";
        boolean hasGraph = false;
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            switch (field.number()) {
                case IR_VERSION -> irVersion = field.int64();
                case PRODUCER_NAME -> producerName = field.string();
                case PRODUCER_VERSION -> producerVersion = field.string();
                case GRAPH -> {
                    graph(field.message());
                    hasGraph = true;
                }
                case OPSET_IMPORT -> opset(field.message(), opsets);
                default -> {
                    // domain, model_version, doc_string, metadata_props, training_info, functions: not needed
                }
            }
        }
        if (irVersion < 1 || irVersion > LARGEST_IR_VERSION) {
            throw new OnnxModelException(file, "is not an ONNX model: " + (irVersion == -1 ? "it has no ir_version"
                    : "its ir_version " + irVersion + " is not one") + " (it starts with " + head(bytes) + ")");
        }
        if (!hasGraph) {
            throw new OnnxModelException(file, "is not an ONNX model: it has no graph (it starts with " + head(bytes)
                    + ")");
        }
        String producer = (producerName + " " + producerVersion).strip();
        return new DecodedModel(irVersion, opsets, producer, nodes, initializers, graphInputs, graphOutputs,
                valueInfos, shaped);
    }

    /** The first bytes of {@code bytes} in hex, for messages about files that are something else. */
    static String head(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return hex.toString();
    }

    private static void opset(ProtoReader reader, Map<String, Long> opsets) throws ProtoException {
        String domain = "";
        long version = 0;
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            switch (field.number()) {
                case 1 -> domain = field.string();
                case 2 -> version = field.int64();
                default -> {
                    // unknown: skipped
                }
            }
        }
        opsets.put(domain, version);
    }

    private void graph(ProtoReader reader) throws ProtoException, OnnxModelException {
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            switch (field.number()) {
                case NODE -> nodes.add(node(field.message()));
                case INITIALIZER -> initializer(StoredTensor.decode(field));
                case INPUT -> graphInputs.add(value(field.message()));
                case OUTPUT -> graphOutputs.add(value(field.message()));
                case VALUE_INFO -> {
                    OnnxValue value = value(field.message());
                    valueInfos.put(value.name(), value);
                }
                default -> {
                    // name, doc_string, sparse_initializer, quantization_annotation, metadata: not needed
                }
            }
        }
    }

    private void initializer(StoredTensor tensor) throws OnnxModelException {
        if (tensor.isExternal()) {
            throw new OnnxModelException(file, "initializer " + tensor.name() + " keeps its data in an external"
                    + " file (data_location EXTERNAL): " + EXTERNAL_DATA_ADVICE);
        }
        String problem = tensor.dataProblem();
        if (problem != null) {
            throw new OnnxModelException(file, "initializer " + tensor.name() + " " + problem);
        }
        initializers.put(tensor.name(), tensor);
    }

    private OnnxNode node(ProtoReader reader) throws ProtoException, OnnxModelException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String name = "";
        String opType = "";
        List<ProtoField> attributes = new ArrayList<>();
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            switch (field.number()) {
                case 1 -> inputs.add(field.string());
                case 2 -> outputs.add(field.string());
                case 3 -> name = field.string();
                case 4 -> opType = field.string();
                case 5 -> attributes.add(field);
                default -> {
                    // doc_string, domain, overload, metadata: not needed
                }
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ProtoField attribute : attributes) {
            attribute(attribute.message(), opType + " node " + name, values);
        }
        return new OnnxNode(name, opType, inputs, outputs, values);
    }

    /** Adds the attribute in {@code reader} to {@code values}, unless it is of a kind left out. */
    private void attribute(ProtoReader reader, String node, Map<String, Object> values)
            throws ProtoException, OnnxModelException {
        String name = "";
        Float f = null;
        Long i = null;
        String s = null;
        StoredTensor t = null;
        RepeatedNumbers floats = new RepeatedNumbers();
        RepeatedNumbers ints = new RepeatedNumbers();
        List<String> strings = new ArrayList<>();
        int type = 0;
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            switch (field.number()) {
                case 1 -> name = field.string();
                case 2 -> f = field.float32();
                case 3 -> i = field.int64();
                case 4 -> s = field.string();
                case 5 -> t = StoredTensor.decode(field);
                case 7 -> floats.addFixed32(field);
                case 8 -> ints.addVarints(field);
                case 9 -> strings.add(field.string());
                case 20 -> type = field.int32();
                default -> {
                    // graphs, tensors, sparse tensors, doc_string, ref_attr_name: left out
                }
            }
        }
        if (type == 0) {
            type = t != null ? 4 : s != null ? 3 : floats.size() > 0 ? 6 : ints.size() > 0 ? 7
                    : !strings.isEmpty() ? 8 : i != null ? 2 : f != null ? 1 : 0;
        }
        Object value = switch (type) {
            case 1 -> f == null ? 0f : f;
            case 2 -> i == null ? 0L : i;
            case 3 -> s == null ? "" : s;
            case 4 -> t == null ? null : tensorValue(t, node + ", attribute " + name);
            case 6 -> floats.floatsFromBits();
            case 7 -> ints.longs();
            case 8 -> List.copyOf(strings);
            default -> null;
        };
        if (value != null) {
            values.put(name, value);
        }
    }

    /** An {@link OnnxTensor} of a floating-point tensor, the {@code long[]} of an integer one, else null. */
    private Object tensorValue(StoredTensor tensor, String where) throws OnnxModelException {
        if (tensor.isExternal()) {
            throw new OnnxModelException(file, where + ": the tensor keeps its data in an external file: "
                    + EXTERNAL_DATA_ADVICE);
        }
        String problem = tensor.dataProblem();
        if (problem != null) {
            throw new OnnxModelException(file, where + ": the tensor " + problem);
        }
        if (OnnxElementType.isReadAsFloat(tensor.dataType())) {
            return new OnnxTensor(tensor.name(), tensor.dims(), tensor.floats());
        }
        return OnnxElementType.isReadAsInteger(tensor.dataType()) ? tensor.longs() : null;
    }

    private OnnxValue value(ProtoReader reader) throws ProtoException {
        String name = "";
        int elementType = OnnxElementType.UNDEFINED;
        List<Long> dims = new ArrayList<>();
        List<String> dimNames = new ArrayList<>();
        boolean hasShape = false;
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            if (field.number() == VALUE_NAME) {
                name = field.string();
            } else if (field.number() == VALUE_TYPE) {
                ProtoReader type = field.message();
                while (type.hasNext()) {
                    ProtoField typeField = type.next();
                    if (typeField.number() != TENSOR_TYPE) {
                        continue;
                    }
                    ProtoReader tensor = typeField.message();
                    while (tensor.hasNext()) {
                        ProtoField tensorField = tensor.next();
                        if (tensorField.number() == ELEM_TYPE) {
                            elementType = tensorField.int32();
                        } else if (tensorField.number() == SHAPE) {
                            hasShape = true;
                            shape(tensorField.message(), dims, dimNames);
                        }
                    }
                }
            }
        }
        if (hasShape) {
            shaped.add(name);
        }
        return new OnnxValue(name, elementType, dims.stream().mapToLong(Long::longValue).toArray(), dimNames);
    }

    private static void shape(ProtoReader reader, List<Long> dims, List<String> dimNames) throws ProtoException {
        while (reader.hasNext()) {
            ProtoField field = reader.next();
            if (field.number() != DIM) {
                continue;
            }
            long size = -1;
            String param = "";
            ProtoReader dim = field.message();
            while (dim.hasNext()) {
                ProtoField dimField = dim.next();
                if (dimField.number() == DIM_VALUE) {
                    size = dimField.int64();
                } else if (dimField.number() == DIM_PARAM) {
                    param = dimField.string();
                }
            }
            dims.add(param.isEmpty() ? size : -1);
            dimNames.add(param);
        }
    }
}

package org.confounderlab.engine.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An ONNX model file, read without a protobuf library and without running anything: its graph's inputs, outputs,
 * nodes and float initializers, the {@link ClassifierHead} the diagnostics need, and its bytes with extra outputs or
 * new weights. Data in external files is refused.
 *
 * @see <a href="https://github.com/onnx/onnx/blob/main/docs/IR.md">the ONNX intermediate representation</a>
 */
public final class OnnxModel {

    /** The largest file read: the most a Java array holds, and protobuf's 2 GB limit. */
    private static final long LARGEST_FILE = Integer.MAX_VALUE - 16;

    private final Path file;

    private final byte[] bytes;

    private final DecodedModel decoded;

    private final List<OnnxValue> inputs;

    private final List<String> floatInitializers;

    private final Set<String> operatorTypes;

    private final List<String> featureMapValues;

    private final ClassifierHead head;

    private final String headProblem;

    private OnnxModel(Path file, byte[] bytes, DecodedModel decoded) {
        this.file = file;
        this.bytes = bytes;
        this.decoded = decoded;
        this.inputs = decoded.graphInputs().stream().filter(v -> !decoded.initializers().containsKey(v.name()))
                .toList();
        this.floatInitializers = decoded.initializers().values().stream()
                .filter(t -> t.dataType() == OnnxElementType.FLOAT).map(StoredTensor::name).toList();
        Set<String> types = new TreeSet<>();
        decoded.nodes().forEach(node -> types.add(node.opType()));
        this.operatorTypes = Collections.unmodifiableSet(types);
        this.featureMapValues = List.copyOf(FeatureMapCandidates.of(decoded.nodes(), decoded.initializers(),
                ranks()));
        ClassifierHeadFinder.Outcome outcome;
        try {
            outcome = new ClassifierHeadFinder(new ConstantValues(decoded.nodes(), decoded.initializers()))
                    .find(decoded.graphOutputs());
        } catch (RuntimeException e) {
            outcome = new ClassifierHeadFinder.Outcome(null, "the graph could not be examined for a head (" + e
                    + ")");
        }
        this.head = outcome.head();
        this.headProblem = outcome.problem();
    }

    /**
     * Reads the ONNX model in {@code file}.
     *
     * @throws OnnxModelException when the file cannot be read, is not an ONNX model (or is truncated), or keeps
     *         data in external files; the message names the file
     */
    public static OnnxModel read(Path file) throws OnnxModelException {
        byte[] bytesRead = new byte[0];
        try {
            long size = Files.size(file);
            if (size > LARGEST_FILE) {
                throw new OnnxModelException(file, "is " + size + " bytes, more than the 2 GB an ONNX file holds"
                        + " without external data (which is not supported)");
            }
            bytesRead = Files.readAllBytes(file);
            if (bytesRead.length == 0) {
                throw new OnnxModelException(file, "is empty, not an ONNX model");
            }
            return new OnnxModel(file, bytesRead, OnnxModelDecoder.decode(file, bytesRead));
        } catch (ProtoException e) {
            throw new OnnxModelException(file, "is not an ONNX model, or is truncated (" + e.getMessage()
                    + "; the file starts with " + OnnxModelDecoder.head(bytesRead) + ")", e);
        } catch (IOException | RuntimeException e) {
            throw new OnnxModelException(file, "cannot be read (" + e + ")", e);
        }
    }

    /**
     * The model in {@code bytes} (a model this class wrote, such as {@link #withInitializers}'s), named after
     * {@code file} in messages.
     */
    public static OnnxModel of(Path file, byte[] bytes) throws OnnxModelException {
        try {
            return new OnnxModel(file, bytes.clone(), OnnxModelDecoder.decode(file, bytes));
        } catch (ProtoException | RuntimeException e) {
            throw new OnnxModelException(file, "is not an ONNX model (" + e.getMessage() + ")", e);
        }
    }

    /** The file the model was read from. */
    public Path file() {
        return file;
    }

    /** The model's {@code ir_version}. */
    public long irVersion() {
        return decoded.irVersion();
    }

    /** The version of the default operator set ({@code ""} or {@code ai.onnx} domain) it imports; 0 when none. */
    public long opsetVersion() {
        Long version = decoded.opsets().get("");
        return version != null ? version : decoded.opsets().getOrDefault("ai.onnx", 0L);
    }

    /** {@code producer_name} and {@code producer_version}, as {@code "pytorch 1.13.0"}; empty when not given. */
    public String producer() {
        return decoded.producer();
    }

    /** The graph inputs that are not initializers: the image input(s). */
    public List<OnnxValue> inputs() {
        return inputs;
    }

    /** The graph outputs, in file order. */
    public List<OnnxValue> outputs() {
        return List.copyOf(decoded.graphOutputs());
    }

    /** The nodes in the order the file stores them (topological order, in a valid model). */
    public List<OnnxNode> nodes() {
        return List.copyOf(decoded.nodes());
    }

    /** The names of the initializers of element type FLOAT, in file order. */
    public List<String> floatInitializers() {
        return floatInitializers;
    }

    /** The FLOAT initializer {@code name}, its values decoded anew on each call; null when absent or not FLOAT. */
    public OnnxTensor initializer(String name) {
        StoredTensor stored = decoded.initializers().get(name);
        if (stored == null || stored.dataType() != OnnxElementType.FLOAT) {
            return null;
        }
        return new OnnxTensor(name, stored.dims(), stored.floats());
    }

    /** The operators its nodes use, sorted. */
    public Set<String> operatorTypes() {
        return operatorTypes;
    }

    /**
     * The values a node produces that are 4-D feature maps candidates for Grad-CAM: outputs of
     * Conv/Relu/Add/Concat/BatchNormalization/MaxPool nodes, in graph order (less those the file gives another rank,
     * and those computed from pooled or flattened values only).
     */
    public List<String> featureMapValues() {
        return featureMapValues;
    }

    /**
     * The head, or empty with the reason ({@link #classifierHeadProblem()}) when the graph does not end in global
     * average pooling + linear (+ optional Sigmoid/Softmax).
     */
    public Optional<ClassifierHead> classifierHead() {
        return Optional.ofNullable(head);
    }

    /**
     * The operator type of the node that computes {@code value}, looking through Identity nodes (as the head finder
     * does); {@code null} for a graph input, an initializer or an unknown value.
     */
    public String producerOpType(String value) {
        ConstantValues constants = new ConstantValues(decoded.nodes(), decoded.initializers());
        OnnxNode node = constants.producer(constants.throughIdentities(value));
        return node == null ? null : node.opType();
    }

    /**
     * The head that ends in the graph output {@code output}, or empty with the reason
     * ({@link #classifierHeadProblemOf(String)}).
     */
    public Optional<ClassifierHead> classifierHeadOf(String output) {
        return Optional.ofNullable(headOutcome(output).head());
    }

    /** Why there is no {@link #classifierHeadOf(String) head} ending in {@code output}; null when there is. */
    public String classifierHeadProblemOf(String output) {
        return headOutcome(output).problem();
    }

    private ClassifierHeadFinder.Outcome headOutcome(String output) {
        List<OnnxValue> chosen = decoded.graphOutputs().stream().filter(v -> v.name().equals(output)).toList();
        if (chosen.isEmpty()) {
            return new ClassifierHeadFinder.Outcome(null, "the graph has no output " + output);
        }
        try {
            return new ClassifierHeadFinder(new ConstantValues(decoded.nodes(), decoded.initializers())).find(chosen);
        } catch (RuntimeException e) {
            return new ClassifierHeadFinder.Outcome(null, "the graph could not be examined for a head (" + e + ")");
        }
    }

    /**
     * Why there is no {@link #classifierHead()}, saying what was found instead, as {@code "the output logits comes
     * from MaxPool (node pool), not a linear layer (Gemm or MatMul) after global average pooling"}; null when found.
     */
    public String classifierHeadProblem() {
        return headProblem;
    }

    /**
     * The model's bytes with extra graph outputs, after the present ones, for those of {@code valueNames} that are
     * not already outputs (each once), with no shape and of element type FLOAT, unless the file gives the value
     * another type or it follows through type-keeping operators from one that has another (a float16 model's
     * maps). Every other byte is copied.
     *
     * @throws IllegalArgumentException when a name is no value of the graph (no node's output, input, or
     *         initializer)
     */
    public byte[] withOutputs(List<String> valueNames) {
        Set<String> known = new HashSet<>();
        decoded.nodes().forEach(node -> known.addAll(node.outputs()));
        decoded.graphInputs().forEach(value -> known.add(value.name()));
        known.addAll(decoded.initializers().keySet());
        Set<String> present = new HashSet<>();
        decoded.graphOutputs().forEach(value -> present.add(value.name()));
        ElementTypes types = new ElementTypes(decoded, allTypedValues());
        List<Map.Entry<String, Integer>> added = new ArrayList<>();
        for (String name : new LinkedHashSet<>(valueNames)) {
            if (name == null || name.isEmpty() || !known.contains(name)) {
                throw new IllegalArgumentException(file.getFileName() + ": the graph has no value " + name);
            }
            if (!present.contains(name)) {
                added.add(new AbstractMap.SimpleImmutableEntry<>(name, types.of(name)));
            }
        }
        return added.isEmpty() ? bytes() : new OnnxModelRewriter(bytes).withOutputs(added);
    }

    /**
     * The model's bytes with these float initializers' data replaced (same length; written as raw_data). Every
     * other byte is copied.
     *
     * @throws IllegalArgumentException when a name is not a FLOAT initializer, or its values are null or not as
     *         many as it holds
     */
    public byte[] withInitializers(Map<String, float[]> values) {
        Map<String, float[]> checked = new LinkedHashMap<>();
        for (Map.Entry<String, float[]> entry : values.entrySet()) {
            StoredTensor stored = decoded.initializers().get(entry.getKey());
            if (stored == null || stored.dataType() != OnnxElementType.FLOAT) {
                throw new IllegalArgumentException(file.getFileName() + ": " + entry.getKey() + " is not a float"
                        + " initializer");
            }
            if (entry.getValue() == null || entry.getValue().length != stored.count()) {
                throw new IllegalArgumentException(file.getFileName() + ": initializer " + entry.getKey() + " holds "
                        + stored.count() + " values, not " + (entry.getValue() == null ? "null"
                                : entry.getValue().length));
            }
            checked.put(entry.getKey(), entry.getValue().clone());
        }
        return checked.isEmpty() ? bytes() : new OnnxModelRewriter(bytes).withInitializers(checked);
    }

    /** The file's bytes as read (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file's name, IR version, opset and node count. */
    @Override
    public String toString() {
        return file.getFileName() + " (ONNX IR " + irVersion() + ", opset " + opsetVersion() + ", "
                + decoded.nodes().size() + " nodes)";
    }

    private List<OnnxValue> allTypedValues() {
        List<OnnxValue> values = new ArrayList<>(decoded.valueInfos().values());
        values.addAll(decoded.graphInputs());
        values.addAll(decoded.graphOutputs());
        return values;
    }

    /** The rank of each value whose shape the file gives. */
    private Map<String, Integer> ranks() {
        Map<String, Integer> ranks = new HashMap<>();
        for (OnnxValue value : allTypedValues()) {
            if (decoded.shaped().contains(value.name())) {
                ranks.putIfAbsent(value.name(), value.rank());
            }
        }
        return ranks;
    }
}

package org.confounderlab.engine.tests.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import org.confounderlab.engine.onnx.ClassifierHead;
import org.confounderlab.engine.onnx.ClassifierHead.Activation;
import org.confounderlab.engine.onnx.OnnxElementType;
import org.confounderlab.engine.onnx.OnnxModel;
import org.confounderlab.engine.onnx.OnnxModelException;
import org.confounderlab.engine.onnx.OnnxNode;
import org.confounderlab.engine.onnx.OnnxTensor;
import org.confounderlab.engine.onnx.OnnxValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the fixtures under {@code onnx/} (exported by {@code onnx/make_onnx_models.py} with torch 1.13, facts in
 * {@code small-expected.tsv}), models written here field by field for the forms torch exports less often, and
 * foreign, truncated and damaged files.
 */
class OnnxModelTest {

    private static final Path FOLDER = locate();

    private static final List<String> MODELS = List.of("small-cnn.onnx", "small-cnn-sigmoid.onnx",
            "small-cnn-softmax.onnx", "small-matmul.onnx", "no-gap.onnx");

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"small-cnn.onnx", "small-cnn-sigmoid.onnx", "small-cnn-softmax.onnx", "small-matmul.onnx",
        "no-gap.onnx"})
    void eachFixtureHasTheExportedInputsOutputsAndNodes(String name) throws Exception {
        Map<String, List<String[]>> expected = expected(name);
        OnnxModel model = OnnxModel.read(FOLDER.resolve(name));
        assertEquals(FOLDER.resolve(name), model.file());
        assertEquals(Long.parseLong(only(expected, "ir_version")), model.irVersion());
        assertEquals(Long.parseLong(only(expected, "opset")), model.opsetVersion());
        assertEquals(13, model.opsetVersion());
        assertEquals("pytorch 1.13.0", model.producer());
        assertEquals(values(expected.get("input")), model.inputs());
        assertEquals(values(expected.get("output")), model.outputs());
        OnnxValue image = model.inputs().get(0);
        assertEquals("image", image.name());
        assertEquals(OnnxElementType.FLOAT, image.elementType());
        assertArrayEquals(new long[] {-1, 1, 32, 32}, image.dims());
        assertEquals(List.of("batch", "", "", ""), image.dimNames());
        assertEquals("image float [batch, 1, 32, 32]", image.describe());
        assertEquals("logits float [batch, 2]", model.outputs().get(0).describe());
        List<String> ops = List.of(only(expected, "ops").split(","));
        assertEquals(ops, model.nodes().stream().map(OnnxNode::opType).toList());
        assertEquals(new TreeSet<>(ops), model.operatorTypes());
        assertArrayEquals(Files.readAllBytes(FOLDER.resolve(name)), model.bytes());
    }

    @Test
    void theNodesKeepTheirInputsOutputsAndAttributes() throws Exception {
        OnnxModel model = OnnxModel.read(FOLDER.resolve("small-cnn.onnx"));
        OnnxNode conv = model.nodes().get(0);
        assertEquals("Conv", conv.opType());
        assertEquals("image", conv.inputs().get(0));
        assertEquals(3, conv.inputs().size());
        assertArrayEquals(new long[] {3, 3}, (long[]) conv.attributes().get("kernel_shape"));
        assertArrayEquals(new long[] {1, 1, 1, 1}, conv.intsAttribute("pads"));
        assertEquals(1, conv.intAttribute("group", 0));
        assertEquals(-7, conv.intAttribute("absent", -7));
        OnnxNode gemm = model.nodes().get(model.nodes().size() - 1);
        assertEquals("Gemm", gemm.opType());
        assertEquals(List.of("/flatten/Flatten_output_0", "fc.weight", "fc.bias"), gemm.inputs());
        assertEquals(List.of("logits"), gemm.outputs());
        assertEquals(1, gemm.intAttribute("transB", 0));
        assertEquals(1f, gemm.attributes().get("alpha"));
        for (int i = 1; i < model.nodes().size(); i++) {
            assertEquals(model.nodes().get(i - 1).outputs().get(0), model.nodes().get(i).inputs().get(0),
                    "a chain in file order");
        }
        OnnxTensor weight = model.initializer("fc.weight");
        assertArrayEquals(new long[] {2, 16}, weight.dims());
        assertEquals(32, weight.values().length);
        assertTrue(model.floatInitializers().containsAll(List.of("fc.weight", "fc.bias")));
        assertEquals(6, model.floatInitializers().size(), "two fused Conv weights and biases, and the Linear's");
        assertNull(model.initializer("image"));
        assertNull(model.initializer("absent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small-cnn.onnx", "small-cnn-sigmoid.onnx", "small-cnn-softmax.onnx",
        "small-matmul.onnx"})
    void theHeadIsTheLinearLayerTheScriptWrote(String name) throws Exception {
        Map<String, List<String[]>> expected = expected(name);
        OnnxModel model = OnnxModel.read(FOLDER.resolve(name));
        ClassifierHead head = model.classifierHead().orElseThrow(() -> new AssertionError(
                model.classifierHeadProblem()));
        assertNull(model.classifierHeadProblem());
        assertEquals(only(expected, "feature_maps"), head.featureMaps());
        assertEquals("/features/MaxPool_1_output_0", head.featureMaps());
        assertEquals(only(expected, "features"), head.features());
        assertEquals(only(expected, "logits"), head.logits());
        assertEquals(Activation.valueOf(only(expected, "activation")), head.activation());
        String[] shape = only(expected, "weight_shape").split(",");
        int outputs = Integer.parseInt(shape[0]);
        int features = Integer.parseInt(shape[1]);
        assertEquals(outputs, head.outputCount());
        assertEquals(features, head.featureCount());
        float[] weight = floats(only(expected, "weight"));
        for (int o = 0; o < outputs; o++) {
            assertArrayEquals(Arrays.copyOfRange(weight, o * features, (o + 1) * features), head.weight()[o],
                    "row " + o + ", bit for bit");
        }
        assertArrayEquals(floats(only(expected, "bias")), head.bias());
        assertTrue(model.featureMapValues().contains(head.featureMaps()));
    }

    @Test
    void theMatMulHeadIsTransposedFromFeaturesByOutputs() throws Exception {
        OnnxModel model = OnnxModel.read(FOLDER.resolve("small-matmul.onnx"));
        OnnxTensor w = model.initializer("w");
        assertArrayEquals(new long[] {16, 2}, w.dims());
        ClassifierHead head = model.classifierHead().orElseThrow();
        assertEquals(w.values()[1 * 2 + 0], head.weight()[0][1]);
        assertEquals(w.values()[5 * 2 + 1], head.weight()[1][5]);
        assertEquals(model.initializer("b").values()[1], head.bias()[1]);
        assertFalse(model.featureMapValues().contains("logits"), "the bias Add of the head is no feature map");
    }

    @Test
    void withoutPoolingTheReasonIsGiven() throws Exception {
        OnnxModel model = OnnxModel.read(FOLDER.resolve("no-gap.onnx"));
        assertTrue(model.classifierHead().isEmpty());
        String problem = model.classifierHeadProblem();
        assertTrue(problem.contains("reads its features from MaxPool"), problem);
        assertTrue(problem.contains("through Flatten"), problem);
        assertTrue(problem.contains("not from global average pooling"), problem);
    }

    @Test
    void theFeatureMapsAreTheConvReluAndPoolOutputsInOrder() throws Exception {
        OnnxModel model = OnnxModel.read(FOLDER.resolve("small-cnn.onnx"));
        List<String> expected = model.nodes().stream()
                .filter(node -> List.of("Conv", "Relu", "MaxPool").contains(node.opType()))
                .map(node -> node.outputs().get(0)).toList();
        assertEquals(6, expected.size());
        assertEquals(expected, model.featureMapValues());
    }

    @Test
    void withOutputsAddsOnlyTheNewOutputsAndKeepsTheRest() throws Exception {
        OnnxModel model = OnnxModel.read(FOLDER.resolve("small-cnn-sigmoid.onnx"));
        ClassifierHead head = model.classifierHead().orElseThrow();
        byte[] bytes = model.withOutputs(List.of(head.featureMaps(), "logits", head.logits(), head.featureMaps()));
        OnnxModel extended = OnnxModel.read(Files.write(temp.resolve("extended.onnx"), bytes));
        List<OnnxValue> outputs = extended.outputs();
        assertEquals(3, outputs.size(), outputs.toString());
        assertEquals(model.outputs().get(0), outputs.get(0));
        assertEquals(new OnnxValue(head.featureMaps(), OnnxElementType.FLOAT, new long[0], List.of()),
                outputs.get(1));
        assertEquals(head.logits(), outputs.get(2).name());
        assertEquals(OnnxElementType.FLOAT, outputs.get(2).elementType());
        assertEquals(model.inputs(), extended.inputs());
        assertEquals(model.nodes(), extended.nodes());
        assertEquals(model.irVersion(), extended.irVersion());
        assertEquals(model.opsetVersion(), extended.opsetVersion());
        assertEquals(model.producer(), extended.producer());
        assertEquals(model.floatInitializers(), extended.floatInitializers());
        for (String name : model.floatInitializers()) {
            assertEquals(model.initializer(name), extended.initializer(name), name);
        }
        assertEquals(head, extended.classifierHead().orElseThrow(), "the first output still leads to the head");
        assertArrayEquals(model.bytes(), model.withOutputs(List.of("logits")), "nothing new, nothing changed");
        assertThrows(IllegalArgumentException.class, () -> model.withOutputs(List.of("no/such/value")));
    }

    @Test
    void withInitializersReplacesTheValuesAndNothingElse() throws Exception {
        OnnxModel model = OnnxModel.read(FOLDER.resolve("small-cnn.onnx"));
        float[] weight = model.initializer("fc.weight").values();
        float[] negated = new float[weight.length];
        for (int i = 0; i < weight.length; i++) {
            negated[i] = -weight[i] + i;
        }
        float[] bias = {0.25f, -1.5f};
        byte[] bytes = model.withInitializers(Map.of("fc.weight", negated, "fc.bias", bias));
        assertEquals(model.bytes().length, bytes.length, "raw_data of the same length");
        OnnxModel changed = OnnxModel.read(Files.write(temp.resolve("changed.onnx"), bytes));
        assertArrayEquals(negated, changed.initializer("fc.weight").values());
        assertArrayEquals(new long[] {2, 16}, changed.initializer("fc.weight").dims());
        assertArrayEquals(bias, changed.initializer("fc.bias").values());
        assertArrayEquals(bias, changed.classifierHead().orElseThrow().bias());
        assertArrayEquals(Arrays.copyOfRange(negated, 16, 32), changed.classifierHead().orElseThrow().weight()[1]);
        for (String name : model.floatInitializers()) {
            if (!name.startsWith("fc.")) {
                assertEquals(model.initializer(name), changed.initializer(name), name);
            }
        }
        assertEquals(model.nodes(), changed.nodes());
        assertEquals(model.inputs(), changed.inputs());
        assertEquals(model.outputs(), changed.outputs());
        assertThrows(IllegalArgumentException.class, () -> model.withInitializers(Map.of("fc.bias", new float[3])));
        assertThrows(IllegalArgumentException.class, () -> model.withInitializers(Map.of("image", new float[2])));
        assertArrayEquals(model.bytes(), model.withInitializers(Map.of()));
    }

    @Test
    void foreignFilesAreRefusedNamingTheFile() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
            0, 0, 0, 1, 8, 0, 0, 0, 0};
        byte[] whole = Files.readAllBytes(FOLDER.resolve("small-cnn.onnx"));
        List<Path> files = List.of(Files.write(temp.resolve("noise.onnx"), noise),
                Files.write(temp.resolve("image.png"), png), Files.write(temp.resolve("empty.onnx"), new byte[0]),
                Files.write(temp.resolve("text.onnx"), "ir_version: 7\n".getBytes(StandardCharsets.US_ASCII)),
                Files.write(temp.resolve("half.onnx"), Arrays.copyOf(whole, whole.length / 2)),
                temp.resolve("absent.onnx"), temp);
        for (Path file : files) {
            String message = refusal(file);
            assertTrue(message.startsWith(file.getFileName() + ": "), message);
        }
        String half = refusal(temp.resolve("half.onnx"));
        assertTrue(half.contains("truncated"), half);
        assertTrue(refusal(temp.resolve("image.png")).contains("not an ONNX model"));
        assertTrue(refusal(temp.resolve("empty.onnx")).contains("is empty"));
        assertTrue(refusal(temp.resolve("absent.onnx")).startsWith("absent.onnx: cannot be read"));
    }

    @Test
    void everyTruncationAndDamageIsAnOnnxModelException() throws Exception {
        byte[] whole = Files.readAllBytes(FOLDER.resolve("small-matmul.onnx"));
        Path file = temp.resolve("cut.onnx");
        for (int length = 0; length < whole.length; length += 7) {
            readOrRefuse(Files.write(file, Arrays.copyOf(whole, length)));
        }
        Random random = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            byte[] damaged = whole.clone();
            for (int flips = 0; flips < 1 + trial % 4; flips++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            readOrRefuse(Files.write(file, damaged));
        }
    }

    @Test
    void externalDataIsRefused() throws Exception {
        Message tensor = new Message().varints(1, 2, 3).varint(2, OnnxElementType.FLOAT).string(8, "fc.weight")
                .message(13, new Message().string(1, "location").string(2, "weights.bin")).varint(14, 1);
        Message graph = new Message().message(1, node("Relu", "relu", List.of("x"), List.of("y")))
                .message(5, tensor).message(11, value("x", 1, 3)).message(12, value("y", 1, 3));
        String message = refusal(write("external.onnx", model(13, graph)));
        assertTrue(message.startsWith("external.onnx: initializer fc.weight keeps its data in an external file"),
                message);
        assertTrue(message.contains("external data files are not supported"), message);
        assertTrue(message.contains("torch.onnx.export without external data"), message);
    }

    @Test
    void aHeadThroughConstantIdentityAndReduceMeanWithUnpackedAndUnknownFields() throws Exception {
        // ReduceMean(axes [2, 3], keepdims 0) -> Gemm(transB 0, alpha 2) with B a Constant behind an Identity,
        // C an initializer also listed as a graph input; unknown fields in the model, graph and a node.
        float[] b = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}; // [features 4, outputs 3]
        Message constant = node("Constant", "const", List.of(), List.of("wc"))
                .message(5, new Message().string(1, "value").varint(20, 4).message(5, floatTensor("", b, 4, 3)));
        Message graph = new Message()
                .message(1, node("Relu", "relu", List.of("x"), List.of("r")).string(77, "unknown node field"))
                .message(1, node("ReduceMean", "mean", List.of("r"), List.of("p"))
                        .message(5, new Message().string(1, "axes").varint(8, 2).varint(8, 3).varint(20, 7))
                        .message(5, new Message().string(1, "keepdims").varint(3, 0).varint(20, 2)))
                .message(1, constant)
                .message(1, node("Identity", "id", List.of("wc"), List.of("w")))
                .message(1, node("Gemm", "fc", List.of("p", "w", "c"), List.of("out"))
                        .message(5, new Message().string(1, "alpha").fixed32(2, 2f).varint(20, 1)))
                .string(2, "graph").message(5, floatTensor("c", new float[] {0.5f, -0.5f, 1.5f}, 3))
                .message(11, value("x", 1, -1, 4, 2, 2)).message(11, value("c", 1, 3))
                .message(12, value("out", 1, -1, 3)).string(50, "unknown graph field");
        Message model = model(11, graph).string(99, "unknown model field");
        OnnxModel read = OnnxModel.read(write("constant.onnx", model));
        assertEquals(List.of("x"), read.inputs().stream().map(OnnxValue::name).toList(), "c is an initializer");
        assertEquals(List.of("batch", "", "", ""), read.inputs().get(0).dimNames());
        assertEquals(11, read.opsetVersion());
        assertEquals("", read.producer());
        ClassifierHead head = read.classifierHead().orElseThrow(() -> new AssertionError(
                read.classifierHeadProblem()));
        assertEquals("r", head.featureMaps());
        assertEquals("p", head.features());
        assertEquals("out", head.logits());
        assertEquals(Activation.NONE, head.activation());
        assertArrayEquals(new float[] {2, 8, 14, 20}, head.weight()[0], "2 * B transposed");
        assertArrayEquals(new float[] {6, 12, 18, 24}, head.weight()[2]);
        assertArrayEquals(new float[] {0.5f, -0.5f, 1.5f}, head.bias());
        assertEquals(List.of("r"), read.featureMapValues());
        OnnxTensor value = (OnnxTensor) read.nodes().get(2).attributes().get("value");
        assertArrayEquals(new long[] {4, 3}, value.dims());
        byte[] extended = read.withOutputs(List.of("r"));
        assertTrue(contains(extended, "unknown model field") && contains(extended, "unknown graph field")
                && contains(extended, "unknown node field"), "unknown fields copied byte for byte");
        OnnxModel reread = OnnxModel.read(Files.write(temp.resolve("constant-r.onnx"), extended));
        assertEquals(List.of("out", "r"), reread.outputs().stream().map(OnnxValue::name).toList());
        assertEquals(head, reread.classifierHead().orElseThrow());
        byte[] rescaled = read.withInitializers(Map.of("c", new float[] {1, 2, 3}));
        assertTrue(contains(rescaled, "unknown graph field"));
        assertArrayEquals(new float[] {1, 2, 3}, OnnxModel.read(Files.write(temp.resolve("constant-c.onnx"),
                rescaled)).classifierHead().orElseThrow().bias());
    }

    @Test
    void anOpset18HeadWithAxesAsAnInputMatMulAddAndSoftmaxBehindIdentity() throws Exception {
        float[] w = {1, 2, 3, 4, 5, 6}; // [features 3, outputs 2]
        Message axes = new Message().varints(1, 2).varint(2, OnnxElementType.INT64).string(8, "axes")
                .varints(7, 2, 3);
        Message graph = new Message()
                .message(1, node("Conv", "conv", List.of("x", "k"), List.of("maps")))
                .message(1, node("ReduceMean", "mean", List.of("maps", "axes"), List.of("pooled")))
                .message(1, node("Flatten", "flatten", List.of("pooled"), List.of("flat")))
                .message(1, node("Identity", "wid", List.of("w"), List.of("w2")))
                .message(1, node("MatMul", "mm", List.of("flat", "w2"), List.of("mm")))
                .message(1, node("Constant", "bias", List.of(), List.of("bc"))
                        .message(5, new Message().string(1, "value_floats").fixed32s(7, 0.25f, 0.75f)))
                .message(1, node("Add", "add", List.of("bc", "mm"), List.of("logits")))
                .message(1, node("Softmax", "softmax", List.of("logits"), List.of("sm")))
                .message(1, node("Identity", "out", List.of("sm"), List.of("probabilities")))
                .message(5, floatTensor("w", w, 3, 2)).message(5, floatTensor("k", new float[3], 3, 1, 1, 1))
                .message(5, axes)
                .message(11, value("x", 1, 1, 1, 4, 4)).message(12, value("maps", 1, 1, 3, 4, 4))
                .message(12, value("probabilities", 1, 1, 2))
                .message(13, value("flat", 1, 1, 3));
        OnnxModel read = OnnxModel.read(write("opset18.onnx", model(18, graph)));
        ClassifierHead head = read.classifierHead().orElseThrow(() -> new AssertionError(
                read.classifierHeadProblem()));
        assertEquals("maps", head.featureMaps());
        assertEquals("flat", head.features());
        assertEquals("logits", head.logits());
        assertEquals(Activation.SOFTMAX, head.activation());
        assertArrayEquals(new float[] {1, 3, 5}, head.weight()[0]);
        assertArrayEquals(new float[] {2, 4, 6}, head.weight()[1]);
        assertArrayEquals(new float[] {0.25f, 0.75f}, head.bias());
        assertEquals(List.of("maps"), read.featureMapValues());
        assertEquals("maps", read.outputs().get(0).name(), "the first output is a map, the second leads to the head");
        assertNull(read.initializer("axes"), "not FLOAT");
        assertFalse(read.floatInitializers().contains("axes"));
    }

    @Test
    void anOutputFromMaxPoolHasNoHeadAndSaysSo() throws Exception {
        Message graph = new Message()
                .message(1, node("Conv", "conv", List.of("x", "k"), List.of("c")))
                .message(1, node("MaxPool", "pool", List.of("c"), List.of("y")))
                .message(5, floatTensor("k", new float[1], 1, 1, 1, 1))
                .message(11, value("x", 1, 1, 1, 4, 4)).message(12, value("y", 1, 1, 1, 2, 2));
        OnnxModel read = OnnxModel.read(write("pool.onnx", model(13, graph)));
        assertTrue(read.classifierHead().isEmpty());
        String problem = read.classifierHeadProblem();
        assertTrue(problem.startsWith("the output y comes from MaxPool (node pool), not a linear layer"), problem);
        assertTrue(problem.contains("after global average pooling"), problem);
        assertEquals(List.of("c", "y"), read.featureMapValues());
    }

    @Test
    void aReduceMeanOverTheChannelsIsNoGlobalAveragePooling() throws Exception {
        Message graph = new Message()
                .message(1, node("ReduceMean", "mean", List.of("x"), List.of("p"))
                        .message(5, new Message().string(1, "axes").varints(8, 1).varint(20, 7)))
                .message(1, node("Flatten", "flatten", List.of("p"), List.of("f")))
                .message(1, node("Gemm", "fc", List.of("f", "w"), List.of("y"))
                        .message(5, new Message().string(1, "transB").varint(3, 1).varint(20, 2)))
                .message(5, floatTensor("w", new float[] {1, 2}, 2, 1))
                .message(11, value("x", 1, 1, 1, 4, 4)).message(12, value("y", 1, 1, 2));
        OnnxModel read = OnnxModel.read(write("channels.onnx", model(13, graph)));
        String problem = read.classifierHeadProblem();
        assertTrue(problem.contains("ReduceMean (node mean) through Flatten, which averages over axes [1]"), problem);
    }

    @Test
    void recordsCompareByContent() {
        OnnxValue a = new OnnxValue("x", 1, new long[] {-1, 3}, List.of("n", ""));
        assertEquals(a, new OnnxValue("x", 1, new long[] {-1, 3}, List.of("n", "")));
        assertNotEquals(a, new OnnxValue("x", 1, new long[] {-1, 4}, List.of("n", "")));
        assertEquals("x int64 [n, 3]", new OnnxValue("x", 7, new long[] {-1, 3}, List.of("n", "")).describe());
        assertThrows(IllegalArgumentException.class, () -> new OnnxValue("x", 1, new long[] {1}, List.of()));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("pads", new long[] {1, 1});
        OnnxNode node = new OnnxNode("n", "Conv", List.of("x"), List.of("y"), attributes);
        assertEquals(node, new OnnxNode("n", "Conv", List.of("x"), List.of("y"), Map.of("pads", new long[] {1, 1})));
        assertEquals("float", OnnxElementType.nameOf(1));
        assertEquals("type 99", OnnxElementType.nameOf(99));
    }

    // Fixtures.

    private static String refusal(Path file) {
        return assertThrows(OnnxModelException.class, () -> OnnxModel.read(file)).getMessage();
    }

    /** Reads {@code file}, which may succeed or be refused, but must not fail any other way. */
    private static void readOrRefuse(Path file) {
        try {
            OnnxModel model = OnnxModel.read(file);
            model.classifierHead();
            model.featureMapValues();
        } catch (OnnxModelException e) {
            assertTrue(e.getMessage().startsWith("cut.onnx: "), e.getMessage());
        } catch (RuntimeException e) {
            fail("not an OnnxModelException", e);
        }
    }

    /** The rows of {@code small-expected.tsv} for {@code model}, by key: the values after the key. */
    private static Map<String, List<String[]>> expected(String model) throws IOException {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(FOLDER.resolve("small-expected.tsv"))) {
            String[] columns = line.split("\t", -1);
            if (!line.startsWith("#") && columns[0].equals(model)) {
                rows.computeIfAbsent(columns[1], key -> new ArrayList<>())
                        .add(Arrays.copyOfRange(columns, 2, columns.length));
            }
        }
        assertTrue(MODELS.contains(model) && !rows.isEmpty(), model);
        return rows;
    }

    private static String only(Map<String, List<String[]>> expected, String key) {
        List<String[]> rows = expected.get(key);
        assertEquals(1, rows == null ? 0 : rows.size(), key);
        return rows.get(0)[0];
    }

    /** Values from rows of name, element type and dims ({@code batch,1,32,32}: a symbolic one by its name). */
    private static List<OnnxValue> values(List<String[]> rows) {
        List<OnnxValue> values = new ArrayList<>();
        for (String[] row : rows) {
            String[] sizes = row[2].split(",");
            long[] dims = new long[sizes.length];
            List<String> names = new ArrayList<>();
            for (int i = 0; i < sizes.length; i++) {
                boolean symbolic = !sizes[i].chars().allMatch(Character::isDigit);
                dims[i] = symbolic ? -1 : Long.parseLong(sizes[i]);
                names.add(symbolic ? sizes[i] : "");
            }
            values.add(new OnnxValue(row[0], Integer.parseInt(row[1]), dims, names));
        }
        return values;
    }

    /** Comma-separated {@code float.hex} values, which Java parses exactly. */
    private static float[] floats(String text) {
        String[] parts = text.split(",");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = (float) Double.parseDouble(parts[i]);
        }
        return values;
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return true;
            }
        }
        return false;
    }

    private Path write(String name, Message model) throws IOException {
        return Files.write(temp.resolve(name), model.bytes());
    }

    /** A ModelProto of IR version 8 importing the default opset {@code opset}, around {@code graph}. */
    private static Message model(int opset, Message graph) {
        return new Message().varint(1, 8).message(7, graph).message(8, new Message().string(1, "").varint(2, opset));
    }

    private static Message node(String opType, String name, List<String> inputs, List<String> outputs) {
        Message node = new Message();
        inputs.forEach(input -> node.string(1, input));
        outputs.forEach(output -> node.string(2, output));
        return node.string(3, name).string(4, opType);
    }

    /** A FLOAT TensorProto with {@code values} as packed float_data (dims unpacked, as torch writes them). */
    private static Message floatTensor(String name, float[] values, long... dims) {
        Message tensor = new Message();
        for (long dim : dims) {
            tensor.varint(1, dim);
        }
        return tensor.varint(2, OnnxElementType.FLOAT).fixed32s(4, values).string(8, name);
    }

    /** A ValueInfoProto of a tensor; a dim of -1 is written as the symbolic dimension {@code batch}. */
    private static Message value(String name, int elementType, long... dims) {
        Message shape = new Message();
        for (long dim : dims) {
            shape.message(1, dim < 0 ? new Message().string(2, "batch") : new Message().varint(1, dim));
        }
        Message tensorType = new Message().varint(1, elementType).message(2, shape);
        return new Message().string(1, name).message(2, new Message().message(1, tensorType));
    }

    /** A protobuf message written field by field in the wire format. */
    private static final class Message {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Message varint(int field, long value) {
            tag(field, 0);
            raw(value);
            return this;
        }

        /** A packed repeated varint field. */
        Message varints(int field, long... values) {
            Message packed = new Message();
            for (long value : values) {
                packed.raw(value);
            }
            return bytes(field, packed.bytes());
        }

        Message fixed32(int field, float value) {
            tag(field, 5);
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(value).array());
            return this;
        }

        /** A packed repeated float field. */
        Message fixed32s(int field, float... values) {
            ByteBuffer packed = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
            for (float value : values) {
                packed.putFloat(value);
            }
            return bytes(field, packed.array());
        }

        Message string(int field, String text) {
            return bytes(field, text.getBytes(StandardCharsets.UTF_8));
        }

        Message message(int field, Message message) {
            return bytes(field, message.bytes());
        }

        Message bytes(int field, byte[] payload) {
            tag(field, 2);
            raw(payload.length);
            out.writeBytes(payload);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void tag(int field, int wireType) {
            raw(((long) field << 3) | wireType);
        }

        private void raw(long value) {
            long rest = value;
            while ((rest & ~0x7fL) != 0) {
                out.write((int) ((rest & 0x7f) | 0x80));
                rest >>>= 7;
            }
            out.write((int) rest);
        }
    }

    private static Path locate() {
        for (Path candidate : List.of(Path.of("onnx"), Path.of("bundles", "org.confounderlab.engine.tests", "onnx"))) {
            if (Files.isRegularFile(candidate.resolve("small-expected.tsv"))) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("the onnx/ folder of org.confounderlab.engine.tests is missing");
    }
}

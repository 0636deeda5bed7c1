package org.confounderlab.engine.tests.weights;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.confounderlab.engine.weights.StateDict;
import org.confounderlab.engine.weights.StateTensor;
import org.confounderlab.engine.weights.WeightsFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads the fixtures under {@code weights/} (made by {@code weights/make_state_dicts.py} with torch 1.13) and
 * hand-made hostile, truncated and foreign files.
 */
class StateDictTest {

    private static final Path FOLDER = locate();

    /** The columns of {@code small-expected.tsv} after name and shape, by the float type the file stores. */
    private static final Map<String, Integer> COLUMN = Map.of("F32", 2, "F16", 3, "BF16", 4);

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({"small.pth, PyTorch zip archive, F32", "small-p4.pth, PyTorch zip archive, F32",
        "small-checkpoint.pth, PyTorch zip archive, F32", "small-f32.safetensors, safetensors, F32",
        "small-f16.safetensors, safetensors, F16", "small-bf16.safetensors, safetensors, BF16"})
    void eachFixtureHoldsTheExpectedTensorsInOrder(String name, String format, String floatType) throws Exception {
        StateDict dict = StateDict.read(FOLDER.resolve(name));
        assertEquals(format, dict.format());
        List<String[]> expected = expected();
        assertEquals(expected.stream().map(row -> row[0]).toList(), dict.names(), "file order");
        assertEquals(expected.size(), dict.size());
        for (String[] row : expected) {
            StateTensor tensor = dict.tensor(row[0]);
            assertArrayEquals(shape(row[1]), tensor.shape(), row[0]);
            assertEquals(row[0].endsWith("num_batches_tracked") ? "I64" : floatType, tensor.storedType(), row[0]);
            assertArrayEquals(values(row[COLUMN.get(floatType)]), tensor.values(), row[0] + " in " + name);
            assertEquals(tensor.values().length, tensor.count());
        }
        assertNull(dict.tensor("fc.missing"));
        assertEquals(7f, dict.tensor("bn.num_batches_tracked").values()[0]);
        assertEquals(0, dict.tensor("bn.num_batches_tracked").shape().length, "a scalar");
    }

    @Test
    void theTransposeIsGatheredRowMajor() throws Exception {
        // fc.weight was saved as a [5, 3] storage viewed through .t(): element [i][j] is storage element j * 3 + i.
        float[] pth = StateDict.read(FOLDER.resolve("small.pth")).tensor("fc.weight").values();
        float[] safetensors = StateDict.read(FOLDER.resolve("small-f32.safetensors")).tensor("fc.weight").values();
        assertArrayEquals(safetensors, pth);
        assertEquals((float) (1.7 * Math.sin(0.21 * 3 + 0.7)), pth[1], 1e-6);
        assertEquals((float) (1.7 * Math.sin(0.21 * 1 + 0.7)), pth[5], 1e-6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"small.pth", "small-f32.safetensors", "small-f16.safetensors", "small-bf16.safetensors"})
    void sha256IsTheWholeFiles(String name) throws Exception {
        Path file = FOLDER.resolve(name);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        String expected = HexFormat.of().formatHex(digest);
        StateDict dict = StateDict.read(file);
        assertEquals(expected, dict.sha256());
        assertEquals(file, dict.file());
    }

    @Test
    void theLegacyFormatIsRefusedWithHowToResave() {
        String message = refusal(FOLDER.resolve("small-legacy.pth"));
        assertTrue(message.startsWith("small-legacy.pth: a legacy (pre-1.6) PyTorch file"), message);
        assertTrue(message.contains("torch.save(torch.load(f, weights_only=True), 'weights.pth')"), message);
    }

    @Test
    void aPickleCallingOsSystemIsRefusedByName() throws Exception {
        Path file = torchZip("model.pth", "\u0080\u0002cos\nsystem\nq\u0000X\u0002\u0000\u0000\u0000lsq\u0001"
                + "\u0085q\u0002Rq\u0003.");
        String message = refusal(file);
        assertTrue(message.startsWith("model.pth: refuses the pickle global os.system"), message);
        assertTrue(message.contains("save model.state_dict(), not the model"), message);
    }

    @Test
    void aPickledModuleIsRefusedByName() throws Exception {
        String message = refusal(torchZip("net.pth", "\u0080\u0002c__main__\nNet\nq\u0000)\u0081q\u0001}b."));
        assertTrue(message.startsWith("net.pth: refuses the pickle global __main__.Net"), message);
        String linear = refusal(torchZip("linear.pth", "\u0080\u0002ctorch.nn.modules.linear\nLinear\n)\u0081."));
        assertTrue(linear.contains("torch.nn.modules.linear.Linear"), linear);
    }

    @Test
    void aStackGlobalIsCheckedLikeAGlobal() throws Exception {
        String message = refusal(torchZip("eval.pth", "\u0080\u0004\u008c\u0008builtins\u0094\u008c\u0004eval\u0094"
                + "\u0093\u0094."));
        assertTrue(message.contains("refuses the pickle global builtins.eval"), message);
    }

    @Test
    void opcodesOutsideTheStateDictSubsetAreRefusedByName() throws Exception {
        String ext = refusal(torchZip("ext.pth", "\u0080\u0002\u0082\u0001."));
        assertTrue(ext.startsWith("ext.pth: refuses pickle opcode 0x82 (EXT1)"), ext);
        String bytes = refusal(torchZip("bytes.pth", "\u0080\u0003C\u0002hi."));
        assertTrue(bytes.contains("refuses pickle opcode 0x43 (SHORT_BINBYTES)"), bytes);
        String call = refusal(torchZip("call.pth", "\u0080\u0002ctorch\nFloatStorage\n)R."));
        assertTrue(call.contains("0x52 (REDUCE)") && call.contains("torch.FloatStorage"), call);
        String build = refusal(torchZip("build.pth", "\u0080\u0002}}b."));
        assertTrue(build.contains("0x62 (BUILD)"), build);
    }

    @Test
    void aDictWithoutTensorsIsNotAStateDict() throws Exception {
        String message = refusal(torchZip("config.pth",
                "\u0080\u0002}q\u0000(X\u0005\u0000\u0000\u0000epochK\u0003u."));
        assertTrue(message.startsWith("config.pth: holds a dict without tensors (keys epoch)"), message);
    }

    @Test
    void aBigEndianArchiveIsHonouredAndStridesGather() throws Exception {
        ByteBuffer storage = ByteBuffer.allocate(12).order(ByteOrder.BIG_ENDIAN).putFloat(1.5f).putFloat(-2f)
                .putFloat(3.25f);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("big/data.pkl", oneTensor("w", "FloatStorage", 3, 0, 2, 2));
        entries.put("big/byteorder", "big".getBytes(StandardCharsets.US_ASCII));
        entries.put("big/data/0", storage.array());
        StateDict dict = StateDict.read(zip("big.pth", entries));
        assertEquals(List.of("w"), dict.names());
        assertArrayEquals(new float[] {1.5f, 3.25f}, dict.tensor("w").values());
        assertArrayEquals(new long[] {2}, dict.tensor("w").shape());
    }

    @Test
    void aStorageShorterThanItsTensorIsRefusedNamingTheTensor() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("short/data.pkl", oneTensor("layer.weight", "FloatStorage", 4, 1, 4, 1));
        entries.put("short/data/0", new byte[12]);
        String message = refusal(zip("short.pth", entries));
        assertTrue(message.startsWith("short.pth: tensor layer.weight:"), message);
        assertTrue(message.contains("short/data/0"), message);
    }

    @Test
    void truncatedFilesAreRefusedNamingTheFile() throws Exception {
        for (String name : List.of("small.pth", "small-f32.safetensors")) {
            byte[] whole = Files.readAllBytes(FOLDER.resolve(name));
            Path half = Files.write(temp.resolve("half-" + name), Arrays.copyOf(whole, whole.length / 2));
            String message = refusal(half);
            assertTrue(message.startsWith("half-" + name + ": "), message);
            assertTrue(message.contains("truncated"), message);
        }
        byte[] whole = Files.readAllBytes(FOLDER.resolve("small-f32.safetensors"));
        Path cut = Files.write(temp.resolve("cut.safetensors"), Arrays.copyOf(whole, whole.length - 4));
        String message = refusal(cut);
        assertTrue(message.startsWith("cut.safetensors: tensor fc.bias: "), "the last tensor lost its end: " + message);
    }

    @Test
    void safetensorsOffsetsPastTheEndAreRefusedNamingTheTensor() throws Exception {
        Path file = safetensors("short.safetensors", "{\"ok\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"conv.weight\":{\"dtype\":\"F32\",\"shape\":[100],\"data_offsets\":[8,408]}}", new byte[16]);
        String message = refusal(file);
        assertTrue(message.startsWith("short.safetensors: tensor conv.weight: "), message);
        assertTrue(message.contains("past the end"), message);
    }

    @Test
    void safetensorsHeaderChecksNameTheTensor() throws Exception {
        String dtype = refusal(safetensors("dtype.safetensors",
                "{\"w\":{\"dtype\":\"F8_E4M3\",\"shape\":[2],\"data_offsets\":[0,2]}}", new byte[2]));
        assertTrue(dtype.startsWith("dtype.safetensors: tensor w: dtype F8_E4M3"), dtype);
        String size = refusal(safetensors("size.safetensors",
                "{\"w\":{\"dtype\":\"F16\",\"shape\":[3],\"data_offsets\":[0,8]}}", new byte[8]));
        assertTrue(size.startsWith("size.safetensors: tensor w: data_offsets [0, 8] hold 8 bytes"), size);
        String json = refusal(safetensors("json.safetensors", "{\"w\":{\"dtype\":\"F32\",}}", new byte[0]));
        assertTrue(json.startsWith("json.safetensors: its safetensors header is not valid JSON"), json);
    }

    @Test
    void safetensorsHeadersKeepTheirOrderEscapesAndSkipMetadata() throws Exception {
        ByteBuffer data = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putFloat(0.5f).putFloat(-1f)
                .putDouble(0.1);
        String header = "{\"__metadata__\":{\"n\":1,\"x\":-2.5e-3,\"t\":true,\"f\":false,\"z\":null,\"s\":\"v\"},"
                + " \"z\\u00e9\\\"q\\n\\\\\" : {\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},\n"
                + "\"a\":{\"dtype\":\"F64\",\"shape\":[],\"data_offsets\":[8,16]}}    ";
        StateDict dict = StateDict.read(safetensors("escapes.st", header, data.array()));
        assertEquals(List.of("z\u00e9\"q\n\\", "a"), dict.names(), "header order, not sorted");
        assertArrayEquals(new float[] {0.5f, -1f}, dict.tensor("z\u00e9\"q\n\\").values());
        assertArrayEquals(new float[] {0.1f}, dict.tensor("a").values());
        assertEquals("F64", dict.tensor("a").storedType());
    }

    @Test
    void foreignFilesAreNeither() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        Map<String, byte[]> plainZip = Map.of("notes/readme.txt", "hello".getBytes(StandardCharsets.US_ASCII));
        for (Path file : List.of(Files.write(temp.resolve("noise.bin"), noise),
                Files.write(temp.resolve("weights.png"), png), Files.write(temp.resolve("empty.pth"), new byte[0]),
                zip("plain.zip", plainZip))) {
            String message = refusal(file);
            assertTrue(message.startsWith(file.getFileName() + ": "), message);
            assertTrue(message.contains("neither safetensors nor a PyTorch zip archive"), message);
        }
    }

    @Test
    void torchScriptIsRefusedAsSuch() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("scripted/data.pkl", "\u0080\u0002}.".getBytes(StandardCharsets.ISO_8859_1));
        entries.put("scripted/constants.pkl", "\u0080\u0002).".getBytes(StandardCharsets.ISO_8859_1));
        entries.put("scripted/code/__torch__.py", "def forward(self): pass".getBytes(StandardCharsets.US_ASCII));
        String message = refusal(zip("scripted.pt", entries));
        assertTrue(message.startsWith("scripted.pt: is a TorchScript archive"), message);
        assertTrue(message.contains("state_dict()"), message);
    }

    @Test
    void aMissingFileIsAWeightsFileException() {
        String message = refusal(temp.resolve("absent.safetensors"));
        assertTrue(message.startsWith("absent.safetensors: cannot be read"), message);
    }

    // Fixtures.

    private static String refusal(Path file) {
        return assertThrows(WeightsFileException.class, () -> StateDict.read(file)).getMessage();
    }

    /** The rows of {@code small-expected.tsv}: name, shape, then the values as float32 of an F32, F16, BF16 file. */
    private static List<String[]> expected() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FOLDER.resolve("small-expected.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static long[] shape(String text) {
        String inside = text.substring(1, text.length() - 1);
        return inside.isEmpty() ? new long[0] : Arrays.stream(inside.split(",")).mapToLong(Long::parseLong).toArray();
    }

    /** Comma-separated {@code float.hex} values, which Java parses exactly. */
    private static float[] values(String text) {
        String[] parts = text.split(",");
        float[] values = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = (float) Double.parseDouble(parts[i]);
        }
        return values;
    }

    /** A torch.save-shaped zip {@code archive/data.pkl} holding {@code pickle} (one char per byte) and nothing else. */
    private Path torchZip(String name, String pickle) throws IOException {
        return zip(name, Map.of("archive/data.pkl", pickle.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = temp.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    private Path safetensors(String name, String header, byte[] data) throws IOException {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer bytes = ByteBuffer.allocate(8 + json.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putLong(json.length).put(json).put(data);
        return Files.write(temp.resolve(name), bytes.array());
    }

    /**
     * The protocol-2 pickle torch.save writes for {@code {name: tensor}}: a 1-dimensional view of {@code size}
     * elements with {@code stride} from element {@code offset} of storage {@code data/0} of {@code numel} elements.
     */
    private static byte[] oneTensor(String name, String storageType, int numel, int offset, int size, int stride) {
        String pickle = "\u0080\u0002}(" + unicode(name) + "ctorch._utils\n_rebuild_tensor_v2\n"
                + "((" + unicode("storage") + "ctorch\n" + storageType + "\n" + unicode("0") + unicode("cpu")
                + "K" + (char) numel + "tQ" + "K" + (char) offset + "K" + (char) size + "\u0085K" + (char) stride
                + "\u0085\u0089ccollections\nOrderedDict\n)RtRu.";
        return pickle.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** BINUNICODE of an ASCII {@code text}. */
    private static String unicode(String text) {
        return "X" + (char) text.length() + "\u0000\u0000\u0000" + text;
    }

    private static Path locate() {
        for (Path candidate : List.of(Path.of("weights"), Path.of("bundles", "org.confounderlab.engine.tests",
                "weights"))) {
            if (Files.isRegularFile(candidate.resolve("small-expected.tsv"))) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("the weights/ folder of org.confounderlab.engine.tests is missing");
    }
}

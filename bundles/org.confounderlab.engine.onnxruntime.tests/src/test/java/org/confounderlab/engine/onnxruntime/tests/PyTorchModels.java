package org.confounderlab.engine.onnxruntime.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.engine.training.TensorBatch;
import org.junit.jupiter.api.Assumptions;

/**
 * The models {@code pytorch/make_models.py} exports with Debian's PyTorch, and PyTorch's outputs on them. Made once
 * per test JVM in {@code target/pytorch-models}: two sets of the engine's synthetic marker radiographs (seeds 4 and
 * 5; the marker follows the label), the script trains its CNN on the first, and the audit runs on the second. Tests
 * needing them are skipped when PyTorch is not installed (CI installs it).
 */
final class PyTorchModels {

    static final Path SCRIPT = Path.of("pytorch/make_models.py");
    static final Path COMMITTED = Path.of("pytorch/reference.tsv");
    static final int SIZE = 64;

    private static PyTorchModels made;

    final Path folder;
    final Path train;
    final Path audit;
    private final Map<String, double[]> reference;
    final String header;

    private PyTorchModels(Path folder, Map<String, double[]> reference, String header) {
        this.folder = folder;
        this.train = folder.resolve("train");
        this.audit = folder.resolve("audit");
        this.reference = reference;
        this.header = header;
    }

    /** The models, made on first use. */
    static synchronized PyTorchModels get() throws IOException, InterruptedException {
        if (made != null) {
            return made;
        }
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "needs /usr/bin/python3 with python3-torch");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import torch, torchvision, PIL, numpy")
                .redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        Assumptions.assumeTrue(probe.waitFor() == 0, "needs Debian's python3-torch, python3-torchvision, "
                + "python3-pil and python3-numpy (./.ci/run installs them)");
        Path folder = Path.of("target/pytorch-models").toAbsolutePath();
        generate(folder.resolve("train"), 4);
        generate(folder.resolve("audit"), 5);
        Process script = new ProcessBuilder(python.toString(), SCRIPT.toString(), folder.toString(),
                folder.resolve("train/data").toString(), folder.resolve("audit/data").toString())
                .redirectErrorStream(true).start();
        String log = new String(script.getInputStream().readAllBytes());
        if (!script.waitFor(10, TimeUnit.MINUTES) || script.exitValue() != 0) {
            throw new IOException("make_models.py failed:\n" + log);
        }
        made = read(folder, folder.resolve("reference.tsv"));
        return made;
    }

    /** 400 marker radiographs of 64×64, 2 per patient, half positive, the marker following the label. */
    static void generate(Path folder, long seed) throws IOException {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(SIZE).withCount(400).withImagesPerPatient(2)
                .withPrevalence(0.5).withMarkerStrength(1.0).withInitialsStrength(0).withSiteStrength(0)
                .withSexCorrelateStrength(0).withLesionContrast(0.25).withSeed(seed))
                .generate(folder.resolve("data"));
    }

    static PyTorchModels read(Path folder, Path tsv) throws IOException {
        Map<String, double[]> values = new HashMap<>();
        String header = "";
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#")) {
                header = line;
                continue;
            }
            String[] parts = line.split("\t");
            String[] numbers = parts[3].split(",");
            double[] row = new double[numbers.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = Double.parseDouble(numbers[i]);
            }
            values.put(parts[0] + "/" + parts[1] + "/" + parts[2], row);
        }
        return new PyTorchModels(folder, values, header);
    }

    /** The committed reference values, with the PyTorch version that made them. */
    static PyTorchModels committed() throws IOException {
        return read(Path.of("target"), COMMITTED);
    }

    /** PyTorch's {@code quantity} of {@code model} on image {@code image}. */
    double[] value(String model, String quantity, int image) {
        double[] row = reference.get(model + "/" + quantity + "/" + image);
        if (row == null) {
            throw new IllegalArgumentException("no " + model + " " + quantity + " of image " + image);
        }
        return row;
    }

    Map<String, double[]> values() {
        return reference;
    }

    Path model(String name) {
        return folder.resolve(name);
    }

    /** The images the script fed {@code model}: {@code count} float32 CHW tensors. */
    TensorBatch inputs(String model, int count, int channels, List<String> labels) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve(model + "-inputs.f32"));
        float[] tensors = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(tensors);
        return new TensorBatch(tensors, new float[count][labels.size()], count, channels, SIZE, labels);
    }

    /**
     * PyTorch's logits and Grad-CAM maps ({@code gradcam-L} for each output {@code L} of {@code outputs}) of the
     * script's densenet121 on {@code images} (as the engine prepared them), keyed like {@link #value}.
     */
    PyTorchModels scoreDenseNet(TensorBatch images, int[] outputs) throws IOException, InterruptedException {
        Path tensor = folder.resolve("densenet121-real.f32");
        ByteBuffer bytes = ByteBuffer.allocate(4 * images.tensors().length).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(images.tensors());
        Files.write(tensor, bytes.array());
        Path scores = folder.resolve("densenet121-real.tsv");
        String labels = String.join(",", java.util.Arrays.stream(outputs).mapToObj(Integer::toString).toList());
        Process script = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString(), "--score", "densenet121",
                tensor.toString(), Integer.toString(images.count()), Integer.toString(images.channels()),
                Integer.toString(images.size()), labels, scores.toString()).redirectErrorStream(true).start();
        String log = new String(script.getInputStream().readAllBytes());
        if (!script.waitFor(5, TimeUnit.MINUTES) || script.exitValue() != 0) {
            throw new IOException("make_models.py --score failed:\n" + log);
        }
        return read(folder, scores);
    }

    /** PyTorch's probability of each audit image, by file name. */
    Map<String, Double> auditScores() throws IOException {
        Map<String, Double> scores = new HashMap<>();
        for (String line : Files.readAllLines(folder.resolve("audit-scores.tsv"))) {
            String[] parts = line.split("\t");
            scores.put(parts[0], Double.parseDouble(parts[1]));
        }
        return scores;
    }
}

package org.confounderlab.engine.dl4j.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.confounderlab.engine.image.Normalisation;
import org.confounderlab.engine.training.TensorBatch;
import org.junit.jupiter.api.Assumptions;

/**
 * torchvision's resnet18 and densenet121 with random weights, saved by Debian's PyTorch as {@code .pth} and
 * {@code .safetensors}, and their outputs on fixed images ({@code torchvision/make_reference.py}). The script runs
 * when PyTorch is installed (CI installs it); its outputs must equal the committed {@code torchvision/reference.tsv}
 * when the PyTorch version is the one that made them.
 */
final class TorchvisionReference {

    static final Path FOLDER = Path.of("torchvision");
    static final int SIZE = 72;
    static final int IMAGES = 3;
    static final List<String> LABELS = List.of("a", "b", "c");

    private final Path files;
    private final Map<String, double[][]> values;
    private final String header;

    private TorchvisionReference(Path files, Map<String, double[][]> values, String header) {
        this.files = files;
        this.values = values;
        this.header = header;
    }

    /** Runs the script into {@code out} (skipping the calling tests when PyTorch is not installed). */
    static TorchvisionReference make(Path out) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "needs /usr/bin/python3 with python3-torch");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import torch, torchvision")
                .redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        Assumptions.assumeTrue(probe.waitFor() == 0, "needs Debian's python3-torch and python3-torchvision "
                + "(./.ci/run installs them)");
        Process script = new ProcessBuilder(python.toString(), FOLDER.resolve("make_reference.py").toString(),
                out.toString()).redirectErrorStream(true).start();
        String log = new String(script.getInputStream().readAllBytes());
        if (!script.waitFor(10, TimeUnit.MINUTES) || script.exitValue() != 0) {
            throw new IOException("make_reference.py failed:\n" + log);
        }
        return read(out, out.resolve("reference.tsv"));
    }

    /**
     * PyTorch's probabilities and features {@code [image][value]} for {@code architecture}'s .pth on {@code images}
     * (as the engine prepared them; a gray batch is given to PyTorch as three equal channels).
     */
    Map<String, double[][]> score(String architecture, TensorBatch images, Path work)
            throws IOException, InterruptedException {
        Path tensor = work.resolve(architecture + "-" + images.channels() + ".f32");
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(4 * images.tensors().length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(images.tensors());
        Files.write(tensor, bytes.array());
        Path scores = work.resolve(architecture + "-" + images.channels() + "-scores.tsv");
        Process script = new ProcessBuilder("/usr/bin/python3", FOLDER.resolve("make_reference.py").toString(),
                files.toString(), "--score", architecture, tensor.toString(), Integer.toString(images.count()),
                Integer.toString(images.channels()), Integer.toString(images.size()),
                Integer.toString(images.size()), scores.toString()).redirectErrorStream(true).start();
        String log = new String(script.getInputStream().readAllBytes());
        if (!script.waitFor(5, TimeUnit.MINUTES) || script.exitValue() != 0) {
            throw new IOException("make_reference.py --score failed:\n" + log);
        }
        TorchvisionReference scored = read(files, scores);
        return Map.of("probabilities", scored.values(architecture, "real", "probabilities"), "features",
                scored.values(architecture, "real", "features"));
    }

    /** The values committed beside the script. */
    static TorchvisionReference committed() throws IOException {
        return read(null, FOLDER.resolve("reference.tsv"));
    }

    private static TorchvisionReference read(Path files, Path table) throws IOException {
        Map<String, List<double[]>> rows = new HashMap<>();
        String header = "";
        for (String line : Files.readAllLines(table)) {
            if (line.startsWith("#")) {
                header = line;
                continue;
            }
            String[] cells = line.split("\t");
            String[] numbers = cells[4].split(",");
            double[] row = new double[numbers.length];
            for (int i = 0; i < row.length; i++) {
                row[i] = Double.parseDouble(numbers[i]);
            }
            rows.computeIfAbsent(cells[0] + "/" + cells[1] + "/" + cells[2], key -> new ArrayList<>()).add(row);
        }
        Map<String, double[][]> values = new HashMap<>();
        rows.forEach((key, list) -> values.put(key, list.toArray(double[][]::new)));
        return new TorchvisionReference(files, values, header);
    }

    /** A file the script wrote, e.g. {@code resnet18.pth}. */
    Path file(String name) {
        return files.resolve(name);
    }

    /** "# torch 1.13.0a0 torchvision 0.14.1a0 …". */
    String header() {
        return header;
    }

    /** {@code [image][value]} for architecture, input kind ("rgb", "gray") and quantity. */
    double[][] values(String architecture, String kind, String quantity) {
        double[][] found = values.get(architecture + "/" + kind + "/" + quantity);
        if (found == null) {
            throw new IllegalArgumentException("no reference values for " + architecture + " " + kind + " "
                    + quantity);
        }
        return found;
    }

    /** The script's image value in [0, 1]; {@code pixel} in make_reference.py is the same formula. */
    static float pixel(int n, int c, int y, int x) {
        return (float) (0.5 + 0.5 * Math.sin(0.37 * x * (n + 1) + 0.23 * y + 1.1 * c)
                * Math.cos(0.05 * (x + y) * (c + 1)));
    }

    /**
     * The fixed images as the model sees them: RGB normalised with ImageNet's statistics, or gray (channel 0 of the
     * formula) with the gray ImageNet statistics.
     */
    static TensorBatch images(int channels, List<String> labels) {
        int plane = SIZE * SIZE;
        float[] tensors = new float[IMAGES * channels * plane];
        for (int n = 0; n < IMAGES; n++) {
            for (int c = 0; c < channels; c++) {
                for (int y = 0; y < SIZE; y++) {
                    for (int x = 0; x < SIZE; x++) {
                        tensors[(n * channels + c) * plane + y * SIZE + x] = pixel(n, c, y, x);
                    }
                }
            }
        }
        Normalisation normalisation = channels == 3 ? Normalisation.IMAGENET : Normalisation.IMAGENET_GRAY;
        float[] image = new float[channels * plane];
        for (int n = 0; n < IMAGES; n++) {
            System.arraycopy(tensors, n * image.length, image, 0, image.length);
            normalisation.applyInPlace(image, plane, channels);
            System.arraycopy(image, 0, tensors, n * image.length, image.length);
        }
        float[][] targets = new float[IMAGES][labels.size()];
        for (int n = 0; n < IMAGES; n++) {
            targets[n][n % labels.size()] = 1f;
        }
        return new TensorBatch(tensors, targets, IMAGES, channels, SIZE, labels);
    }
}

package org.confounderlab.engine.dl4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.confounderlab.engine.training.InitialWeightsReport;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.weights.StateDict;
import org.confounderlab.engine.weights.StateTensor;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Puts a torchvision-layout state dict (torchvision's, timm's or a fine-tuned copy's) into a {@link ResNet18} or
 * {@link DenseNet121} network whose layers carry torchvision's names.
 *
 * <ul>
 * <li>Convolutions take {@code weight} as it is ([out, in, kh, kw] in both). A 3-channel first convolution in a
 * 1-channel network is summed over its input channels: for a gray image given as three equal channels (after one
 * normalisation for all three) the RGB convolution computes exactly that. A 1-channel one in a 3-channel network is
 * divided by 3 and repeated.</li>
 * <li>Batch norms take {@code weight}, {@code bias}, {@code running_mean} and {@code running_var} (ε is PyTorch's),
 * so that in inference mode the network computes what {@code model.eval()} does; {@code num_batches_tracked} is not
 * needed.</li>
 * <li>The classifier takes {@code weight} transposed (DL4J keeps [in, out]) and {@code bias}; one with another
 * number of outputs than the experiment has labels (ImageNet's 1,000, say) stays freshly initialised.</li>
 * </ul>
 * Names may carry DataParallel's {@code module.} or a wrapper's prefix ({@code densenet121.} in CheXNet checkpoints),
 * and DenseNet's may be in the old form torchvision's own downloads use ({@code norm.1} for {@code norm1}). Every
 * tensor is checked before any is assigned: a missing tensor or a shape that does not fit stops with a message
 * naming each one and both shapes, and leaves the network as it was.
 */
final class TorchvisionWeights {

    private static final String COUNTER = "num_batches_tracked";
    /** torchvision's own DenseNet downloads name {@code norm1} as {@code norm.1}, and so on. */
    private static final Pattern OLD_DENSENET_NAME = Pattern.compile(
            "^(.*denselayer\\d+\\.(?:norm|relu|conv))\\.((?:[12])\\.(?:weight|bias|running_mean|running_var))$");
    private static final int LISTED = 12;

    private final StateDict file;
    private final ComputationGraph graph;
    private final Map<String, String> torchvisionNames;

    /** A parameter view and its checked new value. */
    private record Assignment(INDArray parameter, INDArray value) {
    }

    /** The tensors to assign (a list: INDArray's equality is by value, so arrays cannot be map keys). */
    private final List<Assignment> assignments = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> loaded = new ArrayList<>();
    private final List<String> initialised = new ArrayList<>();
    private final List<String> adaptations = new ArrayList<>();
    private final Set<String> used = new LinkedHashSet<>();
    /** The file's names by their torchvision form, and back. */
    private final Map<String, String> fileNames = new LinkedHashMap<>();
    private final Map<String, String> keys = new LinkedHashMap<>();

    private TorchvisionWeights(StateDict file, ComputationGraph graph, Map<String, String> torchvisionNames) {
        this.file = file;
        this.graph = graph;
        this.torchvisionNames = torchvisionNames;
    }

    /**
     * Checks {@code file} against {@code graph} (whose layers torchvision names as {@code torchvisionNames} says) and,
     * when everything fits, assigns its tensors; returns what was loaded, initialised and ignored.
     */
    static InitialWeightsReport load(StateDict file, ComputationGraph graph, Map<String, String> torchvisionNames)
            throws TrainingException {
        TorchvisionWeights weights = new TorchvisionWeights(file, graph, torchvisionNames);
        weights.matchNames();
        for (Map.Entry<String, String> layer : torchvisionNames.entrySet()) {
            weights.plan(graph.getLayer(layer.getKey()), layer.getValue());
        }
        weights.checkComplete();
        weights.assignments.forEach(a -> a.parameter().assign(a.value()));
        List<String> ignored = new ArrayList<>();
        int counters = 0;
        for (Map.Entry<String, String> name : weights.fileNames.entrySet()) {
            if (name.getKey().endsWith(COUNTER)) {
                counters++;
            } else if (!weights.used.contains(name.getKey())) {
                ignored.add(name.getValue());
            }
        }
        if (counters > 0) {
            weights.adaptations.add(counters + " " + COUNTER + " counters not needed");
        }
        return new InitialWeightsReport(file.file(), file.format(), file.sha256(), weights.loaded,
                weights.initialised, ignored, weights.adaptations);
    }

    /** Reads the file's names as torchvision's, without a wrapper's prefix and in DenseNet's current form. */
    private void matchNames() {
        String first = torchvisionNames.values().iterator().next() + ".weight";
        String prefix = "";
        if (file.tensor(first) == null) {
            for (String name : file.names()) {
                String plain = currentForm(name);
                if (plain.endsWith("." + first)) {
                    prefix = plain.substring(0, plain.length() - first.length());
                    break;
                }
            }
        }
        boolean renamed = false;
        for (String name : file.names()) {
            String plain = currentForm(name);
            renamed |= !plain.equals(name);
            // A name outside the prefix keeps a key no torchvision name has, so it is listed as ignored.
            String key = plain.startsWith(prefix) ? plain.substring(prefix.length()) : "\u0000" + name;
            fileNames.put(key, name);
            keys.put(name, key);
        }
        if (!prefix.isEmpty()) {
            adaptations.add("names read without the prefix '" + prefix + "'");
        }
        if (renamed) {
            adaptations.add("DenseNet names in the old form (norm.1) read as norm1");
        }
    }

    private static String currentForm(String name) {
        Matcher old = OLD_DENSENET_NAME.matcher(name);
        return old.matches() ? old.group(1) + old.group(2) : name;
    }

    private void plan(Layer layer, String module) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        switch (conf) {
            case ConvolutionLayer convolution -> planConvolution(layer, module);
            case BatchNormalization norm -> planBatchNorm(layer, module, norm);
            case BaseOutputLayer output -> planClassifier(layer, module);
            default -> problems.add(module + ": the network's layer " + conf.getLayerName() + " is a "
                    + conf.getClass().getSimpleName() + ", which takes no torchvision weights");
        }
    }

    private void planConvolution(Layer layer, String module) {
        INDArray weight = layer.getParam("W");
        StateTensor tensor = tensor(module + ".weight");
        if (tensor == null) {
            return;
        }
        long[] want = weight.shape();
        long[] have = tensor.shape();
        if (have.length == 4 && want.length == 4 && have[0] == want[0] && have[2] == want[2] && have[3] == want[3]
                && have[1] != want[1] && (have[1] == 3 && want[1] == 1 || have[1] == 1 && want[1] == 3)) {
            INDArray value = Nd4j.create(tensor.values(), have, 'c');
            if (want[1] == 1) {
                value = value.sum(true, 1);
                adaptations.add(tensor.name() + " summed over its 3 input channels for a 1-channel model (equal to "
                        + "giving the gray image as three equal channels)");
            } else {
                value = value.div(3).repeat(1, 3);
                adaptations.add(tensor.name() + " divided by 3 and repeated over 3 input channels for a 3-channel "
                        + "model");
            }
            take(tensor, weight, value);
            return;
        }
        if (fits(tensor, want)) {
            take(tensor, weight, Nd4j.create(tensor.values(), want, 'c'));
        }
    }

    private void planBatchNorm(Layer layer, String module, BatchNormalization norm) {
        StateTensor gamma = tensor(module + ".weight");
        StateTensor beta = tensor(module + ".bias");
        StateTensor mean = tensor(module + ".running_mean");
        StateTensor variance = tensor(module + ".running_var");
        long[] shape = layer.getParam("gamma").shape();
        if (gamma != null && fits(gamma, shape)) {
            take(gamma, layer.getParam("gamma"), Nd4j.create(gamma.values(), shape, 'c'));
        }
        if (beta != null && fits(beta, shape)) {
            take(beta, layer.getParam("beta"), Nd4j.create(beta.values(), shape, 'c'));
        }
        if (mean != null && fits(mean, shape)) {
            take(mean, layer.getParam("mean"), Nd4j.create(mean.values(), shape, 'c'));
        }
        if (variance != null && fits(variance, shape)) {
            if (norm.isUseLogStd()) {
                problems.add(module + ": the network's batch norm keeps log10 of the standard deviation, not the "
                        + "running variance; it was not built for torchvision's weights");
            } else {
                take(variance, layer.getParam("var"), Nd4j.create(variance.values(), shape, 'c'));
            }
        }
    }

    private void planClassifier(Layer layer, String module) {
        INDArray weight = layer.getParam("W");
        INDArray bias = layer.getParam("b");
        long inputs = weight.size(0);
        long outputs = weight.size(1);
        StateTensor w = tensor(module + ".weight");
        StateTensor b = tensor(module + ".bias");
        if (w == null || b == null) {
            return;
        }
        if (w.shape().length != 2 || w.shape()[1] != inputs) {
            problems.add(String.format(Locale.ROOT, "%s: the file has %s, the model needs [%d, %d] (%d features in)",
                    w.name(), Arrays.toString(w.shape()), outputs, inputs, inputs));
            return;
        }
        if (w.shape()[0] != outputs) {
            initialised.add(String.format(Locale.ROOT, "%s and %s: %d outputs in the file, %d label%s in the "
                    + "experiment, so the classifier starts fresh", w.name(), b.name(), w.shape()[0], outputs,
                    outputs == 1 ? "" : "s"));
            used.add(key(w));
            used.add(key(b));
            return;
        }
        if (fits(b, new long[] {outputs})) {
            take(w, weight, Nd4j.create(w.values(), w.shape(), 'c').transpose());
            take(b, bias, Nd4j.create(b.values(), bias.shape(), 'c'));
        }
    }

    /** The file's tensor for torchvision's {@code name}, or {@code null} (noted as missing). */
    private StateTensor tensor(String name) {
        String inFile = fileNames.get(name);
        if (inFile == null) {
            problems.add(name + ": missing from the file");
            return null;
        }
        return file.tensor(inFile);
    }

    private boolean fits(StateTensor tensor, long[] want) {
        long[] have = tensor.shape();
        boolean same = Arrays.equals(have, want) || count(have) == count(want) && squeezed(have, want);
        if (!same) {
            problems.add(tensor.name() + ": the file has " + Arrays.toString(have) + ", the model needs "
                    + Arrays.toString(want));
        }
        return same;
    }

    /** DL4J keeps vectors as [1, n]: a file's [n] fits. */
    private static boolean squeezed(long[] have, long[] want) {
        return have.length == 1 && want.length == 2 && want[0] == 1 && want[1] == have[0];
    }

    private static long count(long[] shape) {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    private void take(StateTensor tensor, INDArray parameter, INDArray value) {
        assignments.add(new Assignment(parameter, value.reshape(parameter.shape()).castTo(parameter.dataType())));
        loaded.add(tensor.name());
        used.add(key(tensor));
    }

    /** The torchvision-form name under which {@code tensor} is in {@link #fileNames}. */
    private String key(StateTensor tensor) {
        return keys.getOrDefault(tensor.name(), tensor.name());
    }

    private void checkComplete() throws TrainingException {
        if (problems.isEmpty()) {
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> name : fileNames.entrySet()) {
            if (!used.contains(name.getKey()) && !name.getKey().endsWith(COUNTER)) {
                unknown.add(name.getValue());
            }
        }
        StringBuilder message = new StringBuilder(String.format(Locale.ROOT,
                "The weights file %s (%s, %d tensors) does not fit the model: %d problem%s", file.file(),
                file.format(), file.size(), problems.size(), problems.size() == 1 ? "" : "s"));
        problems.stream().limit(LISTED).forEach(problem -> message.append("\n  ").append(problem));
        if (problems.size() > LISTED) {
            message.append("\n  … and ").append(problems.size() - LISTED).append(" more");
        }
        if (!unknown.isEmpty()) {
            message.append("\nNames in the file that the model does not have (").append(unknown.size())
                    .append("): ").append(String.join(", ", unknown.subList(0, Math.min(LISTED, unknown.size()))))
                    .append(unknown.size() > LISTED ? ", …" : "");
        }
        message.append("\nNothing was loaded. The model is torchvision's layout; is the file from another "
                + "architecture?");
        throw new TrainingException(message.toString());
    }
}

package org.confounderlab.engine.onnxruntime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.confounderlab.engine.imported.ImportRequest;
import org.confounderlab.engine.imported.ImportedModel;
import org.confounderlab.engine.imported.ModelImportException;
import org.confounderlab.engine.imported.ModelImporter;
import org.confounderlab.engine.onnx.ClassifierHead;
import org.confounderlab.engine.onnx.OnnxModel;
import org.confounderlab.engine.onnx.OnnxModelException;
import org.confounderlab.engine.onnx.OnnxValue;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.weights.StateDict;
import org.confounderlab.model.experiment.OutputActivation;
import org.confounderlab.model.experiment.TensorLayout;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Opens ONNX models with ONNX Runtime's Java API. Everything about the file is checked before a session exists,
 * against the experiment's channels, image size and labels, each problem naming the file and the input or output
 * at fault; then one image of zeros goes through, so an operator ONNX Runtime lacks, or an output of the wrong
 * width, is reported before the run reads any data.
 */
public final class OnnxRuntimeImporter implements ModelImporter {

    /** ONNX's element type number of float32. */
    private static final int FLOAT = 1;

    @Override
    public String name() {
        return "onnxruntime " + OrtEnvironment.getEnvironment().getVersion();
    }

    @Override
    public ImportedModel open(ImportRequest request) throws ModelImportException {
        Path file = request.file();
        if (!Files.isRegularFile(file)) {
            throw new ModelImportException("The ONNX model " + file + " (the experiment's model.onnxFile) does not "
                    + "exist");
        }
        OnnxModel model;
        try {
            model = OnnxModel.read(file);
        } catch (OnnxModelException e) {
            throw new ModelImportException("The ONNX model " + file + " " + e.problem(), e);
        }
        OnnxValue input = imageInput(model, request);
        ImageInput binding = binding(model, input, request);
        OnnxValue output = scoresOutput(model, request);
        int[] columns = columns(file, output, request);
        ClassifierHead head = model.classifierHeadOf(output.name()).orElse(null);
        String headProblem = head == null ? model.classifierHeadProblemOf(output.name()) : null;
        ScoreKind scores = scoreKind(model, output, head, request.activation());
        String features;
        String featuresHow;
        if (request.features() != null && !request.features().isBlank()) {
            features = request.features();
            featuresHow = "named in the experiment (onnxFeatures)";
        } else if (head != null) {
            features = head.features();
            featuresHow = "the input of the final linear layer (Gemm or MatMul), after global average pooling";
        } else if (!model.featureMapValues().isEmpty()) {
            features = model.featureMapValues().get(model.featureMapValues().size() - 1);
            featuresHow = "the spatial mean of the last feature maps (no global average pooling and linear head: "
                    + headProblem + ")";
        } else {
            throw new ModelImportException(file + ": no penultimate features found (" + headProblem + "); name the "
                    + "value that holds them in the experiment's model.onnxFeatures");
        }
        List<String> extra = new ArrayList<>(List.of(features));
        if (head != null) {
            extra.add(head.featureMaps());
        }
        byte[] bytes;
        try {
            bytes = model.withOutputs(extra);
        } catch (IllegalArgumentException e) {
            throw new ModelImportException(e.getMessage() + " (the features the experiment names in "
                    + "model.onnxFeatures); its values are the outputs of its nodes, such as "
                    + model.featureMapValues(), e);
        }
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OnnxSession.Settings settings = new OnnxSession.Settings(request.threads(), request.kind(), request.device());
        OrtSession session = OnnxSession.create(environment, file, bytes, settings);
        Map<String, Boolean> channelsLast = probe(environment, session, file, binding, output, columns, request,
                features, head);
        OnnxSession opened = new OnnxSession(environment, session, model, binding, output.name(), channelsLast,
                settings);
        OnnxClassifier classifier = new OnnxClassifier(opened, request.labels(), columns, scores, features, head);
        String saliency = head != null
                ? "Grad-CAM at " + head.featureMaps() + ", the feature maps the global average pooling reads: exact "
                        + "there (the gradient is the linear layer's weight divided by H·W)"
                : "occlusion, no Grad-CAM: " + headProblem;
        return new ImportedModel(classifier, sha256(file), producer(model), input.describe() + " ("
                + request.layout() + (binding.fixedBatch() > 0 ? ", fixed batch " + binding.fixedBatch()
                        + ": images go through " + binding.fixedBatch() + " at a time" : "") + ")",
                output.describe() + ": " + describe(scores, head) + columnsText(request, columns),
                features + ": " + featuresHow, saliency, classifier.camLayers());
    }

    private static OnnxValue imageInput(OnnxModel model, ImportRequest request) throws ModelImportException {
        Path file = request.file();
        List<OnnxValue> inputs = model.inputs();
        if (inputs.isEmpty()) {
            throw new ModelImportException(file + " has no input (every graph input is an initializer)");
        }
        if (inputs.size() > 1) {
            throw new ModelImportException(file + " has " + inputs.size() + " inputs (" + String.join(", ",
                    inputs.stream().map(OnnxValue::describe).toList()) + "); the audit feeds one image input, so "
                    + "export the model with the image as its only input");
        }
        OnnxValue input = inputs.get(0);
        if (request.input() != null && !request.input().isBlank() && !request.input().equals(input.name())) {
            throw new ModelImportException(file + " has no input " + request.input() + " (the experiment's "
                    + "model.onnxInput); its input is " + input.describe());
        }
        if (input.elementType() != FLOAT) {
            throw new ModelImportException(file + ": the input " + input.describe() + " is not float32; the audit "
                    + "feeds float32 images (export with a float input, or cast inside the model)");
        }
        if (input.rank() != 4) {
            throw new ModelImportException(file + ": the input " + input.describe() + " has rank " + input.rank()
                    + "; an image input is [batch, channels, height, width] (NCHW) or [batch, height, width, "
                    + "channels] (NHWC)");
        }
        return input;
    }

    private static ImageInput binding(OnnxModel model, OnnxValue input, ImportRequest request)
            throws ModelImportException {
        long[] dims = input.dims();
        boolean nhwc = request.layout() == TensorLayout.NHWC;
        long channels = nhwc ? dims[3] : dims[1];
        long height = nhwc ? dims[1] : dims[2];
        long width = nhwc ? dims[2] : dims[3];
        String at = request.file() + ": the input " + input.describe() + " (read as " + request.layout() + ") ";
        if (channels > 0 && channels != request.channels()) {
            long other = nhwc ? dims[1] : dims[3];
            throw new ModelImportException(at + "takes " + channels + " channels, and the experiment feeds "
                    + request.channels() + ": set the model's channels to " + channels
                    + (other == request.channels() || other == 1 || other == 3 ? ", or set onnxLayout to "
                            + (nhwc ? "NCHW" : "NHWC") + " if that is the file's layout" : ""));
        }
        if (height > 0 && height != request.size() || width > 0 && width != request.size()) {
            throw new ModelImportException(at + "takes " + (height > 0 ? height : "any") + "×" + (width > 0 ? width
                    : "any") + " images, and the experiment feeds " + request.size() + "×" + request.size()
                    + ": set the model's input size to " + Math.max(height, width));
        }
        return new ImageInput(input.name(), request.layout(), dims[0] > 0 ? (int) dims[0] : 0);
    }

    private static OnnxValue scoresOutput(OnnxModel model, ImportRequest request) throws ModelImportException {
        List<OnnxValue> outputs = model.outputs();
        String names = String.join(", ", outputs.stream().map(OnnxValue::describe).toList());
        if (outputs.isEmpty()) {
            throw new ModelImportException(request.file() + " has no output");
        }
        OnnxValue output = outputs.get(0);
        if (request.output() != null && !request.output().isBlank()) {
            output = outputs.stream().filter(v -> v.name().equals(request.output())).findFirst().orElseThrow(
                    () -> new ModelImportException(request.file() + " has no output " + request.output()
                            + " (the experiment's model.onnxOutput); its outputs are " + names));
        }
        if (output.elementType() != FLOAT) {
            throw new ModelImportException(request.file() + ": the output " + output.describe() + " is not float32");
        }
        if (output.rank() != 2) {
            throw new ModelImportException(request.file() + ": the output " + output.describe() + " has rank "
                    + output.rank() + "; the scores must be [batch, labels]" + (outputs.size() > 1
                            ? " (its outputs are " + names + "; name the scores in model.onnxOutput)" : ""));
        }
        return output;
    }

    /** The output column of each of the experiment's labels. */
    private static int[] columns(Path file, OnnxValue output, ImportRequest request) throws ModelImportException {
        List<String> labels = request.labels();
        List<String> order = request.outputLabels().isEmpty() ? labels : request.outputLabels();
        long width = output.dims()[1];
        if (width > 0 && width != order.size()) {
            throw new ModelImportException(file + ": the output " + output.describe() + " has " + width
                    + " columns, and " + (request.outputLabels().isEmpty() ? "the experiment has " + labels.size()
                            + " labels " + labels + "; list the label of each column in model.outputLabels"
                            : "model.outputLabels lists " + order.size() + " " + order));
        }
        int[] columns = new int[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            columns[l] = order.indexOf(labels.get(l));
            if (columns[l] < 0) {
                throw new ModelImportException(file + ": model.outputLabels " + order + " has no column for the "
                        + "label " + labels.get(l));
            }
        }
        return columns;
    }

    /** Whether the output holds probabilities (the graph ends in Sigmoid or Softmax) or logits. */
    private static ScoreKind scoreKind(OnnxModel model, OnnxValue output, ClassifierHead head,
            OutputActivation activation) {
        String last = model.producerOpType(output.name());
        boolean probabilities = head != null ? head.activation() != ClassifierHead.Activation.NONE
                : "Sigmoid".equals(last) || "Softmax".equals(last);
        if (probabilities) {
            return ScoreKind.PROBABILITIES;
        }
        return activation == OutputActivation.SOFTMAX ? ScoreKind.LOGITS_SOFTMAX : ScoreKind.LOGITS_SIGMOID;
    }

    /**
     * One image of zeros through the session: ONNX Runtime's own shape checks and kernels run, and the output's
     * columns, the features and the feature maps are checked. Returns which of the added values are channels-last.
     */
    private static Map<String, Boolean> probe(OrtEnvironment environment, OrtSession session, Path file,
            ImageInput binding, OnnxValue output, int[] columns, ImportRequest request, String features,
            ClassifierHead head) throws ModelImportException {
        int n = binding.chunk(1);
        int length = request.channels() * request.size() * request.size();
        TensorBatch zeros = new TensorBatch(new float[n * length], new float[n][request.labels().size()], n,
                request.channels(), request.size(), request.labels());
        Map<String, Boolean> channelsLast = new HashMap<>();
        List<String> wanted = new ArrayList<>(List.of(output.name(), features));
        if (head != null) {
            wanted.add(head.featureMaps());
        }
        try (OnnxTensor tensor = binding.tensor(environment, zeros, 0, n);
                OrtSession.Result result = session.run(Map.of(binding.name(), tensor), Set.copyOf(wanted))) {
            long[] scores = shape(result, output.name(), file);
            int expected = request.outputLabels().isEmpty() ? request.labels().size() : request.outputLabels().size();
            if (scores.length != 2 || scores[1] != expected) {
                throw new ModelImportException(file + ": the output " + output.name() + " came out "
                        + java.util.Arrays.toString(scores) + " for one image; the experiment expects [" + n + ", "
                        + expected + "] (one column per " + (request.outputLabels().isEmpty() ? "label"
                                : "entry of model.outputLabels") + ")");
            }
            long[] featureShape = shape(result, features, file);
            if (featureShape.length != 2 && featureShape.length != 4) {
                throw new ModelImportException(file + ": the features " + features + " came out "
                        + java.util.Arrays.toString(featureShape) + "; they must be [batch, features] or 4-D feature "
                        + "maps (averaged over their positions)");
            }
            channelsLast.put(features, featureShape.length == 4 && request.layout() == TensorLayout.NHWC);
            if (head != null) {
                long[] maps = shape(result, head.featureMaps(), file);
                int c = head.featureCount();
                if (maps.length != 4 || maps[1] != c && maps[3] != c) {
                    throw new ModelImportException(file + ": the feature maps " + head.featureMaps() + " came out "
                            + java.util.Arrays.toString(maps) + ", not 4-D with the linear layer's " + c
                            + " channels");
                }
                channelsLast.put(head.featureMaps(), maps[1] != c);
            }
        } catch (OrtException e) {
            throw new ModelImportException("ONNX Runtime cannot run " + file + " on a " + request.channels() + "×"
                    + request.size() + "×" + request.size() + " image through its input " + binding.name() + ": "
                    + e.getMessage(), e);
        }
        return channelsLast;
    }

    private static long[] shape(OrtSession.Result result, String value, Path file) throws ModelImportException {
        var out = result.get(value);
        if (out.isEmpty() || !(out.get() instanceof OnnxTensor tensor)) {
            throw new ModelImportException(file + ": ONNX Runtime gives no tensor " + value);
        }
        return tensor.getInfo().getShape();
    }

    private static String describe(ScoreKind scores, ClassifierHead head) {
        return switch (scores) {
            case PROBABILITIES -> "probabilities the model computes itself (it ends in "
                    + (head != null ? (head.activation() == ClassifierHead.Activation.SIGMOID ? "Sigmoid" : "Softmax")
                            : "Sigmoid or Softmax") + ")";
            case LOGITS_SIGMOID -> "logits, through the experiment's sigmoid";
            case LOGITS_SOFTMAX -> "logits, through the experiment's softmax over all columns";
        };
    }

    private static String columnsText(ImportRequest request, int[] columns) {
        if (request.outputLabels().isEmpty()) {
            return "";
        }
        List<String> read = new ArrayList<>();
        for (int l = 0; l < columns.length; l++) {
            read.add(request.labels().get(l) + " from column " + columns[l]);
        }
        return "; " + String.join(", ", read);
    }

    private static String producer(OnnxModel model) {
        String producer = model.producer() == null || model.producer().isBlank() ? "unknown producer"
                : model.producer();
        return String.format(Locale.ROOT, "%s, opset %d, IR %d, %d nodes", producer, model.opsetVersion(),
                model.irVersion(), model.nodes().size());
    }

    private static String sha256(Path file) throws ModelImportException {
        try {
            return StateDict.sha256Of(file);
        } catch (IOException e) {
            throw new ModelImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}

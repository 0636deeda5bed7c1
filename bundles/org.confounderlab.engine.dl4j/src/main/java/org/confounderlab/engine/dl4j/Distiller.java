package org.confounderlab.engine.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.training.Distillation;
import org.confounderlab.engine.training.LossTerm;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.CnnLossLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Trains a student network by {@link Distillation}'s loss. The student is rebuilt as a graph with one extra output
 * per matched layer: an identity loss layer on that layer's activations whose target is the teacher's activations
 * for the same image (mean squared error, weighted by w_l · s_l). The final-layer term needs no extra output: binary
 * cross-entropy is linear in its target, so CE(y, p) + w · CE(p_t, p) = (1 + w) · CE((y + w · p_t) / (1 + w), p), and
 * the classifier's own output is trained on the blended targets, the layer terms divided by 1 + w to keep the sum.
 *
 * <p>The graph holds its own copy of the parameters (DL4J's transfer-learning builder copies them); {@link #copyInto}
 * puts them back into the plain student, which the trainer validates, checkpoints and saves, without the extra
 * outputs. A resumed run rebuilds the graph from its checkpoint, so the optimiser's moments start again there.
 *
 * <p>Each step first runs the student and the teacher once in inference mode to record every term (unscaled) and to
 * get the teacher's targets; the first step also measures the scales s_l = CE / MSE_l, unless a resumed run brings
 * the ones its first session measured.
 */
final class Distiller {

    private static final double EPSILON = 1e-7;

    private final TrainableNetwork student;
    private final TrainableNetwork teacher;
    private final Distillation distillation;
    private final List<Distillation.Layer> layers;
    /** Each matched layer's vertex in the graph form (a layer stack's layer i is vertex "i"). */
    private final List<String> vertices;
    private ComputationGraph graph;
    private List<LossTerm> terms;
    private double[] termSums;
    private int steps;

    /**
     * A distiller of {@code student} from {@code teacher} (both initialised, of the same architecture). What the
     * teacher sees of each training batch comes with the batch ({@link #fit}).
     */
    Distiller(TrainableNetwork student, TrainableNetwork teacher, Distillation distillation) {
        this.student = student;
        this.teacher = teacher;
        this.distillation = distillation;
        List<Distillation.Layer> chosen = distillation.layers();
        if (chosen.isEmpty()) {
            chosen = new NetworkInspector(student).camLayers().stream()
                    .map(name -> new Distillation.Layer(name, distillation.layerWeight())).toList();
        }
        this.layers = chosen;
        // Fails early on an unknown name; the teacher, of the same architecture, has the same vertices.
        this.vertices = chosen.stream().map(layer -> vertexName(layer.name())).toList();
        if (!distillation.knownTerms().isEmpty()) {
            List<String> names = new ArrayList<>(List.of(LossTerm.LABELS, LossTerm.FINAL_LAYER));
            chosen.forEach(layer -> names.add(LossTerm.layer(layer.name())));
            List<String> known = distillation.knownTerms().stream().map(LossTerm::name).toList();
            if (!known.equals(names)) {
                throw new IllegalArgumentException("the interrupted run distilled " + known + ", not " + names);
            }
            terms = distillation.knownTerms();
        }
    }

    /**
     * The terms with their weights and scales, each valued before the first step; {@code null} before that step
     * (unless an interrupted run's terms were given).
     */
    List<LossTerm> initialTerms() {
        return terms;
    }

    /**
     * One optimisation step on a batch of training images, whose student inputs and labels are {@code features} and
     * {@code labels}, and which the teacher sees as {@code teacherFeatures} ({@code null}: as the student does).
     * Returns the step's loss, all terms weighted and scaled.
     */
    double fit(INDArray features, INDArray teacherFeatures, INDArray labels) {
        INDArray teacherInput = teacherFeatures == null ? features : teacherFeatures;
        Activations fromTeacher = activations(teacher, teacherInput);
        Activations fromStudent = graph == null ? activations(student, features) : graphActivations(features);
        double[] values = termValues(fromStudent, fromTeacher, labels);
        if (graph == null) {
            if (terms == null) {
                terms = scaledTerms(values);
            }
            termSums = new double[terms.size()];
            graph = graphWithLayerOutputs(fromStudent);
        }
        for (int t = 0; t < values.length; t++) {
            termSums[t] += values[t];
        }
        steps++;
        double w = distillation.finalWeight();
        INDArray blended = labels.castTo(DataType.FLOAT).add(fromTeacher.probabilities().castTo(DataType.FLOAT)
                .mul(w)).divi(1 + w);
        INDArray[] targets = new INDArray[1 + layers.size()];
        targets[0] = blended;
        for (int l = 0; l < layers.size(); l++) {
            targets[l + 1] = fromTeacher.layers().get(l);
        }
        graph.fit(new INDArray[] {features}, targets);
        return graph.score() * (1 + w);
    }

    /** The mean of every term over the steps since the last call, then starts a new epoch's means. */
    List<LossTerm> takeEpochTerms() {
        if (terms == null || steps == 0) {
            return List.of();
        }
        List<LossTerm> means = new ArrayList<>(terms.size());
        for (int t = 0; t < terms.size(); t++) {
            means.add(terms.get(t).withValue(termSums[t] / steps));
        }
        termSums = new double[terms.size()];
        steps = 0;
        return means;
    }

    /** Copies the parameters trained so far into the plain student. */
    void copyInto(TrainableNetwork plain) {
        if (graph == null) {
            return;
        }
        switch (plain.model()) {
            case MultiLayerNetwork stack -> {
                for (Layer layer : stack.getLayers()) {
                    copy(graph.getLayer(String.valueOf(layer.getIndex())), layer);
                }
            }
            case ComputationGraph plainGraph -> {
                for (Layer layer : plainGraph.getLayers()) {
                    copy(graph.getLayer(layer.conf().getLayer().getLayerName()), layer);
                }
            }
            default -> throw new IllegalStateException("unknown network " + plain.model().getClass());
        }
    }

    private static void copy(Layer from, Layer to) {
        if (to.numParams() > 0) {
            to.setParams(from.params());
        }
    }

    /** The terms' values: labels' cross-entropy, the teacher's, then each layer's mean squared difference. */
    private double[] termValues(Activations fromStudent, Activations fromTeacher, INDArray labels) {
        double[] values = new double[2 + layers.size()];
        values[0] = crossEntropy(labels, fromStudent.probabilities());
        values[1] = crossEntropy(fromTeacher.probabilities(), fromStudent.probabilities());
        for (int l = 0; l < layers.size(); l++) {
            INDArray mine = fromStudent.layers().get(l);
            INDArray theirs = fromTeacher.layers().get(l);
            if (!java.util.Arrays.equals(mine.shape(), theirs.shape())) {
                throw new IllegalArgumentException("layer " + layers.get(l).name() + " gives "
                        + java.util.Arrays.toString(mine.shape()) + " in the student but "
                        + java.util.Arrays.toString(theirs.shape()) + " in the teacher: distillation needs the "
                        + "same architecture");
            }
            values[2 + l] = meanSquaredDifference(mine, theirs);
        }
        return values;
    }

    /** s_l = CE / MSE_l on the first batch (1 when a term is 0); the cross-entropies keep scale 1. */
    private List<LossTerm> scaledTerms(double[] values) {
        List<LossTerm> scaled = new ArrayList<>();
        scaled.add(new LossTerm(LossTerm.LABELS, 1, 1, values[0]));
        scaled.add(new LossTerm(LossTerm.FINAL_LAYER, distillation.finalWeight(), 1, values[1]));
        for (int l = 0; l < layers.size(); l++) {
            double scale = values[2 + l] > 0 ? values[0] / values[2 + l] : 1;
            scaled.add(new LossTerm(LossTerm.layer(layers.get(l).name()), layers.get(l).weight(), scale,
                    values[2 + l]));
        }
        return scaled;
    }

    /**
     * The student as a graph with one identity loss layer per matched layer. DL4J's loss layer scores
     * Σ weight · diff² / (columns · images), the columns being the channels of feature maps, so with weight
     * w_l · s_l / (1 + w_final) it is that share of the term {@link #meanSquaredDifference} gives.
     */
    private ComputationGraph graphWithLayerOutputs(Activations shapes) {
        ComputationGraph base = switch (student.model()) {
            case MultiLayerNetwork stack -> stack.toComputationGraph();
            case ComputationGraph plain -> plain;
            default -> throw new IllegalStateException("unknown network " + student.model().getClass());
        };
        TransferLearning.GraphBuilder builder = new TransferLearning.GraphBuilder(base);
        String[] outputs = new String[1 + layers.size()];
        outputs[0] = base.getConfiguration().getNetworkOutputs().get(0);
        double w = distillation.finalWeight();
        for (int l = 0; l < layers.size(); l++) {
            LossTerm term = terms.get(2 + l);
            String vertex = vertices.get(l);
            INDArray activations = shapes.layers().get(l);
            long columns = activations.size(1); // channels of feature maps, features of a vector
            INDArray weights = Nd4j.valueArrayOf(new long[] {1, columns}, term.weight() * term.scale() / (1 + w))
                    .castTo(DataType.FLOAT);
            String name = "distil-" + l;
            builder.addLayer(name, activations.rank() == 4
                    ? new CnnLossLayer.Builder().lossFunction(new LossMSE(weights)).activation(Activation.IDENTITY)
                            .build()
                    : new LossLayer.Builder().lossFunction(new LossMSE(weights)).activation(Activation.IDENTITY)
                            .build(), vertex);
            outputs[1 + l] = name;
        }
        return builder.setOutputs(outputs).build();
    }

    /** The head graph's outputs: probabilities, then each matched layer's activations (the loss layers pass them). */
    private Activations graphActivations(INDArray features) {
        INDArray[] outputs = graph.output(false, features);
        List<INDArray> matched = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            matched.add(outputs[1 + l]);
        }
        return new Activations(outputs[0], matched);
    }

    /** A network's predicted probabilities and the matched layers' activations, in inference mode. */
    private Activations activations(TrainableNetwork network, INDArray input) {
        List<INDArray> matched = new ArrayList<>();
        INDArray probabilities;
        switch (network.model()) {
            case MultiLayerNetwork stack -> {
                List<INDArray> all = stack.feedForward(input, false); // the input first, then each layer's output
                for (String vertex : vertices) {
                    matched.add(all.get(Integer.parseInt(vertex) + 1));
                }
                probabilities = all.get(all.size() - 1);
            }
            case ComputationGraph graphModel -> {
                Map<String, INDArray> all = graphModel.feedForward(input, false);
                for (String vertex : vertices) {
                    matched.add(all.get(vertex));
                }
                probabilities = all.get(graphModel.getConfiguration().getNetworkOutputs().get(0));
            }
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        }
        return new Activations(probabilities, matched);
    }

    /** The vertex of {@code layer} in the student's graph form (a layer stack's layer i becomes vertex "i"). */
    private String vertexName(String layer) {
        switch (student.model()) {
            case MultiLayerNetwork stack -> {
                for (Layer candidate : stack.getLayers()) {
                    if (layer.equals(candidate.conf().getLayer().getLayerName())) {
                        return String.valueOf(candidate.getIndex());
                    }
                }
            }
            case ComputationGraph plain -> {
                if (plain.getVertex(layer) != null && plain.getVertex(layer).hasLayer()) {
                    return layer;
                }
            }
            default -> throw new IllegalStateException("unknown network " + student.model().getClass());
        }
        throw new IllegalArgumentException("Cannot distil at layer '" + layer + "': the network has no such layer ("
                + "the layers Grad-CAM explains are " + new NetworkInspector(student).camLayers() + ")");
    }

    /** Binary cross-entropy summed over the labels, mean over the images, as DL4J's XENT loss scores it. */
    static double crossEntropy(INDArray targets, INDArray probabilities) {
        INDArray p = Transforms.max(Transforms.min(probabilities.castTo(DataType.DOUBLE), 1 - EPSILON, true), EPSILON,
                false);
        INDArray t = targets.castTo(DataType.DOUBLE);
        INDArray loss = t.mul(Transforms.log(p, true)).addi(t.rsub(1).muli(Transforms.log(p.rsub(1), false)));
        return -loss.sumNumber().doubleValue() / probabilities.size(0);
    }

    /** Σ (a − b)² / (channels · images), DL4J's MSE loss layer score with weight 1. */
    static double meanSquaredDifference(INDArray a, INDArray b) {
        INDArray difference = a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE));
        return difference.muli(difference).sumNumber().doubleValue() / (a.size(1) * a.size(0));
    }

    private record Activations(INDArray probabilities, List<INDArray> layers) {
    }
}

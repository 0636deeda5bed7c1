package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** A trained Deeplearning4j network seen through the engine's {@link ImageClassifier} interface. */
public final class Dl4jClassifier implements ImageClassifier {

    private static final int PREDICTION_BATCH = 64;

    private final MultiLayerNetwork network;
    private final List<String> labels;

    public Dl4jClassifier(MultiLayerNetwork network, List<String> labels) {
        this.network = network;
        this.labels = List.copyOf(labels);
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[][] predict(TensorBatch batch) {
        INDArray features = LabelledImages.of(batch).features();
        double[][] scores = new double[batch.count()][];
        for (int from = 0; from < batch.count(); from += PREDICTION_BATCH) {
            int to = Math.min(batch.count(), from + PREDICTION_BATCH);
            INDArray output = network.output(features.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(),
                    NDArrayIndex.all(), NDArrayIndex.all()), false);
            for (int i = from; i < to; i++) {
                scores[i] = output.getRow(i - from).toDoubleVector();
            }
        }
        return scores;
    }

    @Override
    public void save(Path file) throws IOException {
        ModelSerializer.writeModel(network, file.toFile(), true);
    }
}

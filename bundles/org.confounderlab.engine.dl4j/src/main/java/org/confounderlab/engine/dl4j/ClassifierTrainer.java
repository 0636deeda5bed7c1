package org.confounderlab.engine.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.training.EpochSummary;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.indexing.SpecifiedIndex;

/**
 * Trains a multi-label image classifier with Deeplearning4j: seeded shuffling, mini-batches, and after each epoch
 * the validation loss and per-label validation AUC.
 */
public final class ClassifierTrainer {

    private final MultiLayerNetwork network;
    private final int batchSize;
    private final SplittableRandom random;

    public ClassifierTrainer(MultiLayerConfiguration configuration, int batchSize, long seed) {
        this.network = new MultiLayerNetwork(configuration);
        this.network.init();
        this.batchSize = batchSize;
        this.random = new SplittableRandom(seed);
    }

    /** The network being trained. */
    public MultiLayerNetwork network() {
        return network;
    }

    /** Trains {@code epochs} epochs, reporting each to {@code onEpoch} as it ends. */
    public List<EpochSummary> train(LabelledImages train, LabelledImages validation, int epochs,
            Consumer<EpochSummary> onEpoch) {
        List<EpochSummary> results = new ArrayList<>();
        for (int epoch = 1; epoch <= epochs; epoch++) {
            long start = System.currentTimeMillis();
            double lossSum = 0;
            int batches = 0;
            long[] order = shuffledIndices(train.size());
            for (int from = 0; from < order.length; from += batchSize) {
                long[] batch = java.util.Arrays.copyOfRange(order, from, Math.min(order.length, from + batchSize));
                INDArray features = train.features().get(new SpecifiedIndex(batch), NDArrayIndex.all(),
                        NDArrayIndex.all(), NDArrayIndex.all());
                INDArray labels = train.labels().get(new SpecifiedIndex(batch), NDArrayIndex.all());
                network.fit(features, labels);
                lossSum += network.score();
                batches++;
            }
            double validationLoss = network.score(new DataSet(validation.features(), validation.labels()));
            EpochSummary result = new EpochSummary(epoch, lossSum / batches, validationLoss,
                    aucs(predict(validation.features()), validation.labels()), System.currentTimeMillis() - start);
            results.add(result);
            onEpoch.accept(result);
        }
        return results;
    }

    /** Predicted probabilities {@code [n, labels]} for the inputs, in batches. */
    public INDArray predict(INDArray features) {
        return network.output(features, false);
    }

    /** AUC per label column of {@code scores} against the 0/1 {@code labels}. */
    public static double[] aucs(INDArray scores, INDArray labels) {
        double[] aucs = new double[(int) labels.columns()];
        int n = (int) labels.rows();
        for (int l = 0; l < labels.columns(); l++) {
            double[] score = scores.getColumn(l).toDoubleVector();
            boolean[] positive = new boolean[n];
            for (int i = 0; i < n; i++) {
                positive[i] = labels.getDouble(i, l) == 1.0;
            }
            aucs[l] = RankAuc.auc(score, positive);
        }
        return aucs;
    }

    private long[] shuffledIndices(int n) {
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}

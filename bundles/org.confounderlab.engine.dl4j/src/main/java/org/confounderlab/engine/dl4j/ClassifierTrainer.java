package org.confounderlab.engine.dl4j;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.confounderlab.engine.stats.RankAuc;
import org.confounderlab.engine.training.BatchProgress;
import org.confounderlab.engine.training.EarlyStopping;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.BatchStream;
import org.confounderlab.engine.training.ImageSource;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.LossTerm;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingListener;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains a multi-label image classifier with Deeplearning4j: mini-batches in an order derived from the seed and the
 * epoch number (so a resumed run sees the same orders as an uninterrupted one), read from an {@link ImageSource}
 * through a {@link BatchStream} that prepares the next batches while the network trains on this one, optional
 * re-balancing, and after each epoch the validation loss and per-label AUC, a checkpoint, and the early-stopping
 * decision. Only the batches in flight are in memory, never the training set.
 *
 * <p>Re-balancing re-samples: each epoch draws as many images as the training set has, with replacement, image i
 * with probability proportional to its weight (the mean of its per-label weights), so that in expectation every
 * batch has each class (class weighting) or each subgroup of an attribute (group balancing) at the balanced
 * prevalence. It does not weight the loss: DL4J 1.0.0-M2.1 multiplies the output layer's logits by a labels mask as
 * well as the loss (a mask of 2 on a positive with logit z gives 2·(−log σ(2z)), not 2·(−log σ(z))), so a non-binary
 * mask is no loss weight.
 */
public final class ClassifierTrainer {

    private final TrainableNetwork network;
    private final int batchSize;
    private final long seed;
    private Checkpoints checkpoints;
    private EarlyStopping stopping = new EarlyStopping(0);
    private boolean classWeighted;
    private double[] imageWeights;
    private org.confounderlab.engine.training.GroupDro.State dro;
    private ExampleWeightedXent weightedLoss;
    private INDArray bestParameters;
    private Distiller distiller;
    private ImageSource teacherView;
    private int freezeEpochs;
    private double headLearningRate;
    private double headWeightDecay;

    /** Trains an initialised network, layer stack or graph. */
    public ClassifierTrainer(TrainableNetwork network, int batchSize, long seed) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.network = network;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** Trains a new layer stack built from {@code configuration}. */
    public ClassifierTrainer(MultiLayerConfiguration configuration, int batchSize, long seed) {
        this(TrainableNetwork.of(configuration), batchSize, seed);
    }

    /** Trains with online group DRO ({@code null}: the plain mean loss); its weights start uniform. */
    public ClassifierTrainer robustTo(org.confounderlab.engine.training.GroupDro groups) {
        this.dro = groups == null ? null : groups.start();
        return this;
    }

    /** The output layer's configuration, whose loss group DRO swaps for the weighted one while it trains. */
    private org.deeplearning4j.nn.conf.layers.BaseOutputLayer outputConfiguration() {
        org.deeplearning4j.nn.api.Layer output = switch (network.model()) {
            case org.deeplearning4j.nn.multilayer.MultiLayerNetwork stack -> stack.getOutputLayer();
            case org.deeplearning4j.nn.graph.ComputationGraph graph -> graph.getOutputLayer(0);
            default -> throw new IllegalStateException("unknown network " + network.model().getClass());
        };
        return (org.deeplearning4j.nn.conf.layers.BaseOutputLayer) output.conf().getLayer();
    }

    /** Writes a checkpoint after every epoch, and the best epoch's weights when early stopping is on. */
    public ClassifierTrainer checkpointingTo(Checkpoints folder) {
        this.checkpoints = folder;
        return this;
    }

    /** Stops and keeps the best epoch as {@code earlyStopping} decides (it may carry a resumed run's history). */
    public ClassifierTrainer stoppingWith(EarlyStopping earlyStopping) {
        this.stopping = earlyStopping;
        return this;
    }

    /**
     * Re-samples each label's positives and negatives by n / (2 · count) ("balanced" class weights), so each class
     * makes half of what the network sees.
     */
    public ClassifierTrainer classWeighted(boolean weighted) {
        this.classWeighted = weighted;
        return this;
    }

    /**
     * Re-samples the training images by {@code weights[image][label]} (group-balanced training; the mean over labels
     * is an image's weight), or not when {@code null}; the rows follow the training images' order.
     */
    public ClassifierTrainer exampleWeighted(float[][] weights) {
        this.imageWeights = weights == null ? null : rowMeans(weights);
        return this;
    }

    /**
     * Trains by {@code distilling}'s loss instead of the labels' alone ({@code null}: the labels'); the teacher sees
     * the training images as {@code view} has them (same order and augmentation draws), or as the student does when
     * {@code null}.
     */
    ClassifierTrainer distillingWith(Distiller distilling, ImageSource view) {
        this.distiller = distilling;
        this.teacherView = view;
        return this;
    }

    /**
     * Trains only the classifier, on the fixed network's features, in epochs 1 to {@code epochs} (fine-tuning's
     * first phase; {@link FrozenBackbone}), with Adam at {@code learningRate} and L2 {@code weightDecay}.
     */
    public ClassifierTrainer freezingFor(int epochs, double learningRate, double weightDecay) {
        if (epochs > 0 && distiller != null) {
            throw new IllegalArgumentException("a frozen network cannot be distilled into");
        }
        this.freezeEpochs = epochs;
        this.headLearningRate = learningRate;
        this.headWeightDecay = weightDecay;
        return this;
    }

    /** A batch of training images, and what the teacher sees of them ({@code null}: the same). */
    private record StudentBatch(int[] indices, TensorBatch images, TensorBatch teacherView) {
    }

    /** The network being trained. */
    public TrainableNetwork network() {
        return network;
    }

    /** Trains epochs 1 to {@code epochs}, reporting each to {@code listener} as it ends. */
    public List<EpochSummary> train(ImageSource train, ImageSource validation, int epochs,
            TrainingListener listener) throws TrainingException, InterruptedException {
        return train(train, validation, 1, epochs, listener);
    }

    /**
     * Trains epochs {@code first} to {@code last} (fewer when early stopping ends it), then, with early stopping on,
     * puts the best epoch's weights back into the network.
     */
    public List<EpochSummary> train(ImageSource train, ImageSource validation, int first, int last,
            TrainingListener listener) throws TrainingException, InterruptedException {
        double[] sampling = imageWeights != null ? imageWeights
                : classWeighted ? rowMeans(imageClassWeights(train.targets())) : null;
        if (sampling != null && sampling.length != train.count()) {
            throw new TrainingException(sampling.length + " re-balancing weights for " + train.count()
                    + " training images");
        }
        if (teacherView != null && teacherView.count() != train.count()) {
            throw new TrainingException("The teacher's view has " + teacherView.count() + " images for "
                    + train.count() + " training images");
        }
        org.nd4j.linalg.lossfunctions.ILossFunction plainLoss = null;
        if (dro != null) {
            plainLoss = outputConfiguration().getLossFn() instanceof ExampleWeightedXent
                    ? new org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT() // resumed from a DRO checkpoint
                    : outputConfiguration().getLossFn();
            weightedLoss = new ExampleWeightedXent();
            outputConfiguration().setLossFn(weightedLoss);
        }
        try {
            return trainEpochs(train, validation, first, last, listener, sampling);
        } finally {
            if (plainLoss != null) {
                outputConfiguration().setLossFn(plainLoss); // the saved model is a plain one
            }
        }
    }

    private List<EpochSummary> trainEpochs(ImageSource train, ImageSource validation, int first, int last,
            TrainingListener listener, double[] sampling) throws TrainingException, InterruptedException {
        List<EpochSummary> results = new ArrayList<>();
        for (int epoch = first; epoch <= last && !stopping.shouldStop(); epoch++) {
            long start = System.currentTimeMillis();
            double lossSum = 0;
            int[] order = sampling == null ? shuffledIndices(train.count(), epoch) : weightedSample(sampling, epoch);
            int seen = epoch;
            boolean frozen = epoch <= freezeEpochs;
            FrozenBackbone backbone = frozen ? new FrozenBackbone(network, headLearningRate, headWeightDecay,
                    seed + epoch) : null;
            try (BatchStream<StudentBatch> batches = new BatchStream<>(BatchStream.split(order, batchSize),
                    indices -> new StudentBatch(indices, train.batch(indices, seen), teacherView == null ? null
                            : teacherView.batch(indices, seen)), train.readThreads(),
                    BatchStream.depthFor(train, batchSize, teacherView == null ? 1 : 2))) {
                int count = batches.size();
                for (int b = 0; b < count; b++) {
                    StudentBatch batch = batches.next();
                    double loss;
                    try {
                        loss = frozen ? backbone.fit(features(batch.images()),
                                Nd4j.create(batch.images().targets())) : step(batch, listener);
                    } catch (OutOfMemoryError e) {
                        throw described(e, batch.images(), epoch);
                    }
                    lossSum += loss;
                    listener.onBatch(new BatchProgress(epoch, last, b + 1, count, loss));
                }
                lossSum /= Math.max(1, count);
            }
            if (frozen) {
                backbone.copyInto();
            }
            if (dro != null) {
                listener.onGroupWeights(epoch, dro.weights());
            }
            double[][] validationScores = new double[validation.count()][];
            double validationLoss;
            try {
                validationLoss = validationLoss(validation, validationScores);
            } catch (OutOfMemoryError e) {
                throw described(e, null, epoch);
            }
            List<LossTerm> terms = List.of();
            if (distiller != null) {
                distiller.copyInto(network);
                terms = distiller.takeEpochTerms();
            }
            EpochSummary result = new EpochSummary(epoch, lossSum, validationLoss,
                    aucs(validationScores, validation.targets()), System.currentTimeMillis() - start, terms, frozen);
            boolean best = stopping.record(result);
            if (best && stopping.enabled()) {
                bestParameters = network.model().params().dup();
            }
            saveCheckpoint(epoch, best);
            results.add(result);
            listener.onEpoch(result);
            deleteOlderCheckpoints(epoch);
        }
        if (stopping.enabled() && stopping.shouldStop()) {
            listener.onMessage(String.format(java.util.Locale.ROOT, "early stop: no better mean validation AUC "
                    + "for the last epochs; keeping epoch %d (AUC %.3f)", stopping.bestEpoch(), stopping.bestAuc()));
        }
        restoreBest(last);
        return results;
    }

    /** Predicted probabilities {@code [n, labels]} for the inputs, in batches. */
    public INDArray predict(INDArray features) {
        return network.predict(features);
    }

    private void restoreBest(int last) throws TrainingException {
        if (!stopping.enabled() || stopping.bestEpoch() == 0) {
            return;
        }
        if (bestParameters != null) {
            network.model().setParams(bestParameters);
        } else if (checkpoints != null) {
            // The best epoch came before this session resumed: its weights are on disk.
            network.model().setParams(checkpoints.loadBest().model().params());
        } else {
            throw new TrainingException("The best epoch (" + stopping.bestEpoch() + ") of " + last
                    + " has no weights kept: resuming with early stopping needs the checkpoint folder");
        }
    }

    private void saveCheckpoint(int epoch, boolean best) throws TrainingException {
        if (checkpoints == null) {
            return;
        }
        try {
            checkpoints.save(network, epoch);
            if (best && stopping.enabled()) {
                checkpoints.markBest(epoch);
            }
        } catch (IOException e) {
            throw new TrainingException("Cannot write the checkpoint of epoch " + epoch + ": " + e.getMessage(), e);
        }
    }

    private void deleteOlderCheckpoints(int epoch) throws TrainingException {
        if (checkpoints == null) {
            return;
        }
        try {
            checkpoints.deleteBefore(epoch);
        } catch (IOException e) {
            throw new TrainingException("Cannot remove old checkpoints: " + e.getMessage(), e);
        }
    }

    /** One optimisation step on {@code batch}; returns its loss. */
    private double step(StudentBatch batch, TrainingListener listener) {
        INDArray features = features(batch.images());
        INDArray labels = Nd4j.create(batch.images().targets());
        if (distiller == null && dro != null) {
            return robustStep(batch.indices(), features, labels);
        }
        if (distiller == null) {
            network.fit(features, labels);
            return network.score();
        }
        boolean firstStep = distiller.initialTerms() == null;
        double loss = distiller.fit(features, batch.teacherView() == null ? null : features(batch.teacherView()),
                labels);
        if (firstStep) {
            listener.onLossTerms(distiller.initialTerms());
        }
        return loss;
    }

    /**
     * A group DRO step: the batch's per-example losses (summed binary cross-entropy over labels, from an inference
     * pass before the step), the group weights updated by them, and the step on the loss weighted per example.
     */
    private double robustStep(int[] indices, INDArray features, INDArray labels) {
        double[][] p = network.output(features).toDoubleMatrix();
        float[][] y = labels.toFloatMatrix();
        double[] losses = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            for (int l = 0; l < p[k].length; l++) {
                double q = Math.min(1 - 1e-7, Math.max(1e-7, p[k][l]));
                losses[k] -= y[k][l] == 1f ? Math.log(q) : Math.log(1 - q);
            }
        }
        double[] weights = dro.step(indices, losses);
        float[][] column = new float[indices.length][1];
        for (int k = 0; k < indices.length; k++) {
            column[k][0] = (float) weights[k];
        }
        weightedLoss.weigh(Nd4j.create(column));
        try {
            network.fit(features, labels);
        } finally {
            weightedLoss.weigh(null);
        }
        return network.score();
    }

    /** {@code e} with what was being done when memory ran out: the batch's size, or validation. */
    private static OutOfMemoryError described(OutOfMemoryError e, TensorBatch batch, int epoch) {
        if (e.getCause() != null) {
            return e; // already says what it was doing
        }
        OutOfMemoryError described = new OutOfMemoryError(e.getMessage());
        described.initCause(new IllegalStateException(batch == null ? "while validating after epoch " + epoch
                : String.format(java.util.Locale.ROOT, "while training epoch %d on a batch of %d images of "
                        + "%d×%d×%d (%.0f MB as floats)", epoch, batch.count(), batch.channels(), batch.size(),
                        batch.size(), 4.0 * batch.count() * batch.tensorLength() / 1e6)));
        return described;
    }

    /** The images of a batch as the network's input {@code [n, channels, size, size]}. */
    static INDArray features(TensorBatch batch) {
        return Nd4j.create(batch.tensors(), new long[] {batch.count(), batch.channels(), batch.size(), batch.size()},
                'c');
    }

    /**
     * Mean loss over the validation images, read and scored a batch at a time; fills {@code scores} with each image's
     * probabilities on the way, for the AUCs.
     */
    private double validationLoss(ImageSource validation, double[][] scores) throws InterruptedException {
        double weightedSum = 0;
        int next = 0;
        try (BatchStream<TensorBatch> batches = BatchStream.inOrder(validation, TrainableNetwork.PREDICTION_BATCH)) {
            while (batches.hasNext()) {
                TensorBatch batch = batches.next();
                INDArray features = features(batch);
                INDArray labels = Nd4j.create(batch.targets());
                weightedSum += network.score(features, labels) * batch.count();
                for (double[] row : network.output(features).toDoubleMatrix()) {
                    scores[next++] = row;
                }
            }
        }
        return weightedSum / validation.count();
    }

    /** AUC per label of {@code scores} {@code [image][label]} against the 0/1 {@code targets}. */
    public static double[] aucs(double[][] scores, float[][] targets) {
        int labels = targets.length == 0 ? 0 : targets[0].length;
        double[] aucs = new double[labels];
        int n = targets.length;
        for (int l = 0; l < labels; l++) {
            double[] score = new double[n];
            boolean[] positive = new boolean[n];
            for (int i = 0; i < n; i++) {
                score[i] = scores[i][l];
                positive[i] = targets[i][l] == 1f;
            }
            aucs[l] = RankAuc.auc(score, positive);
        }
        return aucs;
    }

    /** AUC per label column of {@code scores} against the 0/1 {@code labels}. */
    public static double[] aucs(INDArray scores, INDArray labels) {
        return aucs(scores.toDoubleMatrix(), labels.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)
                .toFloatMatrix());
    }

    /**
     * Per image and label, n / (2 · positives) for a positive and n / (2 · negatives) for a negative, as scikit-learn's
     * "balanced" class weights, so each class carries half; a label with one class only keeps weight 1.
     */
    static float[][] imageClassWeights(float[][] targets) {
        int n = targets.length;
        int columns = n == 0 ? 0 : targets[0].length;
        float[][] weights = new float[n][columns];
        for (int l = 0; l < columns; l++) {
            double p = 0;
            for (int i = 0; i < n; i++) {
                p += targets[i][l] == 1f ? 1 : 0;
            }
            for (int i = 0; i < n; i++) {
                boolean positive = targets[i][l] == 1f;
                weights[i][l] = p > 0 && p < n ? (float) (positive ? n / (2.0 * p) : n / (2.0 * (n - p))) : 1f;
            }
        }
        return weights;
    }

    private static double[] rowMeans(float[][] weights) {
        double[] means = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double sum = 0;
            for (float w : weights[i]) {
                sum += w;
            }
            means[i] = weights[i].length == 0 ? 1 : sum / weights[i].length;
        }
        return means;
    }

    /**
     * The epoch's re-balanced order: n draws with replacement, image i with probability weights[i] / Σ weights,
     * seeded by the training seed and the epoch number (a resumed run draws the same).
     */
    public static int[] weightedSample(double[] weights, long seed, int epoch) {
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " is " + weights[i]);
            }
            total += weights[i];
            cumulative[i] = total;
        }
        SplittableRandom random = epochRandom(seed, epoch);
        int[] order = new int[weights.length];
        for (int k = 0; k < order.length; k++) {
            double u = random.nextDouble() * total;
            int index = Arrays.binarySearch(cumulative, u);
            index = index >= 0 ? index + 1 : -index - 1; // the first cumulative weight above u
            order[k] = Math.min(index, weights.length - 1);
        }
        return order;
    }

    private int[] weightedSample(double[] weights, int epoch) {
        return weightedSample(weights, seed, epoch);
    }

    /** The random source of one epoch's order, from the training seed and the epoch number. */
    private static SplittableRandom epochRandom(long seed, int epoch) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + epoch);
    }

    /** The epoch's order: a Fisher–Yates shuffle seeded by the training seed and the epoch number. */
    private int[] shuffledIndices(int n, int epoch) {
        return org.confounderlab.engine.stats.RandomSubset.permutation(n, epochRandom(seed, epoch));
    }
}

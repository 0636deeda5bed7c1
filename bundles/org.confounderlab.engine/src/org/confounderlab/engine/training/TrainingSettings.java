package org.confounderlab.engine.training;

import java.nio.file.Path;
import java.util.List;

import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Rebalancing;

/**
 * How to train, taken from the experiment's model and training specification (and command-line overrides).
 *
 * @param architecture          network family
 * @param epochs                epochs to train, counting those already finished when resuming
 * @param batchSize             images per step
 * @param learningRate          optimiser step size
 * @param weightDecay           L2 weight decay
 * @param seed                  seed of initialisation and shuffling (each epoch's order derives from it)
 * @param earlyStoppingPatience epochs without a better mean validation AUC before training stops and the best
 *                              epoch's weights are kept; 0 trains every epoch and keeps the last
 * @param rebalancing           {@link Rebalancing#CLASS_WEIGHTED} re-samples each label's positives and negatives so
 *                              both classes are seen equally often; {@link Rebalancing#GROUP_BALANCED} re-samples by
 *                              {@code exampleWeights}
 * @param weightsFile           starting weights: a saved model whose layers initialise the matching layers of the
 *                              new network, or a PyTorch state dict (.pth or .safetensors) in torchvision's layout;
 *                              {@code null} for a fresh initialisation
 * @param backend               CPU, or CUDA on {@code device}
 * @param device                CUDA device index
 * @param checkpointFolder      where a checkpoint is written after every epoch (and the best epoch's weights), or
 *                              {@code null} for none
 * @param finishedEpochs        epochs of an interrupted run to resume after, from the checkpoint of the last one in
 *                              {@code checkpointFolder}; empty to start afresh
 * @param exampleWeights        with {@link Rebalancing#GROUP_BALANCED}: the sampling weight of every training image
 *                              and label, {@code [image][label]} in the training batch's order ({@link GroupBalance});
 *                              otherwise {@code null}
 * @param distillation          the teacher and the terms to distil from it, or {@code null} to train on the labels
 *                              alone
 * @param freezeEpochs          the first epochs in which only the classifier learns, on the fixed network's features
 * @param groupDro              online group DRO: each training image's group and the step size of the group weights,
 *                              or {@code null} for the plain mean loss
 */
public record TrainingSettings(Architecture architecture, int epochs, int batchSize, double learningRate,
        double weightDecay, long seed, int earlyStoppingPatience, Rebalancing rebalancing, Path weightsFile,
        BackendKind backend, int device, Path checkpointFolder, List<EpochSummary> finishedEpochs,
        float[][] exampleWeights, Distillation distillation, int freezeEpochs, GroupDro groupDro) {

    public TrainingSettings {
        finishedEpochs = List.copyOf(finishedEpochs);
    }

    /** Plain training on the CPU: no early stopping, weighting, initial weights or checkpoints. */
    public TrainingSettings(Architecture architecture, int epochs, int batchSize, double learningRate,
            double weightDecay, long seed) {
        this(architecture, epochs, batchSize, learningRate, weightDecay, seed, 0, Rebalancing.NONE, null,
                BackendKind.CPU, 0, null, List.of(), null, null, 0, null);
    }

    public TrainingSettings withEpochs(int newEpochs) {
        return new TrainingSettings(architecture, newEpochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, backend, device, checkpointFolder,
                finishedEpochs, exampleWeights, distillation, freezeEpochs, groupDro);
    }

    public TrainingSettings withEarlyStopping(int patience) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed, patience,
                rebalancing, weightsFile, backend, device, checkpointFolder,
                finishedEpochs, exampleWeights, distillation, freezeEpochs, groupDro);
    }

    public TrainingSettings withRebalancing(Rebalancing newRebalancing) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, newRebalancing, weightsFile, backend, device, checkpointFolder,
                finishedEpochs, exampleWeights, distillation, freezeEpochs, groupDro);
    }

    public TrainingSettings withWeightsFile(Path file) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, file, backend, device, checkpointFolder,
                finishedEpochs, exampleWeights, distillation, freezeEpochs, groupDro);
    }

    public TrainingSettings withBackend(BackendKind kind, int deviceIndex) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, kind, deviceIndex, checkpointFolder,
                finishedEpochs, exampleWeights, distillation, freezeEpochs, groupDro);
    }

    public TrainingSettings withCheckpoints(Path folder) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, backend, device, folder, finishedEpochs,
                exampleWeights, distillation, freezeEpochs, groupDro);
    }

    /** Resume after {@code finished} epochs (whose checkpoint must be in the checkpoint folder). */
    public TrainingSettings resumingAfter(List<EpochSummary> finished) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, backend, device, checkpointFolder, finished,
                exampleWeights, distillation, freezeEpochs, groupDro);
    }

    /** Group-balanced training with these per-image, per-label sampling weights ({@link GroupBalance#weights()}). */
    public TrainingSettings withExampleWeights(float[][] weights) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, backend, device, checkpointFolder, finishedEpochs,
                weights, distillation, freezeEpochs, groupDro);
    }

    /** Distils from a teacher as {@code newDistillation} says ({@code null}: no distillation). */
    public TrainingSettings withDistillation(Distillation newDistillation) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, backend, device, checkpointFolder, finishedEpochs,
                exampleWeights, newDistillation, freezeEpochs, groupDro);
    }

    /** Only the classifier learns in the first {@code epochs} epochs. */
    public TrainingSettings withFreezeEpochs(int epochs) {
        return new TrainingSettings(architecture, this.epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, backend, device, checkpointFolder, finishedEpochs,
                exampleWeights, distillation, epochs, groupDro);
    }

    /** Trains with online group DRO as {@code dro} says ({@code null}: the plain mean loss). */
    public TrainingSettings withGroupDro(GroupDro dro) {
        return new TrainingSettings(architecture, epochs, batchSize, learningRate, weightDecay, seed,
                earlyStoppingPatience, rebalancing, weightsFile, backend, device, checkpointFolder, finishedEpochs,
                exampleWeights, distillation, freezeEpochs, dro);
    }

    /** Whether this continues an interrupted run. */
    public boolean resuming() {
        return !finishedEpochs.isEmpty();
    }
}

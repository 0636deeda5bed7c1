package org.confounderlab.engine.dl4j;

import java.util.List;

import org.confounderlab.engine.training.BackendUnavailableException;
import org.confounderlab.engine.training.Distillation;
import org.confounderlab.engine.training.EarlyStopping;
import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.ImageReadException;
import org.confounderlab.engine.training.ImageSource;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingListener;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Rebalancing;
import org.deeplearning4j.util.CrashReportingUtil;
import org.nd4j.linalg.factory.Nd4j;

/** Training with Deeplearning4j on ND4J's CPU backend, or its CUDA one when installed (found through ServiceLoader). */
public final class Dl4jBackend implements TrainingBackend {

    @Override
    public String name() {
        return "dl4j " + Nd4j.getBackend().getClass().getSimpleName();
    }

    @Override
    public void checkAvailable(BackendKind kind, int device) throws BackendUnavailableException {
        if (kind == BackendKind.CUDA) {
            CudaRuntime.select(device);
        }
    }

    @Override
    public ImageClassifier train(ImageSource train, ImageSource validation, TrainingSettings settings,
            TrainingListener listener) throws TrainingException {
        checkAvailable(settings.backend(), settings.device());
        if (train.count() == 0 || validation.count() == 0) {
            throw new TrainingException("Nothing to train on: " + train.count() + " training and "
                    + validation.count() + " validation images");
        }
        float[][] groupWeights = settings.exampleWeights();
        if (settings.rebalancing() == Rebalancing.GROUP_BALANCED
                && (groupWeights == null || groupWeights.length != train.count())) {
            throw new TrainingException("Group-balanced training needs a loss weight for each of the " + train.count()
                    + " training images (the experiment's rebalancing attribute)");
        }
        Checkpoints checkpoints = settings.checkpointFolder() == null ? null
                : new Checkpoints(settings.checkpointFolder());
        if (settings.checkpointFolder() != null) {
            // Deeplearning4j's memory report, written when a step runs out of memory, goes beside the run (by
            // default it lands in the working folder, the IDE's or the user's).
            CrashReportingUtil.crashDumpOutputDirectory(settings.checkpointFolder().toFile());
        }
        List<EpochSummary> finished = settings.finishedEpochs();
        TrainableNetwork network;
        int first;
        if (settings.resuming()) {
            if (checkpoints == null) {
                throw new TrainingException("Cannot resume without the run's checkpoint folder");
            }
            int last = finished.get(finished.size() - 1).epoch();
            network = checkpoints.load(last);
            first = last + 1;
            listener.onMessage("resuming after epoch " + last + " from " + checkpoints.epochFile(last));
        } else {
            network = network(train, settings);
            first = 1;
            if (settings.weightsFile() != null) {
                listener.onInitialWeights(StartingWeights.load(settings.weightsFile(), network,
                        settings.architecture()));
            }
        }
        ClassifierTrainer trainer = new ClassifierTrainer(network, settings.batchSize(), settings.seed())
                .checkpointingTo(checkpoints)
                .stoppingWith(EarlyStopping.after(settings.earlyStoppingPatience(), finished))
                .classWeighted(settings.rebalancing() == Rebalancing.CLASS_WEIGHTED)
                .exampleWeighted(groupWeights) // group-balanced, or just train twice's error set
                .robustTo(settings.groupDro())
                .freezingFor(settings.freezeEpochs(), settings.learningRate(), settings.weightDecay());
        Distillation distillation = settings.distillation();
        if (settings.groupDro() != null && (distillation != null || settings.freezeEpochs() > 0)) {
            throw new TrainingException("Group DRO weighs the label loss per example; it cannot be combined with "
                    + (distillation != null ? "distillation" : settings.freezeEpochs() + " frozen epochs"));
        }
        if (settings.groupDro() != null && settings.groupDro().groupOf().length != train.count()) {
            throw new TrainingException("Group DRO needs a group for each of the " + train.count() + " training "
                    + "images, got " + settings.groupDro().groupOf().length);
        }
        if (distillation != null) {
            if (settings.freezeEpochs() > 0) {
                throw new TrainingException("Distillation trains the network's layers; it cannot start with "
                        + settings.freezeEpochs() + " frozen epochs (set freezeEpochs to 0)");
            }
            if (!(distillation.teacher() instanceof Dl4jClassifier teacher)) {
                throw new TrainingException("The teacher was not trained by the Deeplearning4j backend");
            }
            try {
                trainer.distillingWith(new Distiller(network, teacher.network(), distillation),
                        distillation.teacherView());
            } catch (IllegalArgumentException e) {
                throw new TrainingException(e.getMessage(), e);
            }
        }
        try {
            trainer.train(train, validation, first, settings.epochs(), listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingException("Training was interrupted", e);
        } catch (ImageReadException e) {
            throw new TrainingException("Training stopped at an image that cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new TrainingException("Training failed: " + e.getMessage(), e);
        }
        return new Dl4jClassifier(trainer.network(), train.labels());
    }

    @Override
    public ImageClassifier load(java.nio.file.Path file, List<String> labels) throws java.io.IOException {
        return Dl4jClassifier.load(file, labels);
    }

    /** A new, initialised network of the chosen architecture for the batch's image size, channels and labels. */
    static TrainableNetwork network(ImageSource train, TrainingSettings settings) throws TrainingException {
        int size = train.size();
        int channels = train.channels();
        int labels = train.labels().size();
        double rate = settings.learningRate();
        double decay = settings.weightDecay();
        long seed = settings.seed();
        try {
            return switch (settings.architecture()) {
                case SMALL_CNN ->
                    TrainableNetwork.of(SmallCnn.configuration(size, channels, labels, rate, decay, seed));
                case RESNET18 ->
                    TrainableNetwork.of(ResNet18.configuration(size, channels, labels, rate, decay, seed));
                case DENSENET121 ->
                    TrainableNetwork.of(DenseNet121.configuration(size, channels, labels, rate, decay, seed));
                // Architecture is generated from the EMF model and may grow before this backend does.
                default -> throw new TrainingException("The " + settings.architecture()
                        + " architecture is not available in the Deeplearning4j backend");
            };
        } catch (IllegalArgumentException e) {
            throw new TrainingException("Cannot build " + settings.architecture() + ": " + e.getMessage(), e);
        }
    }
}

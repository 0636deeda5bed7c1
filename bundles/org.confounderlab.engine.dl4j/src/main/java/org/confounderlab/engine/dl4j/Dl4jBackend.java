package org.confounderlab.engine.dl4j;

import java.util.function.Consumer;

import org.confounderlab.engine.training.EpochSummary;
import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TensorBatch;
import org.confounderlab.engine.training.TrainingBackend;
import org.confounderlab.engine.training.TrainingException;
import org.confounderlab.engine.training.TrainingSettings;
import org.confounderlab.model.experiment.Architecture;
import org.nd4j.linalg.factory.Nd4j;

/** Training with Deeplearning4j on ND4J's CPU backend (found by the engine through ServiceLoader). */
public final class Dl4jBackend implements TrainingBackend {

    @Override
    public String name() {
        return "dl4j " + Nd4j.getBackend().getClass().getSimpleName();
    }

    @Override
    public ImageClassifier train(TensorBatch train, TensorBatch validation, TrainingSettings settings,
            Consumer<EpochSummary> onEpoch) throws TrainingException {
        if (settings.architecture() != Architecture.SMALL_CNN) {
            throw new TrainingException("The " + settings.architecture() + " architecture is not available yet in "
                    + "this build; use SMALL_CNN");
        }
        if (train.count() == 0 || validation.count() == 0) {
            throw new TrainingException("Nothing to train on: " + train.count() + " training and "
                    + validation.count() + " validation images");
        }
        ClassifierTrainer trainer = new ClassifierTrainer(SmallCnn.configuration(train.size(), train.channels(),
                train.labels().size(), settings.learningRate(), settings.weightDecay(), settings.seed()),
                settings.batchSize(), settings.seed());
        try {
            trainer.train(LabelledImages.of(train), LabelledImages.of(validation), settings.epochs(), onEpoch);
        } catch (RuntimeException e) {
            throw new TrainingException("Deeplearning4j training failed: " + e.getMessage(), e);
        }
        return new Dl4jClassifier(trainer.network(), train.labels());
    }
}

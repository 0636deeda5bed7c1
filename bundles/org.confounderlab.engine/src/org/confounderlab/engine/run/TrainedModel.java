package org.confounderlab.engine.run;

import org.confounderlab.engine.training.ImageClassifier;
import org.confounderlab.engine.training.TrainingSettings;

/** What the "train" stage hands on: the trained model and the settings it was trained with. */
public record TrainedModel(ImageClassifier classifier, TrainingSettings settings) {
}

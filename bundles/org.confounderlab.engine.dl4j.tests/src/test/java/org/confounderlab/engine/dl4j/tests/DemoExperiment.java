package org.confounderlab.engine.dl4j.tests;

import java.util.List;

import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.templates.ExperimentTemplates;

/** A small-CNN experiment on generated data in {@code data/} beside the experiment file. */
final class DemoExperiment {

    private DemoExperiment() {
    }

    static Experiment create(int inputSize, int epochs) {
        Experiment experiment = ExperimentTemplates.newDefault("killed", DatasetFormat.SYNTHETIC,
                "data/" + SyntheticGenerator.MANIFEST, List.of(SyntheticGenerator.LABEL));
        experiment.getModel().setArchitecture(Architecture.SMALL_CNN);
        experiment.getModel().setInputSize(inputSize);
        experiment.getTraining().setEpochs(epochs);
        experiment.getTraining().setBatchSize(32);
        experiment.getSplit().setUseOfficialSplit(false);
        return experiment;
    }
}

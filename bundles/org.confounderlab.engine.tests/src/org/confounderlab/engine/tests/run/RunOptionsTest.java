package org.confounderlab.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.confounderlab.engine.run.RunOptions;
import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    @Test
    void overridesAreWrittenIntoTheRunsCopyOfTheExperiment() {
        Experiment experiment = ExperimentTemplates.newDefault("overrides");
        long splitSeed = experiment.getSplit().getSeed();
        new RunOptions(7, null, -1, 16, 99).applyTo(experiment);
        assertEquals(7, experiment.getTraining().getEpochs());
        assertEquals(16, experiment.getTraining().getBatchSize());
        assertEquals(99, experiment.getTraining().getSeed());
        assertEquals(splitSeed, experiment.getSplit().getSeed(), "the split, and so the test images, stay");
    }

    @Test
    void noOverrideLeavesTheExperimentAsItIs() {
        Experiment experiment = ExperimentTemplates.newDefault("as-is");
        experiment.getTraining().setSeed(0);
        int epochs = experiment.getTraining().getEpochs();
        int batchSize = experiment.getTraining().getBatchSize();
        RunOptions.NONE.applyTo(experiment);
        assertEquals(epochs, experiment.getTraining().getEpochs());
        assertEquals(batchSize, experiment.getTraining().getBatchSize());
        assertEquals(0, experiment.getTraining().getSeed(), "seed 0 is a seed, not 'none'");
        assertFalse(RunOptions.NONE.changesTrainingOrder());
        assertTrue(new RunOptions(0, BackendKind.CPU, -1, 0, 0).changesTrainingOrder());
    }
}

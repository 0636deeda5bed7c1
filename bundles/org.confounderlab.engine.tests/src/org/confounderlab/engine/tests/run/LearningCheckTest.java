package org.confounderlab.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.confounderlab.engine.data.LabelValue;
import org.confounderlab.engine.data.ManifestEntry;
import org.confounderlab.engine.run.FindingsStage;
import org.confounderlab.engine.run.LearningCheck;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;

/**
 * A training that learned nothing, as issue 24's balancing arm did (validation AUC 0.12 from the first epoch,
 * validation loss ≈ ln 2 throughout), is named as such, with its numbers, and becomes a critical finding; one that
 * learned is not. The constant predictor's loss is the validation labels' cross-entropy under the training prevalence.
 */
class LearningCheckTest {

    private static Run run(double[] aucs, double[] losses) {
        Run run = RunFactory.eINSTANCE.createRun();
        for (int e = 0; e < aucs.length; e++) {
            EpochRecord epoch = RunFactory.eINSTANCE.createEpochRecord();
            epoch.setIndex(e + 1);
            epoch.setValidationLoss(losses[e]);
            org.confounderlab.model.run.LabelValue auc = RunFactory.eINSTANCE.createLabelValue();
            auc.setLabel("finding");
            auc.setValue(aucs[e]);
            epoch.getLabelAucs().add(auc);
            run.getEpochs().add(epoch);
        }
        run.setConstantValidationLoss(Math.log(2));
        return run;
    }

    @Test
    void aModelAtTheConstantLossRankingInReverseDidNotLearn() {
        Run run = run(new double[] {0.12, 0.15, 0.13}, new double[] {0.6936, 0.6932, 0.6934});
        assertEquals("the validation AUC of 'finding' never beat 0.5 (best 0.150, epoch 2 of 3); the validation loss "
                + "never fell below the constant predictor's 0.6931 (lowest 0.6932, epoch 2 of 3)",
                LearningCheck.failure(run));
        FindingsStage.record(run, ExperimentTemplates.newDefault("arm"));
        List<Finding> findings = run.getFindings().stream().filter(f -> f.getKind().equals("training.did-not-learn"))
                .toList();
        assertEquals(1, findings.size());
        assertEquals(FindingSeverity.CRITICAL, findings.get(0).getSeverity());
    }

    @Test
    void aModelThatLearnedPasses() {
        Run run = run(new double[] {0.55, 0.71}, new double[] {0.69, 0.61});
        assertNull(LearningCheck.failure(run));
        FindingsStage.record(run, ExperimentTemplates.newDefault("arm"));
        assertEquals(0, run.getFindings().stream().filter(f -> f.getKind().equals("training.did-not-learn"))
                .count());
        // a model that ranks the validation images well but lost to the constant on loss (its sampling moved its
        // calibration, as just train twice's upweighting does) learned
        assertNull(LearningCheck.failure(run(new double[] {0.62, 0.81}, new double[] {1.3, 1.28})));
        // one reason is enough: a falling loss with an AUC stuck at 0.5 did not learn the label's ranking
        assertEquals("the validation AUC of 'finding' never beat 0.5 (best 0.500, epoch 1 of 2)",
                LearningCheck.failure(run(new double[] {0.5, 0.5}, new double[] {0.6, 0.5})));
    }

    @Test
    void keptWeightsThatRankInReverseDidNotLearn() {
        // a balancing arm of a scanner-shortcut study: at the constant predictor's loss, its validation AUC swings
        // with the sign of its random weights' response to brightness: 0.96, 0.53, 0.11, 0.25
        Run run = run(new double[] {0.956, 0.529, 0.111, 0.247}, new double[] {0.673, 0.694, 0.718, 0.700});
        run.setConstantValidationLoss(0.6909);
        assertEquals("the weights kept (epoch 4 of 4) rank the validation images of 'finding' at AUC 0.247, no "
                + "better than chance or reversed", LearningCheck.failure(run));
        // early stopping keeps epoch 1, which ranks (by the shortcut) at 0.956: that model learned something
        run.setExperiment(ExperimentTemplates.newDefault("arm"));
        run.getExperiment().getTraining().setEarlyStoppingPatience(2);
        assertNull(LearningCheck.failure(run));
    }

    @Test
    void aReFittedFinalLayerThatRanksNoBetterThanChanceDidNotLearn() {
        Run run = run(new double[] {0.80, 0.86}, new double[] {0.62, 0.55});
        org.confounderlab.model.run.LastLayerRetrainingRecord dfr = RunFactory.eINSTANCE
                .createLastLayerRetrainingRecord();
        dfr.setGroups("site");
        dfr.setValidationAucBefore(0.86);
        dfr.setValidationAucAfter(0.31);
        run.setLastLayerRetraining(dfr);
        assertEquals("the re-fitted final layer (DFR) ranks the validation images at AUC 0.310 (0.860 as trained): "
                + "the features hold nothing it could weigh into the label once site is balanced",
                LearningCheck.failure(run));
        dfr.setValidationAucAfter(0.74);
        assertNull(LearningCheck.failure(run));
    }

    @Test
    void theConstantPredictorsLossIsTheValidationCrossEntropyAtTheTrainingPrevalence() {
        List<ManifestEntry> train = entries(100, 25);
        List<ManifestEntry> validation = entries(40, 20);
        double expected = -(0.5 * Math.log(0.25) + 0.5 * Math.log(0.75));
        assertEquals(expected, LearningCheck.constantValidationLoss(validation, List.of("finding"),
                LearningCheck.drawnPrevalence(train, List.of("finding"), null)), 1e-12);
        assertEquals(Math.log(2), LearningCheck.constantValidationLoss(validation, List.of("finding"),
                LearningCheck.drawnPrevalence(validation, List.of("finding"), null)), 1e-12);
        float[][] weights = new float[100][1];
        for (int i = 0; i < 100; i++) {
            weights[i][0] = i < 25 ? 3f : 1f; // positives drawn three times as often: 75 against 75
        }
        assertEquals(0.5, LearningCheck.drawnPrevalence(train, List.of("finding"), weights)[0], 1e-12);
    }

    private static List<ManifestEntry> entries(int n, int positives) {
        List<ManifestEntry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new ManifestEntry(Path.of("i" + i + ".png"), "P" + i, null, Map.of("finding",
                    i < positives ? LabelValue.POSITIVE : LabelValue.NEGATIVE), Map.of(), Map.of(), null, "m:" + i));
        }
        return entries;
    }
}

package org.confounderlab.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.confounderlab.core.runs.RunStore;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.eclipse.core.resources.IProject;

/** Run files as the engine writes them (EMF resources on disk), with chosen numbers, for the views' tests. */
final class RunFixtures {

    private RunFixtures() {
    }

    /**
     * A completed run of {@code experiment} with {@code epochs} epochs whose validation AUC climbs to {@code auc},
     * an original and a masked evaluation (test AUC {@code auc} and {@code maskedAuc}) and their DeLong comparison,
     * and a CRITICAL finding when masking costs more than 0.05.
     */
    static Run run(String experiment, String id, long seed, int batchSize, int epochs, double auc, double maskedAuc) {
        Experiment snapshot = ExperimentTemplates.newDefault(experiment);
        snapshot.getDataset().getLabelNames().clear();
        snapshot.getDataset().getLabelNames().add("abnormal");
        snapshot.getTraining().setSeed(seed);
        snapshot.getTraining().setBatchSize(batchSize);
        snapshot.getTraining().setEpochs(epochs);
        Run run = RunFactory.eINSTANCE.createRun();
        run.setId(id);
        run.setStatus(RunStatus.COMPLETED);
        run.setStartTime(new Date());
        run.setExperiment(snapshot);
        for (int e = 1; e <= epochs; e++) {
            EpochRecord epoch = RunFactory.eINSTANCE.createEpochRecord();
            epoch.setIndex(e);
            epoch.setTrainLoss(0.7 - 0.03 * e);
            epoch.setValidationLoss(0.72 - 0.025 * e);
            LabelValue value = RunFactory.eINSTANCE.createLabelValue();
            value.setLabel("abnormal");
            value.setValue(0.5 + (auc - 0.5) * e / epochs);
            epoch.getLabelAucs().add(value);
            run.getEpochs().add(epoch);
        }
        Evaluation original = evaluation(InterventionKind.ORIGINAL, "original", auc);
        Evaluation masked = evaluation(InterventionKind.MASK_REGIONS, "mask-regions", maskedAuc);
        run.getEvaluations().addAll(List.of(original, masked));
        AucComparison comparison = RunFactory.eINSTANCE.createAucComparison();
        comparison.setLabel("abnormal");
        comparison.setBaseline(original);
        comparison.setVariant(masked);
        comparison.setDeltaAuc(maskedAuc - auc);
        comparison.setPValue(0.01);
        run.getComparisons().add(comparison);
        if (auc - maskedAuc > 0.05) {
            Finding finding = RunFactory.eINSTANCE.createFinding();
            finding.setSeverity(FindingSeverity.CRITICAL);
            finding.setKind("masking");
            finding.setMessage("Covering region laterality costs " + String.format(java.util.Locale.ROOT, "%.3f",
                    auc - maskedAuc) + " AUC");
            run.getFindings().add(finding);
        }
        return run;
    }

    private static Evaluation evaluation(InterventionKind kind, String name, double auc) {
        Evaluation evaluation = RunFactory.eINSTANCE.createEvaluation();
        evaluation.setInterventionKind(kind);
        evaluation.setInterventionName(name);
        evaluation.setN(200);
        LabelEvaluation label = RunFactory.eINSTANCE.createLabelEvaluation();
        label.setLabel("abnormal");
        label.setAuc(auc);
        label.setCiLower(auc - 0.05);
        label.setCiUpper(Math.min(1, auc + 0.05));
        evaluation.getLabels().add(label);
        return evaluation;
    }

    /** Saves {@code run} as {@code runs/<experiment>/<id>/run.run} in {@code project}. */
    static void write(IProject project, Run run) throws Exception {
        Path file = RunStore.runFolder(project, run.getExperiment().getName(), run.getId()).getLocation().toPath()
                .resolve(RunStore.RUN_FILE);
        Files.createDirectories(file.getParent());
        ModelFiles.save(run, file);
    }
}

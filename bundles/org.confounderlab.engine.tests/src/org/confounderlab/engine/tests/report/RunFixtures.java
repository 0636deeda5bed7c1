package org.confounderlab.engine.tests.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import javax.imageio.ImageIO;

import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.CiMethod;
import org.confounderlab.model.run.DatasetAssociation;
import org.confounderlab.model.run.DatasetAudit;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.RocPoint;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunStatus;

/** Builds realistic runs for the report tests and saves them as real {@code run.run} files. */
final class RunFixtures {

    static final String RUN_ID = "20261123-101500-a1b2";
    static final String EXPERIMENT = "Pneumothorax chest-drain shortcut";
    static final String[] LABELS = {"Pneumothorax", "Effusion"};
    static final String SCRIPT_MESSAGE = "Masking the drain drops AUC <script>alert('x')</script> & more";
    static final int HEATMAP_WIDTH = 96;
    static final int HEATMAP_HEIGHT = 64;

    private static final RunFactory RUNS = RunFactory.eINSTANCE;

    private RunFixtures() {
    }

    /** A completed run: 2 labels, 4 epochs, ORIGINAL and MASK_REGIONS evaluations, audit, findings, a heat map. */
    static Run completedRun() {
        Run run = base(RunStatus.COMPLETED);
        for (int e = 0; e < 4; e++) {
            run.getEpochs().add(epoch(e, 0.69 * Math.pow(0.8, e), 0.70 * Math.pow(0.85, e), 0.70 + 0.06 * e,
                    0.62 + 0.04 * e));
        }
        Evaluation original = evaluation("original", InterventionKind.ORIGINAL, 0.91, 0.78);
        Evaluation masked = evaluation("masked drain", InterventionKind.MASK_REGIONS, 0.71, 0.76);
        run.getEvaluations().add(original);
        run.getEvaluations().add(masked);

        AucComparison comparison = RUNS.createAucComparison();
        comparison.setLabel(LABELS[0]);
        comparison.setBaseline(original);
        comparison.setVariant(masked);
        comparison.setDeltaAuc(-0.20);
        comparison.setZ(-5.31);
        comparison.setPValue(1.1e-7);
        comparison.setCiLower(-0.27);
        comparison.setCiUpper(-0.13);
        comparison.setMethod("DeLong (paired)");
        run.getComparisons().add(comparison);

        DatasetAudit audit = RUNS.createDatasetAudit();
        audit.setManifest("data/manifest.csv");
        audit.setImageCount(2400);
        audit.setCreatedAt(new Date(1_790_000_000_000L));
        audit.getAssociations().add(association("region:drain", LABELS[0], 0.62, 1.2e-40, 0.81));
        audit.getAssociations().add(association("sex", LABELS[1], 0.04, 0.21, 0.52));
        run.setAudit(audit);

        run.getFindings().add(finding(FindingSeverity.CRITICAL, "shortcut", SCRIPT_MESSAGE,
                "comparisons.0", "heatmaps/case-17.png"));
        run.getFindings().add(finding(FindingSeverity.INFO, "audit", "Sex is not associated with Effusion.",
                "audit.associations.1"));

        run.getArtifacts().add(artifact(ArtifactKind.HEATMAP, "heatmaps/case-17.png", "Grad-CAM, case 17"));
        run.getArtifacts().add(artifact(ArtifactKind.PREDICTIONS, "predictions.csv", "Per-image scores"));
        return run;
    }

    /** A failed run with one epoch, an error message and nothing else. */
    static Run failedRun() {
        Run run = base(RunStatus.FAILED);
        run.setErrorMessage("CUDA out of memory <allocating 2 GiB> at epoch 2");
        run.getEpochs().add(epoch(0, 0.68, 0.70, 0.66, 0.6));
        return run;
    }

    /** Saves {@code run} as {@code folder/run.run}, writing the heat-map PNGs its artifacts name. */
    static Path save(Run run, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Artifact artifact : run.getArtifacts()) {
            if (artifact.getKind() == ArtifactKind.HEATMAP) {
                Path png = folder.resolve(artifact.getPath());
                Files.createDirectories(png.getParent());
                ImageIO.write(heatmap(), "png", png.toFile());
            }
        }
        Path file = folder.resolve("run.run");
        ModelFiles.save(run, file);
        return file;
    }

    private static Run base(RunStatus status) {
        Run run = RUNS.createRun();
        run.setId(RUN_ID);
        run.setStatus(status);
        run.setStartTime(new Date(1_790_000_000_000L));
        run.setEndTime(new Date(1_790_000_754_000L));
        run.setExperimentPath("/workspace/lab/pneumothorax.experiment");
        Experiment experiment = ExperimentFactory.eINSTANCE.createExperiment();
        experiment.setName(EXPERIMENT);
        DatasetReference dataset = ExperimentFactory.eINSTANCE.createDatasetReference();
        dataset.setLocation("data/manifest.csv");
        dataset.getLabelNames().add(LABELS[0]);
        dataset.getLabelNames().add(LABELS[1]);
        experiment.setDataset(dataset);
        run.setExperiment(experiment);
        BackendInfo backend = RUNS.createBackendInfo();
        backend.setKind(BackendKind.CUDA);
        backend.setDeviceName("NVIDIA H100 80GB HBM3");
        backend.setDriverVersion("550.54");
        backend.setMemoryBytes(80L * 1024 * 1024 * 1024);
        backend.setCpuThreads(16);
        backend.setJavaVersion("21.0.5");
        run.setBackend(backend);
        return run;
    }

    private static EpochRecord epoch(int index, double trainLoss, double validationLoss, double auc0, double auc1) {
        EpochRecord epoch = RUNS.createEpochRecord();
        epoch.setIndex(index);
        epoch.setTrainLoss(trainLoss);
        epoch.setValidationLoss(validationLoss);
        epoch.setDurationMillis(61_000 + index * 1000);
        epoch.setLearningRate(1e-3);
        epoch.getLabelAucs().add(labelValue(LABELS[0], auc0));
        epoch.getLabelAucs().add(labelValue(LABELS[1], auc1));
        return epoch;
    }

    private static LabelValue labelValue(String label, double value) {
        LabelValue v = RUNS.createLabelValue();
        v.setLabel(label);
        v.setValue(value);
        return v;
    }

    private static Evaluation evaluation(String name, InterventionKind kind, double auc0, double auc1) {
        Evaluation evaluation = RUNS.createEvaluation();
        evaluation.setInterventionName(name);
        evaluation.setInterventionKind(kind);
        evaluation.setN(600);
        evaluation.setPositives(180);
        evaluation.getLabels().add(labelEvaluation(LABELS[0], auc0));
        evaluation.getLabels().add(labelEvaluation(LABELS[1], auc1));
        return evaluation;
    }

    // A power-law ROC curve tpr = fpr^k has AUC 1 / (1 + k): realistic shape, exact AUC.
    private static LabelEvaluation labelEvaluation(String label, double auc) {
        LabelEvaluation le = RUNS.createLabelEvaluation();
        le.setLabel(label);
        le.setAuc(auc);
        le.setCiLower(auc - 0.035);
        le.setCiUpper(Math.min(1, auc + 0.035));
        le.setCiMethod(CiMethod.DELONG);
        double k = 1 / auc - 1;
        for (int i = 0; i < 50; i++) {
            double fpr = i / 49.0;
            RocPoint point = RUNS.createRocPoint();
            point.setThreshold(1 - fpr);
            point.setFpr(fpr);
            point.setTpr(Math.pow(fpr, k));
            le.getRocPoints().add(point);
        }
        return le;
    }

    private static DatasetAssociation association(String attribute, String label, double v, double p, double auc) {
        DatasetAssociation a = RUNS.createDatasetAssociation();
        a.setAttribute(attribute);
        a.setLabel(label);
        a.setCramersV(v);
        a.setChiSquare(v * v * 2400);
        a.setDegreesOfFreedom(1);
        a.setPValue(p);
        a.setAttributeOnlyAuc(auc);
        a.setMutualInformation(v * v / 2);
        a.setN(2400);
        return a;
    }

    private static Finding finding(FindingSeverity severity, String kind, String message, String... evidence) {
        Finding f = RUNS.createFinding();
        f.setSeverity(severity);
        f.setKind(kind);
        f.setMessage(message);
        for (String e : evidence) {
            f.getEvidence().add(e);
        }
        return f;
    }

    private static Artifact artifact(ArtifactKind kind, String path, String description) {
        Artifact a = RUNS.createArtifact();
        a.setKind(kind);
        a.setPath(path);
        a.setDescription(description);
        return a;
    }

    private static BufferedImage heatmap() {
        BufferedImage image = new BufferedImage(HEATMAP_WIDTH, HEATMAP_HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int x = 0; x < HEATMAP_WIDTH; x++) {
            g.setColor(new Color(Color.HSBtoRGB(0.66f * (1 - x / (float) HEATMAP_WIDTH), 1f, 1f)));
            g.drawLine(x, 0, x, HEATMAP_HEIGHT);
        }
        g.dispose();
        return image;
    }
}

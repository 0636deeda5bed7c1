package org.confounderlab.engine.tests.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.confounderlab.engine.run.FindingsStage;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.ImagePropertyAudit;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.junit.jupiter.api.Test;

/**
 * The run's image-property audit becomes findings with the probes' rule: a property predicting the label with AUC at
 * or above the experiment's probe threshold (CI above 0.5) is one warning per label naming the strongest three,
 * strongest first; a property telling test from training images (drift AUC 0.1 or more from 0.5, p below alpha) is a
 * warning; weaker ones, or ones whose interval reaches 0.5, are not.
 */
class ImagePropertyFindingsTest {

    private static ImagePropertyAudit property(String name, double auc, double lower, double drift, double p) {
        ImagePropertyAudit row = RunFactory.eINSTANCE.createImagePropertyAudit();
        row.setProperty(name);
        row.setLabel("finding");
        row.setN(400);
        row.setAuc(auc);
        row.setCiLower(lower);
        row.setCiUpper(Math.min(1, 2 * auc - lower));
        row.setHigherIsPositive(!name.contains("black"));
        row.setDriftAuc(drift);
        row.setDriftCiLower(drift - 0.05);
        row.setDriftCiUpper(drift + 0.05);
        row.setDriftP(p);
        return row;
    }

    @Test
    void strongPropertiesAndDriftAreWarnings() {
        Experiment experiment = ExperimentTemplates.newDefault("properties");
        Run run = RunFactory.eINSTANCE.createRun();
        run.setAudit(RunFactory.eINSTANCE.createDatasetAudit());
        run.getAudit().getImageProperties().addAll(List.of(property("image:mean_intensity", 0.87, 0.83, 0.51, 0.7),
                property("image:contrast", 0.93, 0.90, 0.49, 0.8), property("image:black_fraction", 0.81, 0.76,
                        0.50, 0.9), property("image:noise", 0.84, 0.79, 0.52, 0.4), property("image:width", 0.79,
                                0.74, 0.50, 1), property("image:border_width", 0.95, 0.49, 0.50, 1),
                property("image:jpeg_quality", 0.60, 0.55, 0.68, 1e-6)));
        FindingsStage.record(run, experiment);
        List<Finding> predicts = run.getFindings().stream().filter(f -> f.getKind().equals(
                "image-property.predicts-label")).toList();
        assertEquals(1, predicts.size(), run.getFindings().toString());
        String message = predicts.get(0).getMessage();
        assertEquals(FindingSeverity.WARNING, predicts.get(0).getSeverity());
        assertTrue(message.startsWith("4 image properties measured from the pixels alone predict 'finding' with AUC "
                + "≥ 0.80: image:contrast (AUC 0.930, CI 0.900–0.960, positives higher); image:mean_intensity (AUC "
                + "0.870"), message);
        assertTrue(message.contains("image:noise (AUC 0.840") && !message.contains("image:black_fraction")
                && !message.contains("image:width") && !message.contains("border_width"), message);
        List<Finding> drift = run.getFindings().stream().filter(f -> f.getKind().equals("image-property.drift"))
                .toList();
        assertEquals(1, drift.size());
        assertTrue(drift.get(0).getMessage().startsWith("1 image property tells the test images from the training "
                + "images: image:jpeg_quality, drift AUC 0.680 (CI 0.630–0.730, p 1.0e-06)"), drift.get(0).getMessage());
    }
}

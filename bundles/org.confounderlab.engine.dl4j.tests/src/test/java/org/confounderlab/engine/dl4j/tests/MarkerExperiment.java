package org.confounderlab.engine.dl4j.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.engine.synthetic.SyntheticDataSpec;
import org.confounderlab.engine.synthetic.SyntheticGenerator;
import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.templates.ExperimentTemplates;

/**
 * Generated radiographs with a planted L/R marker (no other shortcut, a faint lesion), and a small-CNN experiment on
 * them in {@code data/} beside the experiment file, with the marker as the region "laterality" and the default
 * interventions: what the mitigation tests train on.
 */
final class MarkerExperiment {

    private MarkerExperiment() {
    }

    /** 400 images of 64×64, 2 per patient, half positive; the marker follows the label with {@code strength}. */
    static void generateData(Path folder, double strength) throws IOException {
        generateData(folder, strength, 400, 0.25);
    }

    /** {@code count} images of 64×64, 2 per patient, half positive, with a lesion of {@code lesionContrast}. */
    static void generateData(Path folder, double strength, int count, double lesionContrast) throws IOException {
        new SyntheticGenerator(SyntheticDataSpec.defaults().withSize(64).withCount(count).withImagesPerPatient(2)
                .withPrevalence(0.5).withMarkerStrength(strength).withInitialsStrength(0).withSiteStrength(0)
                .withSexCorrelateStrength(0).withLesionContrast(lesionContrast).withSeed(4))
                .generate(folder.resolve("data"));
    }

    /** SMALL_CNN at 64×64, 8 epochs at 3e-3, own split, 200 bootstrap resamples, no Grad-CAM. */
    static Experiment create(String name) {
        Experiment experiment = ExperimentTemplates.newDefault(name, DatasetFormat.SYNTHETIC,
                "data/" + SyntheticGenerator.MANIFEST, List.of(SyntheticGenerator.LABEL));
        ExperimentTemplates.addColumnRegion(experiment, "laterality", "region:laterality", "the L/R marker");
        ExperimentTemplates.addDefaultInterventions(experiment);
        experiment.getModel().setArchitecture(Architecture.SMALL_CNN);
        experiment.getModel().setInputSize(64);
        experiment.getTraining().setEpochs(8);
        experiment.getTraining().setLearningRate(3e-3);
        experiment.getSplit().setUseOfficialSplit(false);
        experiment.getDiagnostics().setBootstrapResamples(200);
        experiment.getDiagnostics().setGradCam(false);
        return experiment;
    }

    /** A categorical attribute read from the manifest column of the same name, added to {@code experiment}. */
    static ConfounderAttribute addAttribute(Experiment experiment, String column) {
        ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
        attribute.setName(column);
        attribute.setColumn(column);
        attribute.setKind(AttributeKind.CATEGORICAL);
        experiment.getAttributes().add(attribute);
        return attribute;
    }
}

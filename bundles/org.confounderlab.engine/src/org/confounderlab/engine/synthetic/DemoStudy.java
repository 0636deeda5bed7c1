package org.confounderlab.engine.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.confounderlab.model.experiment.Architecture;
import org.confounderlab.model.experiment.AttributeKind;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.resource.ModelFiles;
import org.confounderlab.model.templates.ExperimentTemplates;

/**
 * The demo study, as {@code confounderlab demo} and the IDE's New Example Project write it: radiograph-like images
 * whose laterality marker goes with the label in 90 % of them, and an experiment (small CNN, the four evaluation
 * variants, Grad-CAM and occlusion, probes) that finds the shortcut.
 */
public final class DemoStudy {

    /** The experiment file's name. */
    public static final String EXPERIMENT_FILE = "demo.experiment";

    private DemoStudy() {
    }

    /** The demo's data: {@code count} images of 64×64, two per patient, prevalence 0.5, marker strength 0.9. */
    public static SyntheticDataSpec data(int count) {
        return SyntheticDataSpec.defaults().withSize(64).withCount(count).withImagesPerPatient(2).withPrevalence(0.5)
                .withMarkerStrength(0.9).withSeed(1);
    }

    /** Writes the data set to {@code folder/data} and the experiment to {@code folder/demo.experiment}; returns it. */
    public static Path write(Path folder, int count, int epochs) throws IOException {
        Files.createDirectories(folder);
        new SyntheticGenerator(data(count)).generate(folder.resolve("data"));
        Path experiment = folder.resolve(EXPERIMENT_FILE);
        ModelFiles.save(experiment(epochs), experiment);
        return experiment;
    }

    /** The demo's experiment: the synthetic data, its confounders, the marker region and the four variants. */
    public static Experiment experiment(int epochs) {
        Experiment experiment = ExperimentTemplates.newDefault("demo-laterality-marker", DatasetFormat.SYNTHETIC,
                "data/" + SyntheticGenerator.MANIFEST, List.of(SyntheticGenerator.LABEL));
        experiment.setDescription("Does a small CNN learn the disease sign, or the laterality marker that goes with "
                + "the label in 90 % of the training images?");
        for (String name : List.of("site", "technologist", "sex", "age")) {
            ConfounderAttribute attribute = ExperimentFactory.eINSTANCE.createConfounderAttribute();
            attribute.setName(name);
            attribute.setColumn(name);
            attribute.setKind(name.equals("age") ? AttributeKind.NUMERIC : AttributeKind.CATEGORICAL);
            attribute.setProtected(name.equals("sex") || name.equals("age"));
            experiment.getAttributes().add(attribute);
        }
        ExperimentTemplates.addColumnRegion(experiment, "laterality", "region:laterality",
                "the L/R marker, where present (boxes from the manifest)");
        ExperimentTemplates.addDefaultInterventions(experiment);
        // The lesion box is the true signal: Grad-CAM's attention on it (and the pointing game) is shown beside the
        // marker's, but it is not masked in the counterfactual variants, which test the shortcut only.
        ExperimentTemplates.addColumnRegion(experiment, "lesion", "region:lesion",
                "the lesion, in positive images (boxes from the manifest)");
        experiment.getDiagnostics().setOcclusion(true);
        experiment.getDiagnostics().setWorstCases(8);
        experiment.getModel().setArchitecture(Architecture.SMALL_CNN);
        experiment.getModel().setInputSize(64);
        experiment.getModel().setChannels(1);
        experiment.getTraining().setEpochs(epochs);
        experiment.getTraining().setBatchSize(32);
        experiment.getTraining().setLearningRate(3e-3);
        experiment.getSplit().setTrainFraction(0.6);
        experiment.getSplit().setValidationFraction(0.2);
        experiment.getSplit().setTestFraction(0.2);
        experiment.getSplit().setUseOfficialSplit(false);
        return experiment;
    }
}

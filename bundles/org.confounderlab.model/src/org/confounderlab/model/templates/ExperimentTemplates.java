package org.confounderlab.model.templates;

import java.util.List;

import org.confounderlab.model.experiment.Augmentation;
import org.confounderlab.model.experiment.BackendSpec;
import org.confounderlab.model.experiment.DatasetFormat;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.FillMode;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SplitSpec;
import org.confounderlab.model.experiment.TrainingSpec;

/** Builders of complete, valid experiments (for wizards, examples and tests). */
public final class ExperimentTemplates {

  /** Dataset location of {@link #newDefault(String)}: a manifest next to the experiment file. */
  public static final String DEFAULT_LOCATION = "data/manifest.csv";

  /** Label of {@link #newDefault(String)}. */
  public static final String DEFAULT_LABEL = "finding";

  private static final ExperimentFactory F = ExperimentFactory.eINSTANCE;

  private ExperimentTemplates() {
  }

  /**
   * A complete valid experiment named {@code name}: a GENERIC_CSV dataset at {@value #DEFAULT_LOCATION} with
   * the single label {@value #DEFAULT_LABEL}, and every spec with its defaults (0.7/0.15/0.15 patient-grouped
   * split seed 42, RESNET18 224x1, 20 epochs batch 32 Adam 1e-3, Grad-CAM, 2000 bootstrap resamples,
   * alpha 0.05, CPU) and the ORIGINAL intervention.
   */
  public static Experiment newDefault(String name) {
    return newDefault(name, DatasetFormat.GENERIC_CSV, DEFAULT_LOCATION, List.of(DEFAULT_LABEL));
  }

  /** Like {@link #newDefault(String)} with the given dataset. */
  public static Experiment newDefault(String name, DatasetFormat format, String location, List<String> labels) {
    Experiment experiment = F.createExperiment();
    experiment.setName(name);
    DatasetReference dataset = F.createDatasetReference();
    dataset.setFormat(format);
    dataset.setLocation(location);
    dataset.getLabelNames().addAll(labels);
    experiment.setDataset(dataset);
    SplitSpec split = F.createSplitSpec();
    experiment.setSplit(split);
    ModelSpec model = F.createModelSpec();
    experiment.setModel(model);
    TrainingSpec training = F.createTrainingSpec();
    Augmentation augmentation = F.createAugmentation();
    training.setAugmentation(augmentation);
    experiment.setTraining(training);
    DiagnosticsSpec diagnostics = F.createDiagnosticsSpec();
    experiment.setDiagnostics(diagnostics);
    BackendSpec backend = F.createBackendSpec();
    experiment.setBackend(backend);
    addDefaultInterventions(experiment);
    return experiment;
  }

  /** Adds a region whose box per image comes from a manifest column (e.g. {@code region:laterality}). */
  public static Region addColumnRegion(Experiment experiment, String name, String column, String description) {
    Region region = F.createRegion();
    region.setName(name);
    region.setColumn(column);
    region.setDescription(description);
    experiment.getRegions().add(region);
    return region;
  }

  /** Adds a fixed region (pixels of the original image) and returns it. */
  public static Region addRegion(Experiment experiment, String name, double x, double y, double width,
      double height) {
    Region region = F.createRegion();
    region.setName(name);
    region.setX(x);
    region.setY(y);
    region.setWidth(width);
    region.setHeight(height);
    experiment.getRegions().add(region);
    return region;
  }

  /**
   * Adds the standard interventions that are not there yet (matched by kind): ORIGINAL always, and if the
   * experiment has regions MASK_REGIONS, REGION_ONLY and RANDOM_BOX over all of its regions. Existing
   * interventions of those kinds get any region they lack. Returns the experiment.
   */
  public static Experiment addDefaultInterventions(Experiment experiment) {
    ensure(experiment, InterventionKind.ORIGINAL, "original", false);
    if (!experiment.getRegions().isEmpty()) {
      ensure(experiment, InterventionKind.MASK_REGIONS, "mask-regions", true);
      ensure(experiment, InterventionKind.REGION_ONLY, "region-only", true);
      ensure(experiment, InterventionKind.RANDOM_BOX, "random-box", true);
    }
    return experiment;
  }

  private static void ensure(Experiment experiment, InterventionKind kind, String name, boolean withRegions) {
    Intervention intervention = null;
    for (Intervention candidate : experiment.getInterventions()) {
      if (candidate.getKind() == kind) {
        intervention = candidate;
        break;
      }
    }
    if (intervention == null) {
      intervention = F.createIntervention();
      intervention.setName(uniqueName(experiment, name));
      intervention.setKind(kind);
      intervention.setFill(FillMode.BLACK);
      experiment.getInterventions().add(intervention);
    }
    if (withRegions) {
      for (Region region : experiment.getRegions()) {
        if (!intervention.getRegions().contains(region)) {
          intervention.getRegions().add(region);
        }
      }
    }
  }

  private static String uniqueName(Experiment experiment, String base) {
    String name = base;
    for (int i = 2; taken(experiment, name); i++) {
      name = base + "-" + i;
    }
    return name;
  }

  private static boolean taken(Experiment experiment, String name) {
    for (Intervention intervention : experiment.getInterventions()) {
      if (name.equals(intervention.getName())) {
        return true;
      }
    }
    return false;
  }
}

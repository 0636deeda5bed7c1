package org.confounderlab.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentFactory;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.resource.ConfounderLabResources;
import org.confounderlab.model.templates.ExperimentTemplates;
import org.confounderlab.model.validation.ExperimentValidation;
import org.confounderlab.model.validation.ExperimentValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

class ExperimentValidationTest {

  private static final ExperimentFactory F = ExperimentFactory.eINSTANCE;

  @Test
  void defaultTemplateIsValid() {
    Experiment e = ExperimentTemplates.newDefault("baseline");
    Diagnostic d = ExperimentValidation.validate(e);
    assertEquals(Diagnostic.OK, d.getSeverity(), ExperimentValidation.format(d));
    assertEquals(1, e.getInterventions().size());
    assertEquals(InterventionKind.ORIGINAL, e.getInterventions().get(0).getKind());
  }

  @Test
  void templateWithRegionsGetsAllStandardInterventionsAndIsValid() {
    Experiment e = ExperimentTemplates.newDefault("with-regions");
    Region marker = ExperimentTemplates.addRegion(e, "marker", 0, 0, 50, 40);
    ExperimentTemplates.addDefaultInterventions(e);
    ExperimentTemplates.addDefaultInterventions(e); // idempotent
    assertEquals(List.of(InterventionKind.ORIGINAL, InterventionKind.MASK_REGIONS, InterventionKind.REGION_ONLY,
        InterventionKind.RANDOM_BOX), e.getInterventions().stream().map(Intervention::getKind).toList());
    assertEquals(List.of(marker), e.getInterventions().get(1).getRegions());
    Diagnostic d = ExperimentValidation.validate(e);
    assertEquals(Diagnostic.OK, d.getSeverity(), ExperimentValidation.format(d));
  }

  @Test
  void fullTestModelIsValid() {
    Diagnostic d = ExperimentValidation.validate(TestModels.fullExperiment());
    assertTrue(ExperimentValidation.isValid(d), ExperimentValidation.format(d));
  }

  @Test
  void nearDuplicateSettingsOutOfRange() {
    expectError(e -> e.getSplit().setNearDuplicateDistance(16), ExperimentValidator.NEAR_DUPLICATE_DISTANCE_INVALID,
        "near-duplicate distance 16 bits");
    expectError(e -> e.getSplit().setNearDuplicateCosine(0.5), ExperimentValidator.NEAR_DUPLICATE_COSINE_INVALID,
        "near-duplicate feature cosine 0.5; it must be 0.8 to below 1, or 0");
    expectError(e -> e.getSplit().setNearDuplicateCosine(1.0), ExperimentValidator.NEAR_DUPLICATE_COSINE_INVALID,
        "feature cosine 1.0");
  }

  @Test
  void emptyExperimentName() {
    expectError(e -> e.setName("  "), ExperimentValidator.EMPTY_EXPERIMENT_NAME, "empty name");
  }

  @Test
  void noLabels() {
    expectError(e -> e.getDataset().getLabelNames().clear(), ExperimentValidator.NO_LABELS,
        "experiment 'exp' defines no labels");
  }

  @Test
  void duplicateLabel() {
    expectError(e -> e.getDataset().getLabelNames().addAll(List.of("Edema", "Edema")),
        ExperimentValidator.DUPLICATE_LABEL_NAME, "label 'Edema' more than once");
  }

  @Test
  void emptyDatasetLocation() {
    expectError(e -> e.getDataset().setLocation(""), ExperimentValidator.EMPTY_DATASET_LOCATION,
        "dataset of experiment 'exp' has an empty location");
  }

  @Test
  void missingDataset() {
    expectError(e -> e.setDataset(null), ExperimentValidator.MISSING_DATASET, "Experiment 'exp' has no dataset");
  }

  @Test
  void unknownLabelInIntervention() {
    expectError(e -> e.getInterventions().get(0).getLabels().add("Pneumothorax"), ExperimentValidator.UNKNOWN_LABEL,
        "Intervention 'original' references unknown label 'Pneumothorax'");
  }

  @Test
  void unknownLabelInDiagnostics() {
    expectError(e -> e.getDiagnostics().getLabels().add("Fracture"), ExperimentValidator.UNKNOWN_LABEL,
        "unknown label 'Fracture'");
  }

  @Test
  void fractionsNotSummingToOne() {
    expectError(e -> e.getSplit().setTrainFraction(0.8), ExperimentValidator.FRACTIONS_SUM, "sum to 1.1");
  }

  @Test
  void fractionsSummingToOneWithinTolerance() {
    Experiment e = ExperimentTemplates.newDefault("exp");
    e.getSplit().setTrainFraction(0.7 + 5e-7);
    assertEquals(Diagnostic.OK, ExperimentValidation.validate(e).getSeverity());
  }

  @Test
  void fractionOutOfRange() {
    expectError(e -> {
      e.getSplit().setTrainFraction(1.2);
      e.getSplit().setValidationFraction(-0.2);
      e.getSplit().setTestFraction(0.0);
    }, ExperimentValidator.FRACTION_OUT_OF_RANGE, "train fraction 1.2, outside [0, 1]");
  }

  @Test
  void regionNotDefinedInExperiment() {
    expectError(e -> {
      Region foreign = F.createRegion();
      foreign.setName("elsewhere");
      foreign.setWidth(10);
      foreign.setHeight(10);
      Experiment other = ExperimentTemplates.newDefault("other");
      other.getRegions().add(foreign);
      Intervention mask = F.createIntervention();
      mask.setName("mask");
      mask.setKind(InterventionKind.MASK_REGIONS);
      mask.getRegions().add(foreign);
      e.getInterventions().add(mask);
    }, ExperimentValidator.UNDEFINED_REGION,
        "Intervention 'mask' references region 'elsewhere' that is not defined in experiment 'exp'");
  }

  @Test
  void trainTimeMaskingRegionNotDefined() {
    expectError(e -> {
      Experiment other = ExperimentTemplates.newDefault("other");
      e.getTraining().getTrainTimeMasking().add(ExperimentTemplates.addRegion(other, "tag", 0, 0, 5, 5));
    }, ExperimentValidator.UNDEFINED_REGION, "references region 'tag' that is not defined in experiment 'exp'");
  }

  @Test
  void attributeNotDefined() {
    expectError(e -> {
      Experiment other = ExperimentTemplates.newDefault("other");
      ConfounderAttribute a = F.createConfounderAttribute();
      a.setName("scanner");
      other.getAttributes().add(a);
      e.getDiagnostics().getSubgroupAttributes().add(a);
    }, ExperimentValidator.UNDEFINED_ATTRIBUTE, "confounder attribute 'scanner' that is not defined");
  }

  @Test
  void regionWithNonPositiveSize() {
    expectError(e -> ExperimentTemplates.addRegion(e, "flat", 1, 1, 0, 10), ExperimentValidator.REGION_NOT_POSITIVE,
        "Region 'flat' has a non-positive width 0.0");
    expectError(e -> ExperimentTemplates.addRegion(e, "neg", 1, 1, 10, -3), ExperimentValidator.REGION_NOT_POSITIVE,
        "Region 'neg' has a non-positive height -3.0");
  }

  @Test
  void perImageRegionNeedsNoFixedSize() {
    Experiment e = ExperimentTemplates.newDefault("exp");
    Region r = ExperimentTemplates.addRegion(e, "lungs", 0, 0, 0, 0);
    r.setColumn("region:lungs");
    assertEquals(Diagnostic.OK, ExperimentValidation.validate(e).getSeverity());
  }

  @Test
  void batchSize() {
    expectError(e -> e.getTraining().setBatchSize(0), ExperimentValidator.BATCH_SIZE_NOT_POSITIVE, "batch size 0");
  }

  @Test
  void epochs() {
    expectError(e -> e.getTraining().setEpochs(-1), ExperimentValidator.EPOCHS_NEGATIVE, "epochs -1");
  }

  @Test
  void freezeEpochs() {
    expectError(e -> e.getTraining().setFreezeEpochs(e.getTraining().getEpochs() + 1),
        ExperimentValidator.FREEZE_EPOCHS_INVALID, "it must be between 0 and the epochs");
    expectError(e -> e.getTraining().setFreezeEpochs(-1), ExperimentValidator.FREEZE_EPOCHS_INVALID, "-1");
  }

  @Test
  void customNormalisation() {
    expectError(e -> {
      e.getModel().setNormalisation(org.confounderlab.model.experiment.InputNormalisation.CUSTOM);
      e.getModel().getNormalisationMean().add(0.5);
    }, ExperimentValidator.NORMALISATION_INVALID, "1 means and 0 standard deviations");
    expectError(e -> {
      e.getModel().setNormalisation(org.confounderlab.model.experiment.InputNormalisation.CUSTOM);
      e.getModel().getNormalisationMean().add(0.5);
      e.getModel().getNormalisationStd().add(0.0);
    }, ExperimentValidator.NORMALISATION_INVALID, "std of 0.0");
  }

  @Test
  void learningRate() {
    expectError(e -> e.getTraining().setLearningRate(0), ExperimentValidator.LEARNING_RATE_NOT_POSITIVE,
        "learning rate 0.0");
    expectError(e -> e.getTraining().setLearningRate(Double.NaN), ExperimentValidator.LEARNING_RATE_NOT_POSITIVE,
        "learning rate NaN");
  }

  @Test
  void inputSize() {
    expectError(e -> e.getModel().setInputSize(0), ExperimentValidator.INPUT_SIZE_NOT_POSITIVE, "input size 0");
  }

  @Test
  void channels() {
    expectError(e -> e.getModel().setChannels(2), ExperimentValidator.CHANNELS_INVALID, "has 2 channels");
  }

  @Test
  void duplicateAttributeNames() {
    expectError(e -> {
      for (int i = 0; i < 2; i++) {
        ConfounderAttribute a = F.createConfounderAttribute();
        a.setName("sex");
        e.getAttributes().add(a);
      }
    }, ExperimentValidator.DUPLICATE_ATTRIBUTE_NAME, "more than one confounder attribute named 'sex'");
  }

  @Test
  void duplicateRegionNames() {
    expectError(e -> {
      ExperimentTemplates.addRegion(e, "marker", 0, 0, 5, 5);
      ExperimentTemplates.addRegion(e, "marker", 10, 10, 5, 5);
    }, ExperimentValidator.DUPLICATE_REGION_NAME, "more than one region named 'marker'");
  }

  @Test
  void alpha() {
    expectError(e -> e.getDiagnostics().setAlpha(1.0), ExperimentValidator.ALPHA_OUT_OF_RANGE,
        "alpha 1.0, outside (0, 1)");
    expectError(e -> e.getDiagnostics().setAlpha(0.0), ExperimentValidator.ALPHA_OUT_OF_RANGE,
        "alpha 0.0, outside (0, 1)");
  }

  @Test
  void bootstrapResamples() {
    expectError(e -> e.getDiagnostics().setBootstrapResamples(-5), ExperimentValidator.BOOTSTRAP_NEGATIVE,
        "-5 bootstrap resamples");
  }

  @Test
  void fewBootstrapResamplesIsOnlyAWarning() {
    Experiment e = ExperimentTemplates.newDefault("exp");
    e.getDiagnostics().setBootstrapResamples(50);
    Diagnostic d = ExperimentValidation.validate(e);
    assertEquals(Diagnostic.WARNING, d.getSeverity());
    assertTrue(ExperimentValidation.isValid(d));
    Diagnostic w = find(d, ExperimentValidator.BOOTSTRAP_FEW);
    assertTrue(w.getMessage().contains("only 50 bootstrap resamples"), w.getMessage());
  }

  @Test
  void cudaDeviceIndex() {
    expectError(e -> {
      e.getBackend().setKind(BackendKind.CUDA);
      e.getBackend().setDeviceIndex(-1);
    }, ExperimentValidator.DEVICE_INDEX_NEGATIVE, "CUDA device index -1");
  }

  @Test
  void anOnnxModelIsValidAndEveryTrainingOnlySettingIsRefusedByName() {
    Experiment ok = TestModels.onnxExperiment();
    assertTrue(ExperimentValidation.isValid(ExperimentValidation.validate(ok)),
        ExperimentValidation.format(ExperimentValidation.validate(ok)));
    Consumer<Experiment> onnx = e -> {
      e.getModel().setArchitecture(org.confounderlab.model.experiment.Architecture.ONNX);
      e.getModel().setOnnxFile("model.onnx");
    };
    expectError(e -> e.getModel().setArchitecture(org.confounderlab.model.experiment.Architecture.ONNX),
        ExperimentValidator.ONNX_INVALID, "names no ONNX file");
    expectError(onnx.andThen(e -> e.getModel().setWeightsFile("w.safetensors")), ExperimentValidator.ONNX_INVALID,
        "remove the weights file 'w.safetensors'");
    expectError(onnx.andThen(e -> e.getDiagnostics().setMaskedRetrain(true)), ExperimentValidator.ONNX_INVALID,
        "the masked retrain (which trains a second model on covered images) cannot run");
    expectError(onnx.andThen(e -> e.getDiagnostics().setAttributeImageModels(true)),
        ExperimentValidator.ONNX_INVALID, "the attribute image models");
    expectError(onnx.andThen(e -> e.getTraining().setFreezeEpochs(1)), ExperimentValidator.ONNX_INVALID,
        "frozen epochs");
    expectError(onnx.andThen(e -> e.getTraining().setDistillation(F.createDistillationSpec())),
        ExperimentValidator.ONNX_INVALID, "cannot be distilled");
    expectError(onnx.andThen(e -> e.getModel().getOutputLabels().add("Atelectasis")),
        ExperimentValidator.ONNX_INVALID, "do not include the label");
  }

  @Test
  void groupBalancedNeedsAttribute() {
    expectError(e -> e.getTraining().setRebalancing(org.confounderlab.model.experiment.Rebalancing.GROUP_BALANCED),
        ExperimentValidator.REBALANCE_ATTRIBUTE_MISSING, "GROUP_BALANCED");
  }

  @Test
  void distillationChoicesAreChecked() {
    expectError(e -> {
      var d = F.createDistillationSpec();
      d.setTeacherFraction(1.5);
      e.getTraining().setDistillation(d);
    }, ExperimentValidator.DISTILLATION_INVALID, "share 1.5 of the training images");
    expectError(e -> {
      var d = F.createDistillationSpec();
      d.setTeacherData(org.confounderlab.model.experiment.TeacherData.CLEAN_SUBSET);
      e.getTraining().setDistillation(d);
    }, ExperimentValidator.DISTILLATION_INVALID, "names no attribute");
    expectError(e -> {
      var d = F.createDistillationSpec();
      d.setTeacherData(org.confounderlab.model.experiment.TeacherData.CLEAN_SUBSET);
      var attribute = F.createConfounderAttribute();
      attribute.setName("site");
      e.getAttributes().add(attribute);
      d.setAttribute(attribute);
      e.getTraining().setDistillation(d);
    }, ExperimentValidator.DISTILLATION_INVALID, "names no clean value");
    expectError(e -> {
      var d = F.createDistillationSpec();
      var layer = F.createDistilledLayer();
      layer.setLayer("layer4");
      layer.setWeight(-1);
      d.getLayers().add(layer);
      e.getTraining().setDistillation(d);
    }, ExperimentValidator.DISTILLATION_INVALID, "weighs layer layer4 by -1.0");
    expectError(e -> {
      var d = F.createDistillationSpec();
      d.setFinalLayerWeight(Double.NaN);
      e.getTraining().setDistillation(d);
    }, ExperimentValidator.DISTILLATION_INVALID, "finalLayerWeight NaN");
    expectError(e -> {
      e.getInterventions().removeIf(i -> i.getKind() == InterventionKind.MASK_REGIONS);
      e.getTraining().setDistillation(F.createDistillationSpec());
    }, ExperimentValidator.DISTILLATION_INVALID, "no intervention masks regions");
  }

  @Test
  void maskWithoutRegions() {
    expectError(e -> {
      Intervention i = F.createIntervention();
      i.setName("mask-nothing");
      i.setKind(InterventionKind.MASK_REGIONS);
      e.getInterventions().add(i);
    }, ExperimentValidator.INTERVENTION_WITHOUT_REGIONS, "Intervention 'mask-nothing' of kind MASK_REGIONS");
  }

  @Test
  void globalRegistrationMakesDiagnosticianInstanceUseTheRules() {
    ConfounderLabResources.registerGlobally();
    assertSame(ExperimentValidator.INSTANCE, EValidator.Registry.INSTANCE.getEValidator(ExperimentPackage.eINSTANCE));
    Experiment e = ExperimentTemplates.newDefault("exp");
    e.getTraining().setBatchSize(-3);
    Diagnostic d = Diagnostician.INSTANCE.validate(e);
    assertEquals(Diagnostic.ERROR, d.getSeverity());
    assertTrue(find(d, ExperimentValidator.BATCH_SIZE_NOT_POSITIVE).getMessage().contains("batch size -3"));
  }

  @Test
  void runWithInvalidSnapshotIsReported() {
    var run = TestModels.fullRun();
    run.getExperiment().getModel().setChannels(4);
    Diagnostic d = ExperimentValidation.validate(run);
    assertEquals(Diagnostic.ERROR, d.getSeverity());
    assertTrue(find(d, ExperimentValidator.CHANNELS_INVALID).getMessage().contains("4 channels"));
  }

  // --- helpers -----------------------------------------------------------------------------------------------

  private static void expectError(Consumer<Experiment> breakIt, int code, String messagePart) {
    Experiment e = ExperimentTemplates.newDefault("exp");
    breakIt.accept(e);
    Diagnostic d = ExperimentValidation.validate(e);
    assertEquals(Diagnostic.ERROR, d.getSeverity(), ExperimentValidation.format(d));
    Diagnostic hit = find(d, code);
    assertEquals(ExperimentValidator.DIAGNOSTIC_SOURCE, hit.getSource());
    assertEquals(Diagnostic.ERROR, hit.getSeverity());
    assertTrue(hit.getMessage().contains(messagePart),
        "expected '" + messagePart + "' in: " + hit.getMessage() + "\nall:\n" + ExperimentValidation.format(d));
    assertFalse(hit.getData().isEmpty(), "diagnostic names the offending object");
    assertTrue(hit.getData().get(0) instanceof org.eclipse.emf.ecore.EObject);
  }

  private static Diagnostic find(Diagnostic d, int code) {
    List<Diagnostic> all = new ArrayList<>();
    collect(d, all);
    for (Diagnostic x : all) {
      if (ExperimentValidator.DIAGNOSTIC_SOURCE.equals(x.getSource()) && x.getCode() == code) {
        return x;
      }
    }
    throw new AssertionError("no diagnostic with code " + code + " in:\n" + ExperimentValidation.format(d));
  }

  private static void collect(Diagnostic d, List<Diagnostic> out) {
    out.add(d);
    for (Diagnostic c : d.getChildren()) {
      collect(c, out);
    }
  }
}

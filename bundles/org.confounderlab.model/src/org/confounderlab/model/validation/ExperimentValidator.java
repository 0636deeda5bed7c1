package org.confounderlab.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.BackendSpec;
import org.confounderlab.model.experiment.ConfounderAttribute;
import org.confounderlab.model.experiment.DatasetReference;
import org.confounderlab.model.experiment.DiagnosticsSpec;
import org.confounderlab.model.experiment.DistillationSpec;
import org.confounderlab.model.experiment.DistilledLayer;
import org.confounderlab.model.experiment.Experiment;
import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.Intervention;
import org.confounderlab.model.experiment.InterventionKind;
import org.confounderlab.model.experiment.ModelSpec;
import org.confounderlab.model.experiment.Rebalancing;
import org.confounderlab.model.experiment.Region;
import org.confounderlab.model.experiment.SplitSpec;
import org.confounderlab.model.experiment.TrainingSpec;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Hand-written {@link EValidator} for the experiment package: EMF's default constraints plus the Confounder
 * Lab rules. Each diagnostic has source {@link #DIAGNOSTIC_SOURCE}, one of the codes below, and the offending
 * object (then the feature, then the value, where there is one) as data.
 *
 * <p>Register it with {@link #register()} (done by {@code ConfounderLabResources}); or use
 * {@link ExperimentValidation#validate(Experiment)}, which needs no registration.</p>
 */
public class ExperimentValidator extends EObjectValidator {

  /** Source of all diagnostics of this validator. */
  public static final String DIAGNOSTIC_SOURCE = "org.confounderlab.model";

  /** The shared instance. */
  public static final ExperimentValidator INSTANCE = new ExperimentValidator();

  public static final int EMPTY_EXPERIMENT_NAME = 1;
  public static final int MISSING_DATASET = 2;
  public static final int EMPTY_DATASET_LOCATION = 3;
  public static final int NO_LABELS = 4;
  public static final int EMPTY_LABEL_NAME = 5;
  public static final int DUPLICATE_LABEL_NAME = 6;
  public static final int UNKNOWN_LABEL = 7;
  public static final int EMPTY_NAME = 8;
  public static final int DUPLICATE_ATTRIBUTE_NAME = 9;
  public static final int DUPLICATE_REGION_NAME = 10;
  public static final int DUPLICATE_INTERVENTION_NAME = 11;
  public static final int REGION_NOT_POSITIVE = 12;
  public static final int UNDEFINED_REGION = 13;
  public static final int UNDEFINED_ATTRIBUTE = 14;
  public static final int FRACTION_OUT_OF_RANGE = 15;
  public static final int FRACTIONS_SUM = 16;
  public static final int INPUT_SIZE_NOT_POSITIVE = 17;
  public static final int CHANNELS_INVALID = 18;
  public static final int BATCH_SIZE_NOT_POSITIVE = 19;
  public static final int EPOCHS_NEGATIVE = 20;
  public static final int LEARNING_RATE_NOT_POSITIVE = 21;
  public static final int WEIGHT_DECAY_NEGATIVE = 22;
  public static final int PATIENCE_NEGATIVE = 23;
  public static final int REBALANCE_ATTRIBUTE_MISSING = 24;
  public static final int INTERVENTION_WITHOUT_REGIONS = 25;
  public static final int ALPHA_OUT_OF_RANGE = 26;
  public static final int BOOTSTRAP_NEGATIVE = 27;
  public static final int BOOTSTRAP_FEW = 28;
  public static final int WORST_CASES_NEGATIVE = 29;
  public static final int DEVICE_INDEX_NEGATIVE = 30;
  public static final int DISTILLATION_INVALID = 31;
  public static final int NORMALISATION_INVALID = 32;
  public static final int FREEZE_EPOCHS_INVALID = 33;
  public static final int ONNX_INVALID = 34;
  public static final int NEAR_DUPLICATE_DISTANCE_INVALID = 35;
  public static final int NEAR_DUPLICATE_COSINE_INVALID = 36;
  public static final int LAST_LAYER_RETRAINING_INVALID = 37;
  public static final int JUST_TRAIN_TWICE_INVALID = 38;
  public static final int GROUP_DRO_INVALID = 39;
  public static final int STUDY_SEEDS_INVALID = 40;

  /** Tolerance for the sum of the split fractions. */
  public static final double FRACTION_SUM_TOLERANCE = 1e-6;

  /** Below this many bootstrap resamples a WARNING is given (confidence intervals get unstable). */
  public static final int MIN_RECOMMENDED_BOOTSTRAP = 200;

  private static final ExperimentPackage P = ExperimentPackage.eINSTANCE;

  /** Registers {@link #INSTANCE} in {@link EValidator.Registry#INSTANCE} for the experiment package. */
  public static void register() {
    register(EValidator.Registry.INSTANCE);
  }

  /** Registers {@link #INSTANCE} in {@code registry} for the experiment package. */
  public static void register(EValidator.Registry registry) {
    registry.put(ExperimentPackage.eINSTANCE, INSTANCE);
  }

  @Override
  protected EPackage getEPackage() {
    return ExperimentPackage.eINSTANCE;
  }

  @Override
  public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
    boolean result = validate_EveryDefaultConstraint(eObject, diagnostics, context);
    if (result || diagnostics != null) {
      result &= validateConfounderLabRules(eObject, diagnostics);
    }
    return result;
  }

  /** Checks the Confounder Lab rules of one object (not its children). */
  protected boolean validateConfounderLabRules(EObject eObject, DiagnosticChain diagnostics) {
    Checker c = new Checker(diagnostics);
    if (eObject instanceof Experiment e) {
      checkExperiment(e, c);
    } else if (eObject instanceof DatasetReference d) {
      checkDataset(d, c);
    } else if (eObject instanceof ConfounderAttribute a) {
      c.nameNotEmpty(a, P.getConfounderAttribute_Name(), "Confounder attribute");
    } else if (eObject instanceof Region r) {
      checkRegion(r, c);
    } else if (eObject instanceof SplitSpec s) {
      checkSplit(s, c);
    } else if (eObject instanceof ModelSpec m) {
      checkModel(m, c);
    } else if (eObject instanceof TrainingSpec t) {
      checkTraining(t, c);
    } else if (eObject instanceof Intervention i) {
      checkIntervention(i, c);
    } else if (eObject instanceof DiagnosticsSpec d) {
      checkDiagnostics(d, c);
    } else if (eObject instanceof BackendSpec b) {
      checkBackend(b, c);
    } else if (eObject instanceof DistillationSpec d) {
      checkDistillation(d, c);
    } else if (eObject instanceof org.confounderlab.model.experiment.LastLayerRetrainingSpec r) {
      checkLastLayerRetraining(r, c);
    } else if (eObject instanceof org.confounderlab.model.experiment.JustTrainTwiceSpec j) {
      checkJustTrainTwice(j, c);
    } else if (eObject instanceof org.confounderlab.model.experiment.GroupDroSpec g) {
      checkGroupDro(g, c);
    }
    return c.ok;
  }

  private void checkExperiment(Experiment e, Checker c) {
    if (isBlank(e.getName())) {
      c.error(EMPTY_EXPERIMENT_NAME, "The experiment has an empty name", e, P.getExperiment_Name(), e.getName());
    }
    if (e.getDataset() == null) {
      c.error(MISSING_DATASET, "Experiment " + q(e.getName()) + " has no dataset", e, P.getExperiment_Dataset(), null);
    }
    duplicates(c, e, P.getExperiment_Attributes(), DUPLICATE_ATTRIBUTE_NAME, "confounder attribute",
        names(e.getAttributes(), ConfounderAttribute::getName));
    duplicates(c, e, P.getExperiment_Regions(), DUPLICATE_REGION_NAME, "region",
        names(e.getRegions(), Region::getName));
    duplicates(c, e, P.getExperiment_Interventions(), DUPLICATE_INTERVENTION_NAME, "intervention",
        names(e.getInterventions(), Intervention::getName));
  }

  private void checkDataset(DatasetReference d, Checker c) {
    String owner = "The dataset of " + experimentLabel(d);
    if (isBlank(d.getLocation())) {
      c.error(EMPTY_DATASET_LOCATION, owner + " has an empty location", d, P.getDatasetReference_Location(),
          d.getLocation());
    }
    if (d.getLabelNames().isEmpty()) {
      c.error(NO_LABELS, owner + " defines no labels (labelNames is empty)", d, P.getDatasetReference_LabelNames(),
          null);
    }
    for (int i = 0; i < d.getLabelNames().size(); i++) {
      if (isBlank(d.getLabelNames().get(i))) {
        c.error(EMPTY_LABEL_NAME, owner + " has an empty label name at position " + (i + 1), d,
            P.getDatasetReference_LabelNames(), d.getLabelNames().get(i));
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    Set<String> reported = new LinkedHashSet<>();
    for (String label : d.getLabelNames()) {
      if (!isBlank(label) && !seen.add(label) && reported.add(label)) {
        c.error(DUPLICATE_LABEL_NAME, owner + " defines the label " + q(label) + " more than once", d,
            P.getDatasetReference_LabelNames(), label);
      }
    }
  }

  private void checkRegion(Region r, Checker c) {
    c.nameNotEmpty(r, P.getRegion_Name(), "Region");
    boolean perImage = !isBlank(r.getColumn());
    if (!perImage && !(r.getWidth() > 0)) {
      c.error(REGION_NOT_POSITIVE, "Region " + q(r.getName()) + " has a non-positive width " + r.getWidth(), r,
          P.getRegion_Width(), r.getWidth());
    }
    if (!perImage && !(r.getHeight() > 0)) {
      c.error(REGION_NOT_POSITIVE, "Region " + q(r.getName()) + " has a non-positive height " + r.getHeight(), r,
          P.getRegion_Height(), r.getHeight());
    }
  }

  private void checkSplit(SplitSpec s, Checker c) {
    String owner = "The split of " + experimentLabel(s);
    double[] values = { s.getTrainFraction(), s.getValidationFraction(), s.getTestFraction() };
    EStructuralFeature[] features = { P.getSplitSpec_TrainFraction(), P.getSplitSpec_ValidationFraction(),
        P.getSplitSpec_TestFraction() };
    String[] names = { "train", "validation", "test" };
    for (int i = 0; i < 3; i++) {
      if (!(values[i] >= 0.0 && values[i] <= 1.0)) {
        c.error(FRACTION_OUT_OF_RANGE, owner + " has " + names[i] + " fraction " + values[i]
            + ", outside [0, 1]", s, features[i], values[i]);
      }
    }
    double sum = values[0] + values[1] + values[2];
    if (!(Math.abs(sum - 1.0) <= FRACTION_SUM_TOLERANCE)) {
      c.error(FRACTIONS_SUM, owner + ": fractions train " + values[0] + " + validation " + values[1] + " + test "
          + values[2] + " sum to " + sum + ", not 1", s, P.getSplitSpec_TrainFraction(), sum);
    }
    if (s.getNearDuplicateDistance() < 0 || s.getNearDuplicateDistance() > 15) {
      c.error(NEAR_DUPLICATE_DISTANCE_INVALID, owner + " has near-duplicate distance " + s.getNearDuplicateDistance()
          + " bits; it must be 0 to 15 (of a 64-bit perceptual hash)", s, P.getSplitSpec_NearDuplicateDistance(),
          s.getNearDuplicateDistance());
    }
    double cosine = s.getNearDuplicateCosine();
    if (cosine != 0 && !(cosine >= 0.8 && cosine < 1)) {
      c.error(NEAR_DUPLICATE_COSINE_INVALID, owner + " has near-duplicate feature cosine " + cosine
          + "; it must be 0.8 to below 1, or 0 to leave the feature check out", s,
          P.getSplitSpec_NearDuplicateCosine(), cosine);
    }
  }

  private void checkModel(ModelSpec m, Checker c) {
    String owner = "The model of " + experimentLabel(m);
    if (m.getInputSize() <= 0) {
      c.error(INPUT_SIZE_NOT_POSITIVE, owner + " has input size " + m.getInputSize() + "; it must be positive", m,
          P.getModelSpec_InputSize(), m.getInputSize());
    }
    if (m.getChannels() != 1 && m.getChannels() != 3) {
      c.error(CHANNELS_INVALID, owner + " has " + m.getChannels() + " channels; only 1 or 3 are supported", m,
          P.getModelSpec_Channels(), m.getChannels());
    }
    checkNormalisation(m, c, owner);
    checkOnnx(m, c, owner);
  }

  /**
   * An ONNX model is audited as it is: it needs its file, and every setting that only means something while training
   * is refused, naming it (a setting left at its default is fine). Its output columns must cover the labels.
   */
  private void checkOnnx(ModelSpec m, Checker c, String owner) {
    if (m.getArchitecture() != org.confounderlab.model.experiment.Architecture.ONNX) {
      if (!isBlank(m.getOnnxFile())) {
        c.warning(ONNX_INVALID, owner + " names the ONNX file " + q(m.getOnnxFile()) + ", which only architecture "
            + "ONNX uses (it is " + m.getArchitecture() + ")", m, P.getModelSpec_OnnxFile(), m.getOnnxFile());
      }
      return;
    }
    if (isBlank(m.getOnnxFile())) {
      c.error(ONNX_INVALID, owner + " is an ONNX model but names no ONNX file (onnxFile, a path relative to the "
          + "experiment)", m, P.getModelSpec_OnnxFile(), m.getOnnxFile());
    }
    if (!isBlank(m.getWeightsFile())) {
      c.error(ONNX_INVALID, owner + " is an ONNX model, which carries its own weights; remove the weights file "
          + q(m.getWeightsFile()), m, P.getModelSpec_WeightsFile(), m.getWeightsFile());
    }
    Experiment experiment = experimentOf(m);
    if (experiment == null) {
      return;
    }
    List<String> labels = experiment.getDataset() == null ? List.of()
        : List.copyOf(experiment.getDataset().getLabelNames());
    List<String> columns = m.getOutputLabels();
    if (!columns.isEmpty()) {
      for (String label : labels) {
        if (!columns.contains(label)) {
          c.error(ONNX_INVALID, owner + ": the output labels " + columns + " do not include the label " + q(label)
              + "; list the label of every output column, in the model's order", m, P.getModelSpec_OutputLabels(),
              columns);
          break;
        }
      }
      if (new java.util.HashSet<>(columns).size() != columns.size()) {
        c.error(ONNX_INVALID, owner + ": the output labels " + columns + " name a label twice", m,
            P.getModelSpec_OutputLabels(), columns);
      }
    }
    TrainingSpec t = experiment.getTraining();
    String audited = owner + " is an ONNX model, audited as it is without training, so ";
    if (t != null) {
      if (t.getDistillation() != null) {
        c.error(ONNX_INVALID, audited + "it cannot be distilled: remove the distillation", t,
            P.getTrainingSpec_Distillation(), t.getDistillation());
      }
      if (t.getRebalancing() != Rebalancing.NONE) {
        c.error(ONNX_INVALID, audited + "re-balancing (" + t.getRebalancing() + ") has nothing to act on: set it to "
            + "NONE", t, P.getTrainingSpec_Rebalancing(), t.getRebalancing());
      }
      if (!t.getTrainTimeMasking().isEmpty()) {
        c.error(ONNX_INVALID, audited + "train-time masking has nothing to act on: remove it", t,
            P.getTrainingSpec_TrainTimeMasking(), t.getTrainTimeMasking());
      }
      if (t.getFreezeEpochs() > 0) {
        c.error(ONNX_INVALID, audited + "frozen epochs have nothing to act on: set them to 0", t,
            P.getTrainingSpec_FreezeEpochs(), t.getFreezeEpochs());
      }
    }
    DiagnosticsSpec d = experiment.getDiagnostics();
    if (d != null && d.isMaskedRetrain()) {
      c.error(ONNX_INVALID, audited + "the masked retrain (which trains a second model on covered images) cannot "
          + "run: switch it off, or retrain in your own framework and audit that model too", d,
          P.getDiagnosticsSpec_MaskedRetrain(), true);
    }
    if (d != null && d.isAttributeImageModels()) {
      c.error(ONNX_INVALID, audited + "the attribute image models (networks trained to read each attribute) cannot "
          + "be trained: switch them off; the attribute probes on the model's own features still run", d,
          P.getDiagnosticsSpec_AttributeImageModels(), true);
    }
  }

  private void checkNormalisation(ModelSpec m, Checker c, String owner) {
    List<Double> mean = m.getNormalisationMean();
    List<Double> std = m.getNormalisationStd();
    if (m.getNormalisation() != org.confounderlab.model.experiment.InputNormalisation.CUSTOM) {
      if (!mean.isEmpty() || !std.isEmpty()) {
        c.warning(NORMALISATION_INVALID, owner + " gives a normalisation mean or std, which only CUSTOM "
            + "normalisation uses (it is " + m.getNormalisation() + ")", m, P.getModelSpec_Normalisation(),
            m.getNormalisation());
      }
      return;
    }
    if (mean.isEmpty() || mean.size() != std.size()) {
      c.error(NORMALISATION_INVALID, owner + " uses CUSTOM normalisation with " + mean.size() + " means and "
          + std.size() + " standard deviations; give as many of each, one or one per channel", m,
          P.getModelSpec_NormalisationMean(), mean);
      return;
    }
    if (mean.size() != 1 && mean.size() != m.getChannels()) {
      c.error(NORMALISATION_INVALID, owner + " has " + mean.size() + " normalisation means for "
          + m.getChannels() + " channels; give one, or one per channel", m, P.getModelSpec_NormalisationMean(),
          mean);
    }
    for (double s : std) {
      if (!(s > 0) || Double.isInfinite(s)) {
        c.error(NORMALISATION_INVALID, owner + " has a normalisation std of " + s + "; every std must be positive",
            m, P.getModelSpec_NormalisationStd(), std);
        break;
      }
    }
  }

  private void checkTraining(TrainingSpec t, Checker c) {
    String owner = "The training of " + experimentLabel(t);
    if (t.getEpochs() < 0) {
      c.error(EPOCHS_NEGATIVE, owner + " has epochs " + t.getEpochs()
          + "; it must not be negative (0 evaluates the initial weights without training)", t,
          P.getTrainingSpec_Epochs(), t.getEpochs());
    }
    if (t.getFreezeEpochs() < 0 || t.getFreezeEpochs() > Math.max(0, t.getEpochs())) {
      c.error(FREEZE_EPOCHS_INVALID, owner + " freezes the network for " + t.getFreezeEpochs() + " of "
          + t.getEpochs() + " epochs; it must be between 0 and the epochs", t, P.getTrainingSpec_FreezeEpochs(),
          t.getFreezeEpochs());
    } else if (t.getFreezeEpochs() > 0 && t.getDistillation() != null) {
      c.error(FREEZE_EPOCHS_INVALID, owner + " both freezes the network for " + t.getFreezeEpochs()
          + " epochs and distils into its layers; distillation needs the layers to learn", t,
          P.getTrainingSpec_FreezeEpochs(), t.getFreezeEpochs());
    }
    if (t.getBatchSize() <= 0) {
      c.error(BATCH_SIZE_NOT_POSITIVE, owner + " has batch size " + t.getBatchSize() + "; it must be positive", t,
          P.getTrainingSpec_BatchSize(), t.getBatchSize());
    }
    if (!(t.getLearningRate() > 0) || Double.isInfinite(t.getLearningRate())) {
      c.error(LEARNING_RATE_NOT_POSITIVE, owner + " has learning rate " + t.getLearningRate()
          + "; it must be positive", t, P.getTrainingSpec_LearningRate(), t.getLearningRate());
    }
    if (!(t.getWeightDecay() >= 0)) {
      c.error(WEIGHT_DECAY_NEGATIVE, owner + " has weight decay " + t.getWeightDecay() + "; it must not be negative",
          t, P.getTrainingSpec_WeightDecay(), t.getWeightDecay());
    }
    if (t.getEarlyStoppingPatience() < 0) {
      c.error(PATIENCE_NEGATIVE, owner + " has early stopping patience " + t.getEarlyStoppingPatience()
          + "; use 0 to switch early stopping off", t, P.getTrainingSpec_EarlyStoppingPatience(),
          t.getEarlyStoppingPatience());
    }
    Experiment experiment = experimentOf(t);
    for (Region region : t.getTrainTimeMasking()) {
      checkRegionDefined(c, t, P.getTrainingSpec_TrainTimeMasking(), region, experiment, owner);
    }
    ConfounderAttribute attribute = t.getRebalanceAttribute();
    if (attribute != null) {
      checkAttributeDefined(c, t, P.getTrainingSpec_RebalanceAttribute(), attribute, experiment, owner);
    } else if (t.getRebalancing() == Rebalancing.GROUP_BALANCED) {
      c.error(REBALANCE_ATTRIBUTE_MISSING, owner + " uses GROUP_BALANCED rebalancing but names no rebalance attribute",
          t, P.getTrainingSpec_RebalanceAttribute(), null);
    }
  }

  private void checkGroupDro(org.confounderlab.model.experiment.GroupDroSpec g, Checker c) {
    String owner = "Group DRO in " + experimentLabel(g);
    if (!(g.getStepSize() > 0) || Double.isInfinite(g.getStepSize())) {
      c.error(GROUP_DRO_INVALID, owner + " has step size " + g.getStepSize() + "; it must be a positive number", g,
          P.getGroupDroSpec_StepSize(), g.getStepSize());
    }
    if (g.eContainer() instanceof org.confounderlab.model.experiment.TrainingSpec t && t.getDistillation() != null) {
      c.error(GROUP_DRO_INVALID, owner + " weighs the label loss per example, which distillation's loss does not "
          + "take; choose one", g, P.getGroupDroSpec_StepSize(), g.getStepSize());
    }
  }

  private void checkJustTrainTwice(org.confounderlab.model.experiment.JustTrainTwiceSpec j, Checker c) {
    String owner = "Just train twice in " + experimentLabel(j);
    if (j.getIdentificationEpochs() < 1) {
      c.error(JUST_TRAIN_TWICE_INVALID, owner + " trains its identification model for " + j.getIdentificationEpochs()
          + " epochs; it needs at least 1", j, P.getJustTrainTwiceSpec_IdentificationEpochs(),
          j.getIdentificationEpochs());
    }
    if (!(j.getUpweight() >= 1) || Double.isInfinite(j.getUpweight())) {
      c.error(JUST_TRAIN_TWICE_INVALID, owner + " upweights its error set by " + j.getUpweight()
          + "; it must be a number of at least 1", j, P.getJustTrainTwiceSpec_Upweight(), j.getUpweight());
    }
    if (j.eContainer() instanceof org.confounderlab.model.experiment.TrainingSpec t
        && t.getRebalancing() != org.confounderlab.model.experiment.Rebalancing.NONE) {
      c.error(JUST_TRAIN_TWICE_INVALID, owner + " and re-balancing (" + t.getRebalancing() + ") both set the "
          + "sampling weights; choose one", j, P.getJustTrainTwiceSpec_Upweight(), j.getUpweight());
    }
  }

  private void checkLastLayerRetraining(org.confounderlab.model.experiment.LastLayerRetrainingSpec r, Checker c) {
    String owner = "The last-layer re-training of " + experimentLabel(r);
    if (r.getSubsets() < 1) {
      c.error(LAST_LAYER_RETRAINING_INVALID, owner + " fits " + r.getSubsets() + " subsets; it needs at least 1", r,
          P.getLastLayerRetrainingSpec_Subsets(), r.getSubsets());
    }
    if (!(r.getRegularisation() >= 0) || Double.isInfinite(r.getRegularisation())) {
      c.error(LAST_LAYER_RETRAINING_INVALID, owner + " has regularisation C " + r.getRegularisation()
          + "; it must be a positive number, or 0 to choose it on the validation images", r,
          P.getLastLayerRetrainingSpec_Regularisation(), r.getRegularisation());
    }
  }

  private void checkDistillation(DistillationSpec d, Checker c) {
    String owner = "The distillation of " + experimentLabel(d);
    if (!(d.getTeacherFraction() > 0 && d.getTeacherFraction() <= 1)) {
      c.error(DISTILLATION_INVALID, owner + " trains the teacher on a share " + d.getTeacherFraction()
          + " of the training images; it must be in (0, 1]", d, P.getDistillationSpec_TeacherFraction(),
          d.getTeacherFraction());
    }
    if (d.getTeacherEpochs() < 0) {
      c.error(DISTILLATION_INVALID, owner + " has teacher epochs " + d.getTeacherEpochs()
          + "; use 0 for as many steps as the student", d, P.getDistillationSpec_TeacherEpochs(), d.getTeacherEpochs());
    }
    for (var weight : List.of(P.getDistillationSpec_LayerWeight(), P.getDistillationSpec_FinalLayerWeight())) {
      double value = (Double) d.eGet(weight);
      if (!(value >= 0) || Double.isInfinite(value)) {
        c.error(DISTILLATION_INVALID, owner + " has " + weight.getName() + " " + value
            + "; it must be a number of at least 0", d, weight, value);
      }
    }
    for (DistilledLayer layer : d.getLayers()) {
      if (layer.getLayer() == null || layer.getLayer().isBlank()) {
        c.error(DISTILLATION_INVALID, owner + " lists a layer without a name", layer,
            P.getDistilledLayer_Layer(), layer.getLayer());
      }
      if (!(layer.getWeight() >= 0) || Double.isInfinite(layer.getWeight())) {
        c.error(DISTILLATION_INVALID, owner + " weighs layer " + layer.getLayer() + " by " + layer.getWeight()
            + "; it must be a number of at least 0", layer, P.getDistilledLayer_Weight(), layer.getWeight());
      }
    }
    Experiment experiment = experimentOf(d);
    if (d.getTeacherData() == org.confounderlab.model.experiment.TeacherData.MASKED_IMAGES && experiment != null
        && experiment.getInterventions().stream().noneMatch(i -> i.getKind() == InterventionKind.MASK_REGIONS
            && !i.getRegions().isEmpty())) {
      c.error(DISTILLATION_INVALID, owner + " trains the teacher on masked images, but no intervention masks "
          + "regions: add a masking intervention, or choose a balanced or clean subset", d,
          P.getDistillationSpec_TeacherData(), d.getTeacherData());
    }
    boolean needsAttribute = d.getTeacherData() != org.confounderlab.model.experiment.TeacherData.MASKED_IMAGES;
    if (d.getAttribute() != null) {
      checkAttributeDefined(c, d, P.getDistillationSpec_Attribute(), d.getAttribute(), experiment, owner);
    } else if (needsAttribute) {
      c.error(DISTILLATION_INVALID, owner + " chooses the teacher's images by " + d.getTeacherData()
          + " but names no attribute", d, P.getDistillationSpec_Attribute(), null);
    }
    if (d.getTeacherData() == org.confounderlab.model.experiment.TeacherData.CLEAN_SUBSET
        && (d.getCleanValue() == null || d.getCleanValue().isBlank())) {
      c.error(DISTILLATION_INVALID, owner + " trains the teacher on a clean subset but names no clean value", d,
          P.getDistillationSpec_CleanValue(), d.getCleanValue());
    }
  }

  private void checkIntervention(Intervention i, Checker c) {
    c.nameNotEmpty(i, P.getIntervention_Name(), "Intervention");
    String owner = "Intervention " + q(i.getName());
    Experiment experiment = experimentOf(i);
    for (Region region : i.getRegions()) {
      checkRegionDefined(c, i, P.getIntervention_Regions(), region, experiment, owner);
    }
    if ((i.getKind() == InterventionKind.MASK_REGIONS || i.getKind() == InterventionKind.REGION_ONLY)
        && i.getRegions().isEmpty()) {
      c.error(INTERVENTION_WITHOUT_REGIONS, owner + " of kind " + i.getKind() + " names no region", i,
          P.getIntervention_Regions(), null);
    }
    checkLabelsKnown(c, i, P.getIntervention_Labels(), i.getLabels(), experiment, owner);
  }

  private void checkDiagnostics(DiagnosticsSpec d, Checker c) {
    if (d.getStudySeeds() < 1) {
      c.error(STUDY_SEEDS_INVALID, "The diagnostics of " + experimentLabel(d) + " train every study arm with "
          + d.getStudySeeds() + " seeds; use 1 or more", d, P.getDiagnosticsSpec_StudySeeds(), d.getStudySeeds());
    }
    String owner = "The diagnostics of " + experimentLabel(d);
    if (!(d.getAlpha() > 0 && d.getAlpha() < 1)) {
      c.error(ALPHA_OUT_OF_RANGE, owner + " has alpha " + d.getAlpha() + ", outside (0, 1)", d,
          P.getDiagnosticsSpec_Alpha(), d.getAlpha());
    }
    if (d.getBootstrapResamples() < 0) {
      c.error(BOOTSTRAP_NEGATIVE, owner + " has " + d.getBootstrapResamples()
          + " bootstrap resamples; it must not be negative", d, P.getDiagnosticsSpec_BootstrapResamples(),
          d.getBootstrapResamples());
    } else if (d.getBootstrapResamples() > 0 && d.getBootstrapResamples() < MIN_RECOMMENDED_BOOTSTRAP) {
      c.warning(BOOTSTRAP_FEW, owner + " has only " + d.getBootstrapResamples()
          + " bootstrap resamples; confidence intervals will be unstable (at least " + MIN_RECOMMENDED_BOOTSTRAP
          + " recommended)", d, P.getDiagnosticsSpec_BootstrapResamples(), d.getBootstrapResamples());
    }
    if (d.getWorstCases() < 0) {
      c.error(WORST_CASES_NEGATIVE, owner + " has worst cases " + d.getWorstCases() + "; it must not be negative", d,
          P.getDiagnosticsSpec_WorstCases(), d.getWorstCases());
    }
    Experiment experiment = experimentOf(d);
    for (ConfounderAttribute attribute : d.getSubgroupAttributes()) {
      checkAttributeDefined(c, d, P.getDiagnosticsSpec_SubgroupAttributes(), attribute, experiment, owner);
    }
    checkLabelsKnown(c, d, P.getDiagnosticsSpec_Labels(), d.getLabels(), experiment, owner);
  }

  private void checkBackend(BackendSpec b, Checker c) {
    if (b.getKind() == BackendKind.CUDA && b.getDeviceIndex() < 0) {
      c.error(DEVICE_INDEX_NEGATIVE, "The backend of " + experimentLabel(b) + " has CUDA device index "
          + b.getDeviceIndex() + "; it must not be negative", b, P.getBackendSpec_DeviceIndex(), b.getDeviceIndex());
    }
  }

  private void checkRegionDefined(Checker c, EObject owner, EStructuralFeature feature, Region region,
      Experiment experiment, String ownerLabel) {
    if (region.eIsProxy()) {
      c.error(UNDEFINED_REGION, ownerLabel + " references a region that cannot be resolved: "
          + EcoreUtil.getURI(region), owner, feature, region);
    } else if (experiment != null && !experiment.getRegions().contains(region)) {
      c.error(UNDEFINED_REGION, ownerLabel + " references region " + q(region.getName())
          + " that is not defined in experiment " + q(experiment.getName()), owner, feature, region);
    }
  }

  private void checkAttributeDefined(Checker c, EObject owner, EStructuralFeature feature,
      ConfounderAttribute attribute, Experiment experiment, String ownerLabel) {
    if (attribute.eIsProxy()) {
      c.error(UNDEFINED_ATTRIBUTE, ownerLabel + " references a confounder attribute that cannot be resolved: "
          + EcoreUtil.getURI(attribute), owner, feature, attribute);
    } else if (experiment != null && !experiment.getAttributes().contains(attribute)) {
      c.error(UNDEFINED_ATTRIBUTE, ownerLabel + " references confounder attribute " + q(attribute.getName())
          + " that is not defined in experiment " + q(experiment.getName()), owner, feature, attribute);
    }
  }

  private void checkLabelsKnown(Checker c, EObject owner, EStructuralFeature feature, List<String> labels,
      Experiment experiment, String ownerLabel) {
    if (labels.isEmpty() || experiment == null || experiment.getDataset() == null) {
      return;
    }
    List<String> known = experiment.getDataset().getLabelNames();
    for (String label : labels) {
      if (!known.contains(label)) {
        c.error(UNKNOWN_LABEL, ownerLabel + " references unknown label " + q(label) + "; the dataset defines "
            + known, owner, feature, label);
      }
    }
  }

  private void duplicates(Checker c, Experiment e, EStructuralFeature feature, int code, String what,
      List<String> names) {
    Set<String> seen = new LinkedHashSet<>();
    Set<String> reported = new LinkedHashSet<>();
    for (String name : names) {
      if (!isBlank(name) && !seen.add(name) && reported.add(name)) {
        c.error(code, "Experiment " + q(e.getName()) + " defines more than one " + what + " named " + q(name), e,
            feature, name);
      }
    }
  }

  private static <T> List<String> names(List<T> objects, java.util.function.Function<T, String> name) {
    List<String> result = new ArrayList<>(objects.size());
    for (T object : objects) {
      result.add(name.apply(object));
    }
    return result;
  }

  static Experiment experimentOf(EObject object) {
    for (EObject o = object; o != null; o = o.eContainer()) {
      if (o instanceof Experiment e) {
        return e;
      }
    }
    return null;
  }

  private static String experimentLabel(EObject object) {
    Experiment e = experimentOf(object);
    return e == null ? "a detached " + object.eClass().getName() : "experiment " + q(e.getName());
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  static String q(String s) {
    return s == null ? "<unnamed>" : "'" + s + "'";
  }

  /** Collects diagnostics for one object. */
  private final class Checker {
    final DiagnosticChain diagnostics;
    boolean ok = true;

    Checker(DiagnosticChain diagnostics) {
      this.diagnostics = diagnostics;
    }

    void error(int code, String message, EObject object, EStructuralFeature feature, Object value) {
      add(Diagnostic.ERROR, code, message, object, feature, value);
    }

    void warning(int code, String message, EObject object, EStructuralFeature feature, Object value) {
      add(Diagnostic.WARNING, code, message, object, feature, value);
    }

    void add(int severity, int code, String message, EObject object, EStructuralFeature feature, Object value) {
      if (severity == Diagnostic.ERROR) {
        ok = false;
      }
      if (diagnostics != null) {
        List<Object> data = new ArrayList<>(3);
        data.add(object);
        if (feature != null) {
          data.add(feature);
        }
        if (value != null) {
          data.add(value);
        }
        diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, data.toArray()));
      }
    }

    void nameNotEmpty(EObject object, EStructuralFeature feature, String kind) {
      Object name = object.eGet(feature);
      if (name == null || name.toString().isBlank()) {
        error(EMPTY_NAME, kind + " in " + experimentLabel(object) + " has an empty name", object, feature, name);
      }
    }
  }
}

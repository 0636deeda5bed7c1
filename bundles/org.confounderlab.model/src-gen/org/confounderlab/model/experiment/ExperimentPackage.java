/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Confounder Lab experiment definition: what data, which confounders and regions, how to split, train, intervene and diagnose.
 * <!-- end-model-doc -->
 * @see org.confounderlab.model.experiment.ExperimentFactory
 * @model kind="package"
 * @generated
 */
public interface ExperimentPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "experiment";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://confounderlab.org/model/experiment/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "experiment";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExperimentPackage eINSTANCE = org.confounderlab.model.experiment.impl.ExperimentPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.ExperimentImpl <em>Experiment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.ExperimentImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getExperiment()
	 * @generated
	 */
	int EXPERIMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DATASET = 2;

	/**
	 * The feature id for the '<em><b>Attributes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__ATTRIBUTES = 3;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__REGIONS = 4;

	/**
	 * The feature id for the '<em><b>Split</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SPLIT = 5;

	/**
	 * The feature id for the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__MODEL = 6;

	/**
	 * The feature id for the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__TRAINING = 7;

	/**
	 * The feature id for the '<em><b>Interventions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__INTERVENTIONS = 8;

	/**
	 * The feature id for the '<em><b>Diagnostics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__DIAGNOSTICS = 9;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__BACKEND = 10;

	/**
	 * The feature id for the '<em><b>Slurm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT__SLURM = 11;

	/**
	 * The number of structural features of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Experiment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPERIMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl <em>Dataset Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.DatasetReferenceImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDatasetReference()
	 * @generated
	 */
	int DATASET_REFERENCE = 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE__FORMAT = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Label Names</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE__LABEL_NAMES = 2;

	/**
	 * The feature id for the '<em><b>Uncertain Label Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY = 3;

	/**
	 * The feature id for the '<em><b>Bad Image Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE__BAD_IMAGE_POLICY = 4;

	/**
	 * The feature id for the '<em><b>Dicom Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE__DICOM_INTENSITY = 5;

	/**
	 * The number of structural features of the '<em>Dataset Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Dataset Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.ConfounderAttributeImpl <em>Confounder Attribute</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.ConfounderAttributeImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getConfounderAttribute()
	 * @generated
	 */
	int CONFOUNDER_ATTRIBUTE = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFOUNDER_ATTRIBUTE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFOUNDER_ATTRIBUTE__COLUMN = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFOUNDER_ATTRIBUTE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Protected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFOUNDER_ATTRIBUTE__PROTECTED = 3;

	/**
	 * The number of structural features of the '<em>Confounder Attribute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFOUNDER_ATTRIBUTE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Confounder Attribute</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFOUNDER_ATTRIBUTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.RegionImpl <em>Region</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.RegionImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getRegion()
	 * @generated
	 */
	int REGION = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__X = 2;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__Y = 3;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__HEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION__COLUMN = 6;

	/**
	 * The number of structural features of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Region</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.SplitSpecImpl <em>Split Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.SplitSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getSplitSpec()
	 * @generated
	 */
	int SPLIT_SPEC = 4;

	/**
	 * The feature id for the '<em><b>Train Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__TRAIN_FRACTION = 0;

	/**
	 * The feature id for the '<em><b>Validation Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__VALIDATION_FRACTION = 1;

	/**
	 * The feature id for the '<em><b>Test Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__TEST_FRACTION = 2;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__SEED = 3;

	/**
	 * The feature id for the '<em><b>Group By Patient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__GROUP_BY_PATIENT = 4;

	/**
	 * The feature id for the '<em><b>Stratify By Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__STRATIFY_BY_LABEL = 5;

	/**
	 * The feature id for the '<em><b>Use Official Split</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__USE_OFFICIAL_SPLIT = 6;

	/**
	 * The feature id for the '<em><b>Near Duplicate Distance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE = 7;

	/**
	 * The feature id for the '<em><b>Near Duplicate Cosine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC__NEAR_DUPLICATE_COSINE = 8;

	/**
	 * The number of structural features of the '<em>Split Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Split Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SPLIT_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.ModelSpecImpl <em>Model Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.ModelSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getModelSpec()
	 * @generated
	 */
	int MODEL_SPEC = 5;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ARCHITECTURE = 0;

	/**
	 * The feature id for the '<em><b>Input Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__INPUT_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__CHANNELS = 2;

	/**
	 * The feature id for the '<em><b>Weights File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__WEIGHTS_FILE = 3;

	/**
	 * The feature id for the '<em><b>Output Activation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__OUTPUT_ACTIVATION = 4;

	/**
	 * The feature id for the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__NORMALISATION = 5;

	/**
	 * The feature id for the '<em><b>Normalisation Mean</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__NORMALISATION_MEAN = 6;

	/**
	 * The feature id for the '<em><b>Normalisation Std</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__NORMALISATION_STD = 7;

	/**
	 * The feature id for the '<em><b>Onnx File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ONNX_FILE = 8;

	/**
	 * The feature id for the '<em><b>Onnx Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ONNX_INPUT = 9;

	/**
	 * The feature id for the '<em><b>Onnx Layout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ONNX_LAYOUT = 10;

	/**
	 * The feature id for the '<em><b>Onnx Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ONNX_OUTPUT = 11;

	/**
	 * The feature id for the '<em><b>Onnx Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__ONNX_FEATURES = 12;

	/**
	 * The feature id for the '<em><b>Output Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC__OUTPUT_LABELS = 13;

	/**
	 * The number of structural features of the '<em>Model Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Model Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.TrainingSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getTrainingSpec()
	 * @generated
	 */
	int TRAINING_SPEC = 6;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EPOCHS = 0;

	/**
	 * The feature id for the '<em><b>Batch Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__BATCH_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Optimizer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__OPTIMIZER = 2;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__LEARNING_RATE = 3;

	/**
	 * The feature id for the '<em><b>Weight Decay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__WEIGHT_DECAY = 4;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__SEED = 5;

	/**
	 * The feature id for the '<em><b>Freeze Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__FREEZE_EPOCHS = 6;

	/**
	 * The feature id for the '<em><b>Early Stopping Patience</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__EARLY_STOPPING_PATIENCE = 7;

	/**
	 * The feature id for the '<em><b>Augmentation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__AUGMENTATION = 8;

	/**
	 * The feature id for the '<em><b>Train Time Masking</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__TRAIN_TIME_MASKING = 9;

	/**
	 * The feature id for the '<em><b>Train Time Mask Placement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT = 10;

	/**
	 * The feature id for the '<em><b>Rebalancing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__REBALANCING = 11;

	/**
	 * The feature id for the '<em><b>Rebalance Attribute</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__REBALANCE_ATTRIBUTE = 12;

	/**
	 * The feature id for the '<em><b>Group Dro</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__GROUP_DRO = 13;

	/**
	 * The feature id for the '<em><b>Just Train Twice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__JUST_TRAIN_TWICE = 14;

	/**
	 * The feature id for the '<em><b>Last Layer Retraining</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__LAST_LAYER_RETRAINING = 15;

	/**
	 * The feature id for the '<em><b>Distillation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC__DISTILLATION = 16;

	/**
	 * The number of structural features of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Training Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.GroupDroSpecImpl <em>Group Dro Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.GroupDroSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getGroupDroSpec()
	 * @generated
	 */
	int GROUP_DRO_SPEC = 7;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_SPEC__GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Step Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_SPEC__STEP_SIZE = 1;

	/**
	 * The number of structural features of the '<em>Group Dro Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_SPEC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Group Dro Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl <em>Slurm Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.SlurmSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getSlurmSpec()
	 * @generated
	 */
	int SLURM_SPEC = 8;

	/**
	 * The feature id for the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__PARTITION = 0;

	/**
	 * The feature id for the '<em><b>Gpus Per Job</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__GPUS_PER_JOB = 1;

	/**
	 * The feature id for the '<em><b>Cpus Per Job</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__CPUS_PER_JOB = 2;

	/**
	 * The feature id for the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__MEMORY = 3;

	/**
	 * The feature id for the '<em><b>Time Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__TIME_LIMIT = 4;

	/**
	 * The feature id for the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__ACCOUNT = 5;

	/**
	 * The feature id for the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__QOS = 6;

	/**
	 * The feature id for the '<em><b>Extra Arguments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC__EXTRA_ARGUMENTS = 7;

	/**
	 * The number of structural features of the '<em>Slurm Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Slurm Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLURM_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.JustTrainTwiceSpecImpl <em>Just Train Twice Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.JustTrainTwiceSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getJustTrainTwiceSpec()
	 * @generated
	 */
	int JUST_TRAIN_TWICE_SPEC = 9;

	/**
	 * The feature id for the '<em><b>Identification Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS = 0;

	/**
	 * The feature id for the '<em><b>Upweight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_SPEC__UPWEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Just Train Twice Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_SPEC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Just Train Twice Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.LastLayerRetrainingSpecImpl <em>Last Layer Retraining Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.LastLayerRetrainingSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getLastLayerRetrainingSpec()
	 * @generated
	 */
	int LAST_LAYER_RETRAINING_SPEC = 10;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_SPEC__GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Subsets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_SPEC__SUBSETS = 1;

	/**
	 * The feature id for the '<em><b>Regularisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_SPEC__REGULARISATION = 2;

	/**
	 * The number of structural features of the '<em>Last Layer Retraining Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_SPEC_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Last Layer Retraining Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl <em>Distillation Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.DistillationSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDistillationSpec()
	 * @generated
	 */
	int DISTILLATION_SPEC = 11;

	/**
	 * The feature id for the '<em><b>Teacher Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__TEACHER_DATA = 0;

	/**
	 * The feature id for the '<em><b>Teacher Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__TEACHER_FRACTION = 1;

	/**
	 * The feature id for the '<em><b>Teacher Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__TEACHER_EPOCHS = 2;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__ATTRIBUTE = 3;

	/**
	 * The feature id for the '<em><b>Clean Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__CLEAN_VALUE = 4;

	/**
	 * The feature id for the '<em><b>Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__LAYERS = 5;

	/**
	 * The feature id for the '<em><b>Layer Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__LAYER_WEIGHT = 6;

	/**
	 * The feature id for the '<em><b>Final Layer Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC__FINAL_LAYER_WEIGHT = 7;

	/**
	 * The number of structural features of the '<em>Distillation Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Distillation Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.DistilledLayerImpl <em>Distilled Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.DistilledLayerImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDistilledLayer()
	 * @generated
	 */
	int DISTILLED_LAYER = 12;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLED_LAYER__LAYER = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLED_LAYER__WEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Distilled Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLED_LAYER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Distilled Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLED_LAYER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.AugmentationImpl <em>Augmentation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.AugmentationImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getAugmentation()
	 * @generated
	 */
	int AUGMENTATION = 13;

	/**
	 * The feature id for the '<em><b>Horizontal Flip</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION__HORIZONTAL_FLIP = 0;

	/**
	 * The feature id for the '<em><b>Rotation Degrees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION__ROTATION_DEGREES = 1;

	/**
	 * The feature id for the '<em><b>Translation Fraction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION__TRANSLATION_FRACTION = 2;

	/**
	 * The feature id for the '<em><b>Intensity Jitter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION__INTENSITY_JITTER = 3;

	/**
	 * The number of structural features of the '<em>Augmentation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Augmentation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUGMENTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.InterventionImpl <em>Intervention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.InterventionImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getIntervention()
	 * @generated
	 */
	int INTERVENTION = 14;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__KIND = 1;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__REGIONS = 2;

	/**
	 * The feature id for the '<em><b>Fill</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__FILL = 3;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION__LABELS = 4;

	/**
	 * The number of structural features of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Intervention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INTERVENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl <em>Diagnostics Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDiagnosticsSpec()
	 * @generated
	 */
	int DIAGNOSTICS_SPEC = 15;

	/**
	 * The feature id for the '<em><b>Study Seeds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__STUDY_SEEDS = 0;

	/**
	 * The feature id for the '<em><b>Study Confounder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__STUDY_CONFOUNDER = 1;

	/**
	 * The feature id for the '<em><b>Grad Cam</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__GRAD_CAM = 2;

	/**
	 * The feature id for the '<em><b>Grad Cam Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__GRAD_CAM_LAYER = 3;

	/**
	 * The feature id for the '<em><b>Occlusion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__OCCLUSION = 4;

	/**
	 * The feature id for the '<em><b>Attribute Probes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES = 5;

	/**
	 * The feature id for the '<em><b>Subgroup Attributes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES = 6;

	/**
	 * The feature id for the '<em><b>Bootstrap Resamples</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES = 7;

	/**
	 * The feature id for the '<em><b>Alpha</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__ALPHA = 8;

	/**
	 * The feature id for the '<em><b>Worst Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__WORST_CASES = 9;

	/**
	 * The feature id for the '<em><b>Attribute Image Models</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS = 10;

	/**
	 * The feature id for the '<em><b>Masked Retrain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__MASKED_RETRAIN = 11;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__LABELS = 12;

	/**
	 * The feature id for the '<em><b>Reliance Delta Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC = 13;

	/**
	 * The feature id for the '<em><b>Attention Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__ATTENTION_RATIO = 14;

	/**
	 * The feature id for the '<em><b>Probe Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__PROBE_AUC = 15;

	/**
	 * The feature id for the '<em><b>Subgroup Auc Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP = 16;

	/**
	 * The feature id for the '<em><b>Occlusion Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC__OCCLUSION_IMAGES = 17;

	/**
	 * The number of structural features of the '<em>Diagnostics Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Diagnostics Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTICS_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.impl.BackendSpecImpl <em>Backend Spec</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.impl.BackendSpecImpl
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getBackendSpec()
	 * @generated
	 */
	int BACKEND_SPEC = 16;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_SPEC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Device Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_SPEC__DEVICE_INDEX = 1;

	/**
	 * The number of structural features of the '<em>Backend Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_SPEC_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Backend Spec</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_SPEC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.DatasetFormat <em>Dataset Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.DatasetFormat
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDatasetFormat()
	 * @generated
	 */
	int DATASET_FORMAT = 17;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.InputNormalisation <em>Input Normalisation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.InputNormalisation
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getInputNormalisation()
	 * @generated
	 */
	int INPUT_NORMALISATION = 18;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.DicomIntensity <em>Dicom Intensity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.DicomIntensity
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDicomIntensity()
	 * @generated
	 */
	int DICOM_INTENSITY = 19;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.BadImagePolicy <em>Bad Image Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.BadImagePolicy
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getBadImagePolicy()
	 * @generated
	 */
	int BAD_IMAGE_POLICY = 20;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.UncertainLabelPolicy <em>Uncertain Label Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.UncertainLabelPolicy
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getUncertainLabelPolicy()
	 * @generated
	 */
	int UNCERTAIN_LABEL_POLICY = 21;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.AttributeKind <em>Attribute Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.AttributeKind
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getAttributeKind()
	 * @generated
	 */
	int ATTRIBUTE_KIND = 22;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.Architecture
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 23;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.TensorLayout <em>Tensor Layout</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.TensorLayout
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getTensorLayout()
	 * @generated
	 */
	int TENSOR_LAYOUT = 24;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.OutputActivation <em>Output Activation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.OutputActivation
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getOutputActivation()
	 * @generated
	 */
	int OUTPUT_ACTIVATION = 25;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.Optimizer <em>Optimizer</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.Optimizer
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getOptimizer()
	 * @generated
	 */
	int OPTIMIZER = 26;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.MaskPlacement <em>Mask Placement</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.MaskPlacement
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getMaskPlacement()
	 * @generated
	 */
	int MASK_PLACEMENT = 27;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.TeacherData <em>Teacher Data</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.TeacherData
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getTeacherData()
	 * @generated
	 */
	int TEACHER_DATA = 28;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.Rebalancing <em>Rebalancing</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.Rebalancing
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getRebalancing()
	 * @generated
	 */
	int REBALANCING = 29;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.InterventionKind <em>Intervention Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.InterventionKind
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getInterventionKind()
	 * @generated
	 */
	int INTERVENTION_KIND = 30;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.FillMode <em>Fill Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.FillMode
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getFillMode()
	 * @generated
	 */
	int FILL_MODE = 31;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.experiment.BackendKind <em>Backend Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.experiment.BackendKind
	 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getBackendKind()
	 * @generated
	 */
	int BACKEND_KIND = 32;


	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Experiment</em>'.
	 * @see org.confounderlab.model.experiment.Experiment
	 * @generated
	 */
	EClass getExperiment();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Experiment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getName()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Experiment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getDescription()
	 * @see #getExperiment()
	 * @generated
	 */
	EAttribute getExperiment_Description();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.Experiment#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Dataset</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getDataset()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Dataset();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.experiment.Experiment#getAttributes <em>Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Attributes</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getAttributes()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Attributes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.experiment.Experiment#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getRegions()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Regions();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.Experiment#getSplit <em>Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Split</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getSplit()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Split();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.Experiment#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Model</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getModel()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Model();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.Experiment#getTraining <em>Training</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Training</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getTraining()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Training();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.experiment.Experiment#getInterventions <em>Interventions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Interventions</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getInterventions()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Interventions();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.Experiment#getDiagnostics <em>Diagnostics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Diagnostics</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getDiagnostics()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Diagnostics();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.Experiment#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backend</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getBackend()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Backend();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.Experiment#getSlurm <em>Slurm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Slurm</em>'.
	 * @see org.confounderlab.model.experiment.Experiment#getSlurm()
	 * @see #getExperiment()
	 * @generated
	 */
	EReference getExperiment_Slurm();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.DatasetReference <em>Dataset Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Reference</em>'.
	 * @see org.confounderlab.model.experiment.DatasetReference
	 * @generated
	 */
	EClass getDatasetReference();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DatasetReference#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.confounderlab.model.experiment.DatasetReference#getFormat()
	 * @see #getDatasetReference()
	 * @generated
	 */
	EAttribute getDatasetReference_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DatasetReference#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.confounderlab.model.experiment.DatasetReference#getLocation()
	 * @see #getDatasetReference()
	 * @generated
	 */
	EAttribute getDatasetReference_Location();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.experiment.DatasetReference#getLabelNames <em>Label Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Label Names</em>'.
	 * @see org.confounderlab.model.experiment.DatasetReference#getLabelNames()
	 * @see #getDatasetReference()
	 * @generated
	 */
	EAttribute getDatasetReference_LabelNames();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DatasetReference#getUncertainLabelPolicy <em>Uncertain Label Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uncertain Label Policy</em>'.
	 * @see org.confounderlab.model.experiment.DatasetReference#getUncertainLabelPolicy()
	 * @see #getDatasetReference()
	 * @generated
	 */
	EAttribute getDatasetReference_UncertainLabelPolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DatasetReference#getBadImagePolicy <em>Bad Image Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bad Image Policy</em>'.
	 * @see org.confounderlab.model.experiment.DatasetReference#getBadImagePolicy()
	 * @see #getDatasetReference()
	 * @generated
	 */
	EAttribute getDatasetReference_BadImagePolicy();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DatasetReference#getDicomIntensity <em>Dicom Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dicom Intensity</em>'.
	 * @see org.confounderlab.model.experiment.DatasetReference#getDicomIntensity()
	 * @see #getDatasetReference()
	 * @generated
	 */
	EAttribute getDatasetReference_DicomIntensity();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.ConfounderAttribute <em>Confounder Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Confounder Attribute</em>'.
	 * @see org.confounderlab.model.experiment.ConfounderAttribute
	 * @generated
	 */
	EClass getConfounderAttribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ConfounderAttribute#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.experiment.ConfounderAttribute#getName()
	 * @see #getConfounderAttribute()
	 * @generated
	 */
	EAttribute getConfounderAttribute_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ConfounderAttribute#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.confounderlab.model.experiment.ConfounderAttribute#getColumn()
	 * @see #getConfounderAttribute()
	 * @generated
	 */
	EAttribute getConfounderAttribute_Column();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ConfounderAttribute#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.experiment.ConfounderAttribute#getKind()
	 * @see #getConfounderAttribute()
	 * @generated
	 */
	EAttribute getConfounderAttribute_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ConfounderAttribute#isProtected <em>Protected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protected</em>'.
	 * @see org.confounderlab.model.experiment.ConfounderAttribute#isProtected()
	 * @see #getConfounderAttribute()
	 * @generated
	 */
	EAttribute getConfounderAttribute_Protected();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region</em>'.
	 * @see org.confounderlab.model.experiment.Region
	 * @generated
	 */
	EClass getRegion();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Region#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.experiment.Region#getName()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Region#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.confounderlab.model.experiment.Region#getDescription()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Region#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.confounderlab.model.experiment.Region#getX()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_X();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Region#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.confounderlab.model.experiment.Region#getY()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Region#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.confounderlab.model.experiment.Region#getWidth()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Region#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.confounderlab.model.experiment.Region#getHeight()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Region#getColumn <em>Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Column</em>'.
	 * @see org.confounderlab.model.experiment.Region#getColumn()
	 * @see #getRegion()
	 * @generated
	 */
	EAttribute getRegion_Column();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.SplitSpec <em>Split Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Split Spec</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec
	 * @generated
	 */
	EClass getSplitSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#getTrainFraction <em>Train Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Fraction</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#getTrainFraction()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_TrainFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#getValidationFraction <em>Validation Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Fraction</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#getValidationFraction()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_ValidationFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#getTestFraction <em>Test Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Fraction</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#getTestFraction()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_TestFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#getSeed()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#isGroupByPatient <em>Group By Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group By Patient</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#isGroupByPatient()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_GroupByPatient();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#isStratifyByLabel <em>Stratify By Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stratify By Label</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#isStratifyByLabel()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_StratifyByLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#isUseOfficialSplit <em>Use Official Split</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Use Official Split</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#isUseOfficialSplit()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_UseOfficialSplit();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#getNearDuplicateDistance <em>Near Duplicate Distance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Near Duplicate Distance</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#getNearDuplicateDistance()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_NearDuplicateDistance();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SplitSpec#getNearDuplicateCosine <em>Near Duplicate Cosine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Near Duplicate Cosine</em>'.
	 * @see org.confounderlab.model.experiment.SplitSpec#getNearDuplicateCosine()
	 * @see #getSplitSpec()
	 * @generated
	 */
	EAttribute getSplitSpec_NearDuplicateCosine();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.ModelSpec <em>Model Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Spec</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec
	 * @generated
	 */
	EClass getModelSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getArchitecture()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getInputSize <em>Input Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Size</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getInputSize()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_InputSize();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getChannels()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getWeightsFile <em>Weights File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weights File</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getWeightsFile()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_WeightsFile();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getOutputActivation <em>Output Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Activation</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getOutputActivation()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_OutputActivation();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getNormalisation <em>Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalisation</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getNormalisation()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_Normalisation();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.experiment.ModelSpec#getNormalisationMean <em>Normalisation Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Normalisation Mean</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getNormalisationMean()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_NormalisationMean();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.experiment.ModelSpec#getNormalisationStd <em>Normalisation Std</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Normalisation Std</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getNormalisationStd()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_NormalisationStd();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxFile <em>Onnx File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onnx File</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getOnnxFile()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_OnnxFile();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxInput <em>Onnx Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onnx Input</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getOnnxInput()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_OnnxInput();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxLayout <em>Onnx Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onnx Layout</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getOnnxLayout()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_OnnxLayout();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxOutput <em>Onnx Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onnx Output</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getOnnxOutput()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_OnnxOutput();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxFeatures <em>Onnx Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Onnx Features</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getOnnxFeatures()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_OnnxFeatures();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.experiment.ModelSpec#getOutputLabels <em>Output Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Output Labels</em>'.
	 * @see org.confounderlab.model.experiment.ModelSpec#getOutputLabels()
	 * @see #getModelSpec()
	 * @generated
	 */
	EAttribute getModelSpec_OutputLabels();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Spec</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec
	 * @generated
	 */
	EClass getTrainingSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Epochs</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getEpochs()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Epochs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getBatchSize <em>Batch Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Batch Size</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getBatchSize()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_BatchSize();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getOptimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Optimizer</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getOptimizer()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Optimizer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getLearningRate()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getWeightDecay <em>Weight Decay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight Decay</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getWeightDecay()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_WeightDecay();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getSeed()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Seed();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getFreezeEpochs <em>Freeze Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Freeze Epochs</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getFreezeEpochs()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_FreezeEpochs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getEarlyStoppingPatience <em>Early Stopping Patience</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Stopping Patience</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getEarlyStoppingPatience()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_EarlyStoppingPatience();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.TrainingSpec#getAugmentation <em>Augmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Augmentation</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getAugmentation()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_Augmentation();

	/**
	 * Returns the meta object for the reference list '{@link org.confounderlab.model.experiment.TrainingSpec#getTrainTimeMasking <em>Train Time Masking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Train Time Masking</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getTrainTimeMasking()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_TrainTimeMasking();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getTrainTimeMaskPlacement <em>Train Time Mask Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Time Mask Placement</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getTrainTimeMaskPlacement()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_TrainTimeMaskPlacement();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.TrainingSpec#getRebalancing <em>Rebalancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rebalancing</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getRebalancing()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EAttribute getTrainingSpec_Rebalancing();

	/**
	 * Returns the meta object for the reference '{@link org.confounderlab.model.experiment.TrainingSpec#getRebalanceAttribute <em>Rebalance Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Rebalance Attribute</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getRebalanceAttribute()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_RebalanceAttribute();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.TrainingSpec#getGroupDro <em>Group Dro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Group Dro</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getGroupDro()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_GroupDro();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.TrainingSpec#getJustTrainTwice <em>Just Train Twice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Just Train Twice</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getJustTrainTwice()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_JustTrainTwice();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.TrainingSpec#getLastLayerRetraining <em>Last Layer Retraining</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Last Layer Retraining</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getLastLayerRetraining()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_LastLayerRetraining();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.experiment.TrainingSpec#getDistillation <em>Distillation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Distillation</em>'.
	 * @see org.confounderlab.model.experiment.TrainingSpec#getDistillation()
	 * @see #getTrainingSpec()
	 * @generated
	 */
	EReference getTrainingSpec_Distillation();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.GroupDroSpec <em>Group Dro Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Dro Spec</em>'.
	 * @see org.confounderlab.model.experiment.GroupDroSpec
	 * @generated
	 */
	EClass getGroupDroSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.GroupDroSpec#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Groups</em>'.
	 * @see org.confounderlab.model.experiment.GroupDroSpec#getGroups()
	 * @see #getGroupDroSpec()
	 * @generated
	 */
	EAttribute getGroupDroSpec_Groups();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.GroupDroSpec#getStepSize <em>Step Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Size</em>'.
	 * @see org.confounderlab.model.experiment.GroupDroSpec#getStepSize()
	 * @see #getGroupDroSpec()
	 * @generated
	 */
	EAttribute getGroupDroSpec_StepSize();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.SlurmSpec <em>Slurm Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Slurm Spec</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec
	 * @generated
	 */
	EClass getSlurmSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SlurmSpec#getPartition <em>Partition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partition</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getPartition()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_Partition();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SlurmSpec#getGpusPerJob <em>Gpus Per Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gpus Per Job</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getGpusPerJob()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_GpusPerJob();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SlurmSpec#getCpusPerJob <em>Cpus Per Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus Per Job</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getCpusPerJob()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_CpusPerJob();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SlurmSpec#getMemory <em>Memory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getMemory()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_Memory();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SlurmSpec#getTimeLimit <em>Time Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Limit</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getTimeLimit()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_TimeLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SlurmSpec#getAccount <em>Account</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Account</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getAccount()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_Account();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.SlurmSpec#getQos <em>Qos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Qos</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getQos()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_Qos();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.experiment.SlurmSpec#getExtraArguments <em>Extra Arguments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Extra Arguments</em>'.
	 * @see org.confounderlab.model.experiment.SlurmSpec#getExtraArguments()
	 * @see #getSlurmSpec()
	 * @generated
	 */
	EAttribute getSlurmSpec_ExtraArguments();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.JustTrainTwiceSpec <em>Just Train Twice Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Just Train Twice Spec</em>'.
	 * @see org.confounderlab.model.experiment.JustTrainTwiceSpec
	 * @generated
	 */
	EClass getJustTrainTwiceSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.JustTrainTwiceSpec#getIdentificationEpochs <em>Identification Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identification Epochs</em>'.
	 * @see org.confounderlab.model.experiment.JustTrainTwiceSpec#getIdentificationEpochs()
	 * @see #getJustTrainTwiceSpec()
	 * @generated
	 */
	EAttribute getJustTrainTwiceSpec_IdentificationEpochs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.JustTrainTwiceSpec#getUpweight <em>Upweight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upweight</em>'.
	 * @see org.confounderlab.model.experiment.JustTrainTwiceSpec#getUpweight()
	 * @see #getJustTrainTwiceSpec()
	 * @generated
	 */
	EAttribute getJustTrainTwiceSpec_Upweight();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec <em>Last Layer Retraining Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Last Layer Retraining Spec</em>'.
	 * @see org.confounderlab.model.experiment.LastLayerRetrainingSpec
	 * @generated
	 */
	EClass getLastLayerRetrainingSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Groups</em>'.
	 * @see org.confounderlab.model.experiment.LastLayerRetrainingSpec#getGroups()
	 * @see #getLastLayerRetrainingSpec()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingSpec_Groups();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getSubsets <em>Subsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsets</em>'.
	 * @see org.confounderlab.model.experiment.LastLayerRetrainingSpec#getSubsets()
	 * @see #getLastLayerRetrainingSpec()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingSpec_Subsets();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getRegularisation <em>Regularisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regularisation</em>'.
	 * @see org.confounderlab.model.experiment.LastLayerRetrainingSpec#getRegularisation()
	 * @see #getLastLayerRetrainingSpec()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingSpec_Regularisation();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.DistillationSpec <em>Distillation Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distillation Spec</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec
	 * @generated
	 */
	EClass getDistillationSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherData <em>Teacher Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Data</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getTeacherData()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EAttribute getDistillationSpec_TeacherData();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherFraction <em>Teacher Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Fraction</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getTeacherFraction()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EAttribute getDistillationSpec_TeacherFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistillationSpec#getTeacherEpochs <em>Teacher Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Epochs</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getTeacherEpochs()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EAttribute getDistillationSpec_TeacherEpochs();

	/**
	 * Returns the meta object for the reference '{@link org.confounderlab.model.experiment.DistillationSpec#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Attribute</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getAttribute()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EReference getDistillationSpec_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistillationSpec#getCleanValue <em>Clean Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Clean Value</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getCleanValue()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EAttribute getDistillationSpec_CleanValue();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.experiment.DistillationSpec#getLayers <em>Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Layers</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getLayers()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EReference getDistillationSpec_Layers();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistillationSpec#getLayerWeight <em>Layer Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Weight</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getLayerWeight()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EAttribute getDistillationSpec_LayerWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistillationSpec#getFinalLayerWeight <em>Final Layer Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Final Layer Weight</em>'.
	 * @see org.confounderlab.model.experiment.DistillationSpec#getFinalLayerWeight()
	 * @see #getDistillationSpec()
	 * @generated
	 */
	EAttribute getDistillationSpec_FinalLayerWeight();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.DistilledLayer <em>Distilled Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distilled Layer</em>'.
	 * @see org.confounderlab.model.experiment.DistilledLayer
	 * @generated
	 */
	EClass getDistilledLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistilledLayer#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.confounderlab.model.experiment.DistilledLayer#getLayer()
	 * @see #getDistilledLayer()
	 * @generated
	 */
	EAttribute getDistilledLayer_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DistilledLayer#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.confounderlab.model.experiment.DistilledLayer#getWeight()
	 * @see #getDistilledLayer()
	 * @generated
	 */
	EAttribute getDistilledLayer_Weight();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.Augmentation <em>Augmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Augmentation</em>'.
	 * @see org.confounderlab.model.experiment.Augmentation
	 * @generated
	 */
	EClass getAugmentation();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Augmentation#isHorizontalFlip <em>Horizontal Flip</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Horizontal Flip</em>'.
	 * @see org.confounderlab.model.experiment.Augmentation#isHorizontalFlip()
	 * @see #getAugmentation()
	 * @generated
	 */
	EAttribute getAugmentation_HorizontalFlip();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Augmentation#getRotationDegrees <em>Rotation Degrees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rotation Degrees</em>'.
	 * @see org.confounderlab.model.experiment.Augmentation#getRotationDegrees()
	 * @see #getAugmentation()
	 * @generated
	 */
	EAttribute getAugmentation_RotationDegrees();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Augmentation#getTranslationFraction <em>Translation Fraction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Translation Fraction</em>'.
	 * @see org.confounderlab.model.experiment.Augmentation#getTranslationFraction()
	 * @see #getAugmentation()
	 * @generated
	 */
	EAttribute getAugmentation_TranslationFraction();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Augmentation#getIntensityJitter <em>Intensity Jitter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intensity Jitter</em>'.
	 * @see org.confounderlab.model.experiment.Augmentation#getIntensityJitter()
	 * @see #getAugmentation()
	 * @generated
	 */
	EAttribute getAugmentation_IntensityJitter();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Intervention</em>'.
	 * @see org.confounderlab.model.experiment.Intervention
	 * @generated
	 */
	EClass getIntervention();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Intervention#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.experiment.Intervention#getName()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Intervention#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.experiment.Intervention#getKind()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Kind();

	/**
	 * Returns the meta object for the reference list '{@link org.confounderlab.model.experiment.Intervention#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Regions</em>'.
	 * @see org.confounderlab.model.experiment.Intervention#getRegions()
	 * @see #getIntervention()
	 * @generated
	 */
	EReference getIntervention_Regions();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.Intervention#getFill <em>Fill</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fill</em>'.
	 * @see org.confounderlab.model.experiment.Intervention#getFill()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Fill();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.experiment.Intervention#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Labels</em>'.
	 * @see org.confounderlab.model.experiment.Intervention#getLabels()
	 * @see #getIntervention()
	 * @generated
	 */
	EAttribute getIntervention_Labels();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.DiagnosticsSpec <em>Diagnostics Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnostics Spec</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec
	 * @generated
	 */
	EClass getDiagnosticsSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getStudySeeds <em>Study Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Seeds</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getStudySeeds()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_StudySeeds();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getStudyConfounder <em>Study Confounder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Confounder</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getStudyConfounder()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_StudyConfounder();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isGradCam <em>Grad Cam</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grad Cam</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#isGradCam()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_GradCam();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getGradCamLayer <em>Grad Cam Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grad Cam Layer</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getGradCamLayer()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_GradCamLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isOcclusion <em>Occlusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occlusion</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#isOcclusion()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_Occlusion();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeProbes <em>Attribute Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute Probes</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeProbes()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_AttributeProbes();

	/**
	 * Returns the meta object for the reference list '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getSubgroupAttributes <em>Subgroup Attributes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Subgroup Attributes</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getSubgroupAttributes()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EReference getDiagnosticsSpec_SubgroupAttributes();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getBootstrapResamples <em>Bootstrap Resamples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bootstrap Resamples</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getBootstrapResamples()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_BootstrapResamples();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getAlpha <em>Alpha</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alpha</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getAlpha()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_Alpha();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getWorstCases <em>Worst Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Cases</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getWorstCases()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_WorstCases();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeImageModels <em>Attribute Image Models</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute Image Models</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#isAttributeImageModels()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_AttributeImageModels();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#isMaskedRetrain <em>Masked Retrain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked Retrain</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#isMaskedRetrain()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_MaskedRetrain();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Labels</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getLabels()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_Labels();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getRelianceDeltaAuc <em>Reliance Delta Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reliance Delta Auc</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getRelianceDeltaAuc()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_RelianceDeltaAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getAttentionRatio <em>Attention Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attention Ratio</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getAttentionRatio()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_AttentionRatio();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getProbeAuc <em>Probe Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probe Auc</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getProbeAuc()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_ProbeAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getSubgroupAucGap <em>Subgroup Auc Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subgroup Auc Gap</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getSubgroupAucGap()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_SubgroupAucGap();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.DiagnosticsSpec#getOcclusionImages <em>Occlusion Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Occlusion Images</em>'.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec#getOcclusionImages()
	 * @see #getDiagnosticsSpec()
	 * @generated
	 */
	EAttribute getDiagnosticsSpec_OcclusionImages();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.experiment.BackendSpec <em>Backend Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend Spec</em>'.
	 * @see org.confounderlab.model.experiment.BackendSpec
	 * @generated
	 */
	EClass getBackendSpec();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.BackendSpec#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.experiment.BackendSpec#getKind()
	 * @see #getBackendSpec()
	 * @generated
	 */
	EAttribute getBackendSpec_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.experiment.BackendSpec#getDeviceIndex <em>Device Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Index</em>'.
	 * @see org.confounderlab.model.experiment.BackendSpec#getDeviceIndex()
	 * @see #getBackendSpec()
	 * @generated
	 */
	EAttribute getBackendSpec_DeviceIndex();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.DatasetFormat <em>Dataset Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dataset Format</em>'.
	 * @see org.confounderlab.model.experiment.DatasetFormat
	 * @generated
	 */
	EEnum getDatasetFormat();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.InputNormalisation <em>Input Normalisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Input Normalisation</em>'.
	 * @see org.confounderlab.model.experiment.InputNormalisation
	 * @generated
	 */
	EEnum getInputNormalisation();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.DicomIntensity <em>Dicom Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dicom Intensity</em>'.
	 * @see org.confounderlab.model.experiment.DicomIntensity
	 * @generated
	 */
	EEnum getDicomIntensity();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.BadImagePolicy <em>Bad Image Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Bad Image Policy</em>'.
	 * @see org.confounderlab.model.experiment.BadImagePolicy
	 * @generated
	 */
	EEnum getBadImagePolicy();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.UncertainLabelPolicy <em>Uncertain Label Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Uncertain Label Policy</em>'.
	 * @see org.confounderlab.model.experiment.UncertainLabelPolicy
	 * @generated
	 */
	EEnum getUncertainLabelPolicy();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.AttributeKind <em>Attribute Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Attribute Kind</em>'.
	 * @see org.confounderlab.model.experiment.AttributeKind
	 * @generated
	 */
	EEnum getAttributeKind();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see org.confounderlab.model.experiment.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.TensorLayout <em>Tensor Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Tensor Layout</em>'.
	 * @see org.confounderlab.model.experiment.TensorLayout
	 * @generated
	 */
	EEnum getTensorLayout();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.OutputActivation <em>Output Activation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Output Activation</em>'.
	 * @see org.confounderlab.model.experiment.OutputActivation
	 * @generated
	 */
	EEnum getOutputActivation();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.Optimizer <em>Optimizer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Optimizer</em>'.
	 * @see org.confounderlab.model.experiment.Optimizer
	 * @generated
	 */
	EEnum getOptimizer();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.MaskPlacement <em>Mask Placement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Mask Placement</em>'.
	 * @see org.confounderlab.model.experiment.MaskPlacement
	 * @generated
	 */
	EEnum getMaskPlacement();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.TeacherData <em>Teacher Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Teacher Data</em>'.
	 * @see org.confounderlab.model.experiment.TeacherData
	 * @generated
	 */
	EEnum getTeacherData();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.Rebalancing <em>Rebalancing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rebalancing</em>'.
	 * @see org.confounderlab.model.experiment.Rebalancing
	 * @generated
	 */
	EEnum getRebalancing();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.InterventionKind <em>Intervention Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Intervention Kind</em>'.
	 * @see org.confounderlab.model.experiment.InterventionKind
	 * @generated
	 */
	EEnum getInterventionKind();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.FillMode <em>Fill Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Fill Mode</em>'.
	 * @see org.confounderlab.model.experiment.FillMode
	 * @generated
	 */
	EEnum getFillMode();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.experiment.BackendKind <em>Backend Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Backend Kind</em>'.
	 * @see org.confounderlab.model.experiment.BackendKind
	 * @generated
	 */
	EEnum getBackendKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ExperimentFactory getExperimentFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.ExperimentImpl <em>Experiment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.ExperimentImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getExperiment()
		 * @generated
		 */
		EClass EXPERIMENT = eINSTANCE.getExperiment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__NAME = eINSTANCE.getExperiment_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPERIMENT__DESCRIPTION = eINSTANCE.getExperiment_Description();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__DATASET = eINSTANCE.getExperiment_Dataset();

		/**
		 * The meta object literal for the '<em><b>Attributes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__ATTRIBUTES = eINSTANCE.getExperiment_Attributes();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__REGIONS = eINSTANCE.getExperiment_Regions();

		/**
		 * The meta object literal for the '<em><b>Split</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SPLIT = eINSTANCE.getExperiment_Split();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__MODEL = eINSTANCE.getExperiment_Model();

		/**
		 * The meta object literal for the '<em><b>Training</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__TRAINING = eINSTANCE.getExperiment_Training();

		/**
		 * The meta object literal for the '<em><b>Interventions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__INTERVENTIONS = eINSTANCE.getExperiment_Interventions();

		/**
		 * The meta object literal for the '<em><b>Diagnostics</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__DIAGNOSTICS = eINSTANCE.getExperiment_Diagnostics();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__BACKEND = eINSTANCE.getExperiment_Backend();

		/**
		 * The meta object literal for the '<em><b>Slurm</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPERIMENT__SLURM = eINSTANCE.getExperiment_Slurm();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.DatasetReferenceImpl <em>Dataset Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.DatasetReferenceImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDatasetReference()
		 * @generated
		 */
		EClass DATASET_REFERENCE = eINSTANCE.getDatasetReference();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REFERENCE__FORMAT = eINSTANCE.getDatasetReference_Format();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REFERENCE__LOCATION = eINSTANCE.getDatasetReference_Location();

		/**
		 * The meta object literal for the '<em><b>Label Names</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REFERENCE__LABEL_NAMES = eINSTANCE.getDatasetReference_LabelNames();

		/**
		 * The meta object literal for the '<em><b>Uncertain Label Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REFERENCE__UNCERTAIN_LABEL_POLICY = eINSTANCE.getDatasetReference_UncertainLabelPolicy();

		/**
		 * The meta object literal for the '<em><b>Bad Image Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REFERENCE__BAD_IMAGE_POLICY = eINSTANCE.getDatasetReference_BadImagePolicy();

		/**
		 * The meta object literal for the '<em><b>Dicom Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_REFERENCE__DICOM_INTENSITY = eINSTANCE.getDatasetReference_DicomIntensity();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.ConfounderAttributeImpl <em>Confounder Attribute</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.ConfounderAttributeImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getConfounderAttribute()
		 * @generated
		 */
		EClass CONFOUNDER_ATTRIBUTE = eINSTANCE.getConfounderAttribute();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFOUNDER_ATTRIBUTE__NAME = eINSTANCE.getConfounderAttribute_Name();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFOUNDER_ATTRIBUTE__COLUMN = eINSTANCE.getConfounderAttribute_Column();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFOUNDER_ATTRIBUTE__KIND = eINSTANCE.getConfounderAttribute_Kind();

		/**
		 * The meta object literal for the '<em><b>Protected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFOUNDER_ATTRIBUTE__PROTECTED = eINSTANCE.getConfounderAttribute_Protected();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.RegionImpl <em>Region</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.RegionImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getRegion()
		 * @generated
		 */
		EClass REGION = eINSTANCE.getRegion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__NAME = eINSTANCE.getRegion_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__DESCRIPTION = eINSTANCE.getRegion_Description();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__X = eINSTANCE.getRegion_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__Y = eINSTANCE.getRegion_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__WIDTH = eINSTANCE.getRegion_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__HEIGHT = eINSTANCE.getRegion_Height();

		/**
		 * The meta object literal for the '<em><b>Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION__COLUMN = eINSTANCE.getRegion_Column();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.SplitSpecImpl <em>Split Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.SplitSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getSplitSpec()
		 * @generated
		 */
		EClass SPLIT_SPEC = eINSTANCE.getSplitSpec();

		/**
		 * The meta object literal for the '<em><b>Train Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__TRAIN_FRACTION = eINSTANCE.getSplitSpec_TrainFraction();

		/**
		 * The meta object literal for the '<em><b>Validation Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__VALIDATION_FRACTION = eINSTANCE.getSplitSpec_ValidationFraction();

		/**
		 * The meta object literal for the '<em><b>Test Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__TEST_FRACTION = eINSTANCE.getSplitSpec_TestFraction();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__SEED = eINSTANCE.getSplitSpec_Seed();

		/**
		 * The meta object literal for the '<em><b>Group By Patient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__GROUP_BY_PATIENT = eINSTANCE.getSplitSpec_GroupByPatient();

		/**
		 * The meta object literal for the '<em><b>Stratify By Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__STRATIFY_BY_LABEL = eINSTANCE.getSplitSpec_StratifyByLabel();

		/**
		 * The meta object literal for the '<em><b>Use Official Split</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__USE_OFFICIAL_SPLIT = eINSTANCE.getSplitSpec_UseOfficialSplit();

		/**
		 * The meta object literal for the '<em><b>Near Duplicate Distance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__NEAR_DUPLICATE_DISTANCE = eINSTANCE.getSplitSpec_NearDuplicateDistance();

		/**
		 * The meta object literal for the '<em><b>Near Duplicate Cosine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SPLIT_SPEC__NEAR_DUPLICATE_COSINE = eINSTANCE.getSplitSpec_NearDuplicateCosine();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.ModelSpecImpl <em>Model Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.ModelSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getModelSpec()
		 * @generated
		 */
		EClass MODEL_SPEC = eINSTANCE.getModelSpec();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ARCHITECTURE = eINSTANCE.getModelSpec_Architecture();

		/**
		 * The meta object literal for the '<em><b>Input Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__INPUT_SIZE = eINSTANCE.getModelSpec_InputSize();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__CHANNELS = eINSTANCE.getModelSpec_Channels();

		/**
		 * The meta object literal for the '<em><b>Weights File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__WEIGHTS_FILE = eINSTANCE.getModelSpec_WeightsFile();

		/**
		 * The meta object literal for the '<em><b>Output Activation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__OUTPUT_ACTIVATION = eINSTANCE.getModelSpec_OutputActivation();

		/**
		 * The meta object literal for the '<em><b>Normalisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__NORMALISATION = eINSTANCE.getModelSpec_Normalisation();

		/**
		 * The meta object literal for the '<em><b>Normalisation Mean</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__NORMALISATION_MEAN = eINSTANCE.getModelSpec_NormalisationMean();

		/**
		 * The meta object literal for the '<em><b>Normalisation Std</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__NORMALISATION_STD = eINSTANCE.getModelSpec_NormalisationStd();

		/**
		 * The meta object literal for the '<em><b>Onnx File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ONNX_FILE = eINSTANCE.getModelSpec_OnnxFile();

		/**
		 * The meta object literal for the '<em><b>Onnx Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ONNX_INPUT = eINSTANCE.getModelSpec_OnnxInput();

		/**
		 * The meta object literal for the '<em><b>Onnx Layout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ONNX_LAYOUT = eINSTANCE.getModelSpec_OnnxLayout();

		/**
		 * The meta object literal for the '<em><b>Onnx Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ONNX_OUTPUT = eINSTANCE.getModelSpec_OnnxOutput();

		/**
		 * The meta object literal for the '<em><b>Onnx Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__ONNX_FEATURES = eINSTANCE.getModelSpec_OnnxFeatures();

		/**
		 * The meta object literal for the '<em><b>Output Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_SPEC__OUTPUT_LABELS = eINSTANCE.getModelSpec_OutputLabels();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.TrainingSpecImpl <em>Training Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.TrainingSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getTrainingSpec()
		 * @generated
		 */
		EClass TRAINING_SPEC = eINSTANCE.getTrainingSpec();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EPOCHS = eINSTANCE.getTrainingSpec_Epochs();

		/**
		 * The meta object literal for the '<em><b>Batch Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__BATCH_SIZE = eINSTANCE.getTrainingSpec_BatchSize();

		/**
		 * The meta object literal for the '<em><b>Optimizer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__OPTIMIZER = eINSTANCE.getTrainingSpec_Optimizer();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__LEARNING_RATE = eINSTANCE.getTrainingSpec_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Weight Decay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__WEIGHT_DECAY = eINSTANCE.getTrainingSpec_WeightDecay();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__SEED = eINSTANCE.getTrainingSpec_Seed();

		/**
		 * The meta object literal for the '<em><b>Freeze Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__FREEZE_EPOCHS = eINSTANCE.getTrainingSpec_FreezeEpochs();

		/**
		 * The meta object literal for the '<em><b>Early Stopping Patience</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__EARLY_STOPPING_PATIENCE = eINSTANCE.getTrainingSpec_EarlyStoppingPatience();

		/**
		 * The meta object literal for the '<em><b>Augmentation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__AUGMENTATION = eINSTANCE.getTrainingSpec_Augmentation();

		/**
		 * The meta object literal for the '<em><b>Train Time Masking</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__TRAIN_TIME_MASKING = eINSTANCE.getTrainingSpec_TrainTimeMasking();

		/**
		 * The meta object literal for the '<em><b>Train Time Mask Placement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__TRAIN_TIME_MASK_PLACEMENT = eINSTANCE.getTrainingSpec_TrainTimeMaskPlacement();

		/**
		 * The meta object literal for the '<em><b>Rebalancing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_SPEC__REBALANCING = eINSTANCE.getTrainingSpec_Rebalancing();

		/**
		 * The meta object literal for the '<em><b>Rebalance Attribute</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__REBALANCE_ATTRIBUTE = eINSTANCE.getTrainingSpec_RebalanceAttribute();

		/**
		 * The meta object literal for the '<em><b>Group Dro</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__GROUP_DRO = eINSTANCE.getTrainingSpec_GroupDro();

		/**
		 * The meta object literal for the '<em><b>Just Train Twice</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__JUST_TRAIN_TWICE = eINSTANCE.getTrainingSpec_JustTrainTwice();

		/**
		 * The meta object literal for the '<em><b>Last Layer Retraining</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__LAST_LAYER_RETRAINING = eINSTANCE.getTrainingSpec_LastLayerRetraining();

		/**
		 * The meta object literal for the '<em><b>Distillation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRAINING_SPEC__DISTILLATION = eINSTANCE.getTrainingSpec_Distillation();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.GroupDroSpecImpl <em>Group Dro Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.GroupDroSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getGroupDroSpec()
		 * @generated
		 */
		EClass GROUP_DRO_SPEC = eINSTANCE.getGroupDroSpec();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_DRO_SPEC__GROUPS = eINSTANCE.getGroupDroSpec_Groups();

		/**
		 * The meta object literal for the '<em><b>Step Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_DRO_SPEC__STEP_SIZE = eINSTANCE.getGroupDroSpec_StepSize();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl <em>Slurm Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.SlurmSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getSlurmSpec()
		 * @generated
		 */
		EClass SLURM_SPEC = eINSTANCE.getSlurmSpec();

		/**
		 * The meta object literal for the '<em><b>Partition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__PARTITION = eINSTANCE.getSlurmSpec_Partition();

		/**
		 * The meta object literal for the '<em><b>Gpus Per Job</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__GPUS_PER_JOB = eINSTANCE.getSlurmSpec_GpusPerJob();

		/**
		 * The meta object literal for the '<em><b>Cpus Per Job</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__CPUS_PER_JOB = eINSTANCE.getSlurmSpec_CpusPerJob();

		/**
		 * The meta object literal for the '<em><b>Memory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__MEMORY = eINSTANCE.getSlurmSpec_Memory();

		/**
		 * The meta object literal for the '<em><b>Time Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__TIME_LIMIT = eINSTANCE.getSlurmSpec_TimeLimit();

		/**
		 * The meta object literal for the '<em><b>Account</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__ACCOUNT = eINSTANCE.getSlurmSpec_Account();

		/**
		 * The meta object literal for the '<em><b>Qos</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__QOS = eINSTANCE.getSlurmSpec_Qos();

		/**
		 * The meta object literal for the '<em><b>Extra Arguments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLURM_SPEC__EXTRA_ARGUMENTS = eINSTANCE.getSlurmSpec_ExtraArguments();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.JustTrainTwiceSpecImpl <em>Just Train Twice Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.JustTrainTwiceSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getJustTrainTwiceSpec()
		 * @generated
		 */
		EClass JUST_TRAIN_TWICE_SPEC = eINSTANCE.getJustTrainTwiceSpec();

		/**
		 * The meta object literal for the '<em><b>Identification Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS = eINSTANCE.getJustTrainTwiceSpec_IdentificationEpochs();

		/**
		 * The meta object literal for the '<em><b>Upweight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_SPEC__UPWEIGHT = eINSTANCE.getJustTrainTwiceSpec_Upweight();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.LastLayerRetrainingSpecImpl <em>Last Layer Retraining Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.LastLayerRetrainingSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getLastLayerRetrainingSpec()
		 * @generated
		 */
		EClass LAST_LAYER_RETRAINING_SPEC = eINSTANCE.getLastLayerRetrainingSpec();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_SPEC__GROUPS = eINSTANCE.getLastLayerRetrainingSpec_Groups();

		/**
		 * The meta object literal for the '<em><b>Subsets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_SPEC__SUBSETS = eINSTANCE.getLastLayerRetrainingSpec_Subsets();

		/**
		 * The meta object literal for the '<em><b>Regularisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_SPEC__REGULARISATION = eINSTANCE.getLastLayerRetrainingSpec_Regularisation();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.DistillationSpecImpl <em>Distillation Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.DistillationSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDistillationSpec()
		 * @generated
		 */
		EClass DISTILLATION_SPEC = eINSTANCE.getDistillationSpec();

		/**
		 * The meta object literal for the '<em><b>Teacher Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_SPEC__TEACHER_DATA = eINSTANCE.getDistillationSpec_TeacherData();

		/**
		 * The meta object literal for the '<em><b>Teacher Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_SPEC__TEACHER_FRACTION = eINSTANCE.getDistillationSpec_TeacherFraction();

		/**
		 * The meta object literal for the '<em><b>Teacher Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_SPEC__TEACHER_EPOCHS = eINSTANCE.getDistillationSpec_TeacherEpochs();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTILLATION_SPEC__ATTRIBUTE = eINSTANCE.getDistillationSpec_Attribute();

		/**
		 * The meta object literal for the '<em><b>Clean Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_SPEC__CLEAN_VALUE = eINSTANCE.getDistillationSpec_CleanValue();

		/**
		 * The meta object literal for the '<em><b>Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTILLATION_SPEC__LAYERS = eINSTANCE.getDistillationSpec_Layers();

		/**
		 * The meta object literal for the '<em><b>Layer Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_SPEC__LAYER_WEIGHT = eINSTANCE.getDistillationSpec_LayerWeight();

		/**
		 * The meta object literal for the '<em><b>Final Layer Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_SPEC__FINAL_LAYER_WEIGHT = eINSTANCE.getDistillationSpec_FinalLayerWeight();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.DistilledLayerImpl <em>Distilled Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.DistilledLayerImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDistilledLayer()
		 * @generated
		 */
		EClass DISTILLED_LAYER = eINSTANCE.getDistilledLayer();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLED_LAYER__LAYER = eINSTANCE.getDistilledLayer_Layer();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLED_LAYER__WEIGHT = eINSTANCE.getDistilledLayer_Weight();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.AugmentationImpl <em>Augmentation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.AugmentationImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getAugmentation()
		 * @generated
		 */
		EClass AUGMENTATION = eINSTANCE.getAugmentation();

		/**
		 * The meta object literal for the '<em><b>Horizontal Flip</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION__HORIZONTAL_FLIP = eINSTANCE.getAugmentation_HorizontalFlip();

		/**
		 * The meta object literal for the '<em><b>Rotation Degrees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION__ROTATION_DEGREES = eINSTANCE.getAugmentation_RotationDegrees();

		/**
		 * The meta object literal for the '<em><b>Translation Fraction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION__TRANSLATION_FRACTION = eINSTANCE.getAugmentation_TranslationFraction();

		/**
		 * The meta object literal for the '<em><b>Intensity Jitter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUGMENTATION__INTENSITY_JITTER = eINSTANCE.getAugmentation_IntensityJitter();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.InterventionImpl <em>Intervention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.InterventionImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getIntervention()
		 * @generated
		 */
		EClass INTERVENTION = eINSTANCE.getIntervention();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__NAME = eINSTANCE.getIntervention_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__KIND = eINSTANCE.getIntervention_Kind();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INTERVENTION__REGIONS = eINSTANCE.getIntervention_Regions();

		/**
		 * The meta object literal for the '<em><b>Fill</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__FILL = eINSTANCE.getIntervention_Fill();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INTERVENTION__LABELS = eINSTANCE.getIntervention_Labels();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl <em>Diagnostics Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.DiagnosticsSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDiagnosticsSpec()
		 * @generated
		 */
		EClass DIAGNOSTICS_SPEC = eINSTANCE.getDiagnosticsSpec();

		/**
		 * The meta object literal for the '<em><b>Study Seeds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__STUDY_SEEDS = eINSTANCE.getDiagnosticsSpec_StudySeeds();

		/**
		 * The meta object literal for the '<em><b>Study Confounder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__STUDY_CONFOUNDER = eINSTANCE.getDiagnosticsSpec_StudyConfounder();

		/**
		 * The meta object literal for the '<em><b>Grad Cam</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__GRAD_CAM = eINSTANCE.getDiagnosticsSpec_GradCam();

		/**
		 * The meta object literal for the '<em><b>Grad Cam Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__GRAD_CAM_LAYER = eINSTANCE.getDiagnosticsSpec_GradCamLayer();

		/**
		 * The meta object literal for the '<em><b>Occlusion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__OCCLUSION = eINSTANCE.getDiagnosticsSpec_Occlusion();

		/**
		 * The meta object literal for the '<em><b>Attribute Probes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__ATTRIBUTE_PROBES = eINSTANCE.getDiagnosticsSpec_AttributeProbes();

		/**
		 * The meta object literal for the '<em><b>Subgroup Attributes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSTICS_SPEC__SUBGROUP_ATTRIBUTES = eINSTANCE.getDiagnosticsSpec_SubgroupAttributes();

		/**
		 * The meta object literal for the '<em><b>Bootstrap Resamples</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__BOOTSTRAP_RESAMPLES = eINSTANCE.getDiagnosticsSpec_BootstrapResamples();

		/**
		 * The meta object literal for the '<em><b>Alpha</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__ALPHA = eINSTANCE.getDiagnosticsSpec_Alpha();

		/**
		 * The meta object literal for the '<em><b>Worst Cases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__WORST_CASES = eINSTANCE.getDiagnosticsSpec_WorstCases();

		/**
		 * The meta object literal for the '<em><b>Attribute Image Models</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__ATTRIBUTE_IMAGE_MODELS = eINSTANCE.getDiagnosticsSpec_AttributeImageModels();

		/**
		 * The meta object literal for the '<em><b>Masked Retrain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__MASKED_RETRAIN = eINSTANCE.getDiagnosticsSpec_MaskedRetrain();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__LABELS = eINSTANCE.getDiagnosticsSpec_Labels();

		/**
		 * The meta object literal for the '<em><b>Reliance Delta Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__RELIANCE_DELTA_AUC = eINSTANCE.getDiagnosticsSpec_RelianceDeltaAuc();

		/**
		 * The meta object literal for the '<em><b>Attention Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__ATTENTION_RATIO = eINSTANCE.getDiagnosticsSpec_AttentionRatio();

		/**
		 * The meta object literal for the '<em><b>Probe Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__PROBE_AUC = eINSTANCE.getDiagnosticsSpec_ProbeAuc();

		/**
		 * The meta object literal for the '<em><b>Subgroup Auc Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__SUBGROUP_AUC_GAP = eINSTANCE.getDiagnosticsSpec_SubgroupAucGap();

		/**
		 * The meta object literal for the '<em><b>Occlusion Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTICS_SPEC__OCCLUSION_IMAGES = eINSTANCE.getDiagnosticsSpec_OcclusionImages();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.impl.BackendSpecImpl <em>Backend Spec</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.impl.BackendSpecImpl
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getBackendSpec()
		 * @generated
		 */
		EClass BACKEND_SPEC = eINSTANCE.getBackendSpec();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_SPEC__KIND = eINSTANCE.getBackendSpec_Kind();

		/**
		 * The meta object literal for the '<em><b>Device Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_SPEC__DEVICE_INDEX = eINSTANCE.getBackendSpec_DeviceIndex();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.DatasetFormat <em>Dataset Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.DatasetFormat
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDatasetFormat()
		 * @generated
		 */
		EEnum DATASET_FORMAT = eINSTANCE.getDatasetFormat();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.InputNormalisation <em>Input Normalisation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.InputNormalisation
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getInputNormalisation()
		 * @generated
		 */
		EEnum INPUT_NORMALISATION = eINSTANCE.getInputNormalisation();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.DicomIntensity <em>Dicom Intensity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.DicomIntensity
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getDicomIntensity()
		 * @generated
		 */
		EEnum DICOM_INTENSITY = eINSTANCE.getDicomIntensity();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.BadImagePolicy <em>Bad Image Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.BadImagePolicy
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getBadImagePolicy()
		 * @generated
		 */
		EEnum BAD_IMAGE_POLICY = eINSTANCE.getBadImagePolicy();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.UncertainLabelPolicy <em>Uncertain Label Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.UncertainLabelPolicy
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getUncertainLabelPolicy()
		 * @generated
		 */
		EEnum UNCERTAIN_LABEL_POLICY = eINSTANCE.getUncertainLabelPolicy();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.AttributeKind <em>Attribute Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.AttributeKind
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getAttributeKind()
		 * @generated
		 */
		EEnum ATTRIBUTE_KIND = eINSTANCE.getAttributeKind();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.Architecture
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.TensorLayout <em>Tensor Layout</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.TensorLayout
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getTensorLayout()
		 * @generated
		 */
		EEnum TENSOR_LAYOUT = eINSTANCE.getTensorLayout();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.OutputActivation <em>Output Activation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.OutputActivation
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getOutputActivation()
		 * @generated
		 */
		EEnum OUTPUT_ACTIVATION = eINSTANCE.getOutputActivation();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.Optimizer <em>Optimizer</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.Optimizer
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getOptimizer()
		 * @generated
		 */
		EEnum OPTIMIZER = eINSTANCE.getOptimizer();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.MaskPlacement <em>Mask Placement</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.MaskPlacement
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getMaskPlacement()
		 * @generated
		 */
		EEnum MASK_PLACEMENT = eINSTANCE.getMaskPlacement();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.TeacherData <em>Teacher Data</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.TeacherData
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getTeacherData()
		 * @generated
		 */
		EEnum TEACHER_DATA = eINSTANCE.getTeacherData();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.Rebalancing <em>Rebalancing</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.Rebalancing
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getRebalancing()
		 * @generated
		 */
		EEnum REBALANCING = eINSTANCE.getRebalancing();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.InterventionKind <em>Intervention Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.InterventionKind
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getInterventionKind()
		 * @generated
		 */
		EEnum INTERVENTION_KIND = eINSTANCE.getInterventionKind();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.FillMode <em>Fill Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.FillMode
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getFillMode()
		 * @generated
		 */
		EEnum FILL_MODE = eINSTANCE.getFillMode();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.experiment.BackendKind <em>Backend Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.experiment.BackendKind
		 * @see org.confounderlab.model.experiment.impl.ExperimentPackageImpl#getBackendKind()
		 * @generated
		 */
		EEnum BACKEND_KIND = eINSTANCE.getBackendKind();

	}

} //ExperimentPackage

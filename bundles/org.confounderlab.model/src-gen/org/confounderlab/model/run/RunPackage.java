/**
 */
package org.confounderlab.model.run;

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
 * Confounder Lab run record: status, metrics, evidence and findings of one launched experiment. Per-image data lives in sidecar artifacts.
 * <!-- end-model-doc -->
 * @see org.confounderlab.model.run.RunFactory
 * @model kind="package"
 * @generated
 */
public interface RunPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "run";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://confounderlab.org/model/run/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "run";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RunPackage eINSTANCE = org.confounderlab.model.run.impl.RunPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.RunImpl <em>Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.RunImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRun()
	 * @generated
	 */
	int RUN = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__STATUS = 1;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__START_TIME = 2;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__END_TIME = 3;

	/**
	 * The feature id for the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ERROR_MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Cluster Job</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__CLUSTER_JOB = 5;

	/**
	 * The feature id for the '<em><b>Experiment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EXPERIMENT = 6;

	/**
	 * The feature id for the '<em><b>Experiment Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EXPERIMENT_PATH = 7;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__BACKEND = 8;

	/**
	 * The feature id for the '<em><b>Inputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__INPUTS = 9;

	/**
	 * The feature id for the '<em><b>Constant Validation Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__CONSTANT_VALIDATION_LOSS = 10;

	/**
	 * The feature id for the '<em><b>Epochs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EPOCHS = 11;

	/**
	 * The feature id for the '<em><b>Evaluations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__EVALUATIONS = 12;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__COMPARISONS = 13;

	/**
	 * The feature id for the '<em><b>Saliency</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SALIENCY = 14;

	/**
	 * The feature id for the '<em><b>Deletion Tests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__DELETION_TESTS = 15;

	/**
	 * The feature id for the '<em><b>Saliency Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SALIENCY_CASES = 16;

	/**
	 * The feature id for the '<em><b>Subgroups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SUBGROUPS = 17;

	/**
	 * The feature id for the '<em><b>Shift Tests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SHIFT_TESTS = 18;

	/**
	 * The feature id for the '<em><b>Initial Weights</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__INITIAL_WEIGHTS = 19;

	/**
	 * The feature id for the '<em><b>Imported Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__IMPORTED_MODEL = 20;

	/**
	 * The feature id for the '<em><b>Group Dro</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__GROUP_DRO = 21;

	/**
	 * The feature id for the '<em><b>Just Train Twice</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__JUST_TRAIN_TWICE = 22;

	/**
	 * The feature id for the '<em><b>Last Layer Retraining</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__LAST_LAYER_RETRAINING = 23;

	/**
	 * The feature id for the '<em><b>Distillation</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__DISTILLATION = 24;

	/**
	 * The feature id for the '<em><b>Leaks</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__LEAKS = 25;

	/**
	 * The feature id for the '<em><b>Group Weights</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__GROUP_WEIGHTS = 26;

	/**
	 * The feature id for the '<em><b>Probes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__PROBES = 27;

	/**
	 * The feature id for the '<em><b>Slices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__SLICES = 28;

	/**
	 * The feature id for the '<em><b>Audit</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__AUDIT = 29;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__FINDINGS = 30;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__ARTIFACTS = 31;

	/**
	 * The feature id for the '<em><b>Baseline Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN__BASELINE_RUN = 32;

	/**
	 * The number of structural features of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_FEATURE_COUNT = 33;

	/**
	 * The number of operations of the '<em>Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.InputRecordImpl <em>Input Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.InputRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getInputRecord()
	 * @generated
	 */
	int INPUT_RECORD = 1;

	/**
	 * The feature id for the '<em><b>Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__IMAGES = 0;

	/**
	 * The feature id for the '<em><b>Skipped Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__SKIPPED_ROWS = 1;

	/**
	 * The feature id for the '<em><b>Bad Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__BAD_IMAGES = 2;

	/**
	 * The feature id for the '<em><b>Cache File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__CACHE_FILE = 3;

	/**
	 * The feature id for the '<em><b>Cache Built</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__CACHE_BUILT = 4;

	/**
	 * The feature id for the '<em><b>Cache Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__CACHE_MILLIS = 5;

	/**
	 * The feature id for the '<em><b>Cache Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__CACHE_BYTES = 6;

	/**
	 * The feature id for the '<em><b>Cache Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD__CACHE_BITS = 7;

	/**
	 * The number of structural features of the '<em>Input Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Input Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INPUT_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.LeakCheckImpl <em>Leak Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.LeakCheckImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLeakCheck()
	 * @generated
	 */
	int LEAK_CHECK = 2;

	/**
	 * The feature id for the '<em><b>Max Distance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__MAX_DISTANCE = 0;

	/**
	 * The feature id for the '<em><b>Train Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__TRAIN_TEST_PAIRS = 1;

	/**
	 * The feature id for the '<em><b>Validation Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__VALIDATION_TEST_PAIRS = 2;

	/**
	 * The feature id for the '<em><b>Train Validation Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__TRAIN_VALIDATION_PAIRS = 3;

	/**
	 * The feature id for the '<em><b>Shared Patients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__SHARED_PATIENTS = 4;

	/**
	 * The feature id for the '<em><b>Leaking Test Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__LEAKING_TEST_IMAGES = 5;

	/**
	 * The feature id for the '<em><b>Test Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__TEST_IMAGES = 6;

	/**
	 * The feature id for the '<em><b>Min Cosine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__MIN_COSINE = 7;

	/**
	 * The feature id for the '<em><b>Feature Train Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS = 8;

	/**
	 * The feature id for the '<em><b>Feature Validation Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS = 9;

	/**
	 * The feature id for the '<em><b>Feature Train Validation Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS = 10;

	/**
	 * The feature id for the '<em><b>Feature Only Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__FEATURE_ONLY_PAIRS = 11;

	/**
	 * The feature id for the '<em><b>Feature Check Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__FEATURE_CHECK_NOTE = 12;

	/**
	 * The feature id for the '<em><b>Leak Free</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK__LEAK_FREE = 13;

	/**
	 * The number of structural features of the '<em>Leak Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Leak Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEAK_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.BackendInfoImpl <em>Backend Info</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.BackendInfoImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getBackendInfo()
	 * @generated
	 */
	int BACKEND_INFO = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__KIND = 0;

	/**
	 * The feature id for the '<em><b>Device Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__DEVICE_NAME = 1;

	/**
	 * The feature id for the '<em><b>Driver Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__DRIVER_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__MEMORY_BYTES = 3;

	/**
	 * The feature id for the '<em><b>Cpu Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__CPU_THREADS = 4;

	/**
	 * The feature id for the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__JAVA_VERSION = 5;

	/**
	 * The feature id for the '<em><b>Nd4j Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__ND4J_BACKEND = 6;

	/**
	 * The feature id for the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__CPU_MODEL = 7;

	/**
	 * The feature id for the '<em><b>Cpu Isa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO__CPU_ISA = 8;

	/**
	 * The number of structural features of the '<em>Backend Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Backend Info</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BACKEND_INFO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.EpochRecordImpl <em>Epoch Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.EpochRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getEpochRecord()
	 * @generated
	 */
	int EPOCH_RECORD = 4;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Train Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__TRAIN_LOSS = 1;

	/**
	 * The feature id for the '<em><b>Validation Loss</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__VALIDATION_LOSS = 2;

	/**
	 * The feature id for the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__DURATION_MILLIS = 3;

	/**
	 * The feature id for the '<em><b>Learning Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__LEARNING_RATE = 4;

	/**
	 * The feature id for the '<em><b>Backbone Frozen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__BACKBONE_FROZEN = 5;

	/**
	 * The feature id for the '<em><b>Label Aucs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__LABEL_AUCS = 6;

	/**
	 * The feature id for the '<em><b>Loss Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD__LOSS_TERMS = 7;

	/**
	 * The number of structural features of the '<em>Epoch Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Epoch Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EPOCH_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.LossTermImpl <em>Loss Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.LossTermImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLossTerm()
	 * @generated
	 */
	int LOSS_TERM = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_TERM__NAME = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_TERM__WEIGHT = 1;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_TERM__SCALE = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_TERM__VALUE = 3;

	/**
	 * The number of structural features of the '<em>Loss Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_TERM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Loss Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOSS_TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl <em>Initial Weights Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.InitialWeightsRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getInitialWeightsRecord()
	 * @generated
	 */
	int INITIAL_WEIGHTS_RECORD = 6;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD__FILE = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD__SHA256 = 2;

	/**
	 * The feature id for the '<em><b>Loaded</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD__LOADED = 3;

	/**
	 * The feature id for the '<em><b>Initialised</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD__INITIALISED = 4;

	/**
	 * The feature id for the '<em><b>Ignored</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD__IGNORED = 5;

	/**
	 * The feature id for the '<em><b>Adaptations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD__ADAPTATIONS = 6;

	/**
	 * The number of structural features of the '<em>Initial Weights Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Initial Weights Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INITIAL_WEIGHTS_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl <em>Imported Model Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.ImportedModelRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getImportedModelRecord()
	 * @generated
	 */
	int IMPORTED_MODEL_RECORD = 7;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__FILE = 0;

	/**
	 * The feature id for the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__SHA256 = 1;

	/**
	 * The feature id for the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__PRODUCER = 2;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__INPUT = 3;

	/**
	 * The feature id for the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__OUTPUT = 4;

	/**
	 * The feature id for the '<em><b>Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__FEATURES = 5;

	/**
	 * The feature id for the '<em><b>Saliency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__SALIENCY = 6;

	/**
	 * The feature id for the '<em><b>Cam Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD__CAM_LAYERS = 7;

	/**
	 * The number of structural features of the '<em>Imported Model Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Imported Model Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORTED_MODEL_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.GroupDroRecordImpl <em>Group Dro Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.GroupDroRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getGroupDroRecord()
	 * @generated
	 */
	int GROUP_DRO_RECORD = 8;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_RECORD__GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Step Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_RECORD__STEP_SIZE = 1;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_RECORD__CELLS = 2;

	/**
	 * The feature id for the '<em><b>Epoch Weights</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_RECORD__EPOCH_WEIGHTS = 3;

	/**
	 * The number of structural features of the '<em>Group Dro Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_RECORD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Group Dro Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_DRO_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl <em>Just Train Twice Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getJustTrainTwiceRecord()
	 * @generated
	 */
	int JUST_TRAIN_TWICE_RECORD = 9;

	/**
	 * The feature id for the '<em><b>Identification Epochs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS = 0;

	/**
	 * The feature id for the '<em><b>Upweight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD__UPWEIGHT = 1;

	/**
	 * The feature id for the '<em><b>Train Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES = 2;

	/**
	 * The feature id for the '<em><b>Errors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD__ERRORS = 3;

	/**
	 * The feature id for the '<em><b>Errors By Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP = 4;

	/**
	 * The feature id for the '<em><b>Identification Validation Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC = 5;

	/**
	 * The number of structural features of the '<em>Just Train Twice Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Just Train Twice Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JUST_TRAIN_TWICE_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl <em>Last Layer Retraining Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLastLayerRetrainingRecord()
	 * @generated
	 */
	int LAST_LAYER_RETRAINING_RECORD = 10;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__GROUPS = 0;

	/**
	 * The feature id for the '<em><b>Held Out Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES = 1;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__CELLS = 2;

	/**
	 * The feature id for the '<em><b>Subset Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE = 3;

	/**
	 * The feature id for the '<em><b>Subsets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__SUBSETS = 4;

	/**
	 * The feature id for the '<em><b>Regularisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__REGULARISATION = 5;

	/**
	 * The feature id for the '<em><b>Validation Auc Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE = 6;

	/**
	 * The feature id for the '<em><b>Validation Auc After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER = 7;

	/**
	 * The feature id for the '<em><b>Worst Group Auc Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE = 8;

	/**
	 * The feature id for the '<em><b>Worst Group Auc After</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER = 9;

	/**
	 * The number of structural features of the '<em>Last Layer Retraining Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Last Layer Retraining Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAST_LAYER_RETRAINING_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.DistillationRecordImpl <em>Distillation Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.DistillationRecordImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDistillationRecord()
	 * @generated
	 */
	int DISTILLATION_RECORD = 11;

	/**
	 * The feature id for the '<em><b>Teacher Data</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD__TEACHER_DATA = 0;

	/**
	 * The feature id for the '<em><b>Teacher Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD__TEACHER_IMAGES = 1;

	/**
	 * The feature id for the '<em><b>Teacher Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD__TEACHER_MODEL = 2;

	/**
	 * The feature id for the '<em><b>Kept Epoch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD__KEPT_EPOCH = 3;

	/**
	 * The feature id for the '<em><b>Teacher Epochs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD__TEACHER_EPOCHS = 4;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD__TERMS = 5;

	/**
	 * The number of structural features of the '<em>Distillation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Distillation Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISTILLATION_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.LabelValueImpl <em>Label Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.LabelValueImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLabelValue()
	 * @generated
	 */
	int LABEL_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_VALUE__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_VALUE__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Label Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_VALUE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Label Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.EvaluationImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 13;

	/**
	 * The feature id for the '<em><b>Intervention Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__INTERVENTION_NAME = 0;

	/**
	 * The feature id for the '<em><b>Intervention Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__INTERVENTION_KIND = 1;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__N = 2;

	/**
	 * The feature id for the '<em><b>Positives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__POSITIVES = 3;

	/**
	 * The feature id for the '<em><b>Labels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__LABELS = 4;

	/**
	 * The feature id for the '<em><b>Patients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PATIENTS = 5;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.LabelEvaluationImpl <em>Label Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.LabelEvaluationImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLabelEvaluation()
	 * @generated
	 */
	int LABEL_EVALUATION = 14;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION__AUC = 1;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION__CI_LOWER = 2;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION__CI_UPPER = 3;

	/**
	 * The feature id for the '<em><b>Ci Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION__CI_METHOD = 4;

	/**
	 * The feature id for the '<em><b>Roc Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION__ROC_POINTS = 5;

	/**
	 * The number of structural features of the '<em>Label Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Label Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.RocPointImpl <em>Roc Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.RocPointImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRocPoint()
	 * @generated
	 */
	int ROC_POINT = 15;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROC_POINT__THRESHOLD = 0;

	/**
	 * The feature id for the '<em><b>Fpr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROC_POINT__FPR = 1;

	/**
	 * The feature id for the '<em><b>Tpr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROC_POINT__TPR = 2;

	/**
	 * The number of structural features of the '<em>Roc Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROC_POINT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Roc Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROC_POINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.AucComparisonImpl <em>Auc Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.AucComparisonImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getAucComparison()
	 * @generated
	 */
	int AUC_COMPARISON = 16;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__BASELINE = 1;

	/**
	 * The feature id for the '<em><b>Variant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__VARIANT = 2;

	/**
	 * The feature id for the '<em><b>Delta Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__DELTA_AUC = 3;

	/**
	 * The feature id for the '<em><b>Z</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__Z = 4;

	/**
	 * The feature id for the '<em><b>PValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__PVALUE = 5;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__CI_LOWER = 6;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__CI_UPPER = 7;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON__METHOD = 8;

	/**
	 * The number of structural features of the '<em>Auc Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Auc Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUC_COMPARISON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.SaliencySummaryImpl <em>Saliency Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.SaliencySummaryImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSaliencySummary()
	 * @generated
	 */
	int SALIENCY_SUMMARY = 17;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__METHOD = 0;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__LAYER = 1;

	/**
	 * The feature id for the '<em><b>Region Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__REGION_NAME = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__LABEL = 3;

	/**
	 * The feature id for the '<em><b>Mean Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__MEAN_SHARE = 4;

	/**
	 * The feature id for the '<em><b>Area Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__AREA_SHARE = 5;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__CI_LOWER = 6;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__CI_UPPER = 7;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__N = 8;

	/**
	 * The feature id for the '<em><b>Subset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__SUBSET = 9;

	/**
	 * The feature id for the '<em><b>Pointing Hit Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__POINTING_HIT_RATE = 10;

	/**
	 * The feature id for the '<em><b>Randomisation Rank Correlation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION = 11;

	/**
	 * The number of structural features of the '<em>Saliency Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Saliency Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.DeletionTestImpl <em>Deletion Test</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.DeletionTestImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDeletionTest()
	 * @generated
	 */
	int DELETION_TEST = 18;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__METHOD = 0;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__LAYER = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__IMAGES = 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__STEPS = 4;

	/**
	 * The feature id for the '<em><b>Map Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__MAP_AREA = 5;

	/**
	 * The feature id for the '<em><b>Random Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__RANDOM_AREA = 6;

	/**
	 * The feature id for the '<em><b>Difference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__DIFFERENCE = 7;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__CI_LOWER = 8;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__CI_UPPER = 9;

	/**
	 * The feature id for the '<em><b>Map Curve</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__MAP_CURVE = 10;

	/**
	 * The feature id for the '<em><b>Random Curve</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST__RANDOM_CURVE = 11;

	/**
	 * The number of structural features of the '<em>Deletion Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Deletion Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DELETION_TEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.SaliencyCaseImpl <em>Saliency Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.SaliencyCaseImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSaliencyCase()
	 * @generated
	 */
	int SALIENCY_CASE = 19;

	/**
	 * The feature id for the '<em><b>Rank</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__RANK = 0;

	/**
	 * The feature id for the '<em><b>Image</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__IMAGE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__POSITIVE = 3;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__SCORE = 4;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__METHOD = 5;

	/**
	 * The feature id for the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__LAYER = 6;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__REGION = 7;

	/**
	 * The feature id for the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__INPUT = 8;

	/**
	 * The feature id for the '<em><b>Heat Map</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__HEAT_MAP = 9;

	/**
	 * The feature id for the '<em><b>Overlay</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__OVERLAY = 10;

	/**
	 * The feature id for the '<em><b>Regions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE__REGIONS = 11;

	/**
	 * The number of structural features of the '<em>Saliency Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Saliency Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SALIENCY_CASE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.RegionAttentionImpl <em>Region Attention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.RegionAttentionImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRegionAttention()
	 * @generated
	 */
	int REGION_ATTENTION = 20;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION__NAME = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION__Y = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION__SHARE = 5;

	/**
	 * The feature id for the '<em><b>Area Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION__AREA_SHARE = 6;

	/**
	 * The number of structural features of the '<em>Region Attention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Region Attention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGION_ATTENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.SubgroupMetricImpl <em>Subgroup Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.SubgroupMetricImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSubgroupMetric()
	 * @generated
	 */
	int SUBGROUP_METRIC = 21;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__LABEL = 2;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__N = 3;

	/**
	 * The feature id for the '<em><b>Prevalence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__PREVALENCE = 4;

	/**
	 * The feature id for the '<em><b>Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__AUC = 5;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__CI_LOWER = 6;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__CI_UPPER = 7;

	/**
	 * The feature id for the '<em><b>Sensitivity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__SENSITIVITY = 8;

	/**
	 * The feature id for the '<em><b>Specificity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__SPECIFICITY = 9;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC__THRESHOLD = 10;

	/**
	 * The number of structural features of the '<em>Subgroup Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Subgroup Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.FeatureSliceImpl <em>Feature Slice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.FeatureSliceImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getFeatureSlice()
	 * @generated
	 */
	int FEATURE_SLICE = 22;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__SIZE = 2;

	/**
	 * The feature id for the '<em><b>Prevalence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__PREVALENCE = 3;

	/**
	 * The feature id for the '<em><b>Rest Prevalence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__REST_PREVALENCE = 4;

	/**
	 * The feature id for the '<em><b>Loss Ratio</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__LOSS_RATIO = 5;

	/**
	 * The feature id for the '<em><b>Error Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__ERROR_RATE = 6;

	/**
	 * The feature id for the '<em><b>Rest Error Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__REST_ERROR_RATE = 7;

	/**
	 * The feature id for the '<em><b>Error P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__ERROR_P = 8;

	/**
	 * The feature id for the '<em><b>Label Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__LABEL_AUC = 9;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__ATTRIBUTE = 10;

	/**
	 * The feature id for the '<em><b>Attribute V</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__ATTRIBUTE_V = 11;

	/**
	 * The feature id for the '<em><b>Attribute Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__ATTRIBUTE_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Value Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__VALUE_SHARE = 13;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE__DESCRIPTION = 14;

	/**
	 * The number of structural features of the '<em>Feature Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE_FEATURE_COUNT = 15;

	/**
	 * The number of operations of the '<em>Feature Slice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SLICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.AttributeProbeImpl <em>Attribute Probe</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.AttributeProbeImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getAttributeProbe()
	 * @generated
	 */
	int ATTRIBUTE_PROBE = 23;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE__AUC = 1;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE__CI_LOWER = 2;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE__CI_UPPER = 3;

	/**
	 * The feature id for the '<em><b>Folds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE__FOLDS = 4;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE__METHOD = 5;

	/**
	 * The number of structural features of the '<em>Attribute Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Attribute Probe</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ATTRIBUTE_PROBE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.DatasetAuditImpl <em>Dataset Audit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.DatasetAuditImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDatasetAudit()
	 * @generated
	 */
	int DATASET_AUDIT = 24;

	/**
	 * The feature id for the '<em><b>Manifest</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT__MANIFEST = 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT__CREATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Image Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT__IMAGE_COUNT = 2;

	/**
	 * The feature id for the '<em><b>Associations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT__ASSOCIATIONS = 3;

	/**
	 * The feature id for the '<em><b>Prevalences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT__PREVALENCES = 4;

	/**
	 * The feature id for the '<em><b>Image Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT__IMAGE_PROPERTIES = 5;

	/**
	 * The feature id for the '<em><b>Warnings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT__WARNINGS = 6;

	/**
	 * The number of structural features of the '<em>Dataset Audit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Dataset Audit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_AUDIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.AuditWarningImpl <em>Audit Warning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.AuditWarningImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getAuditWarning()
	 * @generated
	 */
	int AUDIT_WARNING = 25;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING__KIND = 0;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING__ATTRIBUTE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING__COUNT = 3;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING__MESSAGE = 4;

	/**
	 * The feature id for the '<em><b>Examples</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING__EXAMPLES = 5;

	/**
	 * The number of structural features of the '<em>Audit Warning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Audit Warning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_WARNING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.ShiftTestImpl <em>Shift Test</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.ShiftTestImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getShiftTest()
	 * @generated
	 */
	int SHIFT_TEST = 26;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__CASES = 2;

	/**
	 * The feature id for the '<em><b>Positives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__POSITIVES = 3;

	/**
	 * The feature id for the '<em><b>Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__AUC = 4;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__CI_LOWER = 5;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__CI_UPPER = 6;

	/**
	 * The feature id for the '<em><b>In Distribution Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__IN_DISTRIBUTION_AUC = 7;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST__GROUPS = 8;

	/**
	 * The number of structural features of the '<em>Shift Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Shift Test</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHIFT_TEST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.GroupWeightImpl <em>Group Weight</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.GroupWeightImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getGroupWeight()
	 * @generated
	 */
	int GROUP_WEIGHT = 27;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT__GROUP = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Positives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT__POSITIVES = 3;

	/**
	 * The feature id for the '<em><b>Negatives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT__NEGATIVES = 4;

	/**
	 * The feature id for the '<em><b>Positive Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT__POSITIVE_WEIGHT = 5;

	/**
	 * The feature id for the '<em><b>Negative Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT__NEGATIVE_WEIGHT = 6;

	/**
	 * The number of structural features of the '<em>Group Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Group Weight</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_WEIGHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl <em>Subgroup Prevalence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.SubgroupPrevalenceImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSubgroupPrevalence()
	 * @generated
	 */
	int SUBGROUP_PREVALENCE = 28;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE__LABEL = 2;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE__N = 3;

	/**
	 * The feature id for the '<em><b>Positives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE__POSITIVES = 4;

	/**
	 * The feature id for the '<em><b>Prevalence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE__PREVALENCE = 5;

	/**
	 * The number of structural features of the '<em>Subgroup Prevalence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Subgroup Prevalence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUBGROUP_PREVALENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl <em>Image Property Audit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.ImagePropertyAuditImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getImagePropertyAudit()
	 * @generated
	 */
	int IMAGE_PROPERTY_AUDIT = 29;

	/**
	 * The feature id for the '<em><b>Property</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__PROPERTY = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__N = 2;

	/**
	 * The feature id for the '<em><b>Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__AUC = 3;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__CI_LOWER = 4;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__CI_UPPER = 5;

	/**
	 * The feature id for the '<em><b>Higher Is Positive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE = 6;

	/**
	 * The feature id for the '<em><b>Drift Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__DRIFT_AUC = 7;

	/**
	 * The feature id for the '<em><b>Drift Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER = 8;

	/**
	 * The feature id for the '<em><b>Drift Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER = 9;

	/**
	 * The feature id for the '<em><b>Drift P</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__DRIFT_P = 10;

	/**
	 * The feature id for the '<em><b>Drift Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT__DRIFT_NOTE = 11;

	/**
	 * The number of structural features of the '<em>Image Property Audit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Image Property Audit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_PROPERTY_AUDIT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.DatasetAssociationImpl <em>Dataset Association</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.DatasetAssociationImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDatasetAssociation()
	 * @generated
	 */
	int DATASET_ASSOCIATION = 30;

	/**
	 * The feature id for the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__ATTRIBUTE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Cramers V</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__CRAMERS_V = 2;

	/**
	 * The feature id for the '<em><b>Chi Square</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__CHI_SQUARE = 3;

	/**
	 * The feature id for the '<em><b>PValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__PVALUE = 4;

	/**
	 * The feature id for the '<em><b>Attribute Only Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC = 5;

	/**
	 * The feature id for the '<em><b>Degrees Of Freedom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__DEGREES_OF_FREEDOM = 6;

	/**
	 * The feature id for the '<em><b>Mutual Information</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__MUTUAL_INFORMATION = 7;

	/**
	 * The feature id for the '<em><b>N</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION__N = 8;

	/**
	 * The number of structural features of the '<em>Dataset Association</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Dataset Association</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATASET_ASSOCIATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.FindingImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 31;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__SEVERITY = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__KIND = 1;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EVIDENCE = 3;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.ArtifactImpl <em>Artifact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.ArtifactImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArtifact()
	 * @generated
	 */
	int ARTIFACT = 32;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__KIND = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__PATH = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__DESCRIPTION = 2;

	/**
	 * The number of structural features of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.StudyImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 33;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Experiment Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__EXPERIMENT_PATH = 2;

	/**
	 * The feature id for the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__START_TIME = 3;

	/**
	 * The feature id for the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__END_TIME = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Error Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ERROR_MESSAGE = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__LABEL = 7;

	/**
	 * The feature id for the '<em><b>Shift Grouping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SHIFT_GROUPING = 8;

	/**
	 * The feature id for the '<em><b>Shift Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SHIFT_CASES = 9;

	/**
	 * The feature id for the '<em><b>Shift Positives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SHIFT_POSITIVES = 10;

	/**
	 * The feature id for the '<em><b>Shift Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SHIFT_GROUPS = 11;

	/**
	 * The feature id for the '<em><b>Confidence Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CONFIDENCE_LEVEL = 12;

	/**
	 * The feature id for the '<em><b>Shift Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SHIFT_NOTE = 13;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SEEDS = 14;

	/**
	 * The feature id for the '<em><b>Patients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PATIENTS = 15;

	/**
	 * The feature id for the '<em><b>Arms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ARMS = 16;

	/**
	 * The feature id for the '<em><b>Comparisons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__COMPARISONS = 17;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.StudyArmImpl <em>Study Arm</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.StudyArmImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getStudyArm()
	 * @generated
	 */
	int STUDY_ARM = 34;

	/**
	 * The feature id for the '<em><b>Seed Run Paths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__SEED_RUN_PATHS = 0;

	/**
	 * The feature id for the '<em><b>In Distribution Auc Seed Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN = 1;

	/**
	 * The feature id for the '<em><b>In Distribution Auc Seed Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER = 2;

	/**
	 * The feature id for the '<em><b>In Distribution Auc Seed Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER = 3;

	/**
	 * The feature id for the '<em><b>Shifted Auc Seed Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__SHIFTED_AUC_SEED_MEAN = 4;

	/**
	 * The feature id for the '<em><b>Shifted Auc Seed Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__SHIFTED_AUC_SEED_LOWER = 5;

	/**
	 * The feature id for the '<em><b>Shifted Auc Seed Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__SHIFTED_AUC_SEED_UPPER = 6;

	/**
	 * The feature id for the '<em><b>Masked Delta Auc Seed Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN = 7;

	/**
	 * The feature id for the '<em><b>Masked Delta Auc Seed Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER = 8;

	/**
	 * The feature id for the '<em><b>Masked Delta Auc Seed Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER = 9;

	/**
	 * The feature id for the '<em><b>Worst Group Auc Seed Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN = 10;

	/**
	 * The feature id for the '<em><b>Worst Group Auc Seed Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER = 11;

	/**
	 * The feature id for the '<em><b>Worst Group Auc Seed Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER = 12;

	/**
	 * The feature id for the '<em><b>Tpr Gap Seed Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__TPR_GAP_SEED_MEAN = 13;

	/**
	 * The feature id for the '<em><b>Tpr Gap Seed Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__TPR_GAP_SEED_LOWER = 14;

	/**
	 * The feature id for the '<em><b>Tpr Gap Seed Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__TPR_GAP_SEED_UPPER = 15;

	/**
	 * The feature id for the '<em><b>Failed To Learn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__FAILED_TO_LEARN = 16;

	/**
	 * The feature id for the '<em><b>Learning Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__LEARNING_NOTE = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__NAME = 18;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__KIND = 19;

	/**
	 * The feature id for the '<em><b>Run Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__RUN_ID = 20;

	/**
	 * The feature id for the '<em><b>Run Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__RUN_PATH = 21;

	/**
	 * The feature id for the '<em><b>In Distribution Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__IN_DISTRIBUTION_AUC = 22;

	/**
	 * The feature id for the '<em><b>In Distribution Auc Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER = 23;

	/**
	 * The feature id for the '<em><b>In Distribution Auc Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER = 24;

	/**
	 * The feature id for the '<em><b>Shifted Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__SHIFTED_AUC = 25;

	/**
	 * The feature id for the '<em><b>Shifted Auc Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__SHIFTED_AUC_LOWER = 26;

	/**
	 * The feature id for the '<em><b>Shifted Auc Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__SHIFTED_AUC_UPPER = 27;

	/**
	 * The feature id for the '<em><b>Masked Delta Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__MASKED_DELTA_AUC = 28;

	/**
	 * The feature id for the '<em><b>Masked Delta Auc Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__MASKED_DELTA_AUC_LOWER = 29;

	/**
	 * The feature id for the '<em><b>Masked Delta Auc Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__MASKED_DELTA_AUC_UPPER = 30;

	/**
	 * The feature id for the '<em><b>Masked PValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__MASKED_PVALUE = 31;

	/**
	 * The feature id for the '<em><b>Attention Share</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__ATTENTION_SHARE = 32;

	/**
	 * The feature id for the '<em><b>Attention Share Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__ATTENTION_SHARE_LOWER = 33;

	/**
	 * The feature id for the '<em><b>Attention Share Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__ATTENTION_SHARE_UPPER = 34;

	/**
	 * The feature id for the '<em><b>Worst Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__WORST_GROUP = 35;

	/**
	 * The feature id for the '<em><b>Worst Group Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__WORST_GROUP_AUC = 36;

	/**
	 * The feature id for the '<em><b>Worst Group Auc Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__WORST_GROUP_AUC_LOWER = 37;

	/**
	 * The feature id for the '<em><b>Worst Group Auc Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__WORST_GROUP_AUC_UPPER = 38;

	/**
	 * The feature id for the '<em><b>Tpr Gap</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__TPR_GAP = 39;

	/**
	 * The feature id for the '<em><b>Tpr Gap Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__TPR_GAP_LOWER = 40;

	/**
	 * The feature id for the '<em><b>Tpr Gap Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM__TPR_GAP_UPPER = 41;

	/**
	 * The number of structural features of the '<em>Study Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM_FEATURE_COUNT = 42;

	/**
	 * The number of operations of the '<em>Study Arm</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_ARM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.impl.ArmComparisonImpl <em>Arm Comparison</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.impl.ArmComparisonImpl
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArmComparison()
	 * @generated
	 */
	int ARM_COMPARISON = 35;

	/**
	 * The feature id for the '<em><b>Seeds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__SEEDS = 0;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__METHOD = 1;

	/**
	 * The feature id for the '<em><b>Arm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__ARM = 2;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__BASELINE = 3;

	/**
	 * The feature id for the '<em><b>Test Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__TEST_SET = 4;

	/**
	 * The feature id for the '<em><b>Cases</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__CASES = 5;

	/**
	 * The feature id for the '<em><b>Delta Auc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__DELTA_AUC = 6;

	/**
	 * The feature id for the '<em><b>Ci Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__CI_LOWER = 7;

	/**
	 * The feature id for the '<em><b>Ci Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__CI_UPPER = 8;

	/**
	 * The feature id for the '<em><b>PValue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON__PVALUE = 9;

	/**
	 * The number of structural features of the '<em>Arm Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Arm Comparison</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARM_COMPARISON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.RunStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.RunStatus
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRunStatus()
	 * @generated
	 */
	int RUN_STATUS = 36;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.CiMethod <em>Ci Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.CiMethod
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getCiMethod()
	 * @generated
	 */
	int CI_METHOD = 37;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.SaliencyMethod <em>Saliency Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.SaliencyMethod
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSaliencyMethod()
	 * @generated
	 */
	int SALIENCY_METHOD = 38;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.FindingSeverity <em>Finding Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.FindingSeverity
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getFindingSeverity()
	 * @generated
	 */
	int FINDING_SEVERITY = 39;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.ArtifactKind <em>Artifact Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.ArtifactKind
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArtifactKind()
	 * @generated
	 */
	int ARTIFACT_KIND = 40;

	/**
	 * The meta object id for the '{@link org.confounderlab.model.run.ArmKind <em>Arm Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.confounderlab.model.run.ArmKind
	 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArmKind()
	 * @generated
	 */
	int ARM_KIND = 41;


	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Run</em>'.
	 * @see org.confounderlab.model.run.Run
	 * @generated
	 */
	EClass getRun();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.confounderlab.model.run.Run#getId()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.confounderlab.model.run.Run#getStatus()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.confounderlab.model.run.Run#getStartTime()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see org.confounderlab.model.run.Run#getEndTime()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getErrorMessage <em>Error Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Message</em>'.
	 * @see org.confounderlab.model.run.Run#getErrorMessage()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ErrorMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getClusterJob <em>Cluster Job</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cluster Job</em>'.
	 * @see org.confounderlab.model.run.Run#getClusterJob()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ClusterJob();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getExperiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Experiment</em>'.
	 * @see org.confounderlab.model.run.Run#getExperiment()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Experiment();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getExperimentPath <em>Experiment Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment Path</em>'.
	 * @see org.confounderlab.model.run.Run#getExperimentPath()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ExperimentPath();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Backend</em>'.
	 * @see org.confounderlab.model.run.Run#getBackend()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Backend();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getInputs <em>Inputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Inputs</em>'.
	 * @see org.confounderlab.model.run.Run#getInputs()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Inputs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getConstantValidationLoss <em>Constant Validation Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Constant Validation Loss</em>'.
	 * @see org.confounderlab.model.run.Run#getConstantValidationLoss()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_ConstantValidationLoss();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getEpochs <em>Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Epochs</em>'.
	 * @see org.confounderlab.model.run.Run#getEpochs()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Epochs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getEvaluations <em>Evaluations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Evaluations</em>'.
	 * @see org.confounderlab.model.run.Run#getEvaluations()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Evaluations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparisons</em>'.
	 * @see org.confounderlab.model.run.Run#getComparisons()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Comparisons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getSaliency <em>Saliency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Saliency</em>'.
	 * @see org.confounderlab.model.run.Run#getSaliency()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Saliency();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getDeletionTests <em>Deletion Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Deletion Tests</em>'.
	 * @see org.confounderlab.model.run.Run#getDeletionTests()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_DeletionTests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getSaliencyCases <em>Saliency Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Saliency Cases</em>'.
	 * @see org.confounderlab.model.run.Run#getSaliencyCases()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_SaliencyCases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getSubgroups <em>Subgroups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subgroups</em>'.
	 * @see org.confounderlab.model.run.Run#getSubgroups()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Subgroups();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getShiftTests <em>Shift Tests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shift Tests</em>'.
	 * @see org.confounderlab.model.run.Run#getShiftTests()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_ShiftTests();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getInitialWeights <em>Initial Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Initial Weights</em>'.
	 * @see org.confounderlab.model.run.Run#getInitialWeights()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_InitialWeights();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getImportedModel <em>Imported Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Imported Model</em>'.
	 * @see org.confounderlab.model.run.Run#getImportedModel()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_ImportedModel();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getGroupDro <em>Group Dro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Group Dro</em>'.
	 * @see org.confounderlab.model.run.Run#getGroupDro()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_GroupDro();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getJustTrainTwice <em>Just Train Twice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Just Train Twice</em>'.
	 * @see org.confounderlab.model.run.Run#getJustTrainTwice()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_JustTrainTwice();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getLastLayerRetraining <em>Last Layer Retraining</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Last Layer Retraining</em>'.
	 * @see org.confounderlab.model.run.Run#getLastLayerRetraining()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_LastLayerRetraining();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getDistillation <em>Distillation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Distillation</em>'.
	 * @see org.confounderlab.model.run.Run#getDistillation()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Distillation();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getLeaks <em>Leaks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Leaks</em>'.
	 * @see org.confounderlab.model.run.Run#getLeaks()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Leaks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getGroupWeights <em>Group Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Group Weights</em>'.
	 * @see org.confounderlab.model.run.Run#getGroupWeights()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_GroupWeights();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getProbes <em>Probes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Probes</em>'.
	 * @see org.confounderlab.model.run.Run#getProbes()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Probes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getSlices <em>Slices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Slices</em>'.
	 * @see org.confounderlab.model.run.Run#getSlices()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Slices();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.Run#getAudit <em>Audit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Audit</em>'.
	 * @see org.confounderlab.model.run.Run#getAudit()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Audit();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.confounderlab.model.run.Run#getFindings()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Run#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artifacts</em>'.
	 * @see org.confounderlab.model.run.Run#getArtifacts()
	 * @see #getRun()
	 * @generated
	 */
	EReference getRun_Artifacts();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Run#getBaselineRun <em>Baseline Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Run</em>'.
	 * @see org.confounderlab.model.run.Run#getBaselineRun()
	 * @see #getRun()
	 * @generated
	 */
	EAttribute getRun_BaselineRun();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.InputRecord <em>Input Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Input Record</em>'.
	 * @see org.confounderlab.model.run.InputRecord
	 * @generated
	 */
	EClass getInputRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Images</em>'.
	 * @see org.confounderlab.model.run.InputRecord#getImages()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_Images();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#getSkippedRows <em>Skipped Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skipped Rows</em>'.
	 * @see org.confounderlab.model.run.InputRecord#getSkippedRows()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_SkippedRows();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#getBadImages <em>Bad Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bad Images</em>'.
	 * @see org.confounderlab.model.run.InputRecord#getBadImages()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_BadImages();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#getCacheFile <em>Cache File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache File</em>'.
	 * @see org.confounderlab.model.run.InputRecord#getCacheFile()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_CacheFile();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#isCacheBuilt <em>Cache Built</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Built</em>'.
	 * @see org.confounderlab.model.run.InputRecord#isCacheBuilt()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_CacheBuilt();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#getCacheMillis <em>Cache Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Millis</em>'.
	 * @see org.confounderlab.model.run.InputRecord#getCacheMillis()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_CacheMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#getCacheBytes <em>Cache Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Bytes</em>'.
	 * @see org.confounderlab.model.run.InputRecord#getCacheBytes()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_CacheBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InputRecord#getCacheBits <em>Cache Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Bits</em>'.
	 * @see org.confounderlab.model.run.InputRecord#getCacheBits()
	 * @see #getInputRecord()
	 * @generated
	 */
	EAttribute getInputRecord_CacheBits();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.LeakCheck <em>Leak Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Leak Check</em>'.
	 * @see org.confounderlab.model.run.LeakCheck
	 * @generated
	 */
	EClass getLeakCheck();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getMaxDistance <em>Max Distance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Distance</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getMaxDistance()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_MaxDistance();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getTrainTestPairs <em>Train Test Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Test Pairs</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getTrainTestPairs()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_TrainTestPairs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getValidationTestPairs <em>Validation Test Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Test Pairs</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getValidationTestPairs()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_ValidationTestPairs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getTrainValidationPairs <em>Train Validation Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Validation Pairs</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getTrainValidationPairs()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_TrainValidationPairs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getSharedPatients <em>Shared Patients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared Patients</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getSharedPatients()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_SharedPatients();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getLeakingTestImages <em>Leaking Test Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leaking Test Images</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getLeakingTestImages()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_LeakingTestImages();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getTestImages <em>Test Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Images</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getTestImages()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_TestImages();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getMinCosine <em>Min Cosine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Cosine</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getMinCosine()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_MinCosine();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getFeatureTrainTestPairs <em>Feature Train Test Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Train Test Pairs</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getFeatureTrainTestPairs()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_FeatureTrainTestPairs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getFeatureValidationTestPairs <em>Feature Validation Test Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Validation Test Pairs</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getFeatureValidationTestPairs()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_FeatureValidationTestPairs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getFeatureTrainValidationPairs <em>Feature Train Validation Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Train Validation Pairs</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getFeatureTrainValidationPairs()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_FeatureTrainValidationPairs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getFeatureOnlyPairs <em>Feature Only Pairs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Only Pairs</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getFeatureOnlyPairs()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_FeatureOnlyPairs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LeakCheck#getFeatureCheckNote <em>Feature Check Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Check Note</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getFeatureCheckNote()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EAttribute getLeakCheck_FeatureCheckNote();

	/**
	 * Returns the meta object for the containment reference '{@link org.confounderlab.model.run.LeakCheck#getLeakFree <em>Leak Free</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Leak Free</em>'.
	 * @see org.confounderlab.model.run.LeakCheck#getLeakFree()
	 * @see #getLeakCheck()
	 * @generated
	 */
	EReference getLeakCheck_LeakFree();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.BackendInfo <em>Backend Info</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Backend Info</em>'.
	 * @see org.confounderlab.model.run.BackendInfo
	 * @generated
	 */
	EClass getBackendInfo();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getKind()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getDeviceName <em>Device Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device Name</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getDeviceName()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_DeviceName();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getDriverVersion <em>Driver Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Driver Version</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getDriverVersion()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_DriverVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getMemoryBytes <em>Memory Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Bytes</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getMemoryBytes()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_MemoryBytes();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getCpuThreads <em>Cpu Threads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Threads</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getCpuThreads()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_CpuThreads();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getJavaVersion <em>Java Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Java Version</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getJavaVersion()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_JavaVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getNd4jBackend <em>Nd4j Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nd4j Backend</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getNd4jBackend()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_Nd4jBackend();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getCpuModel <em>Cpu Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Model</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getCpuModel()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_CpuModel();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.BackendInfo#getCpuIsa <em>Cpu Isa</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Isa</em>'.
	 * @see org.confounderlab.model.run.BackendInfo#getCpuIsa()
	 * @see #getBackendInfo()
	 * @generated
	 */
	EAttribute getBackendInfo_CpuIsa();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.EpochRecord <em>Epoch Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Epoch Record</em>'.
	 * @see org.confounderlab.model.run.EpochRecord
	 * @generated
	 */
	EClass getEpochRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.EpochRecord#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#getIndex()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EAttribute getEpochRecord_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.EpochRecord#getTrainLoss <em>Train Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Loss</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#getTrainLoss()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EAttribute getEpochRecord_TrainLoss();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.EpochRecord#getValidationLoss <em>Validation Loss</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Loss</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#getValidationLoss()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EAttribute getEpochRecord_ValidationLoss();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.EpochRecord#getDurationMillis <em>Duration Millis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Millis</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#getDurationMillis()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EAttribute getEpochRecord_DurationMillis();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.EpochRecord#getLearningRate <em>Learning Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Rate</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#getLearningRate()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EAttribute getEpochRecord_LearningRate();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.EpochRecord#isBackboneFrozen <em>Backbone Frozen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backbone Frozen</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#isBackboneFrozen()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EAttribute getEpochRecord_BackboneFrozen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.EpochRecord#getLabelAucs <em>Label Aucs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Label Aucs</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#getLabelAucs()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EReference getEpochRecord_LabelAucs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.EpochRecord#getLossTerms <em>Loss Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Loss Terms</em>'.
	 * @see org.confounderlab.model.run.EpochRecord#getLossTerms()
	 * @see #getEpochRecord()
	 * @generated
	 */
	EReference getEpochRecord_LossTerms();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.LossTerm <em>Loss Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Loss Term</em>'.
	 * @see org.confounderlab.model.run.LossTerm
	 * @generated
	 */
	EClass getLossTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LossTerm#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.run.LossTerm#getName()
	 * @see #getLossTerm()
	 * @generated
	 */
	EAttribute getLossTerm_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LossTerm#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.confounderlab.model.run.LossTerm#getWeight()
	 * @see #getLossTerm()
	 * @generated
	 */
	EAttribute getLossTerm_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LossTerm#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see org.confounderlab.model.run.LossTerm#getScale()
	 * @see #getLossTerm()
	 * @generated
	 */
	EAttribute getLossTerm_Scale();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LossTerm#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.confounderlab.model.run.LossTerm#getValue()
	 * @see #getLossTerm()
	 * @generated
	 */
	EAttribute getLossTerm_Value();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.InitialWeightsRecord <em>Initial Weights Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Initial Weights Record</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord
	 * @generated
	 */
	EClass getInitialWeightsRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InitialWeightsRecord#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord#getFile()
	 * @see #getInitialWeightsRecord()
	 * @generated
	 */
	EAttribute getInitialWeightsRecord_File();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InitialWeightsRecord#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord#getFormat()
	 * @see #getInitialWeightsRecord()
	 * @generated
	 */
	EAttribute getInitialWeightsRecord_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.InitialWeightsRecord#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord#getSha256()
	 * @see #getInitialWeightsRecord()
	 * @generated
	 */
	EAttribute getInitialWeightsRecord_Sha256();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.InitialWeightsRecord#getLoaded <em>Loaded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Loaded</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord#getLoaded()
	 * @see #getInitialWeightsRecord()
	 * @generated
	 */
	EAttribute getInitialWeightsRecord_Loaded();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.InitialWeightsRecord#getInitialised <em>Initialised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Initialised</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord#getInitialised()
	 * @see #getInitialWeightsRecord()
	 * @generated
	 */
	EAttribute getInitialWeightsRecord_Initialised();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.InitialWeightsRecord#getIgnored <em>Ignored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Ignored</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord#getIgnored()
	 * @see #getInitialWeightsRecord()
	 * @generated
	 */
	EAttribute getInitialWeightsRecord_Ignored();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.InitialWeightsRecord#getAdaptations <em>Adaptations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Adaptations</em>'.
	 * @see org.confounderlab.model.run.InitialWeightsRecord#getAdaptations()
	 * @see #getInitialWeightsRecord()
	 * @generated
	 */
	EAttribute getInitialWeightsRecord_Adaptations();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.ImportedModelRecord <em>Imported Model Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Imported Model Record</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord
	 * @generated
	 */
	EClass getImportedModelRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImportedModelRecord#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getFile()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_File();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImportedModelRecord#getSha256 <em>Sha256</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sha256</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getSha256()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_Sha256();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImportedModelRecord#getProducer <em>Producer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Producer</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getProducer()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_Producer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImportedModelRecord#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getInput()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_Input();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImportedModelRecord#getOutput <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getOutput()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_Output();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImportedModelRecord#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Features</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getFeatures()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_Features();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImportedModelRecord#getSaliency <em>Saliency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Saliency</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getSaliency()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_Saliency();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.ImportedModelRecord#getCamLayers <em>Cam Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cam Layers</em>'.
	 * @see org.confounderlab.model.run.ImportedModelRecord#getCamLayers()
	 * @see #getImportedModelRecord()
	 * @generated
	 */
	EAttribute getImportedModelRecord_CamLayers();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.GroupDroRecord <em>Group Dro Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Dro Record</em>'.
	 * @see org.confounderlab.model.run.GroupDroRecord
	 * @generated
	 */
	EClass getGroupDroRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupDroRecord#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Groups</em>'.
	 * @see org.confounderlab.model.run.GroupDroRecord#getGroups()
	 * @see #getGroupDroRecord()
	 * @generated
	 */
	EAttribute getGroupDroRecord_Groups();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupDroRecord#getStepSize <em>Step Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step Size</em>'.
	 * @see org.confounderlab.model.run.GroupDroRecord#getStepSize()
	 * @see #getGroupDroRecord()
	 * @generated
	 */
	EAttribute getGroupDroRecord_StepSize();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupDroRecord#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cells</em>'.
	 * @see org.confounderlab.model.run.GroupDroRecord#getCells()
	 * @see #getGroupDroRecord()
	 * @generated
	 */
	EAttribute getGroupDroRecord_Cells();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.GroupDroRecord#getEpochWeights <em>Epoch Weights</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Epoch Weights</em>'.
	 * @see org.confounderlab.model.run.GroupDroRecord#getEpochWeights()
	 * @see #getGroupDroRecord()
	 * @generated
	 */
	EAttribute getGroupDroRecord_EpochWeights();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.JustTrainTwiceRecord <em>Just Train Twice Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Just Train Twice Record</em>'.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord
	 * @generated
	 */
	EClass getJustTrainTwiceRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationEpochs <em>Identification Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identification Epochs</em>'.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationEpochs()
	 * @see #getJustTrainTwiceRecord()
	 * @generated
	 */
	EAttribute getJustTrainTwiceRecord_IdentificationEpochs();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getUpweight <em>Upweight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upweight</em>'.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord#getUpweight()
	 * @see #getJustTrainTwiceRecord()
	 * @generated
	 */
	EAttribute getJustTrainTwiceRecord_Upweight();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getTrainImages <em>Train Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Images</em>'.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord#getTrainImages()
	 * @see #getJustTrainTwiceRecord()
	 * @generated
	 */
	EAttribute getJustTrainTwiceRecord_TrainImages();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getErrors <em>Errors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errors</em>'.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord#getErrors()
	 * @see #getJustTrainTwiceRecord()
	 * @generated
	 */
	EAttribute getJustTrainTwiceRecord_Errors();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getErrorsByGroup <em>Errors By Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Errors By Group</em>'.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord#getErrorsByGroup()
	 * @see #getJustTrainTwiceRecord()
	 * @generated
	 */
	EAttribute getJustTrainTwiceRecord_ErrorsByGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationValidationAuc <em>Identification Validation Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Identification Validation Auc</em>'.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationValidationAuc()
	 * @see #getJustTrainTwiceRecord()
	 * @generated
	 */
	EAttribute getJustTrainTwiceRecord_IdentificationValidationAuc();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.LastLayerRetrainingRecord <em>Last Layer Retraining Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Last Layer Retraining Record</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord
	 * @generated
	 */
	EClass getLastLayerRetrainingRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Groups</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getGroups()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_Groups();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getHeldOutImages <em>Held Out Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held Out Images</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getHeldOutImages()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_HeldOutImages();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cells</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getCells()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_Cells();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsetSize <em>Subset Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subset Size</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsetSize()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_SubsetSize();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsets <em>Subsets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsets</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getSubsets()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_Subsets();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getRegularisation <em>Regularisation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Regularisation</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getRegularisation()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_Regularisation();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucBefore <em>Validation Auc Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Auc Before</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucBefore()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_ValidationAucBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucAfter <em>Validation Auc After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Auc After</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getValidationAucAfter()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_ValidationAucAfter();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucBefore <em>Worst Group Auc Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc Before</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucBefore()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_WorstGroupAucBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucAfter <em>Worst Group Auc After</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc After</em>'.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord#getWorstGroupAucAfter()
	 * @see #getLastLayerRetrainingRecord()
	 * @generated
	 */
	EAttribute getLastLayerRetrainingRecord_WorstGroupAucAfter();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.DistillationRecord <em>Distillation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Distillation Record</em>'.
	 * @see org.confounderlab.model.run.DistillationRecord
	 * @generated
	 */
	EClass getDistillationRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DistillationRecord#getTeacherData <em>Teacher Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Data</em>'.
	 * @see org.confounderlab.model.run.DistillationRecord#getTeacherData()
	 * @see #getDistillationRecord()
	 * @generated
	 */
	EAttribute getDistillationRecord_TeacherData();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DistillationRecord#getTeacherImages <em>Teacher Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Images</em>'.
	 * @see org.confounderlab.model.run.DistillationRecord#getTeacherImages()
	 * @see #getDistillationRecord()
	 * @generated
	 */
	EAttribute getDistillationRecord_TeacherImages();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DistillationRecord#getTeacherModel <em>Teacher Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Teacher Model</em>'.
	 * @see org.confounderlab.model.run.DistillationRecord#getTeacherModel()
	 * @see #getDistillationRecord()
	 * @generated
	 */
	EAttribute getDistillationRecord_TeacherModel();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DistillationRecord#getKeptEpoch <em>Kept Epoch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kept Epoch</em>'.
	 * @see org.confounderlab.model.run.DistillationRecord#getKeptEpoch()
	 * @see #getDistillationRecord()
	 * @generated
	 */
	EAttribute getDistillationRecord_KeptEpoch();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.DistillationRecord#getTeacherEpochs <em>Teacher Epochs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teacher Epochs</em>'.
	 * @see org.confounderlab.model.run.DistillationRecord#getTeacherEpochs()
	 * @see #getDistillationRecord()
	 * @generated
	 */
	EReference getDistillationRecord_TeacherEpochs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.DistillationRecord#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.confounderlab.model.run.DistillationRecord#getTerms()
	 * @see #getDistillationRecord()
	 * @generated
	 */
	EReference getDistillationRecord_Terms();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.LabelValue <em>Label Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Value</em>'.
	 * @see org.confounderlab.model.run.LabelValue
	 * @generated
	 */
	EClass getLabelValue();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LabelValue#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.LabelValue#getLabel()
	 * @see #getLabelValue()
	 * @generated
	 */
	EAttribute getLabelValue_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LabelValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.confounderlab.model.run.LabelValue#getValue()
	 * @see #getLabelValue()
	 * @generated
	 */
	EAttribute getLabelValue_Value();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.confounderlab.model.run.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Evaluation#getInterventionName <em>Intervention Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intervention Name</em>'.
	 * @see org.confounderlab.model.run.Evaluation#getInterventionName()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_InterventionName();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Evaluation#getInterventionKind <em>Intervention Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intervention Kind</em>'.
	 * @see org.confounderlab.model.run.Evaluation#getInterventionKind()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_InterventionKind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Evaluation#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.confounderlab.model.run.Evaluation#getN()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_N();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Evaluation#getPositives <em>Positives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positives</em>'.
	 * @see org.confounderlab.model.run.Evaluation#getPositives()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Positives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Evaluation#getLabels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labels</em>'.
	 * @see org.confounderlab.model.run.Evaluation#getLabels()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Labels();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Evaluation#getPatients <em>Patients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patients</em>'.
	 * @see org.confounderlab.model.run.Evaluation#getPatients()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Patients();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.LabelEvaluation <em>Label Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Evaluation</em>'.
	 * @see org.confounderlab.model.run.LabelEvaluation
	 * @generated
	 */
	EClass getLabelEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LabelEvaluation#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.LabelEvaluation#getLabel()
	 * @see #getLabelEvaluation()
	 * @generated
	 */
	EAttribute getLabelEvaluation_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LabelEvaluation#getAuc <em>Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auc</em>'.
	 * @see org.confounderlab.model.run.LabelEvaluation#getAuc()
	 * @see #getLabelEvaluation()
	 * @generated
	 */
	EAttribute getLabelEvaluation_Auc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LabelEvaluation#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.LabelEvaluation#getCiLower()
	 * @see #getLabelEvaluation()
	 * @generated
	 */
	EAttribute getLabelEvaluation_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LabelEvaluation#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.LabelEvaluation#getCiUpper()
	 * @see #getLabelEvaluation()
	 * @generated
	 */
	EAttribute getLabelEvaluation_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.LabelEvaluation#getCiMethod <em>Ci Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Method</em>'.
	 * @see org.confounderlab.model.run.LabelEvaluation#getCiMethod()
	 * @see #getLabelEvaluation()
	 * @generated
	 */
	EAttribute getLabelEvaluation_CiMethod();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.LabelEvaluation#getRocPoints <em>Roc Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Roc Points</em>'.
	 * @see org.confounderlab.model.run.LabelEvaluation#getRocPoints()
	 * @see #getLabelEvaluation()
	 * @generated
	 */
	EReference getLabelEvaluation_RocPoints();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.RocPoint <em>Roc Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Roc Point</em>'.
	 * @see org.confounderlab.model.run.RocPoint
	 * @generated
	 */
	EClass getRocPoint();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RocPoint#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.confounderlab.model.run.RocPoint#getThreshold()
	 * @see #getRocPoint()
	 * @generated
	 */
	EAttribute getRocPoint_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RocPoint#getFpr <em>Fpr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fpr</em>'.
	 * @see org.confounderlab.model.run.RocPoint#getFpr()
	 * @see #getRocPoint()
	 * @generated
	 */
	EAttribute getRocPoint_Fpr();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RocPoint#getTpr <em>Tpr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpr</em>'.
	 * @see org.confounderlab.model.run.RocPoint#getTpr()
	 * @see #getRocPoint()
	 * @generated
	 */
	EAttribute getRocPoint_Tpr();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.AucComparison <em>Auc Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Auc Comparison</em>'.
	 * @see org.confounderlab.model.run.AucComparison
	 * @generated
	 */
	EClass getAucComparison();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AucComparison#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getLabel()
	 * @see #getAucComparison()
	 * @generated
	 */
	EAttribute getAucComparison_Label();

	/**
	 * Returns the meta object for the reference '{@link org.confounderlab.model.run.AucComparison#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Baseline</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getBaseline()
	 * @see #getAucComparison()
	 * @generated
	 */
	EReference getAucComparison_Baseline();

	/**
	 * Returns the meta object for the reference '{@link org.confounderlab.model.run.AucComparison#getVariant <em>Variant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Variant</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getVariant()
	 * @see #getAucComparison()
	 * @generated
	 */
	EReference getAucComparison_Variant();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AucComparison#getDeltaAuc <em>Delta Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delta Auc</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getDeltaAuc()
	 * @see #getAucComparison()
	 * @generated
	 */
	EAttribute getAucComparison_DeltaAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AucComparison#getZ <em>Z</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Z</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getZ()
	 * @see #getAucComparison()
	 * @generated
	 */
	EAttribute getAucComparison_Z();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AucComparison#getPValue <em>PValue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>PValue</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getPValue()
	 * @see #getAucComparison()
	 * @generated
	 */
	EAttribute getAucComparison_PValue();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AucComparison#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getCiLower()
	 * @see #getAucComparison()
	 * @generated
	 */
	EAttribute getAucComparison_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AucComparison#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getCiUpper()
	 * @see #getAucComparison()
	 * @generated
	 */
	EAttribute getAucComparison_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AucComparison#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.confounderlab.model.run.AucComparison#getMethod()
	 * @see #getAucComparison()
	 * @generated
	 */
	EAttribute getAucComparison_Method();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.SaliencySummary <em>Saliency Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saliency Summary</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary
	 * @generated
	 */
	EClass getSaliencySummary();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getMethod()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getLayer()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getRegionName <em>Region Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region Name</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getRegionName()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_RegionName();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getLabel()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getMeanShare <em>Mean Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mean Share</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getMeanShare()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_MeanShare();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getAreaShare <em>Area Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Share</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getAreaShare()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_AreaShare();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getCiLower()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getCiUpper()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getN()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_N();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getSubset <em>Subset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subset</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getSubset()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_Subset();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getPointingHitRate <em>Pointing Hit Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pointing Hit Rate</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getPointingHitRate()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_PointingHitRate();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencySummary#getRandomisationRankCorrelation <em>Randomisation Rank Correlation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Randomisation Rank Correlation</em>'.
	 * @see org.confounderlab.model.run.SaliencySummary#getRandomisationRankCorrelation()
	 * @see #getSaliencySummary()
	 * @generated
	 */
	EAttribute getSaliencySummary_RandomisationRankCorrelation();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.DeletionTest <em>Deletion Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Deletion Test</em>'.
	 * @see org.confounderlab.model.run.DeletionTest
	 * @generated
	 */
	EClass getDeletionTest();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getMethod()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getLayer()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getLabel()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Images</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getImages()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_Images();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Steps</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getSteps()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_Steps();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getMapArea <em>Map Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Map Area</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getMapArea()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_MapArea();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getRandomArea <em>Random Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Random Area</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getRandomArea()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_RandomArea();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getDifference <em>Difference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Difference</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getDifference()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_Difference();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getCiLower()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DeletionTest#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getCiUpper()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_CiUpper();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.DeletionTest#getMapCurve <em>Map Curve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Map Curve</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getMapCurve()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_MapCurve();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.DeletionTest#getRandomCurve <em>Random Curve</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Random Curve</em>'.
	 * @see org.confounderlab.model.run.DeletionTest#getRandomCurve()
	 * @see #getDeletionTest()
	 * @generated
	 */
	EAttribute getDeletionTest_RandomCurve();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.SaliencyCase <em>Saliency Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saliency Case</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase
	 * @generated
	 */
	EClass getSaliencyCase();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getRank <em>Rank</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rank</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getRank()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Rank();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getImage()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Image();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getLabel()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#isPositive <em>Positive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positive</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#isPositive()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Positive();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getScore()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getMethod()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getLayer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getLayer()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Layer();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getRegion()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getInput <em>Input</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getInput()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Input();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getHeatMap <em>Heat Map</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Heat Map</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getHeatMap()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_HeatMap();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SaliencyCase#getOverlay <em>Overlay</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overlay</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getOverlay()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EAttribute getSaliencyCase_Overlay();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.SaliencyCase#getRegions <em>Regions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Regions</em>'.
	 * @see org.confounderlab.model.run.SaliencyCase#getRegions()
	 * @see #getSaliencyCase()
	 * @generated
	 */
	EReference getSaliencyCase_Regions();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.RegionAttention <em>Region Attention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Region Attention</em>'.
	 * @see org.confounderlab.model.run.RegionAttention
	 * @generated
	 */
	EClass getRegionAttention();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RegionAttention#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.run.RegionAttention#getName()
	 * @see #getRegionAttention()
	 * @generated
	 */
	EAttribute getRegionAttention_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RegionAttention#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.confounderlab.model.run.RegionAttention#getX()
	 * @see #getRegionAttention()
	 * @generated
	 */
	EAttribute getRegionAttention_X();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RegionAttention#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.confounderlab.model.run.RegionAttention#getY()
	 * @see #getRegionAttention()
	 * @generated
	 */
	EAttribute getRegionAttention_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RegionAttention#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.confounderlab.model.run.RegionAttention#getWidth()
	 * @see #getRegionAttention()
	 * @generated
	 */
	EAttribute getRegionAttention_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RegionAttention#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.confounderlab.model.run.RegionAttention#getHeight()
	 * @see #getRegionAttention()
	 * @generated
	 */
	EAttribute getRegionAttention_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RegionAttention#getShare <em>Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Share</em>'.
	 * @see org.confounderlab.model.run.RegionAttention#getShare()
	 * @see #getRegionAttention()
	 * @generated
	 */
	EAttribute getRegionAttention_Share();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.RegionAttention#getAreaShare <em>Area Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Share</em>'.
	 * @see org.confounderlab.model.run.RegionAttention#getAreaShare()
	 * @see #getRegionAttention()
	 * @generated
	 */
	EAttribute getRegionAttention_AreaShare();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.SubgroupMetric <em>Subgroup Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subgroup Metric</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric
	 * @generated
	 */
	EClass getSubgroupMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getAttribute()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getValue()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getLabel()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getN()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_N();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getPrevalence <em>Prevalence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prevalence</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getPrevalence()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Prevalence();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getAuc <em>Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auc</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getAuc()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Auc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getCiLower()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getCiUpper()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getSensitivity <em>Sensitivity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sensitivity</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getSensitivity()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Sensitivity();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getSpecificity <em>Specificity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Specificity</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getSpecificity()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Specificity();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupMetric#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.confounderlab.model.run.SubgroupMetric#getThreshold()
	 * @see #getSubgroupMetric()
	 * @generated
	 */
	EAttribute getSubgroupMetric_Threshold();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.FeatureSlice <em>Feature Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Slice</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice
	 * @generated
	 */
	EClass getFeatureSlice();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getIndex()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getLabel()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getSize()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_Size();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getPrevalence <em>Prevalence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prevalence</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getPrevalence()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_Prevalence();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getRestPrevalence <em>Rest Prevalence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rest Prevalence</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getRestPrevalence()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_RestPrevalence();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getLossRatio <em>Loss Ratio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Loss Ratio</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getLossRatio()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_LossRatio();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getErrorRate <em>Error Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Rate</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getErrorRate()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_ErrorRate();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getRestErrorRate <em>Rest Error Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rest Error Rate</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getRestErrorRate()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_RestErrorRate();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getErrorP <em>Error P</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error P</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getErrorP()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_ErrorP();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getLabelAuc <em>Label Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Auc</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getLabelAuc()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_LabelAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getAttribute()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getAttributeV <em>Attribute V</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute V</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getAttributeV()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_AttributeV();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getAttributeValue <em>Attribute Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute Value</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getAttributeValue()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_AttributeValue();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getValueShare <em>Value Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value Share</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getValueShare()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_ValueShare();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.FeatureSlice#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.confounderlab.model.run.FeatureSlice#getDescription()
	 * @see #getFeatureSlice()
	 * @generated
	 */
	EAttribute getFeatureSlice_Description();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.AttributeProbe <em>Attribute Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Attribute Probe</em>'.
	 * @see org.confounderlab.model.run.AttributeProbe
	 * @generated
	 */
	EClass getAttributeProbe();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AttributeProbe#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.AttributeProbe#getAttribute()
	 * @see #getAttributeProbe()
	 * @generated
	 */
	EAttribute getAttributeProbe_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AttributeProbe#getAuc <em>Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auc</em>'.
	 * @see org.confounderlab.model.run.AttributeProbe#getAuc()
	 * @see #getAttributeProbe()
	 * @generated
	 */
	EAttribute getAttributeProbe_Auc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AttributeProbe#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.AttributeProbe#getCiLower()
	 * @see #getAttributeProbe()
	 * @generated
	 */
	EAttribute getAttributeProbe_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AttributeProbe#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.AttributeProbe#getCiUpper()
	 * @see #getAttributeProbe()
	 * @generated
	 */
	EAttribute getAttributeProbe_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AttributeProbe#getFolds <em>Folds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folds</em>'.
	 * @see org.confounderlab.model.run.AttributeProbe#getFolds()
	 * @see #getAttributeProbe()
	 * @generated
	 */
	EAttribute getAttributeProbe_Folds();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AttributeProbe#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.confounderlab.model.run.AttributeProbe#getMethod()
	 * @see #getAttributeProbe()
	 * @generated
	 */
	EAttribute getAttributeProbe_Method();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.DatasetAudit <em>Dataset Audit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Audit</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit
	 * @generated
	 */
	EClass getDatasetAudit();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAudit#getManifest <em>Manifest</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Manifest</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit#getManifest()
	 * @see #getDatasetAudit()
	 * @generated
	 */
	EAttribute getDatasetAudit_Manifest();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAudit#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit#getCreatedAt()
	 * @see #getDatasetAudit()
	 * @generated
	 */
	EAttribute getDatasetAudit_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAudit#getImageCount <em>Image Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Count</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit#getImageCount()
	 * @see #getDatasetAudit()
	 * @generated
	 */
	EAttribute getDatasetAudit_ImageCount();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.DatasetAudit#getAssociations <em>Associations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Associations</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit#getAssociations()
	 * @see #getDatasetAudit()
	 * @generated
	 */
	EReference getDatasetAudit_Associations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.DatasetAudit#getPrevalences <em>Prevalences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prevalences</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit#getPrevalences()
	 * @see #getDatasetAudit()
	 * @generated
	 */
	EReference getDatasetAudit_Prevalences();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.DatasetAudit#getImageProperties <em>Image Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Image Properties</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit#getImageProperties()
	 * @see #getDatasetAudit()
	 * @generated
	 */
	EReference getDatasetAudit_ImageProperties();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.DatasetAudit#getWarnings <em>Warnings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Warnings</em>'.
	 * @see org.confounderlab.model.run.DatasetAudit#getWarnings()
	 * @see #getDatasetAudit()
	 * @generated
	 */
	EReference getDatasetAudit_Warnings();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.AuditWarning <em>Audit Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Warning</em>'.
	 * @see org.confounderlab.model.run.AuditWarning
	 * @generated
	 */
	EClass getAuditWarning();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AuditWarning#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.run.AuditWarning#getKind()
	 * @see #getAuditWarning()
	 * @generated
	 */
	EAttribute getAuditWarning_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AuditWarning#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.AuditWarning#getAttribute()
	 * @see #getAuditWarning()
	 * @generated
	 */
	EAttribute getAuditWarning_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AuditWarning#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.AuditWarning#getLabel()
	 * @see #getAuditWarning()
	 * @generated
	 */
	EAttribute getAuditWarning_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AuditWarning#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.confounderlab.model.run.AuditWarning#getCount()
	 * @see #getAuditWarning()
	 * @generated
	 */
	EAttribute getAuditWarning_Count();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.AuditWarning#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.confounderlab.model.run.AuditWarning#getMessage()
	 * @see #getAuditWarning()
	 * @generated
	 */
	EAttribute getAuditWarning_Message();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.AuditWarning#getExamples <em>Examples</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Examples</em>'.
	 * @see org.confounderlab.model.run.AuditWarning#getExamples()
	 * @see #getAuditWarning()
	 * @generated
	 */
	EAttribute getAuditWarning_Examples();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.ShiftTest <em>Shift Test</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shift Test</em>'.
	 * @see org.confounderlab.model.run.ShiftTest
	 * @generated
	 */
	EClass getShiftTest();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getAttribute()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getLabel()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cases</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getCases()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_Cases();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getPositives <em>Positives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positives</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getPositives()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_Positives();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getAuc <em>Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auc</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getAuc()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_Auc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getCiLower()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getCiUpper()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getInDistributionAuc <em>In Distribution Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Distribution Auc</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getInDistributionAuc()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_InDistributionAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ShiftTest#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Groups</em>'.
	 * @see org.confounderlab.model.run.ShiftTest#getGroups()
	 * @see #getShiftTest()
	 * @generated
	 */
	EAttribute getShiftTest_Groups();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.GroupWeight <em>Group Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group Weight</em>'.
	 * @see org.confounderlab.model.run.GroupWeight
	 * @generated
	 */
	EClass getGroupWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupWeight#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.GroupWeight#getAttribute()
	 * @see #getGroupWeight()
	 * @generated
	 */
	EAttribute getGroupWeight_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupWeight#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.confounderlab.model.run.GroupWeight#getGroup()
	 * @see #getGroupWeight()
	 * @generated
	 */
	EAttribute getGroupWeight_Group();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupWeight#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.GroupWeight#getLabel()
	 * @see #getGroupWeight()
	 * @generated
	 */
	EAttribute getGroupWeight_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupWeight#getPositives <em>Positives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positives</em>'.
	 * @see org.confounderlab.model.run.GroupWeight#getPositives()
	 * @see #getGroupWeight()
	 * @generated
	 */
	EAttribute getGroupWeight_Positives();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupWeight#getNegatives <em>Negatives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negatives</em>'.
	 * @see org.confounderlab.model.run.GroupWeight#getNegatives()
	 * @see #getGroupWeight()
	 * @generated
	 */
	EAttribute getGroupWeight_Negatives();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupWeight#getPositiveWeight <em>Positive Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positive Weight</em>'.
	 * @see org.confounderlab.model.run.GroupWeight#getPositiveWeight()
	 * @see #getGroupWeight()
	 * @generated
	 */
	EAttribute getGroupWeight_PositiveWeight();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.GroupWeight#getNegativeWeight <em>Negative Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Negative Weight</em>'.
	 * @see org.confounderlab.model.run.GroupWeight#getNegativeWeight()
	 * @see #getGroupWeight()
	 * @generated
	 */
	EAttribute getGroupWeight_NegativeWeight();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.SubgroupPrevalence <em>Subgroup Prevalence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Subgroup Prevalence</em>'.
	 * @see org.confounderlab.model.run.SubgroupPrevalence
	 * @generated
	 */
	EClass getSubgroupPrevalence();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupPrevalence#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.SubgroupPrevalence#getAttribute()
	 * @see #getSubgroupPrevalence()
	 * @generated
	 */
	EAttribute getSubgroupPrevalence_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupPrevalence#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.confounderlab.model.run.SubgroupPrevalence#getValue()
	 * @see #getSubgroupPrevalence()
	 * @generated
	 */
	EAttribute getSubgroupPrevalence_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupPrevalence#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.SubgroupPrevalence#getLabel()
	 * @see #getSubgroupPrevalence()
	 * @generated
	 */
	EAttribute getSubgroupPrevalence_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupPrevalence#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.confounderlab.model.run.SubgroupPrevalence#getN()
	 * @see #getSubgroupPrevalence()
	 * @generated
	 */
	EAttribute getSubgroupPrevalence_N();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupPrevalence#getPositives <em>Positives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positives</em>'.
	 * @see org.confounderlab.model.run.SubgroupPrevalence#getPositives()
	 * @see #getSubgroupPrevalence()
	 * @generated
	 */
	EAttribute getSubgroupPrevalence_Positives();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.SubgroupPrevalence#getPrevalence <em>Prevalence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prevalence</em>'.
	 * @see org.confounderlab.model.run.SubgroupPrevalence#getPrevalence()
	 * @see #getSubgroupPrevalence()
	 * @generated
	 */
	EAttribute getSubgroupPrevalence_Prevalence();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.ImagePropertyAudit <em>Image Property Audit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Property Audit</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit
	 * @generated
	 */
	EClass getImagePropertyAudit();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getProperty <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Property</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getProperty()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_Property();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getLabel()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getN()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_N();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getAuc <em>Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Auc</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getAuc()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_Auc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getCiLower()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getCiUpper()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#isHigherIsPositive <em>Higher Is Positive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Higher Is Positive</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#isHigherIsPositive()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_HigherIsPositive();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftAuc <em>Drift Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Auc</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getDriftAuc()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_DriftAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftCiLower <em>Drift Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Ci Lower</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getDriftCiLower()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_DriftCiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftCiUpper <em>Drift Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Ci Upper</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getDriftCiUpper()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_DriftCiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftP <em>Drift P</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift P</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getDriftP()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_DriftP();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ImagePropertyAudit#getDriftNote <em>Drift Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drift Note</em>'.
	 * @see org.confounderlab.model.run.ImagePropertyAudit#getDriftNote()
	 * @see #getImagePropertyAudit()
	 * @generated
	 */
	EAttribute getImagePropertyAudit_DriftNote();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.DatasetAssociation <em>Dataset Association</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dataset Association</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation
	 * @generated
	 */
	EClass getDatasetAssociation();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getAttribute <em>Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getAttribute()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_Attribute();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getLabel()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getCramersV <em>Cramers V</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cramers V</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getCramersV()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_CramersV();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getChiSquare <em>Chi Square</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chi Square</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getChiSquare()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_ChiSquare();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getPValue <em>PValue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>PValue</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getPValue()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_PValue();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getAttributeOnlyAuc <em>Attribute Only Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attribute Only Auc</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getAttributeOnlyAuc()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_AttributeOnlyAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getDegreesOfFreedom <em>Degrees Of Freedom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Degrees Of Freedom</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getDegreesOfFreedom()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_DegreesOfFreedom();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getMutualInformation <em>Mutual Information</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mutual Information</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getMutualInformation()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_MutualInformation();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.DatasetAssociation#getN <em>N</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>N</em>'.
	 * @see org.confounderlab.model.run.DatasetAssociation#getN()
	 * @see #getDatasetAssociation()
	 * @generated
	 */
	EAttribute getDatasetAssociation_N();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.confounderlab.model.run.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Finding#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.confounderlab.model.run.Finding#getSeverity()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Severity();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Finding#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.run.Finding#getKind()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.confounderlab.model.run.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.Finding#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence</em>'.
	 * @see org.confounderlab.model.run.Finding#getEvidence()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Evidence();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.Artifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artifact</em>'.
	 * @see org.confounderlab.model.run.Artifact
	 * @generated
	 */
	EClass getArtifact();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Artifact#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.run.Artifact#getKind()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Artifact#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.confounderlab.model.run.Artifact#getPath()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Artifact#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.confounderlab.model.run.Artifact#getDescription()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Description();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.confounderlab.model.run.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.confounderlab.model.run.Study#getId()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.run.Study#getName()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getExperimentPath <em>Experiment Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Experiment Path</em>'.
	 * @see org.confounderlab.model.run.Study#getExperimentPath()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ExperimentPath();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getStartTime <em>Start Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Time</em>'.
	 * @see org.confounderlab.model.run.Study#getStartTime()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_StartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getEndTime <em>End Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Time</em>'.
	 * @see org.confounderlab.model.run.Study#getEndTime()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_EndTime();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.confounderlab.model.run.Study#getStatus()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getErrorMessage <em>Error Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Error Message</em>'.
	 * @see org.confounderlab.model.run.Study#getErrorMessage()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ErrorMessage();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.confounderlab.model.run.Study#getLabel()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getShiftGrouping <em>Shift Grouping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shift Grouping</em>'.
	 * @see org.confounderlab.model.run.Study#getShiftGrouping()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ShiftGrouping();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getShiftCases <em>Shift Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shift Cases</em>'.
	 * @see org.confounderlab.model.run.Study#getShiftCases()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ShiftCases();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getShiftPositives <em>Shift Positives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shift Positives</em>'.
	 * @see org.confounderlab.model.run.Study#getShiftPositives()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ShiftPositives();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getShiftGroups <em>Shift Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shift Groups</em>'.
	 * @see org.confounderlab.model.run.Study#getShiftGroups()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ShiftGroups();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getConfidenceLevel <em>Confidence Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence Level</em>'.
	 * @see org.confounderlab.model.run.Study#getConfidenceLevel()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ConfidenceLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getShiftNote <em>Shift Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shift Note</em>'.
	 * @see org.confounderlab.model.run.Study#getShiftNote()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ShiftNote();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seeds</em>'.
	 * @see org.confounderlab.model.run.Study#getSeeds()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Seeds();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.Study#getPatients <em>Patients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patients</em>'.
	 * @see org.confounderlab.model.run.Study#getPatients()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Patients();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Study#getArms <em>Arms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arms</em>'.
	 * @see org.confounderlab.model.run.Study#getArms()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Arms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.confounderlab.model.run.Study#getComparisons <em>Comparisons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comparisons</em>'.
	 * @see org.confounderlab.model.run.Study#getComparisons()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Comparisons();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.StudyArm <em>Study Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study Arm</em>'.
	 * @see org.confounderlab.model.run.StudyArm
	 * @generated
	 */
	EClass getStudyArm();

	/**
	 * Returns the meta object for the attribute list '{@link org.confounderlab.model.run.StudyArm#getSeedRunPaths <em>Seed Run Paths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Seed Run Paths</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getSeedRunPaths()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_SeedRunPaths();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedMean <em>In Distribution Auc Seed Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Distribution Auc Seed Mean</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getInDistributionAucSeedMean()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_InDistributionAucSeedMean();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedLower <em>In Distribution Auc Seed Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Distribution Auc Seed Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getInDistributionAucSeedLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_InDistributionAucSeedLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucSeedUpper <em>In Distribution Auc Seed Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Distribution Auc Seed Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getInDistributionAucSeedUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_InDistributionAucSeedUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedMean <em>Shifted Auc Seed Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shifted Auc Seed Mean</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getShiftedAucSeedMean()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_ShiftedAucSeedMean();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedLower <em>Shifted Auc Seed Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shifted Auc Seed Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getShiftedAucSeedLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_ShiftedAucSeedLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getShiftedAucSeedUpper <em>Shifted Auc Seed Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shifted Auc Seed Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getShiftedAucSeedUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_ShiftedAucSeedUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedMean <em>Masked Delta Auc Seed Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked Delta Auc Seed Mean</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedMean()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_MaskedDeltaAucSeedMean();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedLower <em>Masked Delta Auc Seed Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked Delta Auc Seed Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_MaskedDeltaAucSeedLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedUpper <em>Masked Delta Auc Seed Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked Delta Auc Seed Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getMaskedDeltaAucSeedUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_MaskedDeltaAucSeedUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedMean <em>Worst Group Auc Seed Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc Seed Mean</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedMean()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_WorstGroupAucSeedMean();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedLower <em>Worst Group Auc Seed Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc Seed Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_WorstGroupAucSeedLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedUpper <em>Worst Group Auc Seed Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc Seed Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getWorstGroupAucSeedUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_WorstGroupAucSeedUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getTprGapSeedMean <em>Tpr Gap Seed Mean</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpr Gap Seed Mean</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getTprGapSeedMean()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_TprGapSeedMean();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getTprGapSeedLower <em>Tpr Gap Seed Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpr Gap Seed Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getTprGapSeedLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_TprGapSeedLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getTprGapSeedUpper <em>Tpr Gap Seed Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpr Gap Seed Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getTprGapSeedUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_TprGapSeedUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#isFailedToLearn <em>Failed To Learn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Failed To Learn</em>'.
	 * @see org.confounderlab.model.run.StudyArm#isFailedToLearn()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_FailedToLearn();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getLearningNote <em>Learning Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Note</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getLearningNote()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_LearningNote();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getName()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getKind()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getRunId <em>Run Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Id</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getRunId()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_RunId();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getRunPath <em>Run Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Run Path</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getRunPath()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_RunPath();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getInDistributionAuc <em>In Distribution Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Distribution Auc</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getInDistributionAuc()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_InDistributionAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucLower <em>In Distribution Auc Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Distribution Auc Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getInDistributionAucLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_InDistributionAucLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getInDistributionAucUpper <em>In Distribution Auc Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>In Distribution Auc Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getInDistributionAucUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_InDistributionAucUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getShiftedAuc <em>Shifted Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shifted Auc</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getShiftedAuc()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_ShiftedAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getShiftedAucLower <em>Shifted Auc Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shifted Auc Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getShiftedAucLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_ShiftedAucLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getShiftedAucUpper <em>Shifted Auc Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shifted Auc Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getShiftedAucUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_ShiftedAucUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAuc <em>Masked Delta Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked Delta Auc</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getMaskedDeltaAuc()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_MaskedDeltaAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucLower <em>Masked Delta Auc Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked Delta Auc Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getMaskedDeltaAucLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_MaskedDeltaAucLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getMaskedDeltaAucUpper <em>Masked Delta Auc Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked Delta Auc Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getMaskedDeltaAucUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_MaskedDeltaAucUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getMaskedPValue <em>Masked PValue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Masked PValue</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getMaskedPValue()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_MaskedPValue();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getAttentionShare <em>Attention Share</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attention Share</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getAttentionShare()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_AttentionShare();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getAttentionShareLower <em>Attention Share Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attention Share Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getAttentionShareLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_AttentionShareLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getAttentionShareUpper <em>Attention Share Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attention Share Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getAttentionShareUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_AttentionShareUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getWorstGroup <em>Worst Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getWorstGroup()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_WorstGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAuc <em>Worst Group Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getWorstGroupAuc()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_WorstGroupAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucLower <em>Worst Group Auc Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getWorstGroupAucLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_WorstGroupAucLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getWorstGroupAucUpper <em>Worst Group Auc Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Worst Group Auc Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getWorstGroupAucUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_WorstGroupAucUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getTprGap <em>Tpr Gap</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpr Gap</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getTprGap()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_TprGap();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getTprGapLower <em>Tpr Gap Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpr Gap Lower</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getTprGapLower()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_TprGapLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.StudyArm#getTprGapUpper <em>Tpr Gap Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tpr Gap Upper</em>'.
	 * @see org.confounderlab.model.run.StudyArm#getTprGapUpper()
	 * @see #getStudyArm()
	 * @generated
	 */
	EAttribute getStudyArm_TprGapUpper();

	/**
	 * Returns the meta object for class '{@link org.confounderlab.model.run.ArmComparison <em>Arm Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Arm Comparison</em>'.
	 * @see org.confounderlab.model.run.ArmComparison
	 * @generated
	 */
	EClass getArmComparison();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getSeeds <em>Seeds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seeds</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getSeeds()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_Seeds();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getMethod()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getArm <em>Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arm</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getArm()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_Arm();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getBaseline()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getTestSet <em>Test Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Set</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getTestSet()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_TestSet();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getCases <em>Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cases</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getCases()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_Cases();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getDeltaAuc <em>Delta Auc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Delta Auc</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getDeltaAuc()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_DeltaAuc();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getCiLower <em>Ci Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Lower</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getCiLower()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_CiLower();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getCiUpper <em>Ci Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ci Upper</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getCiUpper()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_CiUpper();

	/**
	 * Returns the meta object for the attribute '{@link org.confounderlab.model.run.ArmComparison#getPValue <em>PValue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>PValue</em>'.
	 * @see org.confounderlab.model.run.ArmComparison#getPValue()
	 * @see #getArmComparison()
	 * @generated
	 */
	EAttribute getArmComparison_PValue();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.run.RunStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.confounderlab.model.run.RunStatus
	 * @generated
	 */
	EEnum getRunStatus();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.run.CiMethod <em>Ci Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ci Method</em>'.
	 * @see org.confounderlab.model.run.CiMethod
	 * @generated
	 */
	EEnum getCiMethod();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.run.SaliencyMethod <em>Saliency Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Saliency Method</em>'.
	 * @see org.confounderlab.model.run.SaliencyMethod
	 * @generated
	 */
	EEnum getSaliencyMethod();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.run.FindingSeverity <em>Finding Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Severity</em>'.
	 * @see org.confounderlab.model.run.FindingSeverity
	 * @generated
	 */
	EEnum getFindingSeverity();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.run.ArtifactKind <em>Artifact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Artifact Kind</em>'.
	 * @see org.confounderlab.model.run.ArtifactKind
	 * @generated
	 */
	EEnum getArtifactKind();

	/**
	 * Returns the meta object for enum '{@link org.confounderlab.model.run.ArmKind <em>Arm Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arm Kind</em>'.
	 * @see org.confounderlab.model.run.ArmKind
	 * @generated
	 */
	EEnum getArmKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RunFactory getRunFactory();

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
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.RunImpl <em>Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.RunImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRun()
		 * @generated
		 */
		EClass RUN = eINSTANCE.getRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ID = eINSTANCE.getRun_Id();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__STATUS = eINSTANCE.getRun_Status();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__START_TIME = eINSTANCE.getRun_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__END_TIME = eINSTANCE.getRun_EndTime();

		/**
		 * The meta object literal for the '<em><b>Error Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__ERROR_MESSAGE = eINSTANCE.getRun_ErrorMessage();

		/**
		 * The meta object literal for the '<em><b>Cluster Job</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__CLUSTER_JOB = eINSTANCE.getRun_ClusterJob();

		/**
		 * The meta object literal for the '<em><b>Experiment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__EXPERIMENT = eINSTANCE.getRun_Experiment();

		/**
		 * The meta object literal for the '<em><b>Experiment Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__EXPERIMENT_PATH = eINSTANCE.getRun_ExperimentPath();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__BACKEND = eINSTANCE.getRun_Backend();

		/**
		 * The meta object literal for the '<em><b>Inputs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__INPUTS = eINSTANCE.getRun_Inputs();

		/**
		 * The meta object literal for the '<em><b>Constant Validation Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__CONSTANT_VALIDATION_LOSS = eINSTANCE.getRun_ConstantValidationLoss();

		/**
		 * The meta object literal for the '<em><b>Epochs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__EPOCHS = eINSTANCE.getRun_Epochs();

		/**
		 * The meta object literal for the '<em><b>Evaluations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__EVALUATIONS = eINSTANCE.getRun_Evaluations();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__COMPARISONS = eINSTANCE.getRun_Comparisons();

		/**
		 * The meta object literal for the '<em><b>Saliency</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SALIENCY = eINSTANCE.getRun_Saliency();

		/**
		 * The meta object literal for the '<em><b>Deletion Tests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__DELETION_TESTS = eINSTANCE.getRun_DeletionTests();

		/**
		 * The meta object literal for the '<em><b>Saliency Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SALIENCY_CASES = eINSTANCE.getRun_SaliencyCases();

		/**
		 * The meta object literal for the '<em><b>Subgroups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SUBGROUPS = eINSTANCE.getRun_Subgroups();

		/**
		 * The meta object literal for the '<em><b>Shift Tests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SHIFT_TESTS = eINSTANCE.getRun_ShiftTests();

		/**
		 * The meta object literal for the '<em><b>Initial Weights</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__INITIAL_WEIGHTS = eINSTANCE.getRun_InitialWeights();

		/**
		 * The meta object literal for the '<em><b>Imported Model</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__IMPORTED_MODEL = eINSTANCE.getRun_ImportedModel();

		/**
		 * The meta object literal for the '<em><b>Group Dro</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__GROUP_DRO = eINSTANCE.getRun_GroupDro();

		/**
		 * The meta object literal for the '<em><b>Just Train Twice</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__JUST_TRAIN_TWICE = eINSTANCE.getRun_JustTrainTwice();

		/**
		 * The meta object literal for the '<em><b>Last Layer Retraining</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__LAST_LAYER_RETRAINING = eINSTANCE.getRun_LastLayerRetraining();

		/**
		 * The meta object literal for the '<em><b>Distillation</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__DISTILLATION = eINSTANCE.getRun_Distillation();

		/**
		 * The meta object literal for the '<em><b>Leaks</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__LEAKS = eINSTANCE.getRun_Leaks();

		/**
		 * The meta object literal for the '<em><b>Group Weights</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__GROUP_WEIGHTS = eINSTANCE.getRun_GroupWeights();

		/**
		 * The meta object literal for the '<em><b>Probes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__PROBES = eINSTANCE.getRun_Probes();

		/**
		 * The meta object literal for the '<em><b>Slices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__SLICES = eINSTANCE.getRun_Slices();

		/**
		 * The meta object literal for the '<em><b>Audit</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__AUDIT = eINSTANCE.getRun_Audit();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__FINDINGS = eINSTANCE.getRun_Findings();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RUN__ARTIFACTS = eINSTANCE.getRun_Artifacts();

		/**
		 * The meta object literal for the '<em><b>Baseline Run</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RUN__BASELINE_RUN = eINSTANCE.getRun_BaselineRun();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.InputRecordImpl <em>Input Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.InputRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getInputRecord()
		 * @generated
		 */
		EClass INPUT_RECORD = eINSTANCE.getInputRecord();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__IMAGES = eINSTANCE.getInputRecord_Images();

		/**
		 * The meta object literal for the '<em><b>Skipped Rows</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__SKIPPED_ROWS = eINSTANCE.getInputRecord_SkippedRows();

		/**
		 * The meta object literal for the '<em><b>Bad Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__BAD_IMAGES = eINSTANCE.getInputRecord_BadImages();

		/**
		 * The meta object literal for the '<em><b>Cache File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__CACHE_FILE = eINSTANCE.getInputRecord_CacheFile();

		/**
		 * The meta object literal for the '<em><b>Cache Built</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__CACHE_BUILT = eINSTANCE.getInputRecord_CacheBuilt();

		/**
		 * The meta object literal for the '<em><b>Cache Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__CACHE_MILLIS = eINSTANCE.getInputRecord_CacheMillis();

		/**
		 * The meta object literal for the '<em><b>Cache Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__CACHE_BYTES = eINSTANCE.getInputRecord_CacheBytes();

		/**
		 * The meta object literal for the '<em><b>Cache Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INPUT_RECORD__CACHE_BITS = eINSTANCE.getInputRecord_CacheBits();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.LeakCheckImpl <em>Leak Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.LeakCheckImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLeakCheck()
		 * @generated
		 */
		EClass LEAK_CHECK = eINSTANCE.getLeakCheck();

		/**
		 * The meta object literal for the '<em><b>Max Distance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__MAX_DISTANCE = eINSTANCE.getLeakCheck_MaxDistance();

		/**
		 * The meta object literal for the '<em><b>Train Test Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__TRAIN_TEST_PAIRS = eINSTANCE.getLeakCheck_TrainTestPairs();

		/**
		 * The meta object literal for the '<em><b>Validation Test Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__VALIDATION_TEST_PAIRS = eINSTANCE.getLeakCheck_ValidationTestPairs();

		/**
		 * The meta object literal for the '<em><b>Train Validation Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__TRAIN_VALIDATION_PAIRS = eINSTANCE.getLeakCheck_TrainValidationPairs();

		/**
		 * The meta object literal for the '<em><b>Shared Patients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__SHARED_PATIENTS = eINSTANCE.getLeakCheck_SharedPatients();

		/**
		 * The meta object literal for the '<em><b>Leaking Test Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__LEAKING_TEST_IMAGES = eINSTANCE.getLeakCheck_LeakingTestImages();

		/**
		 * The meta object literal for the '<em><b>Test Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__TEST_IMAGES = eINSTANCE.getLeakCheck_TestImages();

		/**
		 * The meta object literal for the '<em><b>Min Cosine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__MIN_COSINE = eINSTANCE.getLeakCheck_MinCosine();

		/**
		 * The meta object literal for the '<em><b>Feature Train Test Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS = eINSTANCE.getLeakCheck_FeatureTrainTestPairs();

		/**
		 * The meta object literal for the '<em><b>Feature Validation Test Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS = eINSTANCE.getLeakCheck_FeatureValidationTestPairs();

		/**
		 * The meta object literal for the '<em><b>Feature Train Validation Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS = eINSTANCE.getLeakCheck_FeatureTrainValidationPairs();

		/**
		 * The meta object literal for the '<em><b>Feature Only Pairs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__FEATURE_ONLY_PAIRS = eINSTANCE.getLeakCheck_FeatureOnlyPairs();

		/**
		 * The meta object literal for the '<em><b>Feature Check Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEAK_CHECK__FEATURE_CHECK_NOTE = eINSTANCE.getLeakCheck_FeatureCheckNote();

		/**
		 * The meta object literal for the '<em><b>Leak Free</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LEAK_CHECK__LEAK_FREE = eINSTANCE.getLeakCheck_LeakFree();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.BackendInfoImpl <em>Backend Info</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.BackendInfoImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getBackendInfo()
		 * @generated
		 */
		EClass BACKEND_INFO = eINSTANCE.getBackendInfo();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__KIND = eINSTANCE.getBackendInfo_Kind();

		/**
		 * The meta object literal for the '<em><b>Device Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__DEVICE_NAME = eINSTANCE.getBackendInfo_DeviceName();

		/**
		 * The meta object literal for the '<em><b>Driver Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__DRIVER_VERSION = eINSTANCE.getBackendInfo_DriverVersion();

		/**
		 * The meta object literal for the '<em><b>Memory Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__MEMORY_BYTES = eINSTANCE.getBackendInfo_MemoryBytes();

		/**
		 * The meta object literal for the '<em><b>Cpu Threads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__CPU_THREADS = eINSTANCE.getBackendInfo_CpuThreads();

		/**
		 * The meta object literal for the '<em><b>Java Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__JAVA_VERSION = eINSTANCE.getBackendInfo_JavaVersion();

		/**
		 * The meta object literal for the '<em><b>Nd4j Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__ND4J_BACKEND = eINSTANCE.getBackendInfo_Nd4jBackend();

		/**
		 * The meta object literal for the '<em><b>Cpu Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__CPU_MODEL = eINSTANCE.getBackendInfo_CpuModel();

		/**
		 * The meta object literal for the '<em><b>Cpu Isa</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BACKEND_INFO__CPU_ISA = eINSTANCE.getBackendInfo_CpuIsa();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.EpochRecordImpl <em>Epoch Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.EpochRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getEpochRecord()
		 * @generated
		 */
		EClass EPOCH_RECORD = eINSTANCE.getEpochRecord();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_RECORD__INDEX = eINSTANCE.getEpochRecord_Index();

		/**
		 * The meta object literal for the '<em><b>Train Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_RECORD__TRAIN_LOSS = eINSTANCE.getEpochRecord_TrainLoss();

		/**
		 * The meta object literal for the '<em><b>Validation Loss</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_RECORD__VALIDATION_LOSS = eINSTANCE.getEpochRecord_ValidationLoss();

		/**
		 * The meta object literal for the '<em><b>Duration Millis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_RECORD__DURATION_MILLIS = eINSTANCE.getEpochRecord_DurationMillis();

		/**
		 * The meta object literal for the '<em><b>Learning Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_RECORD__LEARNING_RATE = eINSTANCE.getEpochRecord_LearningRate();

		/**
		 * The meta object literal for the '<em><b>Backbone Frozen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EPOCH_RECORD__BACKBONE_FROZEN = eINSTANCE.getEpochRecord_BackboneFrozen();

		/**
		 * The meta object literal for the '<em><b>Label Aucs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPOCH_RECORD__LABEL_AUCS = eINSTANCE.getEpochRecord_LabelAucs();

		/**
		 * The meta object literal for the '<em><b>Loss Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EPOCH_RECORD__LOSS_TERMS = eINSTANCE.getEpochRecord_LossTerms();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.LossTermImpl <em>Loss Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.LossTermImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLossTerm()
		 * @generated
		 */
		EClass LOSS_TERM = eINSTANCE.getLossTerm();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_TERM__NAME = eINSTANCE.getLossTerm_Name();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_TERM__WEIGHT = eINSTANCE.getLossTerm_Weight();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_TERM__SCALE = eINSTANCE.getLossTerm_Scale();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOSS_TERM__VALUE = eINSTANCE.getLossTerm_Value();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.InitialWeightsRecordImpl <em>Initial Weights Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.InitialWeightsRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getInitialWeightsRecord()
		 * @generated
		 */
		EClass INITIAL_WEIGHTS_RECORD = eINSTANCE.getInitialWeightsRecord();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_WEIGHTS_RECORD__FILE = eINSTANCE.getInitialWeightsRecord_File();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_WEIGHTS_RECORD__FORMAT = eINSTANCE.getInitialWeightsRecord_Format();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_WEIGHTS_RECORD__SHA256 = eINSTANCE.getInitialWeightsRecord_Sha256();

		/**
		 * The meta object literal for the '<em><b>Loaded</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_WEIGHTS_RECORD__LOADED = eINSTANCE.getInitialWeightsRecord_Loaded();

		/**
		 * The meta object literal for the '<em><b>Initialised</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_WEIGHTS_RECORD__INITIALISED = eINSTANCE.getInitialWeightsRecord_Initialised();

		/**
		 * The meta object literal for the '<em><b>Ignored</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_WEIGHTS_RECORD__IGNORED = eINSTANCE.getInitialWeightsRecord_Ignored();

		/**
		 * The meta object literal for the '<em><b>Adaptations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INITIAL_WEIGHTS_RECORD__ADAPTATIONS = eINSTANCE.getInitialWeightsRecord_Adaptations();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.ImportedModelRecordImpl <em>Imported Model Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.ImportedModelRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getImportedModelRecord()
		 * @generated
		 */
		EClass IMPORTED_MODEL_RECORD = eINSTANCE.getImportedModelRecord();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__FILE = eINSTANCE.getImportedModelRecord_File();

		/**
		 * The meta object literal for the '<em><b>Sha256</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__SHA256 = eINSTANCE.getImportedModelRecord_Sha256();

		/**
		 * The meta object literal for the '<em><b>Producer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__PRODUCER = eINSTANCE.getImportedModelRecord_Producer();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__INPUT = eINSTANCE.getImportedModelRecord_Input();

		/**
		 * The meta object literal for the '<em><b>Output</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__OUTPUT = eINSTANCE.getImportedModelRecord_Output();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__FEATURES = eINSTANCE.getImportedModelRecord_Features();

		/**
		 * The meta object literal for the '<em><b>Saliency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__SALIENCY = eINSTANCE.getImportedModelRecord_Saliency();

		/**
		 * The meta object literal for the '<em><b>Cam Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORTED_MODEL_RECORD__CAM_LAYERS = eINSTANCE.getImportedModelRecord_CamLayers();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.GroupDroRecordImpl <em>Group Dro Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.GroupDroRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getGroupDroRecord()
		 * @generated
		 */
		EClass GROUP_DRO_RECORD = eINSTANCE.getGroupDroRecord();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_DRO_RECORD__GROUPS = eINSTANCE.getGroupDroRecord_Groups();

		/**
		 * The meta object literal for the '<em><b>Step Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_DRO_RECORD__STEP_SIZE = eINSTANCE.getGroupDroRecord_StepSize();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_DRO_RECORD__CELLS = eINSTANCE.getGroupDroRecord_Cells();

		/**
		 * The meta object literal for the '<em><b>Epoch Weights</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_DRO_RECORD__EPOCH_WEIGHTS = eINSTANCE.getGroupDroRecord_EpochWeights();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl <em>Just Train Twice Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getJustTrainTwiceRecord()
		 * @generated
		 */
		EClass JUST_TRAIN_TWICE_RECORD = eINSTANCE.getJustTrainTwiceRecord();

		/**
		 * The meta object literal for the '<em><b>Identification Epochs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS = eINSTANCE.getJustTrainTwiceRecord_IdentificationEpochs();

		/**
		 * The meta object literal for the '<em><b>Upweight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_RECORD__UPWEIGHT = eINSTANCE.getJustTrainTwiceRecord_Upweight();

		/**
		 * The meta object literal for the '<em><b>Train Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES = eINSTANCE.getJustTrainTwiceRecord_TrainImages();

		/**
		 * The meta object literal for the '<em><b>Errors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_RECORD__ERRORS = eINSTANCE.getJustTrainTwiceRecord_Errors();

		/**
		 * The meta object literal for the '<em><b>Errors By Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP = eINSTANCE.getJustTrainTwiceRecord_ErrorsByGroup();

		/**
		 * The meta object literal for the '<em><b>Identification Validation Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC = eINSTANCE.getJustTrainTwiceRecord_IdentificationValidationAuc();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl <em>Last Layer Retraining Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLastLayerRetrainingRecord()
		 * @generated
		 */
		EClass LAST_LAYER_RETRAINING_RECORD = eINSTANCE.getLastLayerRetrainingRecord();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__GROUPS = eINSTANCE.getLastLayerRetrainingRecord_Groups();

		/**
		 * The meta object literal for the '<em><b>Held Out Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES = eINSTANCE.getLastLayerRetrainingRecord_HeldOutImages();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__CELLS = eINSTANCE.getLastLayerRetrainingRecord_Cells();

		/**
		 * The meta object literal for the '<em><b>Subset Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE = eINSTANCE.getLastLayerRetrainingRecord_SubsetSize();

		/**
		 * The meta object literal for the '<em><b>Subsets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__SUBSETS = eINSTANCE.getLastLayerRetrainingRecord_Subsets();

		/**
		 * The meta object literal for the '<em><b>Regularisation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__REGULARISATION = eINSTANCE.getLastLayerRetrainingRecord_Regularisation();

		/**
		 * The meta object literal for the '<em><b>Validation Auc Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE = eINSTANCE.getLastLayerRetrainingRecord_ValidationAucBefore();

		/**
		 * The meta object literal for the '<em><b>Validation Auc After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER = eINSTANCE.getLastLayerRetrainingRecord_ValidationAucAfter();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE = eINSTANCE.getLastLayerRetrainingRecord_WorstGroupAucBefore();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc After</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER = eINSTANCE.getLastLayerRetrainingRecord_WorstGroupAucAfter();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.DistillationRecordImpl <em>Distillation Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.DistillationRecordImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDistillationRecord()
		 * @generated
		 */
		EClass DISTILLATION_RECORD = eINSTANCE.getDistillationRecord();

		/**
		 * The meta object literal for the '<em><b>Teacher Data</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_RECORD__TEACHER_DATA = eINSTANCE.getDistillationRecord_TeacherData();

		/**
		 * The meta object literal for the '<em><b>Teacher Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_RECORD__TEACHER_IMAGES = eINSTANCE.getDistillationRecord_TeacherImages();

		/**
		 * The meta object literal for the '<em><b>Teacher Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_RECORD__TEACHER_MODEL = eINSTANCE.getDistillationRecord_TeacherModel();

		/**
		 * The meta object literal for the '<em><b>Kept Epoch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISTILLATION_RECORD__KEPT_EPOCH = eINSTANCE.getDistillationRecord_KeptEpoch();

		/**
		 * The meta object literal for the '<em><b>Teacher Epochs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTILLATION_RECORD__TEACHER_EPOCHS = eINSTANCE.getDistillationRecord_TeacherEpochs();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DISTILLATION_RECORD__TERMS = eINSTANCE.getDistillationRecord_Terms();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.LabelValueImpl <em>Label Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.LabelValueImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLabelValue()
		 * @generated
		 */
		EClass LABEL_VALUE = eINSTANCE.getLabelValue();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_VALUE__LABEL = eINSTANCE.getLabelValue_Label();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_VALUE__VALUE = eINSTANCE.getLabelValue_Value();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.EvaluationImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Intervention Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__INTERVENTION_NAME = eINSTANCE.getEvaluation_InterventionName();

		/**
		 * The meta object literal for the '<em><b>Intervention Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__INTERVENTION_KIND = eINSTANCE.getEvaluation_InterventionKind();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__N = eINSTANCE.getEvaluation_N();

		/**
		 * The meta object literal for the '<em><b>Positives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__POSITIVES = eINSTANCE.getEvaluation_Positives();

		/**
		 * The meta object literal for the '<em><b>Labels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__LABELS = eINSTANCE.getEvaluation_Labels();

		/**
		 * The meta object literal for the '<em><b>Patients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__PATIENTS = eINSTANCE.getEvaluation_Patients();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.LabelEvaluationImpl <em>Label Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.LabelEvaluationImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getLabelEvaluation()
		 * @generated
		 */
		EClass LABEL_EVALUATION = eINSTANCE.getLabelEvaluation();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_EVALUATION__LABEL = eINSTANCE.getLabelEvaluation_Label();

		/**
		 * The meta object literal for the '<em><b>Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_EVALUATION__AUC = eINSTANCE.getLabelEvaluation_Auc();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_EVALUATION__CI_LOWER = eINSTANCE.getLabelEvaluation_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_EVALUATION__CI_UPPER = eINSTANCE.getLabelEvaluation_CiUpper();

		/**
		 * The meta object literal for the '<em><b>Ci Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_EVALUATION__CI_METHOD = eINSTANCE.getLabelEvaluation_CiMethod();

		/**
		 * The meta object literal for the '<em><b>Roc Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_EVALUATION__ROC_POINTS = eINSTANCE.getLabelEvaluation_RocPoints();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.RocPointImpl <em>Roc Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.RocPointImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRocPoint()
		 * @generated
		 */
		EClass ROC_POINT = eINSTANCE.getRocPoint();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROC_POINT__THRESHOLD = eINSTANCE.getRocPoint_Threshold();

		/**
		 * The meta object literal for the '<em><b>Fpr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROC_POINT__FPR = eINSTANCE.getRocPoint_Fpr();

		/**
		 * The meta object literal for the '<em><b>Tpr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROC_POINT__TPR = eINSTANCE.getRocPoint_Tpr();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.AucComparisonImpl <em>Auc Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.AucComparisonImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getAucComparison()
		 * @generated
		 */
		EClass AUC_COMPARISON = eINSTANCE.getAucComparison();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUC_COMPARISON__LABEL = eINSTANCE.getAucComparison_Label();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUC_COMPARISON__BASELINE = eINSTANCE.getAucComparison_Baseline();

		/**
		 * The meta object literal for the '<em><b>Variant</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AUC_COMPARISON__VARIANT = eINSTANCE.getAucComparison_Variant();

		/**
		 * The meta object literal for the '<em><b>Delta Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUC_COMPARISON__DELTA_AUC = eINSTANCE.getAucComparison_DeltaAuc();

		/**
		 * The meta object literal for the '<em><b>Z</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUC_COMPARISON__Z = eINSTANCE.getAucComparison_Z();

		/**
		 * The meta object literal for the '<em><b>PValue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUC_COMPARISON__PVALUE = eINSTANCE.getAucComparison_PValue();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUC_COMPARISON__CI_LOWER = eINSTANCE.getAucComparison_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUC_COMPARISON__CI_UPPER = eINSTANCE.getAucComparison_CiUpper();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUC_COMPARISON__METHOD = eINSTANCE.getAucComparison_Method();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.SaliencySummaryImpl <em>Saliency Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.SaliencySummaryImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSaliencySummary()
		 * @generated
		 */
		EClass SALIENCY_SUMMARY = eINSTANCE.getSaliencySummary();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__METHOD = eINSTANCE.getSaliencySummary_Method();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__LAYER = eINSTANCE.getSaliencySummary_Layer();

		/**
		 * The meta object literal for the '<em><b>Region Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__REGION_NAME = eINSTANCE.getSaliencySummary_RegionName();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__LABEL = eINSTANCE.getSaliencySummary_Label();

		/**
		 * The meta object literal for the '<em><b>Mean Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__MEAN_SHARE = eINSTANCE.getSaliencySummary_MeanShare();

		/**
		 * The meta object literal for the '<em><b>Area Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__AREA_SHARE = eINSTANCE.getSaliencySummary_AreaShare();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__CI_LOWER = eINSTANCE.getSaliencySummary_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__CI_UPPER = eINSTANCE.getSaliencySummary_CiUpper();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__N = eINSTANCE.getSaliencySummary_N();

		/**
		 * The meta object literal for the '<em><b>Subset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__SUBSET = eINSTANCE.getSaliencySummary_Subset();

		/**
		 * The meta object literal for the '<em><b>Pointing Hit Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__POINTING_HIT_RATE = eINSTANCE.getSaliencySummary_PointingHitRate();

		/**
		 * The meta object literal for the '<em><b>Randomisation Rank Correlation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION = eINSTANCE.getSaliencySummary_RandomisationRankCorrelation();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.DeletionTestImpl <em>Deletion Test</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.DeletionTestImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDeletionTest()
		 * @generated
		 */
		EClass DELETION_TEST = eINSTANCE.getDeletionTest();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__METHOD = eINSTANCE.getDeletionTest_Method();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__LAYER = eINSTANCE.getDeletionTest_Layer();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__LABEL = eINSTANCE.getDeletionTest_Label();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__IMAGES = eINSTANCE.getDeletionTest_Images();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__STEPS = eINSTANCE.getDeletionTest_Steps();

		/**
		 * The meta object literal for the '<em><b>Map Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__MAP_AREA = eINSTANCE.getDeletionTest_MapArea();

		/**
		 * The meta object literal for the '<em><b>Random Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__RANDOM_AREA = eINSTANCE.getDeletionTest_RandomArea();

		/**
		 * The meta object literal for the '<em><b>Difference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__DIFFERENCE = eINSTANCE.getDeletionTest_Difference();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__CI_LOWER = eINSTANCE.getDeletionTest_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__CI_UPPER = eINSTANCE.getDeletionTest_CiUpper();

		/**
		 * The meta object literal for the '<em><b>Map Curve</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__MAP_CURVE = eINSTANCE.getDeletionTest_MapCurve();

		/**
		 * The meta object literal for the '<em><b>Random Curve</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DELETION_TEST__RANDOM_CURVE = eINSTANCE.getDeletionTest_RandomCurve();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.SaliencyCaseImpl <em>Saliency Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.SaliencyCaseImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSaliencyCase()
		 * @generated
		 */
		EClass SALIENCY_CASE = eINSTANCE.getSaliencyCase();

		/**
		 * The meta object literal for the '<em><b>Rank</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__RANK = eINSTANCE.getSaliencyCase_Rank();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__IMAGE = eINSTANCE.getSaliencyCase_Image();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__LABEL = eINSTANCE.getSaliencyCase_Label();

		/**
		 * The meta object literal for the '<em><b>Positive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__POSITIVE = eINSTANCE.getSaliencyCase_Positive();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__SCORE = eINSTANCE.getSaliencyCase_Score();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__METHOD = eINSTANCE.getSaliencyCase_Method();

		/**
		 * The meta object literal for the '<em><b>Layer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__LAYER = eINSTANCE.getSaliencyCase_Layer();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__REGION = eINSTANCE.getSaliencyCase_Region();

		/**
		 * The meta object literal for the '<em><b>Input</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__INPUT = eINSTANCE.getSaliencyCase_Input();

		/**
		 * The meta object literal for the '<em><b>Heat Map</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__HEAT_MAP = eINSTANCE.getSaliencyCase_HeatMap();

		/**
		 * The meta object literal for the '<em><b>Overlay</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SALIENCY_CASE__OVERLAY = eINSTANCE.getSaliencyCase_Overlay();

		/**
		 * The meta object literal for the '<em><b>Regions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SALIENCY_CASE__REGIONS = eINSTANCE.getSaliencyCase_Regions();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.RegionAttentionImpl <em>Region Attention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.RegionAttentionImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRegionAttention()
		 * @generated
		 */
		EClass REGION_ATTENTION = eINSTANCE.getRegionAttention();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_ATTENTION__NAME = eINSTANCE.getRegionAttention_Name();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_ATTENTION__X = eINSTANCE.getRegionAttention_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_ATTENTION__Y = eINSTANCE.getRegionAttention_Y();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_ATTENTION__WIDTH = eINSTANCE.getRegionAttention_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_ATTENTION__HEIGHT = eINSTANCE.getRegionAttention_Height();

		/**
		 * The meta object literal for the '<em><b>Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_ATTENTION__SHARE = eINSTANCE.getRegionAttention_Share();

		/**
		 * The meta object literal for the '<em><b>Area Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGION_ATTENTION__AREA_SHARE = eINSTANCE.getRegionAttention_AreaShare();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.SubgroupMetricImpl <em>Subgroup Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.SubgroupMetricImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSubgroupMetric()
		 * @generated
		 */
		EClass SUBGROUP_METRIC = eINSTANCE.getSubgroupMetric();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__ATTRIBUTE = eINSTANCE.getSubgroupMetric_Attribute();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__VALUE = eINSTANCE.getSubgroupMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__LABEL = eINSTANCE.getSubgroupMetric_Label();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__N = eINSTANCE.getSubgroupMetric_N();

		/**
		 * The meta object literal for the '<em><b>Prevalence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__PREVALENCE = eINSTANCE.getSubgroupMetric_Prevalence();

		/**
		 * The meta object literal for the '<em><b>Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__AUC = eINSTANCE.getSubgroupMetric_Auc();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__CI_LOWER = eINSTANCE.getSubgroupMetric_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__CI_UPPER = eINSTANCE.getSubgroupMetric_CiUpper();

		/**
		 * The meta object literal for the '<em><b>Sensitivity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__SENSITIVITY = eINSTANCE.getSubgroupMetric_Sensitivity();

		/**
		 * The meta object literal for the '<em><b>Specificity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__SPECIFICITY = eINSTANCE.getSubgroupMetric_Specificity();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_METRIC__THRESHOLD = eINSTANCE.getSubgroupMetric_Threshold();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.FeatureSliceImpl <em>Feature Slice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.FeatureSliceImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getFeatureSlice()
		 * @generated
		 */
		EClass FEATURE_SLICE = eINSTANCE.getFeatureSlice();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__INDEX = eINSTANCE.getFeatureSlice_Index();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__LABEL = eINSTANCE.getFeatureSlice_Label();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__SIZE = eINSTANCE.getFeatureSlice_Size();

		/**
		 * The meta object literal for the '<em><b>Prevalence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__PREVALENCE = eINSTANCE.getFeatureSlice_Prevalence();

		/**
		 * The meta object literal for the '<em><b>Rest Prevalence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__REST_PREVALENCE = eINSTANCE.getFeatureSlice_RestPrevalence();

		/**
		 * The meta object literal for the '<em><b>Loss Ratio</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__LOSS_RATIO = eINSTANCE.getFeatureSlice_LossRatio();

		/**
		 * The meta object literal for the '<em><b>Error Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__ERROR_RATE = eINSTANCE.getFeatureSlice_ErrorRate();

		/**
		 * The meta object literal for the '<em><b>Rest Error Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__REST_ERROR_RATE = eINSTANCE.getFeatureSlice_RestErrorRate();

		/**
		 * The meta object literal for the '<em><b>Error P</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__ERROR_P = eINSTANCE.getFeatureSlice_ErrorP();

		/**
		 * The meta object literal for the '<em><b>Label Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__LABEL_AUC = eINSTANCE.getFeatureSlice_LabelAuc();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__ATTRIBUTE = eINSTANCE.getFeatureSlice_Attribute();

		/**
		 * The meta object literal for the '<em><b>Attribute V</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__ATTRIBUTE_V = eINSTANCE.getFeatureSlice_AttributeV();

		/**
		 * The meta object literal for the '<em><b>Attribute Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__ATTRIBUTE_VALUE = eINSTANCE.getFeatureSlice_AttributeValue();

		/**
		 * The meta object literal for the '<em><b>Value Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__VALUE_SHARE = eINSTANCE.getFeatureSlice_ValueShare();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SLICE__DESCRIPTION = eINSTANCE.getFeatureSlice_Description();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.AttributeProbeImpl <em>Attribute Probe</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.AttributeProbeImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getAttributeProbe()
		 * @generated
		 */
		EClass ATTRIBUTE_PROBE = eINSTANCE.getAttributeProbe();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_PROBE__ATTRIBUTE = eINSTANCE.getAttributeProbe_Attribute();

		/**
		 * The meta object literal for the '<em><b>Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_PROBE__AUC = eINSTANCE.getAttributeProbe_Auc();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_PROBE__CI_LOWER = eINSTANCE.getAttributeProbe_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_PROBE__CI_UPPER = eINSTANCE.getAttributeProbe_CiUpper();

		/**
		 * The meta object literal for the '<em><b>Folds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_PROBE__FOLDS = eINSTANCE.getAttributeProbe_Folds();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ATTRIBUTE_PROBE__METHOD = eINSTANCE.getAttributeProbe_Method();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.DatasetAuditImpl <em>Dataset Audit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.DatasetAuditImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDatasetAudit()
		 * @generated
		 */
		EClass DATASET_AUDIT = eINSTANCE.getDatasetAudit();

		/**
		 * The meta object literal for the '<em><b>Manifest</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_AUDIT__MANIFEST = eINSTANCE.getDatasetAudit_Manifest();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_AUDIT__CREATED_AT = eINSTANCE.getDatasetAudit_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Image Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_AUDIT__IMAGE_COUNT = eINSTANCE.getDatasetAudit_ImageCount();

		/**
		 * The meta object literal for the '<em><b>Associations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_AUDIT__ASSOCIATIONS = eINSTANCE.getDatasetAudit_Associations();

		/**
		 * The meta object literal for the '<em><b>Prevalences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_AUDIT__PREVALENCES = eINSTANCE.getDatasetAudit_Prevalences();

		/**
		 * The meta object literal for the '<em><b>Image Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_AUDIT__IMAGE_PROPERTIES = eINSTANCE.getDatasetAudit_ImageProperties();

		/**
		 * The meta object literal for the '<em><b>Warnings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DATASET_AUDIT__WARNINGS = eINSTANCE.getDatasetAudit_Warnings();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.AuditWarningImpl <em>Audit Warning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.AuditWarningImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getAuditWarning()
		 * @generated
		 */
		EClass AUDIT_WARNING = eINSTANCE.getAuditWarning();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_WARNING__KIND = eINSTANCE.getAuditWarning_Kind();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_WARNING__ATTRIBUTE = eINSTANCE.getAuditWarning_Attribute();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_WARNING__LABEL = eINSTANCE.getAuditWarning_Label();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_WARNING__COUNT = eINSTANCE.getAuditWarning_Count();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_WARNING__MESSAGE = eINSTANCE.getAuditWarning_Message();

		/**
		 * The meta object literal for the '<em><b>Examples</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_WARNING__EXAMPLES = eINSTANCE.getAuditWarning_Examples();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.ShiftTestImpl <em>Shift Test</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.ShiftTestImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getShiftTest()
		 * @generated
		 */
		EClass SHIFT_TEST = eINSTANCE.getShiftTest();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__ATTRIBUTE = eINSTANCE.getShiftTest_Attribute();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__LABEL = eINSTANCE.getShiftTest_Label();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__CASES = eINSTANCE.getShiftTest_Cases();

		/**
		 * The meta object literal for the '<em><b>Positives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__POSITIVES = eINSTANCE.getShiftTest_Positives();

		/**
		 * The meta object literal for the '<em><b>Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__AUC = eINSTANCE.getShiftTest_Auc();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__CI_LOWER = eINSTANCE.getShiftTest_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__CI_UPPER = eINSTANCE.getShiftTest_CiUpper();

		/**
		 * The meta object literal for the '<em><b>In Distribution Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__IN_DISTRIBUTION_AUC = eINSTANCE.getShiftTest_InDistributionAuc();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHIFT_TEST__GROUPS = eINSTANCE.getShiftTest_Groups();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.GroupWeightImpl <em>Group Weight</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.GroupWeightImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getGroupWeight()
		 * @generated
		 */
		EClass GROUP_WEIGHT = eINSTANCE.getGroupWeight();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_WEIGHT__ATTRIBUTE = eINSTANCE.getGroupWeight_Attribute();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_WEIGHT__GROUP = eINSTANCE.getGroupWeight_Group();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_WEIGHT__LABEL = eINSTANCE.getGroupWeight_Label();

		/**
		 * The meta object literal for the '<em><b>Positives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_WEIGHT__POSITIVES = eINSTANCE.getGroupWeight_Positives();

		/**
		 * The meta object literal for the '<em><b>Negatives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_WEIGHT__NEGATIVES = eINSTANCE.getGroupWeight_Negatives();

		/**
		 * The meta object literal for the '<em><b>Positive Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_WEIGHT__POSITIVE_WEIGHT = eINSTANCE.getGroupWeight_PositiveWeight();

		/**
		 * The meta object literal for the '<em><b>Negative Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP_WEIGHT__NEGATIVE_WEIGHT = eINSTANCE.getGroupWeight_NegativeWeight();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl <em>Subgroup Prevalence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.SubgroupPrevalenceImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSubgroupPrevalence()
		 * @generated
		 */
		EClass SUBGROUP_PREVALENCE = eINSTANCE.getSubgroupPrevalence();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_PREVALENCE__ATTRIBUTE = eINSTANCE.getSubgroupPrevalence_Attribute();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_PREVALENCE__VALUE = eINSTANCE.getSubgroupPrevalence_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_PREVALENCE__LABEL = eINSTANCE.getSubgroupPrevalence_Label();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_PREVALENCE__N = eINSTANCE.getSubgroupPrevalence_N();

		/**
		 * The meta object literal for the '<em><b>Positives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_PREVALENCE__POSITIVES = eINSTANCE.getSubgroupPrevalence_Positives();

		/**
		 * The meta object literal for the '<em><b>Prevalence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUBGROUP_PREVALENCE__PREVALENCE = eINSTANCE.getSubgroupPrevalence_Prevalence();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl <em>Image Property Audit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.ImagePropertyAuditImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getImagePropertyAudit()
		 * @generated
		 */
		EClass IMAGE_PROPERTY_AUDIT = eINSTANCE.getImagePropertyAudit();

		/**
		 * The meta object literal for the '<em><b>Property</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__PROPERTY = eINSTANCE.getImagePropertyAudit_Property();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__LABEL = eINSTANCE.getImagePropertyAudit_Label();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__N = eINSTANCE.getImagePropertyAudit_N();

		/**
		 * The meta object literal for the '<em><b>Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__AUC = eINSTANCE.getImagePropertyAudit_Auc();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__CI_LOWER = eINSTANCE.getImagePropertyAudit_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__CI_UPPER = eINSTANCE.getImagePropertyAudit_CiUpper();

		/**
		 * The meta object literal for the '<em><b>Higher Is Positive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE = eINSTANCE.getImagePropertyAudit_HigherIsPositive();

		/**
		 * The meta object literal for the '<em><b>Drift Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__DRIFT_AUC = eINSTANCE.getImagePropertyAudit_DriftAuc();

		/**
		 * The meta object literal for the '<em><b>Drift Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER = eINSTANCE.getImagePropertyAudit_DriftCiLower();

		/**
		 * The meta object literal for the '<em><b>Drift Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER = eINSTANCE.getImagePropertyAudit_DriftCiUpper();

		/**
		 * The meta object literal for the '<em><b>Drift P</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__DRIFT_P = eINSTANCE.getImagePropertyAudit_DriftP();

		/**
		 * The meta object literal for the '<em><b>Drift Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_PROPERTY_AUDIT__DRIFT_NOTE = eINSTANCE.getImagePropertyAudit_DriftNote();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.DatasetAssociationImpl <em>Dataset Association</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.DatasetAssociationImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getDatasetAssociation()
		 * @generated
		 */
		EClass DATASET_ASSOCIATION = eINSTANCE.getDatasetAssociation();

		/**
		 * The meta object literal for the '<em><b>Attribute</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__ATTRIBUTE = eINSTANCE.getDatasetAssociation_Attribute();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__LABEL = eINSTANCE.getDatasetAssociation_Label();

		/**
		 * The meta object literal for the '<em><b>Cramers V</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__CRAMERS_V = eINSTANCE.getDatasetAssociation_CramersV();

		/**
		 * The meta object literal for the '<em><b>Chi Square</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__CHI_SQUARE = eINSTANCE.getDatasetAssociation_ChiSquare();

		/**
		 * The meta object literal for the '<em><b>PValue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__PVALUE = eINSTANCE.getDatasetAssociation_PValue();

		/**
		 * The meta object literal for the '<em><b>Attribute Only Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC = eINSTANCE.getDatasetAssociation_AttributeOnlyAuc();

		/**
		 * The meta object literal for the '<em><b>Degrees Of Freedom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__DEGREES_OF_FREEDOM = eINSTANCE.getDatasetAssociation_DegreesOfFreedom();

		/**
		 * The meta object literal for the '<em><b>Mutual Information</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__MUTUAL_INFORMATION = eINSTANCE.getDatasetAssociation_MutualInformation();

		/**
		 * The meta object literal for the '<em><b>N</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATASET_ASSOCIATION__N = eINSTANCE.getDatasetAssociation_N();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.FindingImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__SEVERITY = eINSTANCE.getFinding_Severity();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__KIND = eINSTANCE.getFinding_Kind();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__EVIDENCE = eINSTANCE.getFinding_Evidence();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.ArtifactImpl <em>Artifact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.ArtifactImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArtifact()
		 * @generated
		 */
		EClass ARTIFACT = eINSTANCE.getArtifact();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__KIND = eINSTANCE.getArtifact_Kind();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__PATH = eINSTANCE.getArtifact_Path();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__DESCRIPTION = eINSTANCE.getArtifact_Description();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.StudyImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ID = eINSTANCE.getStudy_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NAME = eINSTANCE.getStudy_Name();

		/**
		 * The meta object literal for the '<em><b>Experiment Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__EXPERIMENT_PATH = eINSTANCE.getStudy_ExperimentPath();

		/**
		 * The meta object literal for the '<em><b>Start Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__START_TIME = eINSTANCE.getStudy_StartTime();

		/**
		 * The meta object literal for the '<em><b>End Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__END_TIME = eINSTANCE.getStudy_EndTime();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__STATUS = eINSTANCE.getStudy_Status();

		/**
		 * The meta object literal for the '<em><b>Error Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ERROR_MESSAGE = eINSTANCE.getStudy_ErrorMessage();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__LABEL = eINSTANCE.getStudy_Label();

		/**
		 * The meta object literal for the '<em><b>Shift Grouping</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SHIFT_GROUPING = eINSTANCE.getStudy_ShiftGrouping();

		/**
		 * The meta object literal for the '<em><b>Shift Cases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SHIFT_CASES = eINSTANCE.getStudy_ShiftCases();

		/**
		 * The meta object literal for the '<em><b>Shift Positives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SHIFT_POSITIVES = eINSTANCE.getStudy_ShiftPositives();

		/**
		 * The meta object literal for the '<em><b>Shift Groups</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SHIFT_GROUPS = eINSTANCE.getStudy_ShiftGroups();

		/**
		 * The meta object literal for the '<em><b>Confidence Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__CONFIDENCE_LEVEL = eINSTANCE.getStudy_ConfidenceLevel();

		/**
		 * The meta object literal for the '<em><b>Shift Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SHIFT_NOTE = eINSTANCE.getStudy_ShiftNote();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SEEDS = eINSTANCE.getStudy_Seeds();

		/**
		 * The meta object literal for the '<em><b>Patients</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PATIENTS = eINSTANCE.getStudy_Patients();

		/**
		 * The meta object literal for the '<em><b>Arms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ARMS = eINSTANCE.getStudy_Arms();

		/**
		 * The meta object literal for the '<em><b>Comparisons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__COMPARISONS = eINSTANCE.getStudy_Comparisons();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.StudyArmImpl <em>Study Arm</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.StudyArmImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getStudyArm()
		 * @generated
		 */
		EClass STUDY_ARM = eINSTANCE.getStudyArm();

		/**
		 * The meta object literal for the '<em><b>Seed Run Paths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__SEED_RUN_PATHS = eINSTANCE.getStudyArm_SeedRunPaths();

		/**
		 * The meta object literal for the '<em><b>In Distribution Auc Seed Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN = eINSTANCE.getStudyArm_InDistributionAucSeedMean();

		/**
		 * The meta object literal for the '<em><b>In Distribution Auc Seed Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER = eINSTANCE.getStudyArm_InDistributionAucSeedLower();

		/**
		 * The meta object literal for the '<em><b>In Distribution Auc Seed Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER = eINSTANCE.getStudyArm_InDistributionAucSeedUpper();

		/**
		 * The meta object literal for the '<em><b>Shifted Auc Seed Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__SHIFTED_AUC_SEED_MEAN = eINSTANCE.getStudyArm_ShiftedAucSeedMean();

		/**
		 * The meta object literal for the '<em><b>Shifted Auc Seed Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__SHIFTED_AUC_SEED_LOWER = eINSTANCE.getStudyArm_ShiftedAucSeedLower();

		/**
		 * The meta object literal for the '<em><b>Shifted Auc Seed Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__SHIFTED_AUC_SEED_UPPER = eINSTANCE.getStudyArm_ShiftedAucSeedUpper();

		/**
		 * The meta object literal for the '<em><b>Masked Delta Auc Seed Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN = eINSTANCE.getStudyArm_MaskedDeltaAucSeedMean();

		/**
		 * The meta object literal for the '<em><b>Masked Delta Auc Seed Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER = eINSTANCE.getStudyArm_MaskedDeltaAucSeedLower();

		/**
		 * The meta object literal for the '<em><b>Masked Delta Auc Seed Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER = eINSTANCE.getStudyArm_MaskedDeltaAucSeedUpper();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc Seed Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN = eINSTANCE.getStudyArm_WorstGroupAucSeedMean();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc Seed Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER = eINSTANCE.getStudyArm_WorstGroupAucSeedLower();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc Seed Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER = eINSTANCE.getStudyArm_WorstGroupAucSeedUpper();

		/**
		 * The meta object literal for the '<em><b>Tpr Gap Seed Mean</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__TPR_GAP_SEED_MEAN = eINSTANCE.getStudyArm_TprGapSeedMean();

		/**
		 * The meta object literal for the '<em><b>Tpr Gap Seed Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__TPR_GAP_SEED_LOWER = eINSTANCE.getStudyArm_TprGapSeedLower();

		/**
		 * The meta object literal for the '<em><b>Tpr Gap Seed Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__TPR_GAP_SEED_UPPER = eINSTANCE.getStudyArm_TprGapSeedUpper();

		/**
		 * The meta object literal for the '<em><b>Failed To Learn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__FAILED_TO_LEARN = eINSTANCE.getStudyArm_FailedToLearn();

		/**
		 * The meta object literal for the '<em><b>Learning Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__LEARNING_NOTE = eINSTANCE.getStudyArm_LearningNote();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__NAME = eINSTANCE.getStudyArm_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__KIND = eINSTANCE.getStudyArm_Kind();

		/**
		 * The meta object literal for the '<em><b>Run Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__RUN_ID = eINSTANCE.getStudyArm_RunId();

		/**
		 * The meta object literal for the '<em><b>Run Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__RUN_PATH = eINSTANCE.getStudyArm_RunPath();

		/**
		 * The meta object literal for the '<em><b>In Distribution Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__IN_DISTRIBUTION_AUC = eINSTANCE.getStudyArm_InDistributionAuc();

		/**
		 * The meta object literal for the '<em><b>In Distribution Auc Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER = eINSTANCE.getStudyArm_InDistributionAucLower();

		/**
		 * The meta object literal for the '<em><b>In Distribution Auc Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER = eINSTANCE.getStudyArm_InDistributionAucUpper();

		/**
		 * The meta object literal for the '<em><b>Shifted Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__SHIFTED_AUC = eINSTANCE.getStudyArm_ShiftedAuc();

		/**
		 * The meta object literal for the '<em><b>Shifted Auc Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__SHIFTED_AUC_LOWER = eINSTANCE.getStudyArm_ShiftedAucLower();

		/**
		 * The meta object literal for the '<em><b>Shifted Auc Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__SHIFTED_AUC_UPPER = eINSTANCE.getStudyArm_ShiftedAucUpper();

		/**
		 * The meta object literal for the '<em><b>Masked Delta Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__MASKED_DELTA_AUC = eINSTANCE.getStudyArm_MaskedDeltaAuc();

		/**
		 * The meta object literal for the '<em><b>Masked Delta Auc Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__MASKED_DELTA_AUC_LOWER = eINSTANCE.getStudyArm_MaskedDeltaAucLower();

		/**
		 * The meta object literal for the '<em><b>Masked Delta Auc Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__MASKED_DELTA_AUC_UPPER = eINSTANCE.getStudyArm_MaskedDeltaAucUpper();

		/**
		 * The meta object literal for the '<em><b>Masked PValue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__MASKED_PVALUE = eINSTANCE.getStudyArm_MaskedPValue();

		/**
		 * The meta object literal for the '<em><b>Attention Share</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__ATTENTION_SHARE = eINSTANCE.getStudyArm_AttentionShare();

		/**
		 * The meta object literal for the '<em><b>Attention Share Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__ATTENTION_SHARE_LOWER = eINSTANCE.getStudyArm_AttentionShareLower();

		/**
		 * The meta object literal for the '<em><b>Attention Share Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__ATTENTION_SHARE_UPPER = eINSTANCE.getStudyArm_AttentionShareUpper();

		/**
		 * The meta object literal for the '<em><b>Worst Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__WORST_GROUP = eINSTANCE.getStudyArm_WorstGroup();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__WORST_GROUP_AUC = eINSTANCE.getStudyArm_WorstGroupAuc();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__WORST_GROUP_AUC_LOWER = eINSTANCE.getStudyArm_WorstGroupAucLower();

		/**
		 * The meta object literal for the '<em><b>Worst Group Auc Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__WORST_GROUP_AUC_UPPER = eINSTANCE.getStudyArm_WorstGroupAucUpper();

		/**
		 * The meta object literal for the '<em><b>Tpr Gap</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__TPR_GAP = eINSTANCE.getStudyArm_TprGap();

		/**
		 * The meta object literal for the '<em><b>Tpr Gap Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__TPR_GAP_LOWER = eINSTANCE.getStudyArm_TprGapLower();

		/**
		 * The meta object literal for the '<em><b>Tpr Gap Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY_ARM__TPR_GAP_UPPER = eINSTANCE.getStudyArm_TprGapUpper();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.impl.ArmComparisonImpl <em>Arm Comparison</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.impl.ArmComparisonImpl
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArmComparison()
		 * @generated
		 */
		EClass ARM_COMPARISON = eINSTANCE.getArmComparison();

		/**
		 * The meta object literal for the '<em><b>Seeds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__SEEDS = eINSTANCE.getArmComparison_Seeds();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__METHOD = eINSTANCE.getArmComparison_Method();

		/**
		 * The meta object literal for the '<em><b>Arm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__ARM = eINSTANCE.getArmComparison_Arm();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__BASELINE = eINSTANCE.getArmComparison_Baseline();

		/**
		 * The meta object literal for the '<em><b>Test Set</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__TEST_SET = eINSTANCE.getArmComparison_TestSet();

		/**
		 * The meta object literal for the '<em><b>Cases</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__CASES = eINSTANCE.getArmComparison_Cases();

		/**
		 * The meta object literal for the '<em><b>Delta Auc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__DELTA_AUC = eINSTANCE.getArmComparison_DeltaAuc();

		/**
		 * The meta object literal for the '<em><b>Ci Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__CI_LOWER = eINSTANCE.getArmComparison_CiLower();

		/**
		 * The meta object literal for the '<em><b>Ci Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__CI_UPPER = eINSTANCE.getArmComparison_CiUpper();

		/**
		 * The meta object literal for the '<em><b>PValue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARM_COMPARISON__PVALUE = eINSTANCE.getArmComparison_PValue();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.RunStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.RunStatus
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getRunStatus()
		 * @generated
		 */
		EEnum RUN_STATUS = eINSTANCE.getRunStatus();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.CiMethod <em>Ci Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.CiMethod
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getCiMethod()
		 * @generated
		 */
		EEnum CI_METHOD = eINSTANCE.getCiMethod();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.SaliencyMethod <em>Saliency Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.SaliencyMethod
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getSaliencyMethod()
		 * @generated
		 */
		EEnum SALIENCY_METHOD = eINSTANCE.getSaliencyMethod();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.FindingSeverity <em>Finding Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.FindingSeverity
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getFindingSeverity()
		 * @generated
		 */
		EEnum FINDING_SEVERITY = eINSTANCE.getFindingSeverity();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.ArtifactKind <em>Artifact Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.ArtifactKind
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArtifactKind()
		 * @generated
		 */
		EEnum ARTIFACT_KIND = eINSTANCE.getArtifactKind();

		/**
		 * The meta object literal for the '{@link org.confounderlab.model.run.ArmKind <em>Arm Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.confounderlab.model.run.ArmKind
		 * @see org.confounderlab.model.run.impl.RunPackageImpl#getArmKind()
		 * @generated
		 */
		EEnum ARM_KIND = eINSTANCE.getArmKind();

	}

} //RunPackage

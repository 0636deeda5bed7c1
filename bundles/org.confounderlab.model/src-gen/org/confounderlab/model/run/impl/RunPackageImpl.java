/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.experiment.ExperimentPackage;

import org.confounderlab.model.experiment.impl.ExperimentPackageImpl;

import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.ArmKind;
import org.confounderlab.model.run.Artifact;
import org.confounderlab.model.run.ArtifactKind;
import org.confounderlab.model.run.AttributeProbe;
import org.confounderlab.model.run.AucComparison;
import org.confounderlab.model.run.AuditWarning;
import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.CiMethod;
import org.confounderlab.model.run.DatasetAssociation;
import org.confounderlab.model.run.DatasetAudit;
import org.confounderlab.model.run.DeletionTest;
import org.confounderlab.model.run.DistillationRecord;
import org.confounderlab.model.run.EpochRecord;
import org.confounderlab.model.run.Evaluation;
import org.confounderlab.model.run.FeatureSlice;
import org.confounderlab.model.run.Finding;
import org.confounderlab.model.run.FindingSeverity;
import org.confounderlab.model.run.GroupDroRecord;
import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.ImagePropertyAudit;
import org.confounderlab.model.run.ImportedModelRecord;
import org.confounderlab.model.run.InitialWeightsRecord;
import org.confounderlab.model.run.InputRecord;
import org.confounderlab.model.run.JustTrainTwiceRecord;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.LabelValue;
import org.confounderlab.model.run.LastLayerRetrainingRecord;
import org.confounderlab.model.run.LeakCheck;
import org.confounderlab.model.run.LossTerm;
import org.confounderlab.model.run.RegionAttention;
import org.confounderlab.model.run.RocPoint;
import org.confounderlab.model.run.Run;
import org.confounderlab.model.run.RunFactory;
import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.RunStatus;
import org.confounderlab.model.run.SaliencyCase;
import org.confounderlab.model.run.SaliencyMethod;
import org.confounderlab.model.run.SaliencySummary;
import org.confounderlab.model.run.ShiftTest;
import org.confounderlab.model.run.Study;
import org.confounderlab.model.run.StudyArm;
import org.confounderlab.model.run.SubgroupMetric;
import org.confounderlab.model.run.SubgroupPrevalence;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RunPackageImpl extends EPackageImpl implements RunPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass runEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass inputRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass leakCheckEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass backendInfoEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass epochRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lossTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass initialWeightsRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass importedModelRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupDroRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass justTrainTwiceRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass lastLayerRetrainingRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass distillationRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass labelEvaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass rocPointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass aucComparisonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass saliencySummaryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass deletionTestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass saliencyCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regionAttentionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subgroupMetricEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass featureSliceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attributeProbeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetAuditEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auditWarningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shiftTestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass groupWeightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass subgroupPrevalenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass imagePropertyAuditEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass datasetAssociationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass findingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass artifactEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass studyArmEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass armComparisonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum runStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum ciMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum saliencyMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum findingSeverityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum artifactKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum armKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.confounderlab.model.run.RunPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private RunPackageImpl() {
		super(eNS_URI, RunFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link RunPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static RunPackage init() {
		if (isInited) return (RunPackage)EPackage.Registry.INSTANCE.getEPackage(RunPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredRunPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		RunPackageImpl theRunPackage = registeredRunPackage instanceof RunPackageImpl ? (RunPackageImpl)registeredRunPackage : new RunPackageImpl();

		isInited = true;

		// Obtain or create and register interdependencies
		Object registeredPackage = EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);
		ExperimentPackageImpl theExperimentPackage = (ExperimentPackageImpl)(registeredPackage instanceof ExperimentPackageImpl ? registeredPackage : ExperimentPackage.eINSTANCE);

		// Create package meta-data objects
		theRunPackage.createPackageContents();
		theExperimentPackage.createPackageContents();

		// Initialize created meta-data
		theRunPackage.initializePackageContents();
		theExperimentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theRunPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(RunPackage.eNS_URI, theRunPackage);
		return theRunPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRun() {
		return runEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Id() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_Status() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_StartTime() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_EndTime() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_ErrorMessage() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_ClusterJob() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Experiment() {
		return (EReference)runEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_ExperimentPath() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Backend() {
		return (EReference)runEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Inputs() {
		return (EReference)runEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_ConstantValidationLoss() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Epochs() {
		return (EReference)runEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Evaluations() {
		return (EReference)runEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Comparisons() {
		return (EReference)runEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Saliency() {
		return (EReference)runEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_DeletionTests() {
		return (EReference)runEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_SaliencyCases() {
		return (EReference)runEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Subgroups() {
		return (EReference)runEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_ShiftTests() {
		return (EReference)runEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_InitialWeights() {
		return (EReference)runEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_ImportedModel() {
		return (EReference)runEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_GroupDro() {
		return (EReference)runEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_JustTrainTwice() {
		return (EReference)runEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_LastLayerRetraining() {
		return (EReference)runEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Distillation() {
		return (EReference)runEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Leaks() {
		return (EReference)runEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_GroupWeights() {
		return (EReference)runEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Probes() {
		return (EReference)runEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Slices() {
		return (EReference)runEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Audit() {
		return (EReference)runEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Findings() {
		return (EReference)runEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRun_Artifacts() {
		return (EReference)runEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRun_BaselineRun() {
		return (EAttribute)runEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInputRecord() {
		return inputRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_Images() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_SkippedRows() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_BadImages() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_CacheFile() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_CacheBuilt() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_CacheMillis() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_CacheBytes() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInputRecord_CacheBits() {
		return (EAttribute)inputRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLeakCheck() {
		return leakCheckEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_MaxDistance() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_TrainTestPairs() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_ValidationTestPairs() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_TrainValidationPairs() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_SharedPatients() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_LeakingTestImages() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_TestImages() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_MinCosine() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_FeatureTrainTestPairs() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_FeatureValidationTestPairs() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_FeatureTrainValidationPairs() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_FeatureOnlyPairs() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLeakCheck_FeatureCheckNote() {
		return (EAttribute)leakCheckEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLeakCheck_LeakFree() {
		return (EReference)leakCheckEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBackendInfo() {
		return backendInfoEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_Kind() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_DeviceName() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_DriverVersion() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_MemoryBytes() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_CpuThreads() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_JavaVersion() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_Nd4jBackend() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_CpuModel() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBackendInfo_CpuIsa() {
		return (EAttribute)backendInfoEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEpochRecord() {
		return epochRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochRecord_Index() {
		return (EAttribute)epochRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochRecord_TrainLoss() {
		return (EAttribute)epochRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochRecord_ValidationLoss() {
		return (EAttribute)epochRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochRecord_DurationMillis() {
		return (EAttribute)epochRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochRecord_LearningRate() {
		return (EAttribute)epochRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEpochRecord_BackboneFrozen() {
		return (EAttribute)epochRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpochRecord_LabelAucs() {
		return (EReference)epochRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEpochRecord_LossTerms() {
		return (EReference)epochRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLossTerm() {
		return lossTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLossTerm_Name() {
		return (EAttribute)lossTermEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLossTerm_Weight() {
		return (EAttribute)lossTermEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLossTerm_Scale() {
		return (EAttribute)lossTermEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLossTerm_Value() {
		return (EAttribute)lossTermEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInitialWeightsRecord() {
		return initialWeightsRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialWeightsRecord_File() {
		return (EAttribute)initialWeightsRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialWeightsRecord_Format() {
		return (EAttribute)initialWeightsRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialWeightsRecord_Sha256() {
		return (EAttribute)initialWeightsRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialWeightsRecord_Loaded() {
		return (EAttribute)initialWeightsRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialWeightsRecord_Initialised() {
		return (EAttribute)initialWeightsRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialWeightsRecord_Ignored() {
		return (EAttribute)initialWeightsRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInitialWeightsRecord_Adaptations() {
		return (EAttribute)initialWeightsRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImportedModelRecord() {
		return importedModelRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_File() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_Sha256() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_Producer() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_Input() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_Output() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_Features() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_Saliency() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImportedModelRecord_CamLayers() {
		return (EAttribute)importedModelRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupDroRecord() {
		return groupDroRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupDroRecord_Groups() {
		return (EAttribute)groupDroRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupDroRecord_StepSize() {
		return (EAttribute)groupDroRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupDroRecord_Cells() {
		return (EAttribute)groupDroRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupDroRecord_EpochWeights() {
		return (EAttribute)groupDroRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJustTrainTwiceRecord() {
		return justTrainTwiceRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceRecord_IdentificationEpochs() {
		return (EAttribute)justTrainTwiceRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceRecord_Upweight() {
		return (EAttribute)justTrainTwiceRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceRecord_TrainImages() {
		return (EAttribute)justTrainTwiceRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceRecord_Errors() {
		return (EAttribute)justTrainTwiceRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceRecord_ErrorsByGroup() {
		return (EAttribute)justTrainTwiceRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJustTrainTwiceRecord_IdentificationValidationAuc() {
		return (EAttribute)justTrainTwiceRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLastLayerRetrainingRecord() {
		return lastLayerRetrainingRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_Groups() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_HeldOutImages() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_Cells() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_SubsetSize() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_Subsets() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_Regularisation() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_ValidationAucBefore() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_ValidationAucAfter() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_WorstGroupAucBefore() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLastLayerRetrainingRecord_WorstGroupAucAfter() {
		return (EAttribute)lastLayerRetrainingRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDistillationRecord() {
		return distillationRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationRecord_TeacherData() {
		return (EAttribute)distillationRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationRecord_TeacherImages() {
		return (EAttribute)distillationRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationRecord_TeacherModel() {
		return (EAttribute)distillationRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDistillationRecord_KeptEpoch() {
		return (EAttribute)distillationRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDistillationRecord_TeacherEpochs() {
		return (EReference)distillationRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDistillationRecord_Terms() {
		return (EReference)distillationRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabelValue() {
		return labelValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelValue_Label() {
		return (EAttribute)labelValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelValue_Value() {
		return (EAttribute)labelValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation() {
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_InterventionName() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_InterventionKind() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_N() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Positives() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Labels() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Patients() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLabelEvaluation() {
		return labelEvaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelEvaluation_Label() {
		return (EAttribute)labelEvaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelEvaluation_Auc() {
		return (EAttribute)labelEvaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelEvaluation_CiLower() {
		return (EAttribute)labelEvaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelEvaluation_CiUpper() {
		return (EAttribute)labelEvaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLabelEvaluation_CiMethod() {
		return (EAttribute)labelEvaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLabelEvaluation_RocPoints() {
		return (EReference)labelEvaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRocPoint() {
		return rocPointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRocPoint_Threshold() {
		return (EAttribute)rocPointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRocPoint_Fpr() {
		return (EAttribute)rocPointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRocPoint_Tpr() {
		return (EAttribute)rocPointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAucComparison() {
		return aucComparisonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAucComparison_Label() {
		return (EAttribute)aucComparisonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAucComparison_Baseline() {
		return (EReference)aucComparisonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAucComparison_Variant() {
		return (EReference)aucComparisonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAucComparison_DeltaAuc() {
		return (EAttribute)aucComparisonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAucComparison_Z() {
		return (EAttribute)aucComparisonEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAucComparison_PValue() {
		return (EAttribute)aucComparisonEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAucComparison_CiLower() {
		return (EAttribute)aucComparisonEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAucComparison_CiUpper() {
		return (EAttribute)aucComparisonEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAucComparison_Method() {
		return (EAttribute)aucComparisonEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSaliencySummary() {
		return saliencySummaryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_Method() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_Layer() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_RegionName() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_Label() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_MeanShare() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_AreaShare() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_CiLower() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_CiUpper() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_N() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_Subset() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_PointingHitRate() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencySummary_RandomisationRankCorrelation() {
		return (EAttribute)saliencySummaryEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDeletionTest() {
		return deletionTestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_Method() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_Layer() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_Label() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_Images() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_Steps() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_MapArea() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_RandomArea() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_Difference() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_CiLower() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_CiUpper() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_MapCurve() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDeletionTest_RandomCurve() {
		return (EAttribute)deletionTestEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSaliencyCase() {
		return saliencyCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Rank() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Image() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Label() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Positive() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Score() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Method() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Layer() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Region() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Input() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_HeatMap() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSaliencyCase_Overlay() {
		return (EAttribute)saliencyCaseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSaliencyCase_Regions() {
		return (EReference)saliencyCaseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegionAttention() {
		return regionAttentionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionAttention_Name() {
		return (EAttribute)regionAttentionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionAttention_X() {
		return (EAttribute)regionAttentionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionAttention_Y() {
		return (EAttribute)regionAttentionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionAttention_Width() {
		return (EAttribute)regionAttentionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionAttention_Height() {
		return (EAttribute)regionAttentionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionAttention_Share() {
		return (EAttribute)regionAttentionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegionAttention_AreaShare() {
		return (EAttribute)regionAttentionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubgroupMetric() {
		return subgroupMetricEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Attribute() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Value() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Label() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_N() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Prevalence() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Auc() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_CiLower() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_CiUpper() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Sensitivity() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Specificity() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupMetric_Threshold() {
		return (EAttribute)subgroupMetricEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeatureSlice() {
		return featureSliceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_Index() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_Label() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_Size() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_Prevalence() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_RestPrevalence() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_LossRatio() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_ErrorRate() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_RestErrorRate() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_ErrorP() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_LabelAuc() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_Attribute() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_AttributeV() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_AttributeValue() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_ValueShare() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeatureSlice_Description() {
		return (EAttribute)featureSliceEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttributeProbe() {
		return attributeProbeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeProbe_Attribute() {
		return (EAttribute)attributeProbeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeProbe_Auc() {
		return (EAttribute)attributeProbeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeProbe_CiLower() {
		return (EAttribute)attributeProbeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeProbe_CiUpper() {
		return (EAttribute)attributeProbeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeProbe_Folds() {
		return (EAttribute)attributeProbeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeProbe_Method() {
		return (EAttribute)attributeProbeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetAudit() {
		return datasetAuditEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAudit_Manifest() {
		return (EAttribute)datasetAuditEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAudit_CreatedAt() {
		return (EAttribute)datasetAuditEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAudit_ImageCount() {
		return (EAttribute)datasetAuditEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetAudit_Associations() {
		return (EReference)datasetAuditEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetAudit_Prevalences() {
		return (EReference)datasetAuditEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetAudit_ImageProperties() {
		return (EReference)datasetAuditEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDatasetAudit_Warnings() {
		return (EReference)datasetAuditEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuditWarning() {
		return auditWarningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditWarning_Kind() {
		return (EAttribute)auditWarningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditWarning_Attribute() {
		return (EAttribute)auditWarningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditWarning_Label() {
		return (EAttribute)auditWarningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditWarning_Count() {
		return (EAttribute)auditWarningEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditWarning_Message() {
		return (EAttribute)auditWarningEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditWarning_Examples() {
		return (EAttribute)auditWarningEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShiftTest() {
		return shiftTestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_Attribute() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_Label() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_Cases() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_Positives() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_Auc() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_CiLower() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_CiUpper() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_InDistributionAuc() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShiftTest_Groups() {
		return (EAttribute)shiftTestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGroupWeight() {
		return groupWeightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupWeight_Attribute() {
		return (EAttribute)groupWeightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupWeight_Group() {
		return (EAttribute)groupWeightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupWeight_Label() {
		return (EAttribute)groupWeightEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupWeight_Positives() {
		return (EAttribute)groupWeightEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupWeight_Negatives() {
		return (EAttribute)groupWeightEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupWeight_PositiveWeight() {
		return (EAttribute)groupWeightEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGroupWeight_NegativeWeight() {
		return (EAttribute)groupWeightEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSubgroupPrevalence() {
		return subgroupPrevalenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupPrevalence_Attribute() {
		return (EAttribute)subgroupPrevalenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupPrevalence_Value() {
		return (EAttribute)subgroupPrevalenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupPrevalence_Label() {
		return (EAttribute)subgroupPrevalenceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupPrevalence_N() {
		return (EAttribute)subgroupPrevalenceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupPrevalence_Positives() {
		return (EAttribute)subgroupPrevalenceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSubgroupPrevalence_Prevalence() {
		return (EAttribute)subgroupPrevalenceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getImagePropertyAudit() {
		return imagePropertyAuditEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_Property() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_Label() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_N() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_Auc() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_CiLower() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_CiUpper() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_HigherIsPositive() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_DriftAuc() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_DriftCiLower() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_DriftCiUpper() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_DriftP() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getImagePropertyAudit_DriftNote() {
		return (EAttribute)imagePropertyAuditEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatasetAssociation() {
		return datasetAssociationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_Attribute() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_Label() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_CramersV() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_ChiSquare() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_PValue() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_AttributeOnlyAuc() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_DegreesOfFreedom() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_MutualInformation() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatasetAssociation_N() {
		return (EAttribute)datasetAssociationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFinding() {
		return findingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Severity() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Kind() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Message() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFinding_Evidence() {
		return (EAttribute)findingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArtifact() {
		return artifactEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Kind() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Path() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArtifact_Description() {
		return (EAttribute)artifactEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudy() {
		return studyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Id() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Name() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ExperimentPath() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_StartTime() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_EndTime() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Status() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ErrorMessage() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Label() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ShiftGrouping() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ShiftCases() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ShiftPositives() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ShiftGroups() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ConfidenceLevel() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_ShiftNote() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Seeds() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudy_Patients() {
		return (EAttribute)studyEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Arms() {
		return (EReference)studyEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStudy_Comparisons() {
		return (EReference)studyEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStudyArm() {
		return studyArmEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_SeedRunPaths() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_InDistributionAucSeedMean() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_InDistributionAucSeedLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_InDistributionAucSeedUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_ShiftedAucSeedMean() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_ShiftedAucSeedLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_ShiftedAucSeedUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_MaskedDeltaAucSeedMean() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_MaskedDeltaAucSeedLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_MaskedDeltaAucSeedUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_WorstGroupAucSeedMean() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_WorstGroupAucSeedLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_WorstGroupAucSeedUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_TprGapSeedMean() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_TprGapSeedLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_TprGapSeedUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_FailedToLearn() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_LearningNote() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_Name() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_Kind() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_RunId() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_RunPath() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_InDistributionAuc() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_InDistributionAucLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_InDistributionAucUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_ShiftedAuc() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_ShiftedAucLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_ShiftedAucUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(27);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_MaskedDeltaAuc() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(28);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_MaskedDeltaAucLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(29);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_MaskedDeltaAucUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(30);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_MaskedPValue() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(31);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_AttentionShare() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(32);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_AttentionShareLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(33);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_AttentionShareUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(34);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_WorstGroup() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(35);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_WorstGroupAuc() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(36);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_WorstGroupAucLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(37);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_WorstGroupAucUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(38);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_TprGap() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(39);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_TprGapLower() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(40);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStudyArm_TprGapUpper() {
		return (EAttribute)studyArmEClass.getEStructuralFeatures().get(41);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArmComparison() {
		return armComparisonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_Seeds() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_Method() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_Arm() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_Baseline() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_TestSet() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_Cases() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_DeltaAuc() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_CiLower() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_CiUpper() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArmComparison_PValue() {
		return (EAttribute)armComparisonEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRunStatus() {
		return runStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCiMethod() {
		return ciMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSaliencyMethod() {
		return saliencyMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFindingSeverity() {
		return findingSeverityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArtifactKind() {
		return artifactKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArmKind() {
		return armKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunFactory getRunFactory() {
		return (RunFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		runEClass = createEClass(RUN);
		createEAttribute(runEClass, RUN__ID);
		createEAttribute(runEClass, RUN__STATUS);
		createEAttribute(runEClass, RUN__START_TIME);
		createEAttribute(runEClass, RUN__END_TIME);
		createEAttribute(runEClass, RUN__ERROR_MESSAGE);
		createEAttribute(runEClass, RUN__CLUSTER_JOB);
		createEReference(runEClass, RUN__EXPERIMENT);
		createEAttribute(runEClass, RUN__EXPERIMENT_PATH);
		createEReference(runEClass, RUN__BACKEND);
		createEReference(runEClass, RUN__INPUTS);
		createEAttribute(runEClass, RUN__CONSTANT_VALIDATION_LOSS);
		createEReference(runEClass, RUN__EPOCHS);
		createEReference(runEClass, RUN__EVALUATIONS);
		createEReference(runEClass, RUN__COMPARISONS);
		createEReference(runEClass, RUN__SALIENCY);
		createEReference(runEClass, RUN__DELETION_TESTS);
		createEReference(runEClass, RUN__SALIENCY_CASES);
		createEReference(runEClass, RUN__SUBGROUPS);
		createEReference(runEClass, RUN__SHIFT_TESTS);
		createEReference(runEClass, RUN__INITIAL_WEIGHTS);
		createEReference(runEClass, RUN__IMPORTED_MODEL);
		createEReference(runEClass, RUN__GROUP_DRO);
		createEReference(runEClass, RUN__JUST_TRAIN_TWICE);
		createEReference(runEClass, RUN__LAST_LAYER_RETRAINING);
		createEReference(runEClass, RUN__DISTILLATION);
		createEReference(runEClass, RUN__LEAKS);
		createEReference(runEClass, RUN__GROUP_WEIGHTS);
		createEReference(runEClass, RUN__PROBES);
		createEReference(runEClass, RUN__SLICES);
		createEReference(runEClass, RUN__AUDIT);
		createEReference(runEClass, RUN__FINDINGS);
		createEReference(runEClass, RUN__ARTIFACTS);
		createEAttribute(runEClass, RUN__BASELINE_RUN);

		inputRecordEClass = createEClass(INPUT_RECORD);
		createEAttribute(inputRecordEClass, INPUT_RECORD__IMAGES);
		createEAttribute(inputRecordEClass, INPUT_RECORD__SKIPPED_ROWS);
		createEAttribute(inputRecordEClass, INPUT_RECORD__BAD_IMAGES);
		createEAttribute(inputRecordEClass, INPUT_RECORD__CACHE_FILE);
		createEAttribute(inputRecordEClass, INPUT_RECORD__CACHE_BUILT);
		createEAttribute(inputRecordEClass, INPUT_RECORD__CACHE_MILLIS);
		createEAttribute(inputRecordEClass, INPUT_RECORD__CACHE_BYTES);
		createEAttribute(inputRecordEClass, INPUT_RECORD__CACHE_BITS);

		leakCheckEClass = createEClass(LEAK_CHECK);
		createEAttribute(leakCheckEClass, LEAK_CHECK__MAX_DISTANCE);
		createEAttribute(leakCheckEClass, LEAK_CHECK__TRAIN_TEST_PAIRS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__VALIDATION_TEST_PAIRS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__TRAIN_VALIDATION_PAIRS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__SHARED_PATIENTS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__LEAKING_TEST_IMAGES);
		createEAttribute(leakCheckEClass, LEAK_CHECK__TEST_IMAGES);
		createEAttribute(leakCheckEClass, LEAK_CHECK__MIN_COSINE);
		createEAttribute(leakCheckEClass, LEAK_CHECK__FEATURE_TRAIN_TEST_PAIRS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__FEATURE_VALIDATION_TEST_PAIRS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__FEATURE_TRAIN_VALIDATION_PAIRS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__FEATURE_ONLY_PAIRS);
		createEAttribute(leakCheckEClass, LEAK_CHECK__FEATURE_CHECK_NOTE);
		createEReference(leakCheckEClass, LEAK_CHECK__LEAK_FREE);

		backendInfoEClass = createEClass(BACKEND_INFO);
		createEAttribute(backendInfoEClass, BACKEND_INFO__KIND);
		createEAttribute(backendInfoEClass, BACKEND_INFO__DEVICE_NAME);
		createEAttribute(backendInfoEClass, BACKEND_INFO__DRIVER_VERSION);
		createEAttribute(backendInfoEClass, BACKEND_INFO__MEMORY_BYTES);
		createEAttribute(backendInfoEClass, BACKEND_INFO__CPU_THREADS);
		createEAttribute(backendInfoEClass, BACKEND_INFO__JAVA_VERSION);
		createEAttribute(backendInfoEClass, BACKEND_INFO__ND4J_BACKEND);
		createEAttribute(backendInfoEClass, BACKEND_INFO__CPU_MODEL);
		createEAttribute(backendInfoEClass, BACKEND_INFO__CPU_ISA);

		epochRecordEClass = createEClass(EPOCH_RECORD);
		createEAttribute(epochRecordEClass, EPOCH_RECORD__INDEX);
		createEAttribute(epochRecordEClass, EPOCH_RECORD__TRAIN_LOSS);
		createEAttribute(epochRecordEClass, EPOCH_RECORD__VALIDATION_LOSS);
		createEAttribute(epochRecordEClass, EPOCH_RECORD__DURATION_MILLIS);
		createEAttribute(epochRecordEClass, EPOCH_RECORD__LEARNING_RATE);
		createEAttribute(epochRecordEClass, EPOCH_RECORD__BACKBONE_FROZEN);
		createEReference(epochRecordEClass, EPOCH_RECORD__LABEL_AUCS);
		createEReference(epochRecordEClass, EPOCH_RECORD__LOSS_TERMS);

		lossTermEClass = createEClass(LOSS_TERM);
		createEAttribute(lossTermEClass, LOSS_TERM__NAME);
		createEAttribute(lossTermEClass, LOSS_TERM__WEIGHT);
		createEAttribute(lossTermEClass, LOSS_TERM__SCALE);
		createEAttribute(lossTermEClass, LOSS_TERM__VALUE);

		initialWeightsRecordEClass = createEClass(INITIAL_WEIGHTS_RECORD);
		createEAttribute(initialWeightsRecordEClass, INITIAL_WEIGHTS_RECORD__FILE);
		createEAttribute(initialWeightsRecordEClass, INITIAL_WEIGHTS_RECORD__FORMAT);
		createEAttribute(initialWeightsRecordEClass, INITIAL_WEIGHTS_RECORD__SHA256);
		createEAttribute(initialWeightsRecordEClass, INITIAL_WEIGHTS_RECORD__LOADED);
		createEAttribute(initialWeightsRecordEClass, INITIAL_WEIGHTS_RECORD__INITIALISED);
		createEAttribute(initialWeightsRecordEClass, INITIAL_WEIGHTS_RECORD__IGNORED);
		createEAttribute(initialWeightsRecordEClass, INITIAL_WEIGHTS_RECORD__ADAPTATIONS);

		importedModelRecordEClass = createEClass(IMPORTED_MODEL_RECORD);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__FILE);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__SHA256);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__PRODUCER);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__INPUT);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__OUTPUT);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__FEATURES);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__SALIENCY);
		createEAttribute(importedModelRecordEClass, IMPORTED_MODEL_RECORD__CAM_LAYERS);

		groupDroRecordEClass = createEClass(GROUP_DRO_RECORD);
		createEAttribute(groupDroRecordEClass, GROUP_DRO_RECORD__GROUPS);
		createEAttribute(groupDroRecordEClass, GROUP_DRO_RECORD__STEP_SIZE);
		createEAttribute(groupDroRecordEClass, GROUP_DRO_RECORD__CELLS);
		createEAttribute(groupDroRecordEClass, GROUP_DRO_RECORD__EPOCH_WEIGHTS);

		justTrainTwiceRecordEClass = createEClass(JUST_TRAIN_TWICE_RECORD);
		createEAttribute(justTrainTwiceRecordEClass, JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS);
		createEAttribute(justTrainTwiceRecordEClass, JUST_TRAIN_TWICE_RECORD__UPWEIGHT);
		createEAttribute(justTrainTwiceRecordEClass, JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES);
		createEAttribute(justTrainTwiceRecordEClass, JUST_TRAIN_TWICE_RECORD__ERRORS);
		createEAttribute(justTrainTwiceRecordEClass, JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP);
		createEAttribute(justTrainTwiceRecordEClass, JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC);

		lastLayerRetrainingRecordEClass = createEClass(LAST_LAYER_RETRAINING_RECORD);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__GROUPS);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__CELLS);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__SUBSETS);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__REGULARISATION);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE);
		createEAttribute(lastLayerRetrainingRecordEClass, LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER);

		distillationRecordEClass = createEClass(DISTILLATION_RECORD);
		createEAttribute(distillationRecordEClass, DISTILLATION_RECORD__TEACHER_DATA);
		createEAttribute(distillationRecordEClass, DISTILLATION_RECORD__TEACHER_IMAGES);
		createEAttribute(distillationRecordEClass, DISTILLATION_RECORD__TEACHER_MODEL);
		createEAttribute(distillationRecordEClass, DISTILLATION_RECORD__KEPT_EPOCH);
		createEReference(distillationRecordEClass, DISTILLATION_RECORD__TEACHER_EPOCHS);
		createEReference(distillationRecordEClass, DISTILLATION_RECORD__TERMS);

		labelValueEClass = createEClass(LABEL_VALUE);
		createEAttribute(labelValueEClass, LABEL_VALUE__LABEL);
		createEAttribute(labelValueEClass, LABEL_VALUE__VALUE);

		evaluationEClass = createEClass(EVALUATION);
		createEAttribute(evaluationEClass, EVALUATION__INTERVENTION_NAME);
		createEAttribute(evaluationEClass, EVALUATION__INTERVENTION_KIND);
		createEAttribute(evaluationEClass, EVALUATION__N);
		createEAttribute(evaluationEClass, EVALUATION__POSITIVES);
		createEReference(evaluationEClass, EVALUATION__LABELS);
		createEAttribute(evaluationEClass, EVALUATION__PATIENTS);

		labelEvaluationEClass = createEClass(LABEL_EVALUATION);
		createEAttribute(labelEvaluationEClass, LABEL_EVALUATION__LABEL);
		createEAttribute(labelEvaluationEClass, LABEL_EVALUATION__AUC);
		createEAttribute(labelEvaluationEClass, LABEL_EVALUATION__CI_LOWER);
		createEAttribute(labelEvaluationEClass, LABEL_EVALUATION__CI_UPPER);
		createEAttribute(labelEvaluationEClass, LABEL_EVALUATION__CI_METHOD);
		createEReference(labelEvaluationEClass, LABEL_EVALUATION__ROC_POINTS);

		rocPointEClass = createEClass(ROC_POINT);
		createEAttribute(rocPointEClass, ROC_POINT__THRESHOLD);
		createEAttribute(rocPointEClass, ROC_POINT__FPR);
		createEAttribute(rocPointEClass, ROC_POINT__TPR);

		aucComparisonEClass = createEClass(AUC_COMPARISON);
		createEAttribute(aucComparisonEClass, AUC_COMPARISON__LABEL);
		createEReference(aucComparisonEClass, AUC_COMPARISON__BASELINE);
		createEReference(aucComparisonEClass, AUC_COMPARISON__VARIANT);
		createEAttribute(aucComparisonEClass, AUC_COMPARISON__DELTA_AUC);
		createEAttribute(aucComparisonEClass, AUC_COMPARISON__Z);
		createEAttribute(aucComparisonEClass, AUC_COMPARISON__PVALUE);
		createEAttribute(aucComparisonEClass, AUC_COMPARISON__CI_LOWER);
		createEAttribute(aucComparisonEClass, AUC_COMPARISON__CI_UPPER);
		createEAttribute(aucComparisonEClass, AUC_COMPARISON__METHOD);

		saliencySummaryEClass = createEClass(SALIENCY_SUMMARY);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__METHOD);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__LAYER);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__REGION_NAME);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__LABEL);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__MEAN_SHARE);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__AREA_SHARE);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__CI_LOWER);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__CI_UPPER);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__N);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__SUBSET);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__POINTING_HIT_RATE);
		createEAttribute(saliencySummaryEClass, SALIENCY_SUMMARY__RANDOMISATION_RANK_CORRELATION);

		deletionTestEClass = createEClass(DELETION_TEST);
		createEAttribute(deletionTestEClass, DELETION_TEST__METHOD);
		createEAttribute(deletionTestEClass, DELETION_TEST__LAYER);
		createEAttribute(deletionTestEClass, DELETION_TEST__LABEL);
		createEAttribute(deletionTestEClass, DELETION_TEST__IMAGES);
		createEAttribute(deletionTestEClass, DELETION_TEST__STEPS);
		createEAttribute(deletionTestEClass, DELETION_TEST__MAP_AREA);
		createEAttribute(deletionTestEClass, DELETION_TEST__RANDOM_AREA);
		createEAttribute(deletionTestEClass, DELETION_TEST__DIFFERENCE);
		createEAttribute(deletionTestEClass, DELETION_TEST__CI_LOWER);
		createEAttribute(deletionTestEClass, DELETION_TEST__CI_UPPER);
		createEAttribute(deletionTestEClass, DELETION_TEST__MAP_CURVE);
		createEAttribute(deletionTestEClass, DELETION_TEST__RANDOM_CURVE);

		saliencyCaseEClass = createEClass(SALIENCY_CASE);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__RANK);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__IMAGE);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__LABEL);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__POSITIVE);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__SCORE);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__METHOD);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__LAYER);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__REGION);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__INPUT);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__HEAT_MAP);
		createEAttribute(saliencyCaseEClass, SALIENCY_CASE__OVERLAY);
		createEReference(saliencyCaseEClass, SALIENCY_CASE__REGIONS);

		regionAttentionEClass = createEClass(REGION_ATTENTION);
		createEAttribute(regionAttentionEClass, REGION_ATTENTION__NAME);
		createEAttribute(regionAttentionEClass, REGION_ATTENTION__X);
		createEAttribute(regionAttentionEClass, REGION_ATTENTION__Y);
		createEAttribute(regionAttentionEClass, REGION_ATTENTION__WIDTH);
		createEAttribute(regionAttentionEClass, REGION_ATTENTION__HEIGHT);
		createEAttribute(regionAttentionEClass, REGION_ATTENTION__SHARE);
		createEAttribute(regionAttentionEClass, REGION_ATTENTION__AREA_SHARE);

		subgroupMetricEClass = createEClass(SUBGROUP_METRIC);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__ATTRIBUTE);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__VALUE);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__LABEL);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__N);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__PREVALENCE);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__AUC);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__CI_LOWER);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__CI_UPPER);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__SENSITIVITY);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__SPECIFICITY);
		createEAttribute(subgroupMetricEClass, SUBGROUP_METRIC__THRESHOLD);

		featureSliceEClass = createEClass(FEATURE_SLICE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__INDEX);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__LABEL);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__SIZE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__PREVALENCE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__REST_PREVALENCE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__LOSS_RATIO);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__ERROR_RATE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__REST_ERROR_RATE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__ERROR_P);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__LABEL_AUC);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__ATTRIBUTE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__ATTRIBUTE_V);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__ATTRIBUTE_VALUE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__VALUE_SHARE);
		createEAttribute(featureSliceEClass, FEATURE_SLICE__DESCRIPTION);

		attributeProbeEClass = createEClass(ATTRIBUTE_PROBE);
		createEAttribute(attributeProbeEClass, ATTRIBUTE_PROBE__ATTRIBUTE);
		createEAttribute(attributeProbeEClass, ATTRIBUTE_PROBE__AUC);
		createEAttribute(attributeProbeEClass, ATTRIBUTE_PROBE__CI_LOWER);
		createEAttribute(attributeProbeEClass, ATTRIBUTE_PROBE__CI_UPPER);
		createEAttribute(attributeProbeEClass, ATTRIBUTE_PROBE__FOLDS);
		createEAttribute(attributeProbeEClass, ATTRIBUTE_PROBE__METHOD);

		datasetAuditEClass = createEClass(DATASET_AUDIT);
		createEAttribute(datasetAuditEClass, DATASET_AUDIT__MANIFEST);
		createEAttribute(datasetAuditEClass, DATASET_AUDIT__CREATED_AT);
		createEAttribute(datasetAuditEClass, DATASET_AUDIT__IMAGE_COUNT);
		createEReference(datasetAuditEClass, DATASET_AUDIT__ASSOCIATIONS);
		createEReference(datasetAuditEClass, DATASET_AUDIT__PREVALENCES);
		createEReference(datasetAuditEClass, DATASET_AUDIT__IMAGE_PROPERTIES);
		createEReference(datasetAuditEClass, DATASET_AUDIT__WARNINGS);

		auditWarningEClass = createEClass(AUDIT_WARNING);
		createEAttribute(auditWarningEClass, AUDIT_WARNING__KIND);
		createEAttribute(auditWarningEClass, AUDIT_WARNING__ATTRIBUTE);
		createEAttribute(auditWarningEClass, AUDIT_WARNING__LABEL);
		createEAttribute(auditWarningEClass, AUDIT_WARNING__COUNT);
		createEAttribute(auditWarningEClass, AUDIT_WARNING__MESSAGE);
		createEAttribute(auditWarningEClass, AUDIT_WARNING__EXAMPLES);

		shiftTestEClass = createEClass(SHIFT_TEST);
		createEAttribute(shiftTestEClass, SHIFT_TEST__ATTRIBUTE);
		createEAttribute(shiftTestEClass, SHIFT_TEST__LABEL);
		createEAttribute(shiftTestEClass, SHIFT_TEST__CASES);
		createEAttribute(shiftTestEClass, SHIFT_TEST__POSITIVES);
		createEAttribute(shiftTestEClass, SHIFT_TEST__AUC);
		createEAttribute(shiftTestEClass, SHIFT_TEST__CI_LOWER);
		createEAttribute(shiftTestEClass, SHIFT_TEST__CI_UPPER);
		createEAttribute(shiftTestEClass, SHIFT_TEST__IN_DISTRIBUTION_AUC);
		createEAttribute(shiftTestEClass, SHIFT_TEST__GROUPS);

		groupWeightEClass = createEClass(GROUP_WEIGHT);
		createEAttribute(groupWeightEClass, GROUP_WEIGHT__ATTRIBUTE);
		createEAttribute(groupWeightEClass, GROUP_WEIGHT__GROUP);
		createEAttribute(groupWeightEClass, GROUP_WEIGHT__LABEL);
		createEAttribute(groupWeightEClass, GROUP_WEIGHT__POSITIVES);
		createEAttribute(groupWeightEClass, GROUP_WEIGHT__NEGATIVES);
		createEAttribute(groupWeightEClass, GROUP_WEIGHT__POSITIVE_WEIGHT);
		createEAttribute(groupWeightEClass, GROUP_WEIGHT__NEGATIVE_WEIGHT);

		subgroupPrevalenceEClass = createEClass(SUBGROUP_PREVALENCE);
		createEAttribute(subgroupPrevalenceEClass, SUBGROUP_PREVALENCE__ATTRIBUTE);
		createEAttribute(subgroupPrevalenceEClass, SUBGROUP_PREVALENCE__VALUE);
		createEAttribute(subgroupPrevalenceEClass, SUBGROUP_PREVALENCE__LABEL);
		createEAttribute(subgroupPrevalenceEClass, SUBGROUP_PREVALENCE__N);
		createEAttribute(subgroupPrevalenceEClass, SUBGROUP_PREVALENCE__POSITIVES);
		createEAttribute(subgroupPrevalenceEClass, SUBGROUP_PREVALENCE__PREVALENCE);

		imagePropertyAuditEClass = createEClass(IMAGE_PROPERTY_AUDIT);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__PROPERTY);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__LABEL);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__N);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__AUC);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__CI_LOWER);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__CI_UPPER);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__DRIFT_AUC);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__DRIFT_P);
		createEAttribute(imagePropertyAuditEClass, IMAGE_PROPERTY_AUDIT__DRIFT_NOTE);

		datasetAssociationEClass = createEClass(DATASET_ASSOCIATION);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__ATTRIBUTE);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__LABEL);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__CRAMERS_V);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__CHI_SQUARE);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__PVALUE);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__ATTRIBUTE_ONLY_AUC);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__DEGREES_OF_FREEDOM);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__MUTUAL_INFORMATION);
		createEAttribute(datasetAssociationEClass, DATASET_ASSOCIATION__N);

		findingEClass = createEClass(FINDING);
		createEAttribute(findingEClass, FINDING__SEVERITY);
		createEAttribute(findingEClass, FINDING__KIND);
		createEAttribute(findingEClass, FINDING__MESSAGE);
		createEAttribute(findingEClass, FINDING__EVIDENCE);

		artifactEClass = createEClass(ARTIFACT);
		createEAttribute(artifactEClass, ARTIFACT__KIND);
		createEAttribute(artifactEClass, ARTIFACT__PATH);
		createEAttribute(artifactEClass, ARTIFACT__DESCRIPTION);

		studyEClass = createEClass(STUDY);
		createEAttribute(studyEClass, STUDY__ID);
		createEAttribute(studyEClass, STUDY__NAME);
		createEAttribute(studyEClass, STUDY__EXPERIMENT_PATH);
		createEAttribute(studyEClass, STUDY__START_TIME);
		createEAttribute(studyEClass, STUDY__END_TIME);
		createEAttribute(studyEClass, STUDY__STATUS);
		createEAttribute(studyEClass, STUDY__ERROR_MESSAGE);
		createEAttribute(studyEClass, STUDY__LABEL);
		createEAttribute(studyEClass, STUDY__SHIFT_GROUPING);
		createEAttribute(studyEClass, STUDY__SHIFT_CASES);
		createEAttribute(studyEClass, STUDY__SHIFT_POSITIVES);
		createEAttribute(studyEClass, STUDY__SHIFT_GROUPS);
		createEAttribute(studyEClass, STUDY__CONFIDENCE_LEVEL);
		createEAttribute(studyEClass, STUDY__SHIFT_NOTE);
		createEAttribute(studyEClass, STUDY__SEEDS);
		createEAttribute(studyEClass, STUDY__PATIENTS);
		createEReference(studyEClass, STUDY__ARMS);
		createEReference(studyEClass, STUDY__COMPARISONS);

		studyArmEClass = createEClass(STUDY_ARM);
		createEAttribute(studyArmEClass, STUDY_ARM__SEED_RUN_PATHS);
		createEAttribute(studyArmEClass, STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_MEAN);
		createEAttribute(studyArmEClass, STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__IN_DISTRIBUTION_AUC_SEED_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__SHIFTED_AUC_SEED_MEAN);
		createEAttribute(studyArmEClass, STUDY_ARM__SHIFTED_AUC_SEED_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__SHIFTED_AUC_SEED_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__MASKED_DELTA_AUC_SEED_MEAN);
		createEAttribute(studyArmEClass, STUDY_ARM__MASKED_DELTA_AUC_SEED_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__MASKED_DELTA_AUC_SEED_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__WORST_GROUP_AUC_SEED_MEAN);
		createEAttribute(studyArmEClass, STUDY_ARM__WORST_GROUP_AUC_SEED_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__WORST_GROUP_AUC_SEED_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__TPR_GAP_SEED_MEAN);
		createEAttribute(studyArmEClass, STUDY_ARM__TPR_GAP_SEED_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__TPR_GAP_SEED_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__FAILED_TO_LEARN);
		createEAttribute(studyArmEClass, STUDY_ARM__LEARNING_NOTE);
		createEAttribute(studyArmEClass, STUDY_ARM__NAME);
		createEAttribute(studyArmEClass, STUDY_ARM__KIND);
		createEAttribute(studyArmEClass, STUDY_ARM__RUN_ID);
		createEAttribute(studyArmEClass, STUDY_ARM__RUN_PATH);
		createEAttribute(studyArmEClass, STUDY_ARM__IN_DISTRIBUTION_AUC);
		createEAttribute(studyArmEClass, STUDY_ARM__IN_DISTRIBUTION_AUC_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__IN_DISTRIBUTION_AUC_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__SHIFTED_AUC);
		createEAttribute(studyArmEClass, STUDY_ARM__SHIFTED_AUC_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__SHIFTED_AUC_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__MASKED_DELTA_AUC);
		createEAttribute(studyArmEClass, STUDY_ARM__MASKED_DELTA_AUC_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__MASKED_DELTA_AUC_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__MASKED_PVALUE);
		createEAttribute(studyArmEClass, STUDY_ARM__ATTENTION_SHARE);
		createEAttribute(studyArmEClass, STUDY_ARM__ATTENTION_SHARE_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__ATTENTION_SHARE_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__WORST_GROUP);
		createEAttribute(studyArmEClass, STUDY_ARM__WORST_GROUP_AUC);
		createEAttribute(studyArmEClass, STUDY_ARM__WORST_GROUP_AUC_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__WORST_GROUP_AUC_UPPER);
		createEAttribute(studyArmEClass, STUDY_ARM__TPR_GAP);
		createEAttribute(studyArmEClass, STUDY_ARM__TPR_GAP_LOWER);
		createEAttribute(studyArmEClass, STUDY_ARM__TPR_GAP_UPPER);

		armComparisonEClass = createEClass(ARM_COMPARISON);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__SEEDS);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__METHOD);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__ARM);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__BASELINE);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__TEST_SET);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__CASES);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__DELTA_AUC);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__CI_LOWER);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__CI_UPPER);
		createEAttribute(armComparisonEClass, ARM_COMPARISON__PVALUE);

		// Create enums
		runStatusEEnum = createEEnum(RUN_STATUS);
		ciMethodEEnum = createEEnum(CI_METHOD);
		saliencyMethodEEnum = createEEnum(SALIENCY_METHOD);
		findingSeverityEEnum = createEEnum(FINDING_SEVERITY);
		artifactKindEEnum = createEEnum(ARTIFACT_KIND);
		armKindEEnum = createEEnum(ARM_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		ExperimentPackage theExperimentPackage = (ExperimentPackage)EPackage.Registry.INSTANCE.getEPackage(ExperimentPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(runEClass, Run.class, "Run", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRun_Id(), ecorePackage.getEString(), "id", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_Status(), this.getRunStatus(), "status", "RUNNING", 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_StartTime(), ecorePackage.getEDate(), "startTime", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_EndTime(), ecorePackage.getEDate(), "endTime", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_ErrorMessage(), ecorePackage.getEString(), "errorMessage", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_ClusterJob(), ecorePackage.getEString(), "clusterJob", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Experiment(), theExperimentPackage.getExperiment(), null, "experiment", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_ExperimentPath(), ecorePackage.getEString(), "experimentPath", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Backend(), this.getBackendInfo(), null, "backend", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Inputs(), this.getInputRecord(), null, "inputs", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_ConstantValidationLoss(), ecorePackage.getEDouble(), "constantValidationLoss", "NaN", 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Epochs(), this.getEpochRecord(), null, "epochs", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Evaluations(), this.getEvaluation(), null, "evaluations", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Comparisons(), this.getAucComparison(), null, "comparisons", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Saliency(), this.getSaliencySummary(), null, "saliency", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_DeletionTests(), this.getDeletionTest(), null, "deletionTests", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_SaliencyCases(), this.getSaliencyCase(), null, "saliencyCases", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Subgroups(), this.getSubgroupMetric(), null, "subgroups", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_ShiftTests(), this.getShiftTest(), null, "shiftTests", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_InitialWeights(), this.getInitialWeightsRecord(), null, "initialWeights", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_ImportedModel(), this.getImportedModelRecord(), null, "importedModel", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_GroupDro(), this.getGroupDroRecord(), null, "groupDro", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_JustTrainTwice(), this.getJustTrainTwiceRecord(), null, "justTrainTwice", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_LastLayerRetraining(), this.getLastLayerRetrainingRecord(), null, "lastLayerRetraining", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Distillation(), this.getDistillationRecord(), null, "distillation", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Leaks(), this.getLeakCheck(), null, "leaks", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_GroupWeights(), this.getGroupWeight(), null, "groupWeights", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Probes(), this.getAttributeProbe(), null, "probes", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Slices(), this.getFeatureSlice(), null, "slices", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Audit(), this.getDatasetAudit(), null, "audit", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Findings(), this.getFinding(), null, "findings", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRun_Artifacts(), this.getArtifact(), null, "artifacts", null, 0, -1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRun_BaselineRun(), ecorePackage.getEString(), "baselineRun", null, 0, 1, Run.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(inputRecordEClass, InputRecord.class, "InputRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInputRecord_Images(), ecorePackage.getEInt(), "images", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputRecord_SkippedRows(), ecorePackage.getEInt(), "skippedRows", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputRecord_BadImages(), ecorePackage.getEInt(), "badImages", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputRecord_CacheFile(), ecorePackage.getEString(), "cacheFile", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputRecord_CacheBuilt(), ecorePackage.getEBoolean(), "cacheBuilt", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputRecord_CacheMillis(), ecorePackage.getELong(), "cacheMillis", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputRecord_CacheBytes(), ecorePackage.getELong(), "cacheBytes", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInputRecord_CacheBits(), ecorePackage.getEInt(), "cacheBits", null, 0, 1, InputRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(leakCheckEClass, LeakCheck.class, "LeakCheck", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLeakCheck_MaxDistance(), ecorePackage.getEInt(), "maxDistance", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_TrainTestPairs(), ecorePackage.getEInt(), "trainTestPairs", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_ValidationTestPairs(), ecorePackage.getEInt(), "validationTestPairs", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_TrainValidationPairs(), ecorePackage.getEInt(), "trainValidationPairs", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_SharedPatients(), ecorePackage.getEInt(), "sharedPatients", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_LeakingTestImages(), ecorePackage.getEInt(), "leakingTestImages", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_TestImages(), ecorePackage.getEInt(), "testImages", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_MinCosine(), ecorePackage.getEDouble(), "minCosine", "0.0", 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_FeatureTrainTestPairs(), ecorePackage.getEInt(), "featureTrainTestPairs", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_FeatureValidationTestPairs(), ecorePackage.getEInt(), "featureValidationTestPairs", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_FeatureTrainValidationPairs(), ecorePackage.getEInt(), "featureTrainValidationPairs", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_FeatureOnlyPairs(), ecorePackage.getEInt(), "featureOnlyPairs", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLeakCheck_FeatureCheckNote(), ecorePackage.getEString(), "featureCheckNote", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLeakCheck_LeakFree(), this.getEvaluation(), null, "leakFree", null, 0, 1, LeakCheck.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(backendInfoEClass, BackendInfo.class, "BackendInfo", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBackendInfo_Kind(), theExperimentPackage.getBackendKind(), "kind", "CPU", 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_DeviceName(), ecorePackage.getEString(), "deviceName", null, 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_DriverVersion(), ecorePackage.getEString(), "driverVersion", null, 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_MemoryBytes(), ecorePackage.getELong(), "memoryBytes", "0", 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_CpuThreads(), ecorePackage.getEInt(), "cpuThreads", "0", 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_JavaVersion(), ecorePackage.getEString(), "javaVersion", null, 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_Nd4jBackend(), ecorePackage.getEString(), "nd4jBackend", null, 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_CpuModel(), ecorePackage.getEString(), "cpuModel", null, 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBackendInfo_CpuIsa(), ecorePackage.getEString(), "cpuIsa", null, 0, 1, BackendInfo.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(epochRecordEClass, EpochRecord.class, "EpochRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEpochRecord_Index(), ecorePackage.getEInt(), "index", "0", 0, 1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochRecord_TrainLoss(), ecorePackage.getEDouble(), "trainLoss", "0.0", 0, 1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochRecord_ValidationLoss(), ecorePackage.getEDouble(), "validationLoss", "0.0", 0, 1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochRecord_DurationMillis(), ecorePackage.getELong(), "durationMillis", "0", 0, 1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochRecord_LearningRate(), ecorePackage.getEDouble(), "learningRate", "0.0", 0, 1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEpochRecord_BackboneFrozen(), ecorePackage.getEBoolean(), "backboneFrozen", "false", 0, 1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpochRecord_LabelAucs(), this.getLabelValue(), null, "labelAucs", null, 0, -1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEpochRecord_LossTerms(), this.getLossTerm(), null, "lossTerms", null, 0, -1, EpochRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lossTermEClass, LossTerm.class, "LossTerm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLossTerm_Name(), ecorePackage.getEString(), "name", null, 0, 1, LossTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLossTerm_Weight(), ecorePackage.getEDouble(), "weight", "1.0", 0, 1, LossTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLossTerm_Scale(), ecorePackage.getEDouble(), "scale", "1.0", 0, 1, LossTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLossTerm_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, LossTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(initialWeightsRecordEClass, InitialWeightsRecord.class, "InitialWeightsRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getInitialWeightsRecord_File(), ecorePackage.getEString(), "file", null, 0, 1, InitialWeightsRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitialWeightsRecord_Format(), ecorePackage.getEString(), "format", null, 0, 1, InitialWeightsRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitialWeightsRecord_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, InitialWeightsRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitialWeightsRecord_Loaded(), ecorePackage.getEString(), "loaded", null, 0, -1, InitialWeightsRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitialWeightsRecord_Initialised(), ecorePackage.getEString(), "initialised", null, 0, -1, InitialWeightsRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitialWeightsRecord_Ignored(), ecorePackage.getEString(), "ignored", null, 0, -1, InitialWeightsRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getInitialWeightsRecord_Adaptations(), ecorePackage.getEString(), "adaptations", null, 0, -1, InitialWeightsRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(importedModelRecordEClass, ImportedModelRecord.class, "ImportedModelRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImportedModelRecord_File(), ecorePackage.getEString(), "file", null, 0, 1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportedModelRecord_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportedModelRecord_Producer(), ecorePackage.getEString(), "producer", null, 0, 1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportedModelRecord_Input(), ecorePackage.getEString(), "input", null, 0, 1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportedModelRecord_Output(), ecorePackage.getEString(), "output", null, 0, 1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportedModelRecord_Features(), ecorePackage.getEString(), "features", null, 0, 1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportedModelRecord_Saliency(), ecorePackage.getEString(), "saliency", null, 0, 1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImportedModelRecord_CamLayers(), ecorePackage.getEString(), "camLayers", null, 0, -1, ImportedModelRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupDroRecordEClass, GroupDroRecord.class, "GroupDroRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroupDroRecord_Groups(), ecorePackage.getEString(), "groups", null, 0, 1, GroupDroRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupDroRecord_StepSize(), ecorePackage.getEDouble(), "stepSize", "0.01", 0, 1, GroupDroRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupDroRecord_Cells(), ecorePackage.getEString(), "cells", null, 0, 1, GroupDroRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupDroRecord_EpochWeights(), ecorePackage.getEString(), "epochWeights", null, 0, -1, GroupDroRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(justTrainTwiceRecordEClass, JustTrainTwiceRecord.class, "JustTrainTwiceRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getJustTrainTwiceRecord_IdentificationEpochs(), ecorePackage.getEInt(), "identificationEpochs", "0", 0, 1, JustTrainTwiceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJustTrainTwiceRecord_Upweight(), ecorePackage.getEDouble(), "upweight", "1.0", 0, 1, JustTrainTwiceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJustTrainTwiceRecord_TrainImages(), ecorePackage.getEInt(), "trainImages", "0", 0, 1, JustTrainTwiceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJustTrainTwiceRecord_Errors(), ecorePackage.getEInt(), "errors", "0", 0, 1, JustTrainTwiceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJustTrainTwiceRecord_ErrorsByGroup(), ecorePackage.getEString(), "errorsByGroup", null, 0, 1, JustTrainTwiceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getJustTrainTwiceRecord_IdentificationValidationAuc(), ecorePackage.getEDouble(), "identificationValidationAuc", "NaN", 0, 1, JustTrainTwiceRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(lastLayerRetrainingRecordEClass, LastLayerRetrainingRecord.class, "LastLayerRetrainingRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLastLayerRetrainingRecord_Groups(), ecorePackage.getEString(), "groups", null, 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_HeldOutImages(), ecorePackage.getEInt(), "heldOutImages", "0", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_Cells(), ecorePackage.getEString(), "cells", null, 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_SubsetSize(), ecorePackage.getEInt(), "subsetSize", "0", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_Subsets(), ecorePackage.getEInt(), "subsets", "0", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_Regularisation(), ecorePackage.getEDouble(), "regularisation", "1.0", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_ValidationAucBefore(), ecorePackage.getEDouble(), "validationAucBefore", "NaN", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_ValidationAucAfter(), ecorePackage.getEDouble(), "validationAucAfter", "NaN", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_WorstGroupAucBefore(), ecorePackage.getEDouble(), "worstGroupAucBefore", "NaN", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLastLayerRetrainingRecord_WorstGroupAucAfter(), ecorePackage.getEDouble(), "worstGroupAucAfter", "NaN", 0, 1, LastLayerRetrainingRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(distillationRecordEClass, DistillationRecord.class, "DistillationRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDistillationRecord_TeacherData(), ecorePackage.getEString(), "teacherData", null, 0, 1, DistillationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationRecord_TeacherImages(), ecorePackage.getEInt(), "teacherImages", "0", 0, 1, DistillationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationRecord_TeacherModel(), ecorePackage.getEString(), "teacherModel", null, 0, 1, DistillationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDistillationRecord_KeptEpoch(), ecorePackage.getEInt(), "keptEpoch", "0", 0, 1, DistillationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDistillationRecord_TeacherEpochs(), this.getEpochRecord(), null, "teacherEpochs", null, 0, -1, DistillationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDistillationRecord_Terms(), this.getLossTerm(), null, "terms", null, 0, -1, DistillationRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(labelValueEClass, LabelValue.class, "LabelValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabelValue_Label(), ecorePackage.getEString(), "label", null, 0, 1, LabelValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelValue_Value(), ecorePackage.getEDouble(), "value", "0.0", 0, 1, LabelValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(evaluationEClass, Evaluation.class, "Evaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEvaluation_InterventionName(), ecorePackage.getEString(), "interventionName", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_InterventionKind(), theExperimentPackage.getInterventionKind(), "interventionKind", "ORIGINAL", 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_N(), ecorePackage.getEInt(), "n", "0", 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Positives(), ecorePackage.getEInt(), "positives", "0", 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getEvaluation_Labels(), this.getLabelEvaluation(), null, "labels", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEvaluation_Patients(), ecorePackage.getEInt(), "patients", "0", 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(labelEvaluationEClass, LabelEvaluation.class, "LabelEvaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLabelEvaluation_Label(), ecorePackage.getEString(), "label", null, 0, 1, LabelEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelEvaluation_Auc(), ecorePackage.getEDouble(), "auc", "0.0", 0, 1, LabelEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelEvaluation_CiLower(), ecorePackage.getEDouble(), "ciLower", "0.0", 0, 1, LabelEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelEvaluation_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "0.0", 0, 1, LabelEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLabelEvaluation_CiMethod(), this.getCiMethod(), "ciMethod", "DELONG", 0, 1, LabelEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLabelEvaluation_RocPoints(), this.getRocPoint(), null, "rocPoints", null, 0, -1, LabelEvaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(rocPointEClass, RocPoint.class, "RocPoint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRocPoint_Threshold(), ecorePackage.getEDouble(), "threshold", "0.0", 0, 1, RocPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRocPoint_Fpr(), ecorePackage.getEDouble(), "fpr", "0.0", 0, 1, RocPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRocPoint_Tpr(), ecorePackage.getEDouble(), "tpr", "0.0", 0, 1, RocPoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(aucComparisonEClass, AucComparison.class, "AucComparison", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAucComparison_Label(), ecorePackage.getEString(), "label", null, 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAucComparison_Baseline(), this.getEvaluation(), null, "baseline", null, 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAucComparison_Variant(), this.getEvaluation(), null, "variant", null, 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAucComparison_DeltaAuc(), ecorePackage.getEDouble(), "deltaAuc", "0.0", 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAucComparison_Z(), ecorePackage.getEDouble(), "z", "0.0", 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAucComparison_PValue(), ecorePackage.getEDouble(), "pValue", "0.0", 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAucComparison_CiLower(), ecorePackage.getEDouble(), "ciLower", "0.0", 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAucComparison_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "0.0", 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAucComparison_Method(), ecorePackage.getEString(), "method", null, 0, 1, AucComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(saliencySummaryEClass, SaliencySummary.class, "SaliencySummary", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSaliencySummary_Method(), this.getSaliencyMethod(), "method", "GRAD_CAM", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_Layer(), ecorePackage.getEString(), "layer", null, 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_RegionName(), ecorePackage.getEString(), "regionName", null, 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_Label(), ecorePackage.getEString(), "label", null, 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_MeanShare(), ecorePackage.getEDouble(), "meanShare", "0.0", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_AreaShare(), ecorePackage.getEDouble(), "areaShare", "0.0", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_CiLower(), ecorePackage.getEDouble(), "ciLower", "0.0", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "0.0", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_N(), ecorePackage.getEInt(), "n", "0", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_Subset(), ecorePackage.getEString(), "subset", null, 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_PointingHitRate(), ecorePackage.getEDouble(), "pointingHitRate", "NaN", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencySummary_RandomisationRankCorrelation(), ecorePackage.getEDouble(), "randomisationRankCorrelation", "0.0", 0, 1, SaliencySummary.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(deletionTestEClass, DeletionTest.class, "DeletionTest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDeletionTest_Method(), this.getSaliencyMethod(), "method", "GRAD_CAM", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_Layer(), ecorePackage.getEString(), "layer", null, 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_Label(), ecorePackage.getEString(), "label", null, 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_Images(), ecorePackage.getEInt(), "images", "0", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_Steps(), ecorePackage.getEInt(), "steps", "0", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_MapArea(), ecorePackage.getEDouble(), "mapArea", "NaN", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_RandomArea(), ecorePackage.getEDouble(), "randomArea", "NaN", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_Difference(), ecorePackage.getEDouble(), "difference", "NaN", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_CiLower(), ecorePackage.getEDouble(), "ciLower", "NaN", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "NaN", 0, 1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_MapCurve(), ecorePackage.getEDouble(), "mapCurve", null, 0, -1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDeletionTest_RandomCurve(), ecorePackage.getEDouble(), "randomCurve", null, 0, -1, DeletionTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(saliencyCaseEClass, SaliencyCase.class, "SaliencyCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSaliencyCase_Rank(), ecorePackage.getEInt(), "rank", "0", 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Image(), ecorePackage.getEString(), "image", null, 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Label(), ecorePackage.getEString(), "label", null, 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Positive(), ecorePackage.getEBoolean(), "positive", "false", 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Score(), ecorePackage.getEDouble(), "score", "NaN", 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Method(), this.getSaliencyMethod(), "method", "GRAD_CAM", 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Layer(), ecorePackage.getEString(), "layer", null, 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Region(), ecorePackage.getEString(), "region", null, 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Input(), ecorePackage.getEString(), "input", null, 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_HeatMap(), ecorePackage.getEString(), "heatMap", null, 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSaliencyCase_Overlay(), ecorePackage.getEString(), "overlay", null, 0, 1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSaliencyCase_Regions(), this.getRegionAttention(), null, "regions", null, 0, -1, SaliencyCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regionAttentionEClass, RegionAttention.class, "RegionAttention", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegionAttention_Name(), ecorePackage.getEString(), "name", null, 0, 1, RegionAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegionAttention_X(), ecorePackage.getEDouble(), "x", "0.0", 0, 1, RegionAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegionAttention_Y(), ecorePackage.getEDouble(), "y", "0.0", 0, 1, RegionAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegionAttention_Width(), ecorePackage.getEDouble(), "width", "0.0", 0, 1, RegionAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegionAttention_Height(), ecorePackage.getEDouble(), "height", "0.0", 0, 1, RegionAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegionAttention_Share(), ecorePackage.getEDouble(), "share", "NaN", 0, 1, RegionAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRegionAttention_AreaShare(), ecorePackage.getEDouble(), "areaShare", "0.0", 0, 1, RegionAttention.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subgroupMetricEClass, SubgroupMetric.class, "SubgroupMetric", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubgroupMetric_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_Value(), ecorePackage.getEString(), "value", null, 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_Label(), ecorePackage.getEString(), "label", null, 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_N(), ecorePackage.getEInt(), "n", "0", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_Prevalence(), ecorePackage.getEDouble(), "prevalence", "0.0", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_Auc(), ecorePackage.getEDouble(), "auc", "0.0", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_CiLower(), ecorePackage.getEDouble(), "ciLower", "0.0", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "0.0", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_Sensitivity(), ecorePackage.getEDouble(), "sensitivity", "0.0", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_Specificity(), ecorePackage.getEDouble(), "specificity", "0.0", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupMetric_Threshold(), ecorePackage.getEDouble(), "threshold", "0.5", 0, 1, SubgroupMetric.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(featureSliceEClass, FeatureSlice.class, "FeatureSlice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeatureSlice_Index(), ecorePackage.getEInt(), "index", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_Label(), ecorePackage.getEString(), "label", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_Size(), ecorePackage.getEInt(), "size", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_Prevalence(), ecorePackage.getEDouble(), "prevalence", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_RestPrevalence(), ecorePackage.getEDouble(), "restPrevalence", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_LossRatio(), ecorePackage.getEDouble(), "lossRatio", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_ErrorRate(), ecorePackage.getEDouble(), "errorRate", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_RestErrorRate(), ecorePackage.getEDouble(), "restErrorRate", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_ErrorP(), ecorePackage.getEDouble(), "errorP", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_LabelAuc(), ecorePackage.getEDouble(), "labelAuc", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_AttributeV(), ecorePackage.getEDouble(), "attributeV", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_AttributeValue(), ecorePackage.getEString(), "attributeValue", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_ValueShare(), ecorePackage.getEDouble(), "valueShare", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeatureSlice_Description(), ecorePackage.getEString(), "description", null, 0, 1, FeatureSlice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attributeProbeEClass, AttributeProbe.class, "AttributeProbe", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttributeProbe_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, AttributeProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeProbe_Auc(), ecorePackage.getEDouble(), "auc", "0.0", 0, 1, AttributeProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeProbe_CiLower(), ecorePackage.getEDouble(), "ciLower", "0.0", 0, 1, AttributeProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeProbe_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "0.0", 0, 1, AttributeProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeProbe_Folds(), ecorePackage.getEInt(), "folds", "5", 0, 1, AttributeProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeProbe_Method(), ecorePackage.getEString(), "method", "features", 0, 1, AttributeProbe.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetAuditEClass, DatasetAudit.class, "DatasetAudit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetAudit_Manifest(), ecorePackage.getEString(), "manifest", null, 0, 1, DatasetAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAudit_CreatedAt(), ecorePackage.getEDate(), "createdAt", null, 0, 1, DatasetAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAudit_ImageCount(), ecorePackage.getEInt(), "imageCount", "0", 0, 1, DatasetAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetAudit_Associations(), this.getDatasetAssociation(), null, "associations", null, 0, -1, DatasetAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetAudit_Prevalences(), this.getSubgroupPrevalence(), null, "prevalences", null, 0, -1, DatasetAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetAudit_ImageProperties(), this.getImagePropertyAudit(), null, "imageProperties", null, 0, -1, DatasetAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDatasetAudit_Warnings(), this.getAuditWarning(), null, "warnings", null, 0, -1, DatasetAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(auditWarningEClass, AuditWarning.class, "AuditWarning", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuditWarning_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, AuditWarning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditWarning_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, AuditWarning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditWarning_Label(), ecorePackage.getEString(), "label", null, 0, 1, AuditWarning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditWarning_Count(), ecorePackage.getELong(), "count", null, 0, 1, AuditWarning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditWarning_Message(), ecorePackage.getEString(), "message", null, 0, 1, AuditWarning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditWarning_Examples(), ecorePackage.getEString(), "examples", null, 0, -1, AuditWarning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shiftTestEClass, ShiftTest.class, "ShiftTest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShiftTest_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_Label(), ecorePackage.getEString(), "label", null, 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_Cases(), ecorePackage.getEInt(), "cases", "0", 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_Positives(), ecorePackage.getEInt(), "positives", "0", 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_Auc(), ecorePackage.getEDouble(), "auc", "0.0", 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_CiLower(), ecorePackage.getEDouble(), "ciLower", "0.0", 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "0.0", 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_InDistributionAuc(), ecorePackage.getEDouble(), "inDistributionAuc", "0.0", 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShiftTest_Groups(), ecorePackage.getEString(), "groups", null, 0, 1, ShiftTest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(groupWeightEClass, GroupWeight.class, "GroupWeight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGroupWeight_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, GroupWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupWeight_Group(), ecorePackage.getEString(), "group", null, 0, 1, GroupWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupWeight_Label(), ecorePackage.getEString(), "label", null, 0, 1, GroupWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupWeight_Positives(), ecorePackage.getEInt(), "positives", "0", 0, 1, GroupWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupWeight_Negatives(), ecorePackage.getEInt(), "negatives", "0", 0, 1, GroupWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupWeight_PositiveWeight(), ecorePackage.getEDouble(), "positiveWeight", "1.0", 0, 1, GroupWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGroupWeight_NegativeWeight(), ecorePackage.getEDouble(), "negativeWeight", "1.0", 0, 1, GroupWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(subgroupPrevalenceEClass, SubgroupPrevalence.class, "SubgroupPrevalence", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSubgroupPrevalence_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, SubgroupPrevalence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupPrevalence_Value(), ecorePackage.getEString(), "value", null, 0, 1, SubgroupPrevalence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupPrevalence_Label(), ecorePackage.getEString(), "label", null, 0, 1, SubgroupPrevalence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupPrevalence_N(), ecorePackage.getEInt(), "n", "0", 0, 1, SubgroupPrevalence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupPrevalence_Positives(), ecorePackage.getEInt(), "positives", "0", 0, 1, SubgroupPrevalence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSubgroupPrevalence_Prevalence(), ecorePackage.getEDouble(), "prevalence", "0.0", 0, 1, SubgroupPrevalence.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(imagePropertyAuditEClass, ImagePropertyAudit.class, "ImagePropertyAudit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getImagePropertyAudit_Property(), ecorePackage.getEString(), "property", null, 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_Label(), ecorePackage.getEString(), "label", null, 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_N(), ecorePackage.getEInt(), "n", "0", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_Auc(), ecorePackage.getEDouble(), "auc", "NaN", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_CiLower(), ecorePackage.getEDouble(), "ciLower", "NaN", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "NaN", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_HigherIsPositive(), ecorePackage.getEBoolean(), "higherIsPositive", "true", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_DriftAuc(), ecorePackage.getEDouble(), "driftAuc", "NaN", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_DriftCiLower(), ecorePackage.getEDouble(), "driftCiLower", "NaN", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_DriftCiUpper(), ecorePackage.getEDouble(), "driftCiUpper", "NaN", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_DriftP(), ecorePackage.getEDouble(), "driftP", "NaN", 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getImagePropertyAudit_DriftNote(), ecorePackage.getEString(), "driftNote", null, 0, 1, ImagePropertyAudit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(datasetAssociationEClass, DatasetAssociation.class, "DatasetAssociation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatasetAssociation_Attribute(), ecorePackage.getEString(), "attribute", null, 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_Label(), ecorePackage.getEString(), "label", null, 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_CramersV(), ecorePackage.getEDouble(), "cramersV", "0.0", 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_ChiSquare(), ecorePackage.getEDouble(), "chiSquare", "0.0", 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_PValue(), ecorePackage.getEDouble(), "pValue", "0.0", 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_AttributeOnlyAuc(), ecorePackage.getEDouble(), "attributeOnlyAuc", "0.0", 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_DegreesOfFreedom(), ecorePackage.getEInt(), "degreesOfFreedom", "0", 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_MutualInformation(), ecorePackage.getEDouble(), "mutualInformation", "0.0", 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatasetAssociation_N(), ecorePackage.getEInt(), "n", "0", 0, 1, DatasetAssociation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(findingEClass, Finding.class, "Finding", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFinding_Severity(), this.getFindingSeverity(), "severity", "INFO", 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Message(), ecorePackage.getEString(), "message", null, 0, 1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFinding_Evidence(), ecorePackage.getEString(), "evidence", null, 0, -1, Finding.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(artifactEClass, Artifact.class, "Artifact", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArtifact_Kind(), this.getArtifactKind(), "kind", "OTHER", 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Path(), ecorePackage.getEString(), "path", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArtifact_Description(), ecorePackage.getEString(), "description", null, 0, 1, Artifact.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyEClass, Study.class, "Study", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudy_Id(), ecorePackage.getEString(), "id", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Name(), ecorePackage.getEString(), "name", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ExperimentPath(), ecorePackage.getEString(), "experimentPath", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_StartTime(), ecorePackage.getEDate(), "startTime", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_EndTime(), ecorePackage.getEDate(), "endTime", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Status(), this.getRunStatus(), "status", "RUNNING", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ErrorMessage(), ecorePackage.getEString(), "errorMessage", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Label(), ecorePackage.getEString(), "label", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ShiftGrouping(), ecorePackage.getEString(), "shiftGrouping", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ShiftCases(), ecorePackage.getEInt(), "shiftCases", "0", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ShiftPositives(), ecorePackage.getEInt(), "shiftPositives", "0", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ShiftGroups(), ecorePackage.getEString(), "shiftGroups", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ConfidenceLevel(), ecorePackage.getEDouble(), "confidenceLevel", "0.95", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_ShiftNote(), ecorePackage.getEString(), "shiftNote", null, 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Seeds(), ecorePackage.getEInt(), "seeds", "1", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudy_Patients(), ecorePackage.getEInt(), "patients", "0", 0, 1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Arms(), this.getStudyArm(), null, "arms", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStudy_Comparisons(), this.getArmComparison(), null, "comparisons", null, 0, -1, Study.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(studyArmEClass, StudyArm.class, "StudyArm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStudyArm_SeedRunPaths(), ecorePackage.getEString(), "seedRunPaths", null, 0, -1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_InDistributionAucSeedMean(), ecorePackage.getEDouble(), "inDistributionAucSeedMean", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_InDistributionAucSeedLower(), ecorePackage.getEDouble(), "inDistributionAucSeedLower", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_InDistributionAucSeedUpper(), ecorePackage.getEDouble(), "inDistributionAucSeedUpper", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_ShiftedAucSeedMean(), ecorePackage.getEDouble(), "shiftedAucSeedMean", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_ShiftedAucSeedLower(), ecorePackage.getEDouble(), "shiftedAucSeedLower", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_ShiftedAucSeedUpper(), ecorePackage.getEDouble(), "shiftedAucSeedUpper", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_MaskedDeltaAucSeedMean(), ecorePackage.getEDouble(), "maskedDeltaAucSeedMean", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_MaskedDeltaAucSeedLower(), ecorePackage.getEDouble(), "maskedDeltaAucSeedLower", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_MaskedDeltaAucSeedUpper(), ecorePackage.getEDouble(), "maskedDeltaAucSeedUpper", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_WorstGroupAucSeedMean(), ecorePackage.getEDouble(), "worstGroupAucSeedMean", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_WorstGroupAucSeedLower(), ecorePackage.getEDouble(), "worstGroupAucSeedLower", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_WorstGroupAucSeedUpper(), ecorePackage.getEDouble(), "worstGroupAucSeedUpper", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_TprGapSeedMean(), ecorePackage.getEDouble(), "tprGapSeedMean", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_TprGapSeedLower(), ecorePackage.getEDouble(), "tprGapSeedLower", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_TprGapSeedUpper(), ecorePackage.getEDouble(), "tprGapSeedUpper", "NaN", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_FailedToLearn(), ecorePackage.getEBoolean(), "failedToLearn", "false", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_LearningNote(), ecorePackage.getEString(), "learningNote", null, 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_Name(), ecorePackage.getEString(), "name", null, 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_Kind(), this.getArmKind(), "kind", "BASELINE", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_RunId(), ecorePackage.getEString(), "runId", null, 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_RunPath(), ecorePackage.getEString(), "runPath", null, 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_InDistributionAuc(), ecorePackage.getEDouble(), "inDistributionAuc", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_InDistributionAucLower(), ecorePackage.getEDouble(), "inDistributionAucLower", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_InDistributionAucUpper(), ecorePackage.getEDouble(), "inDistributionAucUpper", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_ShiftedAuc(), ecorePackage.getEDouble(), "shiftedAuc", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_ShiftedAucLower(), ecorePackage.getEDouble(), "shiftedAucLower", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_ShiftedAucUpper(), ecorePackage.getEDouble(), "shiftedAucUpper", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_MaskedDeltaAuc(), ecorePackage.getEDouble(), "maskedDeltaAuc", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_MaskedDeltaAucLower(), ecorePackage.getEDouble(), "maskedDeltaAucLower", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_MaskedDeltaAucUpper(), ecorePackage.getEDouble(), "maskedDeltaAucUpper", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_MaskedPValue(), ecorePackage.getEDouble(), "maskedPValue", "1.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_AttentionShare(), ecorePackage.getEDouble(), "attentionShare", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_AttentionShareLower(), ecorePackage.getEDouble(), "attentionShareLower", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_AttentionShareUpper(), ecorePackage.getEDouble(), "attentionShareUpper", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_WorstGroup(), ecorePackage.getEString(), "worstGroup", null, 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_WorstGroupAuc(), ecorePackage.getEDouble(), "worstGroupAuc", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_WorstGroupAucLower(), ecorePackage.getEDouble(), "worstGroupAucLower", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_WorstGroupAucUpper(), ecorePackage.getEDouble(), "worstGroupAucUpper", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_TprGap(), ecorePackage.getEDouble(), "tprGap", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_TprGapLower(), ecorePackage.getEDouble(), "tprGapLower", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStudyArm_TprGapUpper(), ecorePackage.getEDouble(), "tprGapUpper", "0.0", 0, 1, StudyArm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(armComparisonEClass, ArmComparison.class, "ArmComparison", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArmComparison_Seeds(), ecorePackage.getEInt(), "seeds", "1", 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_Method(), ecorePackage.getEString(), "method", null, 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_Arm(), ecorePackage.getEString(), "arm", null, 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_Baseline(), ecorePackage.getEString(), "baseline", null, 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_TestSet(), ecorePackage.getEString(), "testSet", null, 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_Cases(), ecorePackage.getEInt(), "cases", "0", 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_DeltaAuc(), ecorePackage.getEDouble(), "deltaAuc", "0.0", 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_CiLower(), ecorePackage.getEDouble(), "ciLower", "0.0", 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_CiUpper(), ecorePackage.getEDouble(), "ciUpper", "0.0", 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArmComparison_PValue(), ecorePackage.getEDouble(), "pValue", "1.0", 0, 1, ArmComparison.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(runStatusEEnum, RunStatus.class, "RunStatus");
		addEEnumLiteral(runStatusEEnum, RunStatus.RUNNING);
		addEEnumLiteral(runStatusEEnum, RunStatus.COMPLETED);
		addEEnumLiteral(runStatusEEnum, RunStatus.FAILED);
		addEEnumLiteral(runStatusEEnum, RunStatus.CANCELLED);
		addEEnumLiteral(runStatusEEnum, RunStatus.QUEUED);

		initEEnum(ciMethodEEnum, CiMethod.class, "CiMethod");
		addEEnumLiteral(ciMethodEEnum, CiMethod.DELONG);
		addEEnumLiteral(ciMethodEEnum, CiMethod.BOOTSTRAP);
		addEEnumLiteral(ciMethodEEnum, CiMethod.CLUSTERED_DELONG);
		addEEnumLiteral(ciMethodEEnum, CiMethod.PATIENT_BOOTSTRAP);

		initEEnum(saliencyMethodEEnum, SaliencyMethod.class, "SaliencyMethod");
		addEEnumLiteral(saliencyMethodEEnum, SaliencyMethod.GRAD_CAM);
		addEEnumLiteral(saliencyMethodEEnum, SaliencyMethod.OCCLUSION);

		initEEnum(findingSeverityEEnum, FindingSeverity.class, "FindingSeverity");
		addEEnumLiteral(findingSeverityEEnum, FindingSeverity.INFO);
		addEEnumLiteral(findingSeverityEEnum, FindingSeverity.WARNING);
		addEEnumLiteral(findingSeverityEEnum, FindingSeverity.CRITICAL);

		initEEnum(artifactKindEEnum, ArtifactKind.class, "ArtifactKind");
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.PREDICTIONS);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.HEATMAP);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.MODEL);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.CHECKPOINT);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.REPORT);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.LOG);
		addEEnumLiteral(artifactKindEEnum, ArtifactKind.OTHER);

		initEEnum(armKindEEnum, ArmKind.class, "ArmKind");
		addEEnumLiteral(armKindEEnum, ArmKind.BASELINE);
		addEEnumLiteral(armKindEEnum, ArmKind.MASKING);
		addEEnumLiteral(armKindEEnum, ArmKind.BALANCING);
		addEEnumLiteral(armKindEEnum, ArmKind.DISTILLATION);
		addEEnumLiteral(armKindEEnum, ArmKind.LAST_LAYER_RETRAINING);
		addEEnumLiteral(armKindEEnum, ArmKind.JUST_TRAIN_TWICE);
		addEEnumLiteral(armKindEEnum, ArmKind.GROUP_DRO);

		// Create resource
		createResource(eNS_URI);
	}

} //RunPackageImpl

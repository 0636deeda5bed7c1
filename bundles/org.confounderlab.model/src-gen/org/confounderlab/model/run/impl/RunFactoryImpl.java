/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RunFactoryImpl extends EFactoryImpl implements RunFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RunFactory init() {
		try {
			RunFactory theRunFactory = (RunFactory)EPackage.Registry.INSTANCE.getEFactory(RunPackage.eNS_URI);
			if (theRunFactory != null) {
				return theRunFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RunFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RunPackage.RUN: return createRun();
			case RunPackage.INPUT_RECORD: return createInputRecord();
			case RunPackage.LEAK_CHECK: return createLeakCheck();
			case RunPackage.BACKEND_INFO: return createBackendInfo();
			case RunPackage.EPOCH_RECORD: return createEpochRecord();
			case RunPackage.LOSS_TERM: return createLossTerm();
			case RunPackage.INITIAL_WEIGHTS_RECORD: return createInitialWeightsRecord();
			case RunPackage.IMPORTED_MODEL_RECORD: return createImportedModelRecord();
			case RunPackage.GROUP_DRO_RECORD: return createGroupDroRecord();
			case RunPackage.JUST_TRAIN_TWICE_RECORD: return createJustTrainTwiceRecord();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD: return createLastLayerRetrainingRecord();
			case RunPackage.DISTILLATION_RECORD: return createDistillationRecord();
			case RunPackage.LABEL_VALUE: return createLabelValue();
			case RunPackage.EVALUATION: return createEvaluation();
			case RunPackage.LABEL_EVALUATION: return createLabelEvaluation();
			case RunPackage.ROC_POINT: return createRocPoint();
			case RunPackage.AUC_COMPARISON: return createAucComparison();
			case RunPackage.SALIENCY_SUMMARY: return createSaliencySummary();
			case RunPackage.DELETION_TEST: return createDeletionTest();
			case RunPackage.SALIENCY_CASE: return createSaliencyCase();
			case RunPackage.REGION_ATTENTION: return createRegionAttention();
			case RunPackage.SUBGROUP_METRIC: return createSubgroupMetric();
			case RunPackage.FEATURE_SLICE: return createFeatureSlice();
			case RunPackage.ATTRIBUTE_PROBE: return createAttributeProbe();
			case RunPackage.DATASET_AUDIT: return createDatasetAudit();
			case RunPackage.AUDIT_WARNING: return createAuditWarning();
			case RunPackage.SHIFT_TEST: return createShiftTest();
			case RunPackage.GROUP_WEIGHT: return createGroupWeight();
			case RunPackage.SUBGROUP_PREVALENCE: return createSubgroupPrevalence();
			case RunPackage.IMAGE_PROPERTY_AUDIT: return createImagePropertyAudit();
			case RunPackage.DATASET_ASSOCIATION: return createDatasetAssociation();
			case RunPackage.FINDING: return createFinding();
			case RunPackage.ARTIFACT: return createArtifact();
			case RunPackage.STUDY: return createStudy();
			case RunPackage.STUDY_ARM: return createStudyArm();
			case RunPackage.ARM_COMPARISON: return createArmComparison();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RunPackage.RUN_STATUS:
				return createRunStatusFromString(eDataType, initialValue);
			case RunPackage.CI_METHOD:
				return createCiMethodFromString(eDataType, initialValue);
			case RunPackage.SALIENCY_METHOD:
				return createSaliencyMethodFromString(eDataType, initialValue);
			case RunPackage.FINDING_SEVERITY:
				return createFindingSeverityFromString(eDataType, initialValue);
			case RunPackage.ARTIFACT_KIND:
				return createArtifactKindFromString(eDataType, initialValue);
			case RunPackage.ARM_KIND:
				return createArmKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RunPackage.RUN_STATUS:
				return convertRunStatusToString(eDataType, instanceValue);
			case RunPackage.CI_METHOD:
				return convertCiMethodToString(eDataType, instanceValue);
			case RunPackage.SALIENCY_METHOD:
				return convertSaliencyMethodToString(eDataType, instanceValue);
			case RunPackage.FINDING_SEVERITY:
				return convertFindingSeverityToString(eDataType, instanceValue);
			case RunPackage.ARTIFACT_KIND:
				return convertArtifactKindToString(eDataType, instanceValue);
			case RunPackage.ARM_KIND:
				return convertArmKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Run createRun() {
		RunImpl run = new RunImpl();
		return run;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InputRecord createInputRecord() {
		InputRecordImpl inputRecord = new InputRecordImpl();
		return inputRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeakCheck createLeakCheck() {
		LeakCheckImpl leakCheck = new LeakCheckImpl();
		return leakCheck;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendInfo createBackendInfo() {
		BackendInfoImpl backendInfo = new BackendInfoImpl();
		return backendInfo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EpochRecord createEpochRecord() {
		EpochRecordImpl epochRecord = new EpochRecordImpl();
		return epochRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossTerm createLossTerm() {
		LossTermImpl lossTerm = new LossTermImpl();
		return lossTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InitialWeightsRecord createInitialWeightsRecord() {
		InitialWeightsRecordImpl initialWeightsRecord = new InitialWeightsRecordImpl();
		return initialWeightsRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImportedModelRecord createImportedModelRecord() {
		ImportedModelRecordImpl importedModelRecord = new ImportedModelRecordImpl();
		return importedModelRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupDroRecord createGroupDroRecord() {
		GroupDroRecordImpl groupDroRecord = new GroupDroRecordImpl();
		return groupDroRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JustTrainTwiceRecord createJustTrainTwiceRecord() {
		JustTrainTwiceRecordImpl justTrainTwiceRecord = new JustTrainTwiceRecordImpl();
		return justTrainTwiceRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LastLayerRetrainingRecord createLastLayerRetrainingRecord() {
		LastLayerRetrainingRecordImpl lastLayerRetrainingRecord = new LastLayerRetrainingRecordImpl();
		return lastLayerRetrainingRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistillationRecord createDistillationRecord() {
		DistillationRecordImpl distillationRecord = new DistillationRecordImpl();
		return distillationRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelValue createLabelValue() {
		LabelValueImpl labelValue = new LabelValueImpl();
		return labelValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelEvaluation createLabelEvaluation() {
		LabelEvaluationImpl labelEvaluation = new LabelEvaluationImpl();
		return labelEvaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RocPoint createRocPoint() {
		RocPointImpl rocPoint = new RocPointImpl();
		return rocPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AucComparison createAucComparison() {
		AucComparisonImpl aucComparison = new AucComparisonImpl();
		return aucComparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SaliencySummary createSaliencySummary() {
		SaliencySummaryImpl saliencySummary = new SaliencySummaryImpl();
		return saliencySummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeletionTest createDeletionTest() {
		DeletionTestImpl deletionTest = new DeletionTestImpl();
		return deletionTest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SaliencyCase createSaliencyCase() {
		SaliencyCaseImpl saliencyCase = new SaliencyCaseImpl();
		return saliencyCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegionAttention createRegionAttention() {
		RegionAttentionImpl regionAttention = new RegionAttentionImpl();
		return regionAttention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubgroupMetric createSubgroupMetric() {
		SubgroupMetricImpl subgroupMetric = new SubgroupMetricImpl();
		return subgroupMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureSlice createFeatureSlice() {
		FeatureSliceImpl featureSlice = new FeatureSliceImpl();
		return featureSlice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeProbe createAttributeProbe() {
		AttributeProbeImpl attributeProbe = new AttributeProbeImpl();
		return attributeProbe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetAudit createDatasetAudit() {
		DatasetAuditImpl datasetAudit = new DatasetAuditImpl();
		return datasetAudit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditWarning createAuditWarning() {
		AuditWarningImpl auditWarning = new AuditWarningImpl();
		return auditWarning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShiftTest createShiftTest() {
		ShiftTestImpl shiftTest = new ShiftTestImpl();
		return shiftTest;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupWeight createGroupWeight() {
		GroupWeightImpl groupWeight = new GroupWeightImpl();
		return groupWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubgroupPrevalence createSubgroupPrevalence() {
		SubgroupPrevalenceImpl subgroupPrevalence = new SubgroupPrevalenceImpl();
		return subgroupPrevalence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImagePropertyAudit createImagePropertyAudit() {
		ImagePropertyAuditImpl imagePropertyAudit = new ImagePropertyAuditImpl();
		return imagePropertyAudit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatasetAssociation createDatasetAssociation() {
		DatasetAssociationImpl datasetAssociation = new DatasetAssociationImpl();
		return datasetAssociation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Artifact createArtifact() {
		ArtifactImpl artifact = new ArtifactImpl();
		return artifact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyArm createStudyArm() {
		StudyArmImpl studyArm = new StudyArmImpl();
		return studyArm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArmComparison createArmComparison() {
		ArmComparisonImpl armComparison = new ArmComparisonImpl();
		return armComparison;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunStatus createRunStatusFromString(EDataType eDataType, String initialValue) {
		RunStatus result = RunStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRunStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CiMethod createCiMethodFromString(EDataType eDataType, String initialValue) {
		CiMethod result = CiMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCiMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SaliencyMethod createSaliencyMethodFromString(EDataType eDataType, String initialValue) {
		SaliencyMethod result = SaliencyMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSaliencyMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingSeverity createFindingSeverityFromString(EDataType eDataType, String initialValue) {
		FindingSeverity result = FindingSeverity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFindingSeverityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArtifactKind createArtifactKindFromString(EDataType eDataType, String initialValue) {
		ArtifactKind result = ArtifactKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArtifactKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArmKind createArmKindFromString(EDataType eDataType, String initialValue) {
		ArmKind result = ArmKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArmKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunPackage getRunPackage() {
		return (RunPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RunPackage getPackage() {
		return RunPackage.eINSTANCE;
	}

} //RunFactoryImpl

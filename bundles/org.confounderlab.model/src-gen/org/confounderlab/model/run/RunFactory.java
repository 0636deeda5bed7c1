/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.run.RunPackage
 * @generated
 */
public interface RunFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RunFactory eINSTANCE = org.confounderlab.model.run.impl.RunFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Run</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Run</em>'.
	 * @generated
	 */
	Run createRun();

	/**
	 * Returns a new object of class '<em>Input Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Input Record</em>'.
	 * @generated
	 */
	InputRecord createInputRecord();

	/**
	 * Returns a new object of class '<em>Leak Check</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Leak Check</em>'.
	 * @generated
	 */
	LeakCheck createLeakCheck();

	/**
	 * Returns a new object of class '<em>Backend Info</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend Info</em>'.
	 * @generated
	 */
	BackendInfo createBackendInfo();

	/**
	 * Returns a new object of class '<em>Epoch Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Epoch Record</em>'.
	 * @generated
	 */
	EpochRecord createEpochRecord();

	/**
	 * Returns a new object of class '<em>Loss Term</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Loss Term</em>'.
	 * @generated
	 */
	LossTerm createLossTerm();

	/**
	 * Returns a new object of class '<em>Initial Weights Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Initial Weights Record</em>'.
	 * @generated
	 */
	InitialWeightsRecord createInitialWeightsRecord();

	/**
	 * Returns a new object of class '<em>Imported Model Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Imported Model Record</em>'.
	 * @generated
	 */
	ImportedModelRecord createImportedModelRecord();

	/**
	 * Returns a new object of class '<em>Group Dro Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Dro Record</em>'.
	 * @generated
	 */
	GroupDroRecord createGroupDroRecord();

	/**
	 * Returns a new object of class '<em>Just Train Twice Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Just Train Twice Record</em>'.
	 * @generated
	 */
	JustTrainTwiceRecord createJustTrainTwiceRecord();

	/**
	 * Returns a new object of class '<em>Last Layer Retraining Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Last Layer Retraining Record</em>'.
	 * @generated
	 */
	LastLayerRetrainingRecord createLastLayerRetrainingRecord();

	/**
	 * Returns a new object of class '<em>Distillation Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Distillation Record</em>'.
	 * @generated
	 */
	DistillationRecord createDistillationRecord();

	/**
	 * Returns a new object of class '<em>Label Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Value</em>'.
	 * @generated
	 */
	LabelValue createLabelValue();

	/**
	 * Returns a new object of class '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Evaluation</em>'.
	 * @generated
	 */
	Evaluation createEvaluation();

	/**
	 * Returns a new object of class '<em>Label Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Evaluation</em>'.
	 * @generated
	 */
	LabelEvaluation createLabelEvaluation();

	/**
	 * Returns a new object of class '<em>Roc Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Roc Point</em>'.
	 * @generated
	 */
	RocPoint createRocPoint();

	/**
	 * Returns a new object of class '<em>Auc Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Auc Comparison</em>'.
	 * @generated
	 */
	AucComparison createAucComparison();

	/**
	 * Returns a new object of class '<em>Saliency Summary</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Saliency Summary</em>'.
	 * @generated
	 */
	SaliencySummary createSaliencySummary();

	/**
	 * Returns a new object of class '<em>Deletion Test</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Deletion Test</em>'.
	 * @generated
	 */
	DeletionTest createDeletionTest();

	/**
	 * Returns a new object of class '<em>Saliency Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Saliency Case</em>'.
	 * @generated
	 */
	SaliencyCase createSaliencyCase();

	/**
	 * Returns a new object of class '<em>Region Attention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region Attention</em>'.
	 * @generated
	 */
	RegionAttention createRegionAttention();

	/**
	 * Returns a new object of class '<em>Subgroup Metric</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subgroup Metric</em>'.
	 * @generated
	 */
	SubgroupMetric createSubgroupMetric();

	/**
	 * Returns a new object of class '<em>Feature Slice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feature Slice</em>'.
	 * @generated
	 */
	FeatureSlice createFeatureSlice();

	/**
	 * Returns a new object of class '<em>Attribute Probe</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Attribute Probe</em>'.
	 * @generated
	 */
	AttributeProbe createAttributeProbe();

	/**
	 * Returns a new object of class '<em>Dataset Audit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dataset Audit</em>'.
	 * @generated
	 */
	DatasetAudit createDatasetAudit();

	/**
	 * Returns a new object of class '<em>Audit Warning</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Audit Warning</em>'.
	 * @generated
	 */
	AuditWarning createAuditWarning();

	/**
	 * Returns a new object of class '<em>Shift Test</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shift Test</em>'.
	 * @generated
	 */
	ShiftTest createShiftTest();

	/**
	 * Returns a new object of class '<em>Group Weight</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Weight</em>'.
	 * @generated
	 */
	GroupWeight createGroupWeight();

	/**
	 * Returns a new object of class '<em>Subgroup Prevalence</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subgroup Prevalence</em>'.
	 * @generated
	 */
	SubgroupPrevalence createSubgroupPrevalence();

	/**
	 * Returns a new object of class '<em>Image Property Audit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Image Property Audit</em>'.
	 * @generated
	 */
	ImagePropertyAudit createImagePropertyAudit();

	/**
	 * Returns a new object of class '<em>Dataset Association</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dataset Association</em>'.
	 * @generated
	 */
	DatasetAssociation createDatasetAssociation();

	/**
	 * Returns a new object of class '<em>Finding</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Finding</em>'.
	 * @generated
	 */
	Finding createFinding();

	/**
	 * Returns a new object of class '<em>Artifact</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Artifact</em>'.
	 * @generated
	 */
	Artifact createArtifact();

	/**
	 * Returns a new object of class '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study</em>'.
	 * @generated
	 */
	Study createStudy();

	/**
	 * Returns a new object of class '<em>Study Arm</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Study Arm</em>'.
	 * @generated
	 */
	StudyArm createStudyArm();

	/**
	 * Returns a new object of class '<em>Arm Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Arm Comparison</em>'.
	 * @generated
	 */
	ArmComparison createArmComparison();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RunPackage getRunPackage();

} //RunFactory

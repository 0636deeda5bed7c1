/**
 */
package org.confounderlab.model.run.util;

import org.confounderlab.model.run.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.run.RunPackage
 * @generated
 */
public class RunSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RunPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunSwitch() {
		if (modelPackage == null) {
			modelPackage = RunPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case RunPackage.RUN: {
				Run run = (Run)theEObject;
				T result = caseRun(run);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.INPUT_RECORD: {
				InputRecord inputRecord = (InputRecord)theEObject;
				T result = caseInputRecord(inputRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.LEAK_CHECK: {
				LeakCheck leakCheck = (LeakCheck)theEObject;
				T result = caseLeakCheck(leakCheck);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.BACKEND_INFO: {
				BackendInfo backendInfo = (BackendInfo)theEObject;
				T result = caseBackendInfo(backendInfo);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.EPOCH_RECORD: {
				EpochRecord epochRecord = (EpochRecord)theEObject;
				T result = caseEpochRecord(epochRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.LOSS_TERM: {
				LossTerm lossTerm = (LossTerm)theEObject;
				T result = caseLossTerm(lossTerm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.INITIAL_WEIGHTS_RECORD: {
				InitialWeightsRecord initialWeightsRecord = (InitialWeightsRecord)theEObject;
				T result = caseInitialWeightsRecord(initialWeightsRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.IMPORTED_MODEL_RECORD: {
				ImportedModelRecord importedModelRecord = (ImportedModelRecord)theEObject;
				T result = caseImportedModelRecord(importedModelRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.GROUP_DRO_RECORD: {
				GroupDroRecord groupDroRecord = (GroupDroRecord)theEObject;
				T result = caseGroupDroRecord(groupDroRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.JUST_TRAIN_TWICE_RECORD: {
				JustTrainTwiceRecord justTrainTwiceRecord = (JustTrainTwiceRecord)theEObject;
				T result = caseJustTrainTwiceRecord(justTrainTwiceRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.LAST_LAYER_RETRAINING_RECORD: {
				LastLayerRetrainingRecord lastLayerRetrainingRecord = (LastLayerRetrainingRecord)theEObject;
				T result = caseLastLayerRetrainingRecord(lastLayerRetrainingRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.DISTILLATION_RECORD: {
				DistillationRecord distillationRecord = (DistillationRecord)theEObject;
				T result = caseDistillationRecord(distillationRecord);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.LABEL_VALUE: {
				LabelValue labelValue = (LabelValue)theEObject;
				T result = caseLabelValue(labelValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.EVALUATION: {
				Evaluation evaluation = (Evaluation)theEObject;
				T result = caseEvaluation(evaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.LABEL_EVALUATION: {
				LabelEvaluation labelEvaluation = (LabelEvaluation)theEObject;
				T result = caseLabelEvaluation(labelEvaluation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.ROC_POINT: {
				RocPoint rocPoint = (RocPoint)theEObject;
				T result = caseRocPoint(rocPoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.AUC_COMPARISON: {
				AucComparison aucComparison = (AucComparison)theEObject;
				T result = caseAucComparison(aucComparison);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.SALIENCY_SUMMARY: {
				SaliencySummary saliencySummary = (SaliencySummary)theEObject;
				T result = caseSaliencySummary(saliencySummary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.DELETION_TEST: {
				DeletionTest deletionTest = (DeletionTest)theEObject;
				T result = caseDeletionTest(deletionTest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.SALIENCY_CASE: {
				SaliencyCase saliencyCase = (SaliencyCase)theEObject;
				T result = caseSaliencyCase(saliencyCase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.REGION_ATTENTION: {
				RegionAttention regionAttention = (RegionAttention)theEObject;
				T result = caseRegionAttention(regionAttention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.SUBGROUP_METRIC: {
				SubgroupMetric subgroupMetric = (SubgroupMetric)theEObject;
				T result = caseSubgroupMetric(subgroupMetric);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.FEATURE_SLICE: {
				FeatureSlice featureSlice = (FeatureSlice)theEObject;
				T result = caseFeatureSlice(featureSlice);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.ATTRIBUTE_PROBE: {
				AttributeProbe attributeProbe = (AttributeProbe)theEObject;
				T result = caseAttributeProbe(attributeProbe);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.DATASET_AUDIT: {
				DatasetAudit datasetAudit = (DatasetAudit)theEObject;
				T result = caseDatasetAudit(datasetAudit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.AUDIT_WARNING: {
				AuditWarning auditWarning = (AuditWarning)theEObject;
				T result = caseAuditWarning(auditWarning);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.SHIFT_TEST: {
				ShiftTest shiftTest = (ShiftTest)theEObject;
				T result = caseShiftTest(shiftTest);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.GROUP_WEIGHT: {
				GroupWeight groupWeight = (GroupWeight)theEObject;
				T result = caseGroupWeight(groupWeight);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.SUBGROUP_PREVALENCE: {
				SubgroupPrevalence subgroupPrevalence = (SubgroupPrevalence)theEObject;
				T result = caseSubgroupPrevalence(subgroupPrevalence);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.IMAGE_PROPERTY_AUDIT: {
				ImagePropertyAudit imagePropertyAudit = (ImagePropertyAudit)theEObject;
				T result = caseImagePropertyAudit(imagePropertyAudit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.DATASET_ASSOCIATION: {
				DatasetAssociation datasetAssociation = (DatasetAssociation)theEObject;
				T result = caseDatasetAssociation(datasetAssociation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.FINDING: {
				Finding finding = (Finding)theEObject;
				T result = caseFinding(finding);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.ARTIFACT: {
				Artifact artifact = (Artifact)theEObject;
				T result = caseArtifact(artifact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.STUDY: {
				Study study = (Study)theEObject;
				T result = caseStudy(study);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.STUDY_ARM: {
				StudyArm studyArm = (StudyArm)theEObject;
				T result = caseStudyArm(studyArm);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case RunPackage.ARM_COMPARISON: {
				ArmComparison armComparison = (ArmComparison)theEObject;
				T result = caseArmComparison(armComparison);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Run</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Run</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRun(Run object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Input Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Input Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInputRecord(InputRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Leak Check</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Leak Check</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLeakCheck(LeakCheck object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Backend Info</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Backend Info</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBackendInfo(BackendInfo object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Epoch Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Epoch Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEpochRecord(EpochRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Loss Term</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Loss Term</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLossTerm(LossTerm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Initial Weights Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Initial Weights Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInitialWeightsRecord(InitialWeightsRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Imported Model Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Imported Model Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImportedModelRecord(ImportedModelRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Dro Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Dro Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupDroRecord(GroupDroRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Just Train Twice Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Just Train Twice Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJustTrainTwiceRecord(JustTrainTwiceRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Last Layer Retraining Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Last Layer Retraining Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLastLayerRetrainingRecord(LastLayerRetrainingRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Distillation Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Distillation Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistillationRecord(DistillationRecord object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Label Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Label Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelValue(LabelValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseEvaluation(Evaluation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Label Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Label Evaluation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLabelEvaluation(LabelEvaluation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Roc Point</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Roc Point</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRocPoint(RocPoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Auc Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Auc Comparison</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAucComparison(AucComparison object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Saliency Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Saliency Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSaliencySummary(SaliencySummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Deletion Test</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Deletion Test</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeletionTest(DeletionTest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Saliency Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Saliency Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSaliencyCase(SaliencyCase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region Attention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region Attention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegionAttention(RegionAttention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subgroup Metric</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subgroup Metric</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubgroupMetric(SubgroupMetric object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Feature Slice</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Feature Slice</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFeatureSlice(FeatureSlice object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Attribute Probe</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Attribute Probe</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAttributeProbe(AttributeProbe object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dataset Audit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dataset Audit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDatasetAudit(DatasetAudit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Audit Warning</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Audit Warning</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAuditWarning(AuditWarning object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Shift Test</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Shift Test</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseShiftTest(ShiftTest object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Weight</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Weight</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupWeight(GroupWeight object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Subgroup Prevalence</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Subgroup Prevalence</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSubgroupPrevalence(SubgroupPrevalence object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Image Property Audit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Image Property Audit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseImagePropertyAudit(ImagePropertyAudit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dataset Association</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dataset Association</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDatasetAssociation(DatasetAssociation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Finding</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Finding</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFinding(Finding object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Artifact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Artifact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArtifact(Artifact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudy(Study object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Study Arm</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Study Arm</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStudyArm(StudyArm object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Arm Comparison</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Arm Comparison</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArmComparison(ArmComparison object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //RunSwitch

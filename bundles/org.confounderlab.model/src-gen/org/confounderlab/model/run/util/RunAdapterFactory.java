/**
 */
package org.confounderlab.model.run.util;

import org.confounderlab.model.run.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.run.RunPackage
 * @generated
 */
public class RunAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static RunPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RunAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = RunPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunSwitch<Adapter> modelSwitch =
		new RunSwitch<Adapter>() {
			@Override
			public Adapter caseRun(Run object) {
				return createRunAdapter();
			}
			@Override
			public Adapter caseInputRecord(InputRecord object) {
				return createInputRecordAdapter();
			}
			@Override
			public Adapter caseLeakCheck(LeakCheck object) {
				return createLeakCheckAdapter();
			}
			@Override
			public Adapter caseBackendInfo(BackendInfo object) {
				return createBackendInfoAdapter();
			}
			@Override
			public Adapter caseEpochRecord(EpochRecord object) {
				return createEpochRecordAdapter();
			}
			@Override
			public Adapter caseLossTerm(LossTerm object) {
				return createLossTermAdapter();
			}
			@Override
			public Adapter caseInitialWeightsRecord(InitialWeightsRecord object) {
				return createInitialWeightsRecordAdapter();
			}
			@Override
			public Adapter caseImportedModelRecord(ImportedModelRecord object) {
				return createImportedModelRecordAdapter();
			}
			@Override
			public Adapter caseGroupDroRecord(GroupDroRecord object) {
				return createGroupDroRecordAdapter();
			}
			@Override
			public Adapter caseJustTrainTwiceRecord(JustTrainTwiceRecord object) {
				return createJustTrainTwiceRecordAdapter();
			}
			@Override
			public Adapter caseLastLayerRetrainingRecord(LastLayerRetrainingRecord object) {
				return createLastLayerRetrainingRecordAdapter();
			}
			@Override
			public Adapter caseDistillationRecord(DistillationRecord object) {
				return createDistillationRecordAdapter();
			}
			@Override
			public Adapter caseLabelValue(LabelValue object) {
				return createLabelValueAdapter();
			}
			@Override
			public Adapter caseEvaluation(Evaluation object) {
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseLabelEvaluation(LabelEvaluation object) {
				return createLabelEvaluationAdapter();
			}
			@Override
			public Adapter caseRocPoint(RocPoint object) {
				return createRocPointAdapter();
			}
			@Override
			public Adapter caseAucComparison(AucComparison object) {
				return createAucComparisonAdapter();
			}
			@Override
			public Adapter caseSaliencySummary(SaliencySummary object) {
				return createSaliencySummaryAdapter();
			}
			@Override
			public Adapter caseDeletionTest(DeletionTest object) {
				return createDeletionTestAdapter();
			}
			@Override
			public Adapter caseSaliencyCase(SaliencyCase object) {
				return createSaliencyCaseAdapter();
			}
			@Override
			public Adapter caseRegionAttention(RegionAttention object) {
				return createRegionAttentionAdapter();
			}
			@Override
			public Adapter caseSubgroupMetric(SubgroupMetric object) {
				return createSubgroupMetricAdapter();
			}
			@Override
			public Adapter caseFeatureSlice(FeatureSlice object) {
				return createFeatureSliceAdapter();
			}
			@Override
			public Adapter caseAttributeProbe(AttributeProbe object) {
				return createAttributeProbeAdapter();
			}
			@Override
			public Adapter caseDatasetAudit(DatasetAudit object) {
				return createDatasetAuditAdapter();
			}
			@Override
			public Adapter caseAuditWarning(AuditWarning object) {
				return createAuditWarningAdapter();
			}
			@Override
			public Adapter caseShiftTest(ShiftTest object) {
				return createShiftTestAdapter();
			}
			@Override
			public Adapter caseGroupWeight(GroupWeight object) {
				return createGroupWeightAdapter();
			}
			@Override
			public Adapter caseSubgroupPrevalence(SubgroupPrevalence object) {
				return createSubgroupPrevalenceAdapter();
			}
			@Override
			public Adapter caseImagePropertyAudit(ImagePropertyAudit object) {
				return createImagePropertyAuditAdapter();
			}
			@Override
			public Adapter caseDatasetAssociation(DatasetAssociation object) {
				return createDatasetAssociationAdapter();
			}
			@Override
			public Adapter caseFinding(Finding object) {
				return createFindingAdapter();
			}
			@Override
			public Adapter caseArtifact(Artifact object) {
				return createArtifactAdapter();
			}
			@Override
			public Adapter caseStudy(Study object) {
				return createStudyAdapter();
			}
			@Override
			public Adapter caseStudyArm(StudyArm object) {
				return createStudyArmAdapter();
			}
			@Override
			public Adapter caseArmComparison(ArmComparison object) {
				return createArmComparisonAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.Run <em>Run</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.Run
	 * @generated
	 */
	public Adapter createRunAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.InputRecord <em>Input Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.InputRecord
	 * @generated
	 */
	public Adapter createInputRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.LeakCheck <em>Leak Check</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.LeakCheck
	 * @generated
	 */
	public Adapter createLeakCheckAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.BackendInfo <em>Backend Info</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.BackendInfo
	 * @generated
	 */
	public Adapter createBackendInfoAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.EpochRecord <em>Epoch Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.EpochRecord
	 * @generated
	 */
	public Adapter createEpochRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.LossTerm <em>Loss Term</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.LossTerm
	 * @generated
	 */
	public Adapter createLossTermAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.InitialWeightsRecord <em>Initial Weights Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.InitialWeightsRecord
	 * @generated
	 */
	public Adapter createInitialWeightsRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.ImportedModelRecord <em>Imported Model Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.ImportedModelRecord
	 * @generated
	 */
	public Adapter createImportedModelRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.GroupDroRecord <em>Group Dro Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.GroupDroRecord
	 * @generated
	 */
	public Adapter createGroupDroRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.JustTrainTwiceRecord <em>Just Train Twice Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.JustTrainTwiceRecord
	 * @generated
	 */
	public Adapter createJustTrainTwiceRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.LastLayerRetrainingRecord <em>Last Layer Retraining Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.LastLayerRetrainingRecord
	 * @generated
	 */
	public Adapter createLastLayerRetrainingRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.DistillationRecord <em>Distillation Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.DistillationRecord
	 * @generated
	 */
	public Adapter createDistillationRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.LabelValue <em>Label Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.LabelValue
	 * @generated
	 */
	public Adapter createLabelValueAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.LabelEvaluation <em>Label Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.LabelEvaluation
	 * @generated
	 */
	public Adapter createLabelEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.RocPoint <em>Roc Point</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.RocPoint
	 * @generated
	 */
	public Adapter createRocPointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.AucComparison <em>Auc Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.AucComparison
	 * @generated
	 */
	public Adapter createAucComparisonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.SaliencySummary <em>Saliency Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.SaliencySummary
	 * @generated
	 */
	public Adapter createSaliencySummaryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.DeletionTest <em>Deletion Test</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.DeletionTest
	 * @generated
	 */
	public Adapter createDeletionTestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.SaliencyCase <em>Saliency Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.SaliencyCase
	 * @generated
	 */
	public Adapter createSaliencyCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.RegionAttention <em>Region Attention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.RegionAttention
	 * @generated
	 */
	public Adapter createRegionAttentionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.SubgroupMetric <em>Subgroup Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.SubgroupMetric
	 * @generated
	 */
	public Adapter createSubgroupMetricAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.FeatureSlice <em>Feature Slice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.FeatureSlice
	 * @generated
	 */
	public Adapter createFeatureSliceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.AttributeProbe <em>Attribute Probe</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.AttributeProbe
	 * @generated
	 */
	public Adapter createAttributeProbeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.DatasetAudit <em>Dataset Audit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.DatasetAudit
	 * @generated
	 */
	public Adapter createDatasetAuditAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.AuditWarning <em>Audit Warning</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.AuditWarning
	 * @generated
	 */
	public Adapter createAuditWarningAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.ShiftTest <em>Shift Test</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.ShiftTest
	 * @generated
	 */
	public Adapter createShiftTestAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.GroupWeight <em>Group Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.GroupWeight
	 * @generated
	 */
	public Adapter createGroupWeightAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.SubgroupPrevalence <em>Subgroup Prevalence</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.SubgroupPrevalence
	 * @generated
	 */
	public Adapter createSubgroupPrevalenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.ImagePropertyAudit <em>Image Property Audit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.ImagePropertyAudit
	 * @generated
	 */
	public Adapter createImagePropertyAuditAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.DatasetAssociation <em>Dataset Association</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.DatasetAssociation
	 * @generated
	 */
	public Adapter createDatasetAssociationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.Finding
	 * @generated
	 */
	public Adapter createFindingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.Artifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.Artifact
	 * @generated
	 */
	public Adapter createArtifactAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.Study
	 * @generated
	 */
	public Adapter createStudyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.StudyArm <em>Study Arm</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.StudyArm
	 * @generated
	 */
	public Adapter createStudyArmAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.run.ArmComparison <em>Arm Comparison</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.run.ArmComparison
	 * @generated
	 */
	public Adapter createArmComparisonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //RunAdapterFactory

/**
 */
package org.confounderlab.model.experiment.util;

import org.confounderlab.model.experiment.*;

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
 * @see org.confounderlab.model.experiment.ExperimentPackage
 * @generated
 */
public class ExperimentSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ExperimentPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentSwitch() {
		if (modelPackage == null) {
			modelPackage = ExperimentPackage.eINSTANCE;
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
			case ExperimentPackage.EXPERIMENT: {
				Experiment experiment = (Experiment)theEObject;
				T result = caseExperiment(experiment);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.DATASET_REFERENCE: {
				DatasetReference datasetReference = (DatasetReference)theEObject;
				T result = caseDatasetReference(datasetReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.CONFOUNDER_ATTRIBUTE: {
				ConfounderAttribute confounderAttribute = (ConfounderAttribute)theEObject;
				T result = caseConfounderAttribute(confounderAttribute);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.REGION: {
				Region region = (Region)theEObject;
				T result = caseRegion(region);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.SPLIT_SPEC: {
				SplitSpec splitSpec = (SplitSpec)theEObject;
				T result = caseSplitSpec(splitSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.MODEL_SPEC: {
				ModelSpec modelSpec = (ModelSpec)theEObject;
				T result = caseModelSpec(modelSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.TRAINING_SPEC: {
				TrainingSpec trainingSpec = (TrainingSpec)theEObject;
				T result = caseTrainingSpec(trainingSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.GROUP_DRO_SPEC: {
				GroupDroSpec groupDroSpec = (GroupDroSpec)theEObject;
				T result = caseGroupDroSpec(groupDroSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.SLURM_SPEC: {
				SlurmSpec slurmSpec = (SlurmSpec)theEObject;
				T result = caseSlurmSpec(slurmSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC: {
				JustTrainTwiceSpec justTrainTwiceSpec = (JustTrainTwiceSpec)theEObject;
				T result = caseJustTrainTwiceSpec(justTrainTwiceSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC: {
				LastLayerRetrainingSpec lastLayerRetrainingSpec = (LastLayerRetrainingSpec)theEObject;
				T result = caseLastLayerRetrainingSpec(lastLayerRetrainingSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.DISTILLATION_SPEC: {
				DistillationSpec distillationSpec = (DistillationSpec)theEObject;
				T result = caseDistillationSpec(distillationSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.DISTILLED_LAYER: {
				DistilledLayer distilledLayer = (DistilledLayer)theEObject;
				T result = caseDistilledLayer(distilledLayer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.AUGMENTATION: {
				Augmentation augmentation = (Augmentation)theEObject;
				T result = caseAugmentation(augmentation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.INTERVENTION: {
				Intervention intervention = (Intervention)theEObject;
				T result = caseIntervention(intervention);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.DIAGNOSTICS_SPEC: {
				DiagnosticsSpec diagnosticsSpec = (DiagnosticsSpec)theEObject;
				T result = caseDiagnosticsSpec(diagnosticsSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ExperimentPackage.BACKEND_SPEC: {
				BackendSpec backendSpec = (BackendSpec)theEObject;
				T result = caseBackendSpec(backendSpec);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Experiment</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExperiment(Experiment object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dataset Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dataset Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDatasetReference(DatasetReference object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Confounder Attribute</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Confounder Attribute</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConfounderAttribute(ConfounderAttribute object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Region</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegion(Region object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Split Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Split Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSplitSpec(SplitSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Model Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Model Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModelSpec(ModelSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingSpec(TrainingSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Group Dro Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Group Dro Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGroupDroSpec(GroupDroSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Slurm Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Slurm Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSlurmSpec(SlurmSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Just Train Twice Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Just Train Twice Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJustTrainTwiceSpec(JustTrainTwiceSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Last Layer Retraining Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Last Layer Retraining Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLastLayerRetrainingSpec(LastLayerRetrainingSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Distillation Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Distillation Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistillationSpec(DistillationSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Distilled Layer</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Distilled Layer</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDistilledLayer(DistilledLayer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Augmentation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Augmentation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAugmentation(Augmentation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Intervention</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntervention(Intervention object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagnostics Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagnostics Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagnosticsSpec(DiagnosticsSpec object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Backend Spec</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Backend Spec</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBackendSpec(BackendSpec object) {
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

} //ExperimentSwitch

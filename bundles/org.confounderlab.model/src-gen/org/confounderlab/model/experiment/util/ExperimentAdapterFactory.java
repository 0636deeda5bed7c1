/**
 */
package org.confounderlab.model.experiment.util;

import org.confounderlab.model.experiment.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.experiment.ExperimentPackage
 * @generated
 */
public class ExperimentAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ExperimentPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExperimentAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ExperimentPackage.eINSTANCE;
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
	protected ExperimentSwitch<Adapter> modelSwitch =
		new ExperimentSwitch<Adapter>() {
			@Override
			public Adapter caseExperiment(Experiment object) {
				return createExperimentAdapter();
			}
			@Override
			public Adapter caseDatasetReference(DatasetReference object) {
				return createDatasetReferenceAdapter();
			}
			@Override
			public Adapter caseConfounderAttribute(ConfounderAttribute object) {
				return createConfounderAttributeAdapter();
			}
			@Override
			public Adapter caseRegion(Region object) {
				return createRegionAdapter();
			}
			@Override
			public Adapter caseSplitSpec(SplitSpec object) {
				return createSplitSpecAdapter();
			}
			@Override
			public Adapter caseModelSpec(ModelSpec object) {
				return createModelSpecAdapter();
			}
			@Override
			public Adapter caseTrainingSpec(TrainingSpec object) {
				return createTrainingSpecAdapter();
			}
			@Override
			public Adapter caseGroupDroSpec(GroupDroSpec object) {
				return createGroupDroSpecAdapter();
			}
			@Override
			public Adapter caseSlurmSpec(SlurmSpec object) {
				return createSlurmSpecAdapter();
			}
			@Override
			public Adapter caseJustTrainTwiceSpec(JustTrainTwiceSpec object) {
				return createJustTrainTwiceSpecAdapter();
			}
			@Override
			public Adapter caseLastLayerRetrainingSpec(LastLayerRetrainingSpec object) {
				return createLastLayerRetrainingSpecAdapter();
			}
			@Override
			public Adapter caseDistillationSpec(DistillationSpec object) {
				return createDistillationSpecAdapter();
			}
			@Override
			public Adapter caseDistilledLayer(DistilledLayer object) {
				return createDistilledLayerAdapter();
			}
			@Override
			public Adapter caseAugmentation(Augmentation object) {
				return createAugmentationAdapter();
			}
			@Override
			public Adapter caseIntervention(Intervention object) {
				return createInterventionAdapter();
			}
			@Override
			public Adapter caseDiagnosticsSpec(DiagnosticsSpec object) {
				return createDiagnosticsSpecAdapter();
			}
			@Override
			public Adapter caseBackendSpec(BackendSpec object) {
				return createBackendSpecAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.Experiment <em>Experiment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.Experiment
	 * @generated
	 */
	public Adapter createExperimentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.DatasetReference <em>Dataset Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.DatasetReference
	 * @generated
	 */
	public Adapter createDatasetReferenceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.ConfounderAttribute <em>Confounder Attribute</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.ConfounderAttribute
	 * @generated
	 */
	public Adapter createConfounderAttributeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.Region <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.Region
	 * @generated
	 */
	public Adapter createRegionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.SplitSpec <em>Split Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.SplitSpec
	 * @generated
	 */
	public Adapter createSplitSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.ModelSpec <em>Model Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.ModelSpec
	 * @generated
	 */
	public Adapter createModelSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.TrainingSpec <em>Training Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.TrainingSpec
	 * @generated
	 */
	public Adapter createTrainingSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.GroupDroSpec <em>Group Dro Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.GroupDroSpec
	 * @generated
	 */
	public Adapter createGroupDroSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.SlurmSpec <em>Slurm Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.SlurmSpec
	 * @generated
	 */
	public Adapter createSlurmSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.JustTrainTwiceSpec <em>Just Train Twice Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.JustTrainTwiceSpec
	 * @generated
	 */
	public Adapter createJustTrainTwiceSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec <em>Last Layer Retraining Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.LastLayerRetrainingSpec
	 * @generated
	 */
	public Adapter createLastLayerRetrainingSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.DistillationSpec <em>Distillation Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.DistillationSpec
	 * @generated
	 */
	public Adapter createDistillationSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.DistilledLayer <em>Distilled Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.DistilledLayer
	 * @generated
	 */
	public Adapter createDistilledLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.Augmentation <em>Augmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.Augmentation
	 * @generated
	 */
	public Adapter createAugmentationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.Intervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.Intervention
	 * @generated
	 */
	public Adapter createInterventionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.DiagnosticsSpec <em>Diagnostics Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.DiagnosticsSpec
	 * @generated
	 */
	public Adapter createDiagnosticsSpecAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.confounderlab.model.experiment.BackendSpec <em>Backend Spec</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.confounderlab.model.experiment.BackendSpec
	 * @generated
	 */
	public Adapter createBackendSpecAdapter() {
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

} //ExperimentAdapterFactory

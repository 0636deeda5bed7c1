/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.confounderlab.model.experiment.ExperimentPackage
 * @generated
 */
public interface ExperimentFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ExperimentFactory eINSTANCE = org.confounderlab.model.experiment.impl.ExperimentFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Experiment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Experiment</em>'.
	 * @generated
	 */
	Experiment createExperiment();

	/**
	 * Returns a new object of class '<em>Dataset Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dataset Reference</em>'.
	 * @generated
	 */
	DatasetReference createDatasetReference();

	/**
	 * Returns a new object of class '<em>Confounder Attribute</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Confounder Attribute</em>'.
	 * @generated
	 */
	ConfounderAttribute createConfounderAttribute();

	/**
	 * Returns a new object of class '<em>Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Region</em>'.
	 * @generated
	 */
	Region createRegion();

	/**
	 * Returns a new object of class '<em>Split Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Split Spec</em>'.
	 * @generated
	 */
	SplitSpec createSplitSpec();

	/**
	 * Returns a new object of class '<em>Model Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Model Spec</em>'.
	 * @generated
	 */
	ModelSpec createModelSpec();

	/**
	 * Returns a new object of class '<em>Training Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Spec</em>'.
	 * @generated
	 */
	TrainingSpec createTrainingSpec();

	/**
	 * Returns a new object of class '<em>Group Dro Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Group Dro Spec</em>'.
	 * @generated
	 */
	GroupDroSpec createGroupDroSpec();

	/**
	 * Returns a new object of class '<em>Slurm Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Slurm Spec</em>'.
	 * @generated
	 */
	SlurmSpec createSlurmSpec();

	/**
	 * Returns a new object of class '<em>Just Train Twice Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Just Train Twice Spec</em>'.
	 * @generated
	 */
	JustTrainTwiceSpec createJustTrainTwiceSpec();

	/**
	 * Returns a new object of class '<em>Last Layer Retraining Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Last Layer Retraining Spec</em>'.
	 * @generated
	 */
	LastLayerRetrainingSpec createLastLayerRetrainingSpec();

	/**
	 * Returns a new object of class '<em>Distillation Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Distillation Spec</em>'.
	 * @generated
	 */
	DistillationSpec createDistillationSpec();

	/**
	 * Returns a new object of class '<em>Distilled Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Distilled Layer</em>'.
	 * @generated
	 */
	DistilledLayer createDistilledLayer();

	/**
	 * Returns a new object of class '<em>Augmentation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Augmentation</em>'.
	 * @generated
	 */
	Augmentation createAugmentation();

	/**
	 * Returns a new object of class '<em>Intervention</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Intervention</em>'.
	 * @generated
	 */
	Intervention createIntervention();

	/**
	 * Returns a new object of class '<em>Diagnostics Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagnostics Spec</em>'.
	 * @generated
	 */
	DiagnosticsSpec createDiagnosticsSpec();

	/**
	 * Returns a new object of class '<em>Backend Spec</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Backend Spec</em>'.
	 * @generated
	 */
	BackendSpec createBackendSpec();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	ExperimentPackage getExperimentPackage();

} //ExperimentFactory

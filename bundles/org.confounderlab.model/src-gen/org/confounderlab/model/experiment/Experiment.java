/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Experiment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of an .experiment file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getDescription <em>Description</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getSplit <em>Split</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getModel <em>Model</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getTraining <em>Training</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getInterventions <em>Interventions</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getDiagnostics <em>Diagnostics</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Experiment#getSlurm <em>Slurm</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment()
 * @model
 * @generated
 */
public interface Experiment extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dataset</em>' containment reference.
	 * @see #setDataset(DatasetReference)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Dataset()
	 * @model containment="true"
	 * @generated
	 */
	DatasetReference getDataset();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getDataset <em>Dataset</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' containment reference.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(DatasetReference value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.experiment.ConfounderAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConfounderAttribute> getAttributes();

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.experiment.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Split</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Split</em>' containment reference.
	 * @see #setSplit(SplitSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Split()
	 * @model containment="true"
	 * @generated
	 */
	SplitSpec getSplit();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getSplit <em>Split</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Split</em>' containment reference.
	 * @see #getSplit()
	 * @generated
	 */
	void setSplit(SplitSpec value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' containment reference.
	 * @see #setModel(ModelSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Model()
	 * @model containment="true"
	 * @generated
	 */
	ModelSpec getModel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getModel <em>Model</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' containment reference.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(ModelSpec value);

	/**
	 * Returns the value of the '<em><b>Training</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Training</em>' containment reference.
	 * @see #setTraining(TrainingSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Training()
	 * @model containment="true"
	 * @generated
	 */
	TrainingSpec getTraining();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getTraining <em>Training</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Training</em>' containment reference.
	 * @see #getTraining()
	 * @generated
	 */
	void setTraining(TrainingSpec value);

	/**
	 * Returns the value of the '<em><b>Interventions</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.experiment.Intervention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interventions</em>' containment reference list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Interventions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Intervention> getInterventions();

	/**
	 * Returns the value of the '<em><b>Diagnostics</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagnostics</em>' containment reference.
	 * @see #setDiagnostics(DiagnosticsSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Diagnostics()
	 * @model containment="true"
	 * @generated
	 */
	DiagnosticsSpec getDiagnostics();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getDiagnostics <em>Diagnostics</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diagnostics</em>' containment reference.
	 * @see #getDiagnostics()
	 * @generated
	 */
	void setDiagnostics(DiagnosticsSpec value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' containment reference.
	 * @see #setBackend(BackendSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Backend()
	 * @model containment="true"
	 * @generated
	 */
	BackendSpec getBackend();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getBackend <em>Backend</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' containment reference.
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(BackendSpec value);

	/**
	 * Returns the value of the '<em><b>Slurm</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What each job asks a Slurm cluster for when the experiment's runs and studies are submitted there (run or study --executor slurm, or the launch configuration's Cluster tab); the command line's options override each field.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slurm</em>' containment reference.
	 * @see #setSlurm(SlurmSpec)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getExperiment_Slurm()
	 * @model containment="true"
	 * @generated
	 */
	SlurmSpec getSlurm();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Experiment#getSlurm <em>Slurm</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slurm</em>' containment reference.
	 * @see #getSlurm()
	 * @generated
	 */
	void setSlurm(SlurmSpec value);

} // Experiment

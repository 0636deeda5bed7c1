/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Slurm Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The resources of each Slurm job a run or study becomes: the engine writes a batch script and calls the user's own sbatch, squeue, sacct and scancel (no credentials are stored). A study is one job array, one task per arm and seed, and a small job that assembles the study when they all end.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getGpusPerJob <em>Gpus Per Job</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getCpusPerJob <em>Cpus Per Job</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getTimeLimit <em>Time Limit</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getAccount <em>Account</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getQos <em>Qos</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SlurmSpec#getExtraArguments <em>Extra Arguments</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec()
 * @model
 * @generated
 */
public interface SlurmSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Partition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partition (sbatch --partition); empty: the cluster's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partition</em>' attribute.
	 * @see #setPartition(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_Partition()
	 * @model
	 * @generated
	 */
	String getPartition();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SlurmSpec#getPartition <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Partition</em>' attribute.
	 * @see #getPartition()
	 * @generated
	 */
	void setPartition(String value);

	/**
	 * Returns the value of the '<em><b>Gpus Per Job</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * GPUs per job (sbatch --gpus); 0: none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gpus Per Job</em>' attribute.
	 * @see #setGpusPerJob(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_GpusPerJob()
	 * @model default="0"
	 * @generated
	 */
	int getGpusPerJob();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SlurmSpec#getGpusPerJob <em>Gpus Per Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gpus Per Job</em>' attribute.
	 * @see #getGpusPerJob()
	 * @generated
	 */
	void setGpusPerJob(int value);

	/**
	 * Returns the value of the '<em><b>Cpus Per Job</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CPU cores per job (sbatch --cpus-per-task), which are the training's threads.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpus Per Job</em>' attribute.
	 * @see #setCpusPerJob(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_CpusPerJob()
	 * @model default="4"
	 * @generated
	 */
	int getCpusPerJob();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SlurmSpec#getCpusPerJob <em>Cpus Per Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus Per Job</em>' attribute.
	 * @see #getCpusPerJob()
	 * @generated
	 */
	void setCpusPerJob(int value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory per job (sbatch --mem), e.g. 32G; empty: the partition's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #setMemory(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_Memory()
	 * @model
	 * @generated
	 */
	String getMemory();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SlurmSpec#getMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #getMemory()
	 * @generated
	 */
	void setMemory(String value);

	/**
	 * Returns the value of the '<em><b>Time Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time limit per job (sbatch --time), e.g. 12:00:00; empty: the partition's default. A task killed at its limit is marked failed, and study --resume continues it from its last checkpoint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Limit</em>' attribute.
	 * @see #setTimeLimit(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_TimeLimit()
	 * @model
	 * @generated
	 */
	String getTimeLimit();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SlurmSpec#getTimeLimit <em>Time Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Limit</em>' attribute.
	 * @see #getTimeLimit()
	 * @generated
	 */
	void setTimeLimit(String value);

	/**
	 * Returns the value of the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Account charged (sbatch --account); empty: the user's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account</em>' attribute.
	 * @see #setAccount(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_Account()
	 * @model
	 * @generated
	 */
	String getAccount();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SlurmSpec#getAccount <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account</em>' attribute.
	 * @see #getAccount()
	 * @generated
	 */
	void setAccount(String value);

	/**
	 * Returns the value of the '<em><b>Qos</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Quality of service (sbatch --qos); empty: the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Qos</em>' attribute.
	 * @see #setQos(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_Qos()
	 * @model
	 * @generated
	 */
	String getQos();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SlurmSpec#getQos <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Qos</em>' attribute.
	 * @see #getQos()
	 * @generated
	 */
	void setQos(String value);

	/**
	 * Returns the value of the '<em><b>Extra Arguments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Further sbatch options, one per entry, e.g. --constraint=a100 (written into the batch script's #SBATCH lines).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Arguments</em>' attribute list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSlurmSpec_ExtraArguments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getExtraArguments();

} // SlurmSpec

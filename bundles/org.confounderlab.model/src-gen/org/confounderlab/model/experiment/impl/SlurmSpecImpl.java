/**
 */
package org.confounderlab.model.experiment.impl;

import java.util.Collection;

import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.SlurmSpec;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Slurm Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getPartition <em>Partition</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getGpusPerJob <em>Gpus Per Job</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getCpusPerJob <em>Cpus Per Job</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getMemory <em>Memory</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getTimeLimit <em>Time Limit</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getAccount <em>Account</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getQos <em>Qos</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.SlurmSpecImpl#getExtraArguments <em>Extra Arguments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SlurmSpecImpl extends EObjectImpl implements SlurmSpec {
	/**
	 * The default value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartition() <em>Partition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartition()
	 * @generated
	 * @ordered
	 */
	protected String partition = PARTITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getGpusPerJob() <em>Gpus Per Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpusPerJob()
	 * @generated
	 * @ordered
	 */
	protected static final int GPUS_PER_JOB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGpusPerJob() <em>Gpus Per Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGpusPerJob()
	 * @generated
	 * @ordered
	 */
	protected int gpusPerJob = GPUS_PER_JOB_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpusPerJob() <em>Cpus Per Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpusPerJob()
	 * @generated
	 * @ordered
	 */
	protected static final int CPUS_PER_JOB_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getCpusPerJob() <em>Cpus Per Job</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpusPerJob()
	 * @generated
	 * @ordered
	 */
	protected int cpusPerJob = CPUS_PER_JOB_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected static final String MEMORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMemory() <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemory()
	 * @generated
	 * @ordered
	 */
	protected String memory = MEMORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeLimit() <em>Time Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimit()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeLimit() <em>Time Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeLimit()
	 * @generated
	 * @ordered
	 */
	protected String timeLimit = TIME_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccount() <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOUNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccount() <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccount()
	 * @generated
	 * @ordered
	 */
	protected String account = ACCOUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getQos() <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQos()
	 * @generated
	 * @ordered
	 */
	protected static final String QOS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQos() <em>Qos</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQos()
	 * @generated
	 * @ordered
	 */
	protected String qos = QOS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExtraArguments() <em>Extra Arguments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraArguments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> extraArguments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SlurmSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.SLURM_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartition() {
		return partition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartition(String newPartition) {
		String oldPartition = partition;
		partition = newPartition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SLURM_SPEC__PARTITION, oldPartition, partition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGpusPerJob() {
		return gpusPerJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGpusPerJob(int newGpusPerJob) {
		int oldGpusPerJob = gpusPerJob;
		gpusPerJob = newGpusPerJob;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SLURM_SPEC__GPUS_PER_JOB, oldGpusPerJob, gpusPerJob));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpusPerJob() {
		return cpusPerJob;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpusPerJob(int newCpusPerJob) {
		int oldCpusPerJob = cpusPerJob;
		cpusPerJob = newCpusPerJob;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SLURM_SPEC__CPUS_PER_JOB, oldCpusPerJob, cpusPerJob));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMemory() {
		return memory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemory(String newMemory) {
		String oldMemory = memory;
		memory = newMemory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SLURM_SPEC__MEMORY, oldMemory, memory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeLimit() {
		return timeLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeLimit(String newTimeLimit) {
		String oldTimeLimit = timeLimit;
		timeLimit = newTimeLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SLURM_SPEC__TIME_LIMIT, oldTimeLimit, timeLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccount() {
		return account;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccount(String newAccount) {
		String oldAccount = account;
		account = newAccount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SLURM_SPEC__ACCOUNT, oldAccount, account));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQos() {
		return qos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQos(String newQos) {
		String oldQos = qos;
		qos = newQos;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.SLURM_SPEC__QOS, oldQos, qos));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExtraArguments() {
		if (extraArguments == null) {
			extraArguments = new EDataTypeEList<String>(String.class, this, ExperimentPackage.SLURM_SPEC__EXTRA_ARGUMENTS);
		}
		return extraArguments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.SLURM_SPEC__PARTITION:
				return getPartition();
			case ExperimentPackage.SLURM_SPEC__GPUS_PER_JOB:
				return getGpusPerJob();
			case ExperimentPackage.SLURM_SPEC__CPUS_PER_JOB:
				return getCpusPerJob();
			case ExperimentPackage.SLURM_SPEC__MEMORY:
				return getMemory();
			case ExperimentPackage.SLURM_SPEC__TIME_LIMIT:
				return getTimeLimit();
			case ExperimentPackage.SLURM_SPEC__ACCOUNT:
				return getAccount();
			case ExperimentPackage.SLURM_SPEC__QOS:
				return getQos();
			case ExperimentPackage.SLURM_SPEC__EXTRA_ARGUMENTS:
				return getExtraArguments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.SLURM_SPEC__PARTITION:
				setPartition((String)newValue);
				return;
			case ExperimentPackage.SLURM_SPEC__GPUS_PER_JOB:
				setGpusPerJob((Integer)newValue);
				return;
			case ExperimentPackage.SLURM_SPEC__CPUS_PER_JOB:
				setCpusPerJob((Integer)newValue);
				return;
			case ExperimentPackage.SLURM_SPEC__MEMORY:
				setMemory((String)newValue);
				return;
			case ExperimentPackage.SLURM_SPEC__TIME_LIMIT:
				setTimeLimit((String)newValue);
				return;
			case ExperimentPackage.SLURM_SPEC__ACCOUNT:
				setAccount((String)newValue);
				return;
			case ExperimentPackage.SLURM_SPEC__QOS:
				setQos((String)newValue);
				return;
			case ExperimentPackage.SLURM_SPEC__EXTRA_ARGUMENTS:
				getExtraArguments().clear();
				getExtraArguments().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExperimentPackage.SLURM_SPEC__PARTITION:
				setPartition(PARTITION_EDEFAULT);
				return;
			case ExperimentPackage.SLURM_SPEC__GPUS_PER_JOB:
				setGpusPerJob(GPUS_PER_JOB_EDEFAULT);
				return;
			case ExperimentPackage.SLURM_SPEC__CPUS_PER_JOB:
				setCpusPerJob(CPUS_PER_JOB_EDEFAULT);
				return;
			case ExperimentPackage.SLURM_SPEC__MEMORY:
				setMemory(MEMORY_EDEFAULT);
				return;
			case ExperimentPackage.SLURM_SPEC__TIME_LIMIT:
				setTimeLimit(TIME_LIMIT_EDEFAULT);
				return;
			case ExperimentPackage.SLURM_SPEC__ACCOUNT:
				setAccount(ACCOUNT_EDEFAULT);
				return;
			case ExperimentPackage.SLURM_SPEC__QOS:
				setQos(QOS_EDEFAULT);
				return;
			case ExperimentPackage.SLURM_SPEC__EXTRA_ARGUMENTS:
				getExtraArguments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExperimentPackage.SLURM_SPEC__PARTITION:
				return PARTITION_EDEFAULT == null ? partition != null : !PARTITION_EDEFAULT.equals(partition);
			case ExperimentPackage.SLURM_SPEC__GPUS_PER_JOB:
				return gpusPerJob != GPUS_PER_JOB_EDEFAULT;
			case ExperimentPackage.SLURM_SPEC__CPUS_PER_JOB:
				return cpusPerJob != CPUS_PER_JOB_EDEFAULT;
			case ExperimentPackage.SLURM_SPEC__MEMORY:
				return MEMORY_EDEFAULT == null ? memory != null : !MEMORY_EDEFAULT.equals(memory);
			case ExperimentPackage.SLURM_SPEC__TIME_LIMIT:
				return TIME_LIMIT_EDEFAULT == null ? timeLimit != null : !TIME_LIMIT_EDEFAULT.equals(timeLimit);
			case ExperimentPackage.SLURM_SPEC__ACCOUNT:
				return ACCOUNT_EDEFAULT == null ? account != null : !ACCOUNT_EDEFAULT.equals(account);
			case ExperimentPackage.SLURM_SPEC__QOS:
				return QOS_EDEFAULT == null ? qos != null : !QOS_EDEFAULT.equals(qos);
			case ExperimentPackage.SLURM_SPEC__EXTRA_ARGUMENTS:
				return extraArguments != null && !extraArguments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (partition: ");
		result.append(partition);
		result.append(", gpusPerJob: ");
		result.append(gpusPerJob);
		result.append(", cpusPerJob: ");
		result.append(cpusPerJob);
		result.append(", memory: ");
		result.append(memory);
		result.append(", timeLimit: ");
		result.append(timeLimit);
		result.append(", account: ");
		result.append(account);
		result.append(", qos: ");
		result.append(qos);
		result.append(", extraArguments: ");
		result.append(extraArguments);
		result.append(')');
		return result.toString();
	}

} //SlurmSpecImpl

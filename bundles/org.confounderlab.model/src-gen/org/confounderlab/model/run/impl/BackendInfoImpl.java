/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.experiment.BackendKind;

import org.confounderlab.model.run.BackendInfo;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backend Info</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getDeviceName <em>Device Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getDriverVersion <em>Driver Version</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getCpuThreads <em>Cpu Threads</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getNd4jBackend <em>Nd4j Backend</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.BackendInfoImpl#getCpuIsa <em>Cpu Isa</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackendInfoImpl extends EObjectImpl implements BackendInfo {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final BackendKind KIND_EDEFAULT = BackendKind.CPU;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected BackendKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceName() <em>Device Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceName()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVICE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviceName() <em>Device Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceName()
	 * @generated
	 * @ordered
	 */
	protected String deviceName = DEVICE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriverVersion() <em>Driver Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIVER_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriverVersion() <em>Driver Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverVersion()
	 * @generated
	 * @ordered
	 */
	protected String driverVersion = DRIVER_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMemoryBytes() <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBytes()
	 * @generated
	 * @ordered
	 */
	protected static final long MEMORY_BYTES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMemoryBytes() <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryBytes()
	 * @generated
	 * @ordered
	 */
	protected long memoryBytes = MEMORY_BYTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuThreads() <em>Cpu Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuThreads()
	 * @generated
	 * @ordered
	 */
	protected static final int CPU_THREADS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCpuThreads() <em>Cpu Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuThreads()
	 * @generated
	 * @ordered
	 */
	protected int cpuThreads = CPU_THREADS_EDEFAULT;

	/**
	 * The default value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String JAVA_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJavaVersion() <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJavaVersion()
	 * @generated
	 * @ordered
	 */
	protected String javaVersion = JAVA_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNd4jBackend() <em>Nd4j Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNd4jBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String ND4J_BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNd4jBackend() <em>Nd4j Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNd4jBackend()
	 * @generated
	 * @ordered
	 */
	protected String nd4jBackend = ND4J_BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuModel() <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuModel()
	 * @generated
	 * @ordered
	 */
	protected String cpuModel = CPU_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpuIsa() <em>Cpu Isa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuIsa()
	 * @generated
	 * @ordered
	 */
	protected static final String CPU_ISA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCpuIsa() <em>Cpu Isa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpuIsa()
	 * @generated
	 * @ordered
	 */
	protected String cpuIsa = CPU_ISA_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackendInfoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.BACKEND_INFO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BackendKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(BackendKind newKind) {
		BackendKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviceName() {
		return deviceName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceName(String newDeviceName) {
		String oldDeviceName = deviceName;
		deviceName = newDeviceName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__DEVICE_NAME, oldDeviceName, deviceName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriverVersion() {
		return driverVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriverVersion(String newDriverVersion) {
		String oldDriverVersion = driverVersion;
		driverVersion = newDriverVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__DRIVER_VERSION, oldDriverVersion, driverVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMemoryBytes() {
		return memoryBytes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryBytes(long newMemoryBytes) {
		long oldMemoryBytes = memoryBytes;
		memoryBytes = newMemoryBytes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__MEMORY_BYTES, oldMemoryBytes, memoryBytes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpuThreads() {
		return cpuThreads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuThreads(int newCpuThreads) {
		int oldCpuThreads = cpuThreads;
		cpuThreads = newCpuThreads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__CPU_THREADS, oldCpuThreads, cpuThreads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJavaVersion() {
		return javaVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJavaVersion(String newJavaVersion) {
		String oldJavaVersion = javaVersion;
		javaVersion = newJavaVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__JAVA_VERSION, oldJavaVersion, javaVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNd4jBackend() {
		return nd4jBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNd4jBackend(String newNd4jBackend) {
		String oldNd4jBackend = nd4jBackend;
		nd4jBackend = newNd4jBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__ND4J_BACKEND, oldNd4jBackend, nd4jBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuModel() {
		return cpuModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuModel(String newCpuModel) {
		String oldCpuModel = cpuModel;
		cpuModel = newCpuModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__CPU_MODEL, oldCpuModel, cpuModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCpuIsa() {
		return cpuIsa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpuIsa(String newCpuIsa) {
		String oldCpuIsa = cpuIsa;
		cpuIsa = newCpuIsa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.BACKEND_INFO__CPU_ISA, oldCpuIsa, cpuIsa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.BACKEND_INFO__KIND:
				return getKind();
			case RunPackage.BACKEND_INFO__DEVICE_NAME:
				return getDeviceName();
			case RunPackage.BACKEND_INFO__DRIVER_VERSION:
				return getDriverVersion();
			case RunPackage.BACKEND_INFO__MEMORY_BYTES:
				return getMemoryBytes();
			case RunPackage.BACKEND_INFO__CPU_THREADS:
				return getCpuThreads();
			case RunPackage.BACKEND_INFO__JAVA_VERSION:
				return getJavaVersion();
			case RunPackage.BACKEND_INFO__ND4J_BACKEND:
				return getNd4jBackend();
			case RunPackage.BACKEND_INFO__CPU_MODEL:
				return getCpuModel();
			case RunPackage.BACKEND_INFO__CPU_ISA:
				return getCpuIsa();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RunPackage.BACKEND_INFO__KIND:
				setKind((BackendKind)newValue);
				return;
			case RunPackage.BACKEND_INFO__DEVICE_NAME:
				setDeviceName((String)newValue);
				return;
			case RunPackage.BACKEND_INFO__DRIVER_VERSION:
				setDriverVersion((String)newValue);
				return;
			case RunPackage.BACKEND_INFO__MEMORY_BYTES:
				setMemoryBytes((Long)newValue);
				return;
			case RunPackage.BACKEND_INFO__CPU_THREADS:
				setCpuThreads((Integer)newValue);
				return;
			case RunPackage.BACKEND_INFO__JAVA_VERSION:
				setJavaVersion((String)newValue);
				return;
			case RunPackage.BACKEND_INFO__ND4J_BACKEND:
				setNd4jBackend((String)newValue);
				return;
			case RunPackage.BACKEND_INFO__CPU_MODEL:
				setCpuModel((String)newValue);
				return;
			case RunPackage.BACKEND_INFO__CPU_ISA:
				setCpuIsa((String)newValue);
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
			case RunPackage.BACKEND_INFO__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__DEVICE_NAME:
				setDeviceName(DEVICE_NAME_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__DRIVER_VERSION:
				setDriverVersion(DRIVER_VERSION_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__MEMORY_BYTES:
				setMemoryBytes(MEMORY_BYTES_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__CPU_THREADS:
				setCpuThreads(CPU_THREADS_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__JAVA_VERSION:
				setJavaVersion(JAVA_VERSION_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__ND4J_BACKEND:
				setNd4jBackend(ND4J_BACKEND_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__CPU_MODEL:
				setCpuModel(CPU_MODEL_EDEFAULT);
				return;
			case RunPackage.BACKEND_INFO__CPU_ISA:
				setCpuIsa(CPU_ISA_EDEFAULT);
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
			case RunPackage.BACKEND_INFO__KIND:
				return kind != KIND_EDEFAULT;
			case RunPackage.BACKEND_INFO__DEVICE_NAME:
				return DEVICE_NAME_EDEFAULT == null ? deviceName != null : !DEVICE_NAME_EDEFAULT.equals(deviceName);
			case RunPackage.BACKEND_INFO__DRIVER_VERSION:
				return DRIVER_VERSION_EDEFAULT == null ? driverVersion != null : !DRIVER_VERSION_EDEFAULT.equals(driverVersion);
			case RunPackage.BACKEND_INFO__MEMORY_BYTES:
				return memoryBytes != MEMORY_BYTES_EDEFAULT;
			case RunPackage.BACKEND_INFO__CPU_THREADS:
				return cpuThreads != CPU_THREADS_EDEFAULT;
			case RunPackage.BACKEND_INFO__JAVA_VERSION:
				return JAVA_VERSION_EDEFAULT == null ? javaVersion != null : !JAVA_VERSION_EDEFAULT.equals(javaVersion);
			case RunPackage.BACKEND_INFO__ND4J_BACKEND:
				return ND4J_BACKEND_EDEFAULT == null ? nd4jBackend != null : !ND4J_BACKEND_EDEFAULT.equals(nd4jBackend);
			case RunPackage.BACKEND_INFO__CPU_MODEL:
				return CPU_MODEL_EDEFAULT == null ? cpuModel != null : !CPU_MODEL_EDEFAULT.equals(cpuModel);
			case RunPackage.BACKEND_INFO__CPU_ISA:
				return CPU_ISA_EDEFAULT == null ? cpuIsa != null : !CPU_ISA_EDEFAULT.equals(cpuIsa);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", deviceName: ");
		result.append(deviceName);
		result.append(", driverVersion: ");
		result.append(driverVersion);
		result.append(", memoryBytes: ");
		result.append(memoryBytes);
		result.append(", cpuThreads: ");
		result.append(cpuThreads);
		result.append(", javaVersion: ");
		result.append(javaVersion);
		result.append(", nd4jBackend: ");
		result.append(nd4jBackend);
		result.append(", cpuModel: ");
		result.append(cpuModel);
		result.append(", cpuIsa: ");
		result.append(cpuIsa);
		result.append(')');
		return result.toString();
	}

} //BackendInfoImpl

/**
 */
package org.confounderlab.model.run;

import org.confounderlab.model.experiment.BackendKind;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend Info</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getDeviceName <em>Device Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getDriverVersion <em>Driver Version</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getCpuThreads <em>Cpu Threads</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getJavaVersion <em>Java Version</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getNd4jBackend <em>Nd4j Backend</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link org.confounderlab.model.run.BackendInfo#getCpuIsa <em>Cpu Isa</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getBackendInfo()
 * @model
 * @generated
 */
public interface BackendInfo extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CPU"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.BackendKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.BackendKind
	 * @see #setKind(BackendKind)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_Kind()
	 * @model default="CPU"
	 * @generated
	 */
	BackendKind getKind();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.BackendKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BackendKind value);

	/**
	 * Returns the value of the '<em><b>Device Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Name</em>' attribute.
	 * @see #setDeviceName(String)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_DeviceName()
	 * @model
	 * @generated
	 */
	String getDeviceName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getDeviceName <em>Device Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Name</em>' attribute.
	 * @see #getDeviceName()
	 * @generated
	 */
	void setDeviceName(String value);

	/**
	 * Returns the value of the '<em><b>Driver Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Version</em>' attribute.
	 * @see #setDriverVersion(String)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_DriverVersion()
	 * @model
	 * @generated
	 */
	String getDriverVersion();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getDriverVersion <em>Driver Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Version</em>' attribute.
	 * @see #getDriverVersion()
	 * @generated
	 */
	void setDriverVersion(String value);

	/**
	 * Returns the value of the '<em><b>Memory Bytes</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Bytes</em>' attribute.
	 * @see #setMemoryBytes(long)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_MemoryBytes()
	 * @model default="0"
	 * @generated
	 */
	long getMemoryBytes();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getMemoryBytes <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Bytes</em>' attribute.
	 * @see #getMemoryBytes()
	 * @generated
	 */
	void setMemoryBytes(long value);

	/**
	 * Returns the value of the '<em><b>Cpu Threads</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Threads</em>' attribute.
	 * @see #setCpuThreads(int)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_CpuThreads()
	 * @model default="0"
	 * @generated
	 */
	int getCpuThreads();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getCpuThreads <em>Cpu Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Threads</em>' attribute.
	 * @see #getCpuThreads()
	 * @generated
	 */
	void setCpuThreads(int value);

	/**
	 * Returns the value of the '<em><b>Java Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Java Version</em>' attribute.
	 * @see #setJavaVersion(String)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_JavaVersion()
	 * @model
	 * @generated
	 */
	String getJavaVersion();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getJavaVersion <em>Java Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Java Version</em>' attribute.
	 * @see #getJavaVersion()
	 * @generated
	 */
	void setJavaVersion(String value);

	/**
	 * Returns the value of the '<em><b>Nd4j Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nd4j Backend</em>' attribute.
	 * @see #setNd4jBackend(String)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_Nd4jBackend()
	 * @model
	 * @generated
	 */
	String getNd4jBackend();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getNd4jBackend <em>Nd4j Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nd4j Backend</em>' attribute.
	 * @see #getNd4jBackend()
	 * @generated
	 */
	void setNd4jBackend(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine's CPU (model name from /proc/cpuinfo), for GPU runs too: it decodes and feeds the images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Model</em>' attribute.
	 * @see #setCpuModel(String)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_CpuModel()
	 * @model
	 * @generated
	 */
	String getCpuModel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getCpuModel <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Model</em>' attribute.
	 * @see #getCpuModel()
	 * @generated
	 */
	void setCpuModel(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Isa</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The widest vector instructions the CPU has (AVX-512, AVX2, AVX or SSE4.2, with the AVX-512 subsets), from its /proc/cpuinfo flags: what oneDNN's kernels can use.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpu Isa</em>' attribute.
	 * @see #setCpuIsa(String)
	 * @see org.confounderlab.model.run.RunPackage#getBackendInfo_CpuIsa()
	 * @model
	 * @generated
	 */
	String getCpuIsa();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.BackendInfo#getCpuIsa <em>Cpu Isa</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Isa</em>' attribute.
	 * @see #getCpuIsa()
	 * @generated
	 */
	void setCpuIsa(String value);

} // BackendInfo

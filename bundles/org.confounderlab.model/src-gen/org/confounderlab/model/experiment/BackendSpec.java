/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Backend Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.BackendSpec#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.BackendSpec#getDeviceIndex <em>Device Index</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getBackendSpec()
 * @model
 * @generated
 */
public interface BackendSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CPU"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.BackendKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.BackendKind
	 * @see #setKind(BackendKind)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getBackendSpec_Kind()
	 * @model default="CPU"
	 * @generated
	 */
	BackendKind getKind();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.BackendSpec#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.BackendKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BackendKind value);

	/**
	 * Returns the value of the '<em><b>Device Index</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Index</em>' attribute.
	 * @see #setDeviceIndex(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getBackendSpec_DeviceIndex()
	 * @model default="0"
	 * @generated
	 */
	int getDeviceIndex();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.BackendSpec#getDeviceIndex <em>Device Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Index</em>' attribute.
	 * @see #getDeviceIndex()
	 * @generated
	 */
	void setDeviceIndex(int value);

} // BackendSpec

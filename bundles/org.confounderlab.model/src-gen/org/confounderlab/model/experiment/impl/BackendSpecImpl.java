/**
 */
package org.confounderlab.model.experiment.impl;

import org.confounderlab.model.experiment.BackendKind;
import org.confounderlab.model.experiment.BackendSpec;
import org.confounderlab.model.experiment.ExperimentPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Backend Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.BackendSpecImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.BackendSpecImpl#getDeviceIndex <em>Device Index</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BackendSpecImpl extends EObjectImpl implements BackendSpec {
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
	 * The default value of the '{@link #getDeviceIndex() <em>Device Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceIndex() <em>Device Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceIndex()
	 * @generated
	 * @ordered
	 */
	protected int deviceIndex = DEVICE_INDEX_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BackendSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.BACKEND_SPEC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.BACKEND_SPEC__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceIndex() {
		return deviceIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceIndex(int newDeviceIndex) {
		int oldDeviceIndex = deviceIndex;
		deviceIndex = newDeviceIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.BACKEND_SPEC__DEVICE_INDEX, oldDeviceIndex, deviceIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.BACKEND_SPEC__KIND:
				return getKind();
			case ExperimentPackage.BACKEND_SPEC__DEVICE_INDEX:
				return getDeviceIndex();
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
			case ExperimentPackage.BACKEND_SPEC__KIND:
				setKind((BackendKind)newValue);
				return;
			case ExperimentPackage.BACKEND_SPEC__DEVICE_INDEX:
				setDeviceIndex((Integer)newValue);
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
			case ExperimentPackage.BACKEND_SPEC__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ExperimentPackage.BACKEND_SPEC__DEVICE_INDEX:
				setDeviceIndex(DEVICE_INDEX_EDEFAULT);
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
			case ExperimentPackage.BACKEND_SPEC__KIND:
				return kind != KIND_EDEFAULT;
			case ExperimentPackage.BACKEND_SPEC__DEVICE_INDEX:
				return deviceIndex != DEVICE_INDEX_EDEFAULT;
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
		result.append(", deviceIndex: ");
		result.append(deviceIndex);
		result.append(')');
		return result.toString();
	}

} //BackendSpecImpl

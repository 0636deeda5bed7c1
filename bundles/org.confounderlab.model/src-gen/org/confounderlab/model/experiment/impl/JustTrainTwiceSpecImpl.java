/**
 */
package org.confounderlab.model.experiment.impl;

import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.JustTrainTwiceSpec;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Just Train Twice Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.JustTrainTwiceSpecImpl#getIdentificationEpochs <em>Identification Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.JustTrainTwiceSpecImpl#getUpweight <em>Upweight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JustTrainTwiceSpecImpl extends EObjectImpl implements JustTrainTwiceSpec {
	/**
	 * The default value of the '{@link #getIdentificationEpochs() <em>Identification Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentificationEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int IDENTIFICATION_EPOCHS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getIdentificationEpochs() <em>Identification Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentificationEpochs()
	 * @generated
	 * @ordered
	 */
	protected int identificationEpochs = IDENTIFICATION_EPOCHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpweight() <em>Upweight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpweight()
	 * @generated
	 * @ordered
	 */
	protected static final double UPWEIGHT_EDEFAULT = 20.0;

	/**
	 * The cached value of the '{@link #getUpweight() <em>Upweight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpweight()
	 * @generated
	 * @ordered
	 */
	protected double upweight = UPWEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JustTrainTwiceSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.JUST_TRAIN_TWICE_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIdentificationEpochs() {
		return identificationEpochs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentificationEpochs(int newIdentificationEpochs) {
		int oldIdentificationEpochs = identificationEpochs;
		identificationEpochs = newIdentificationEpochs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS, oldIdentificationEpochs, identificationEpochs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUpweight() {
		return upweight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpweight(double newUpweight) {
		double oldUpweight = upweight;
		upweight = newUpweight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.JUST_TRAIN_TWICE_SPEC__UPWEIGHT, oldUpweight, upweight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS:
				return getIdentificationEpochs();
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__UPWEIGHT:
				return getUpweight();
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
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS:
				setIdentificationEpochs((Integer)newValue);
				return;
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__UPWEIGHT:
				setUpweight((Double)newValue);
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
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS:
				setIdentificationEpochs(IDENTIFICATION_EPOCHS_EDEFAULT);
				return;
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__UPWEIGHT:
				setUpweight(UPWEIGHT_EDEFAULT);
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
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__IDENTIFICATION_EPOCHS:
				return identificationEpochs != IDENTIFICATION_EPOCHS_EDEFAULT;
			case ExperimentPackage.JUST_TRAIN_TWICE_SPEC__UPWEIGHT:
				return upweight != UPWEIGHT_EDEFAULT;
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
		result.append(" (identificationEpochs: ");
		result.append(identificationEpochs);
		result.append(", upweight: ");
		result.append(upweight);
		result.append(')');
		return result.toString();
	}

} //JustTrainTwiceSpecImpl

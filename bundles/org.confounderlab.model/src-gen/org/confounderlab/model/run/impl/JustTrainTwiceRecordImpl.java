/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.JustTrainTwiceRecord;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Just Train Twice Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl#getIdentificationEpochs <em>Identification Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl#getUpweight <em>Upweight</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl#getTrainImages <em>Train Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl#getErrors <em>Errors</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl#getErrorsByGroup <em>Errors By Group</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.JustTrainTwiceRecordImpl#getIdentificationValidationAuc <em>Identification Validation Auc</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JustTrainTwiceRecordImpl extends EObjectImpl implements JustTrainTwiceRecord {
	/**
	 * The default value of the '{@link #getIdentificationEpochs() <em>Identification Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentificationEpochs()
	 * @generated
	 * @ordered
	 */
	protected static final int IDENTIFICATION_EPOCHS_EDEFAULT = 0;

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
	protected static final double UPWEIGHT_EDEFAULT = 1.0;

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
	 * The default value of the '{@link #getTrainImages() <em>Train Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainImages()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAIN_IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainImages() <em>Train Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainImages()
	 * @generated
	 * @ordered
	 */
	protected int trainImages = TRAIN_IMAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrors() <em>Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrors()
	 * @generated
	 * @ordered
	 */
	protected static final int ERRORS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getErrors() <em>Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrors()
	 * @generated
	 * @ordered
	 */
	protected int errors = ERRORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getErrorsByGroup() <em>Errors By Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorsByGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String ERRORS_BY_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getErrorsByGroup() <em>Errors By Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getErrorsByGroup()
	 * @generated
	 * @ordered
	 */
	protected String errorsByGroup = ERRORS_BY_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getIdentificationValidationAuc() <em>Identification Validation Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentificationValidationAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double IDENTIFICATION_VALIDATION_AUC_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getIdentificationValidationAuc() <em>Identification Validation Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentificationValidationAuc()
	 * @generated
	 * @ordered
	 */
	protected double identificationValidationAuc = IDENTIFICATION_VALIDATION_AUC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JustTrainTwiceRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.JUST_TRAIN_TWICE_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS, oldIdentificationEpochs, identificationEpochs));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.JUST_TRAIN_TWICE_RECORD__UPWEIGHT, oldUpweight, upweight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainImages() {
		return trainImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainImages(int newTrainImages) {
		int oldTrainImages = trainImages;
		trainImages = newTrainImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES, oldTrainImages, trainImages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getErrors() {
		return errors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrors(int newErrors) {
		int oldErrors = errors;
		errors = newErrors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS, oldErrors, errors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getErrorsByGroup() {
		return errorsByGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setErrorsByGroup(String newErrorsByGroup) {
		String oldErrorsByGroup = errorsByGroup;
		errorsByGroup = newErrorsByGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP, oldErrorsByGroup, errorsByGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIdentificationValidationAuc() {
		return identificationValidationAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIdentificationValidationAuc(double newIdentificationValidationAuc) {
		double oldIdentificationValidationAuc = identificationValidationAuc;
		identificationValidationAuc = newIdentificationValidationAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC, oldIdentificationValidationAuc, identificationValidationAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS:
				return getIdentificationEpochs();
			case RunPackage.JUST_TRAIN_TWICE_RECORD__UPWEIGHT:
				return getUpweight();
			case RunPackage.JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES:
				return getTrainImages();
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS:
				return getErrors();
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP:
				return getErrorsByGroup();
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC:
				return getIdentificationValidationAuc();
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
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS:
				setIdentificationEpochs((Integer)newValue);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__UPWEIGHT:
				setUpweight((Double)newValue);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES:
				setTrainImages((Integer)newValue);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS:
				setErrors((Integer)newValue);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP:
				setErrorsByGroup((String)newValue);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC:
				setIdentificationValidationAuc((Double)newValue);
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
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS:
				setIdentificationEpochs(IDENTIFICATION_EPOCHS_EDEFAULT);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__UPWEIGHT:
				setUpweight(UPWEIGHT_EDEFAULT);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES:
				setTrainImages(TRAIN_IMAGES_EDEFAULT);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS:
				setErrors(ERRORS_EDEFAULT);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP:
				setErrorsByGroup(ERRORS_BY_GROUP_EDEFAULT);
				return;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC:
				setIdentificationValidationAuc(IDENTIFICATION_VALIDATION_AUC_EDEFAULT);
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
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_EPOCHS:
				return identificationEpochs != IDENTIFICATION_EPOCHS_EDEFAULT;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__UPWEIGHT:
				return upweight != UPWEIGHT_EDEFAULT;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__TRAIN_IMAGES:
				return trainImages != TRAIN_IMAGES_EDEFAULT;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS:
				return errors != ERRORS_EDEFAULT;
			case RunPackage.JUST_TRAIN_TWICE_RECORD__ERRORS_BY_GROUP:
				return ERRORS_BY_GROUP_EDEFAULT == null ? errorsByGroup != null : !ERRORS_BY_GROUP_EDEFAULT.equals(errorsByGroup);
			case RunPackage.JUST_TRAIN_TWICE_RECORD__IDENTIFICATION_VALIDATION_AUC:
				return identificationValidationAuc != IDENTIFICATION_VALIDATION_AUC_EDEFAULT;
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
		result.append(", trainImages: ");
		result.append(trainImages);
		result.append(", errors: ");
		result.append(errors);
		result.append(", errorsByGroup: ");
		result.append(errorsByGroup);
		result.append(", identificationValidationAuc: ");
		result.append(identificationValidationAuc);
		result.append(')');
		return result.toString();
	}

} //JustTrainTwiceRecordImpl

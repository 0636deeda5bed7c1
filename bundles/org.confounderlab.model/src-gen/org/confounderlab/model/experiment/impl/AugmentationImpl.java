/**
 */
package org.confounderlab.model.experiment.impl;

import org.confounderlab.model.experiment.Augmentation;
import org.confounderlab.model.experiment.ExperimentPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Augmentation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.AugmentationImpl#isHorizontalFlip <em>Horizontal Flip</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.AugmentationImpl#getRotationDegrees <em>Rotation Degrees</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.AugmentationImpl#getTranslationFraction <em>Translation Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.AugmentationImpl#getIntensityJitter <em>Intensity Jitter</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AugmentationImpl extends EObjectImpl implements Augmentation {
	/**
	 * The default value of the '{@link #isHorizontalFlip() <em>Horizontal Flip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHorizontalFlip()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HORIZONTAL_FLIP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHorizontalFlip() <em>Horizontal Flip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHorizontalFlip()
	 * @generated
	 * @ordered
	 */
	protected boolean horizontalFlip = HORIZONTAL_FLIP_EDEFAULT;

	/**
	 * The default value of the '{@link #getRotationDegrees() <em>Rotation Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotationDegrees()
	 * @generated
	 * @ordered
	 */
	protected static final double ROTATION_DEGREES_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRotationDegrees() <em>Rotation Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRotationDegrees()
	 * @generated
	 * @ordered
	 */
	protected double rotationDegrees = ROTATION_DEGREES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTranslationFraction() <em>Translation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranslationFraction()
	 * @generated
	 * @ordered
	 */
	protected static final double TRANSLATION_FRACTION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTranslationFraction() <em>Translation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTranslationFraction()
	 * @generated
	 * @ordered
	 */
	protected double translationFraction = TRANSLATION_FRACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntensityJitter() <em>Intensity Jitter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntensityJitter()
	 * @generated
	 * @ordered
	 */
	protected static final double INTENSITY_JITTER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getIntensityJitter() <em>Intensity Jitter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntensityJitter()
	 * @generated
	 * @ordered
	 */
	protected double intensityJitter = INTENSITY_JITTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AugmentationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.AUGMENTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHorizontalFlip() {
		return horizontalFlip;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHorizontalFlip(boolean newHorizontalFlip) {
		boolean oldHorizontalFlip = horizontalFlip;
		horizontalFlip = newHorizontalFlip;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.AUGMENTATION__HORIZONTAL_FLIP, oldHorizontalFlip, horizontalFlip));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRotationDegrees() {
		return rotationDegrees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRotationDegrees(double newRotationDegrees) {
		double oldRotationDegrees = rotationDegrees;
		rotationDegrees = newRotationDegrees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.AUGMENTATION__ROTATION_DEGREES, oldRotationDegrees, rotationDegrees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTranslationFraction() {
		return translationFraction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTranslationFraction(double newTranslationFraction) {
		double oldTranslationFraction = translationFraction;
		translationFraction = newTranslationFraction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.AUGMENTATION__TRANSLATION_FRACTION, oldTranslationFraction, translationFraction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIntensityJitter() {
		return intensityJitter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntensityJitter(double newIntensityJitter) {
		double oldIntensityJitter = intensityJitter;
		intensityJitter = newIntensityJitter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.AUGMENTATION__INTENSITY_JITTER, oldIntensityJitter, intensityJitter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.AUGMENTATION__HORIZONTAL_FLIP:
				return isHorizontalFlip();
			case ExperimentPackage.AUGMENTATION__ROTATION_DEGREES:
				return getRotationDegrees();
			case ExperimentPackage.AUGMENTATION__TRANSLATION_FRACTION:
				return getTranslationFraction();
			case ExperimentPackage.AUGMENTATION__INTENSITY_JITTER:
				return getIntensityJitter();
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
			case ExperimentPackage.AUGMENTATION__HORIZONTAL_FLIP:
				setHorizontalFlip((Boolean)newValue);
				return;
			case ExperimentPackage.AUGMENTATION__ROTATION_DEGREES:
				setRotationDegrees((Double)newValue);
				return;
			case ExperimentPackage.AUGMENTATION__TRANSLATION_FRACTION:
				setTranslationFraction((Double)newValue);
				return;
			case ExperimentPackage.AUGMENTATION__INTENSITY_JITTER:
				setIntensityJitter((Double)newValue);
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
			case ExperimentPackage.AUGMENTATION__HORIZONTAL_FLIP:
				setHorizontalFlip(HORIZONTAL_FLIP_EDEFAULT);
				return;
			case ExperimentPackage.AUGMENTATION__ROTATION_DEGREES:
				setRotationDegrees(ROTATION_DEGREES_EDEFAULT);
				return;
			case ExperimentPackage.AUGMENTATION__TRANSLATION_FRACTION:
				setTranslationFraction(TRANSLATION_FRACTION_EDEFAULT);
				return;
			case ExperimentPackage.AUGMENTATION__INTENSITY_JITTER:
				setIntensityJitter(INTENSITY_JITTER_EDEFAULT);
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
			case ExperimentPackage.AUGMENTATION__HORIZONTAL_FLIP:
				return horizontalFlip != HORIZONTAL_FLIP_EDEFAULT;
			case ExperimentPackage.AUGMENTATION__ROTATION_DEGREES:
				return rotationDegrees != ROTATION_DEGREES_EDEFAULT;
			case ExperimentPackage.AUGMENTATION__TRANSLATION_FRACTION:
				return translationFraction != TRANSLATION_FRACTION_EDEFAULT;
			case ExperimentPackage.AUGMENTATION__INTENSITY_JITTER:
				return intensityJitter != INTENSITY_JITTER_EDEFAULT;
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
		result.append(" (horizontalFlip: ");
		result.append(horizontalFlip);
		result.append(", rotationDegrees: ");
		result.append(rotationDegrees);
		result.append(", translationFraction: ");
		result.append(translationFraction);
		result.append(", intensityJitter: ");
		result.append(intensityJitter);
		result.append(')');
		return result.toString();
	}

} //AugmentationImpl

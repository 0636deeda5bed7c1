/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Augmentation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.Augmentation#isHorizontalFlip <em>Horizontal Flip</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Augmentation#getRotationDegrees <em>Rotation Degrees</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Augmentation#getTranslationFraction <em>Translation Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Augmentation#getIntensityJitter <em>Intensity Jitter</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getAugmentation()
 * @model
 * @generated
 */
public interface Augmentation extends EObject {
	/**
	 * Returns the value of the '<em><b>Horizontal Flip</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Horizontal Flip</em>' attribute.
	 * @see #setHorizontalFlip(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getAugmentation_HorizontalFlip()
	 * @model default="false"
	 * @generated
	 */
	boolean isHorizontalFlip();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Augmentation#isHorizontalFlip <em>Horizontal Flip</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Horizontal Flip</em>' attribute.
	 * @see #isHorizontalFlip()
	 * @generated
	 */
	void setHorizontalFlip(boolean value);

	/**
	 * Returns the value of the '<em><b>Rotation Degrees</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rotation Degrees</em>' attribute.
	 * @see #setRotationDegrees(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getAugmentation_RotationDegrees()
	 * @model default="0.0"
	 * @generated
	 */
	double getRotationDegrees();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Augmentation#getRotationDegrees <em>Rotation Degrees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rotation Degrees</em>' attribute.
	 * @see #getRotationDegrees()
	 * @generated
	 */
	void setRotationDegrees(double value);

	/**
	 * Returns the value of the '<em><b>Translation Fraction</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Translation Fraction</em>' attribute.
	 * @see #setTranslationFraction(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getAugmentation_TranslationFraction()
	 * @model default="0.0"
	 * @generated
	 */
	double getTranslationFraction();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Augmentation#getTranslationFraction <em>Translation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Translation Fraction</em>' attribute.
	 * @see #getTranslationFraction()
	 * @generated
	 */
	void setTranslationFraction(double value);

	/**
	 * Returns the value of the '<em><b>Intensity Jitter</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intensity Jitter</em>' attribute.
	 * @see #setIntensityJitter(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getAugmentation_IntensityJitter()
	 * @model default="0.0"
	 * @generated
	 */
	double getIntensityJitter();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Augmentation#getIntensityJitter <em>Intensity Jitter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intensity Jitter</em>' attribute.
	 * @see #getIntensityJitter()
	 * @generated
	 */
	void setIntensityJitter(double value);

} // Augmentation

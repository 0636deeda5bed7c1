/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Split Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#getTrainFraction <em>Train Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#getValidationFraction <em>Validation Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#getTestFraction <em>Test Fraction</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#isGroupByPatient <em>Group By Patient</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#isStratifyByLabel <em>Stratify By Label</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#isUseOfficialSplit <em>Use Official Split</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#getNearDuplicateDistance <em>Near Duplicate Distance</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.SplitSpec#getNearDuplicateCosine <em>Near Duplicate Cosine</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec()
 * @model
 * @generated
 */
public interface SplitSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Train Fraction</b></em>' attribute.
	 * The default value is <code>"0.7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Fraction</em>' attribute.
	 * @see #setTrainFraction(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_TrainFraction()
	 * @model default="0.7"
	 * @generated
	 */
	double getTrainFraction();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#getTrainFraction <em>Train Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Fraction</em>' attribute.
	 * @see #getTrainFraction()
	 * @generated
	 */
	void setTrainFraction(double value);

	/**
	 * Returns the value of the '<em><b>Validation Fraction</b></em>' attribute.
	 * The default value is <code>"0.15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Fraction</em>' attribute.
	 * @see #setValidationFraction(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_ValidationFraction()
	 * @model default="0.15"
	 * @generated
	 */
	double getValidationFraction();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#getValidationFraction <em>Validation Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Fraction</em>' attribute.
	 * @see #getValidationFraction()
	 * @generated
	 */
	void setValidationFraction(double value);

	/**
	 * Returns the value of the '<em><b>Test Fraction</b></em>' attribute.
	 * The default value is <code>"0.15"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Test Fraction</em>' attribute.
	 * @see #setTestFraction(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_TestFraction()
	 * @model default="0.15"
	 * @generated
	 */
	double getTestFraction();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#getTestFraction <em>Test Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Fraction</em>' attribute.
	 * @see #getTestFraction()
	 * @generated
	 */
	void setTestFraction(double value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * The default value is <code>"42"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_Seed()
	 * @model default="42"
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Group By Patient</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group By Patient</em>' attribute.
	 * @see #setGroupByPatient(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_GroupByPatient()
	 * @model default="true"
	 * @generated
	 */
	boolean isGroupByPatient();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#isGroupByPatient <em>Group By Patient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group By Patient</em>' attribute.
	 * @see #isGroupByPatient()
	 * @generated
	 */
	void setGroupByPatient(boolean value);

	/**
	 * Returns the value of the '<em><b>Stratify By Label</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stratify By Label</em>' attribute.
	 * @see #setStratifyByLabel(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_StratifyByLabel()
	 * @model default="true"
	 * @generated
	 */
	boolean isStratifyByLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#isStratifyByLabel <em>Stratify By Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stratify By Label</em>' attribute.
	 * @see #isStratifyByLabel()
	 * @generated
	 */
	void setStratifyByLabel(boolean value);

	/**
	 * Returns the value of the '<em><b>Use Official Split</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use Official Split</em>' attribute.
	 * @see #setUseOfficialSplit(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_UseOfficialSplit()
	 * @model default="false"
	 * @generated
	 */
	boolean isUseOfficialSplit();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#isUseOfficialSplit <em>Use Official Split</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use Official Split</em>' attribute.
	 * @see #isUseOfficialSplit()
	 * @generated
	 */
	void setUseOfficialSplit(boolean value);

	/**
	 * Returns the value of the '<em><b>Near Duplicate Distance</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The largest number of bits (0 to 15) in which two images' 64-bit perceptual hashes may differ for the run to count them as near-duplicates when they fall in different splits (a leak); a test image with a near-duplicate, or a patient, in the training or validation images is left out of the leak-free evaluation. 0 finds exact and near-exact copies only.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Near Duplicate Distance</em>' attribute.
	 * @see #setNearDuplicateDistance(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_NearDuplicateDistance()
	 * @model default="4"
	 * @generated
	 */
	int getNearDuplicateDistance();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#getNearDuplicateDistance <em>Near Duplicate Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Near Duplicate Distance</em>' attribute.
	 * @see #getNearDuplicateDistance()
	 * @generated
	 */
	void setNearDuplicateDistance(int value);

	/**
	 * Returns the value of the '<em><b>Near Duplicate Cosine</b></em>' attribute.
	 * The default value is <code>"0.97"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * After training, two images in different splits whose penultimate features (centred on the mean of all images' features) have at least this cosine also count as near-duplicates: crops, shifts and other copies a perceptual hash misses. 0.8 to below 1; 0 leaves the feature check out (it reads every image through the model once more).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Near Duplicate Cosine</em>' attribute.
	 * @see #setNearDuplicateCosine(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getSplitSpec_NearDuplicateCosine()
	 * @model default="0.97"
	 * @generated
	 */
	double getNearDuplicateCosine();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.SplitSpec#getNearDuplicateCosine <em>Near Duplicate Cosine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Near Duplicate Cosine</em>' attribute.
	 * @see #getNearDuplicateCosine()
	 * @generated
	 */
	void setNearDuplicateCosine(double value);

} // SplitSpec

/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Leak Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The run's check for leaks between its splits, made from the images it read and its split: two images in different splits are near-duplicates when their 64-bit perceptual hashes differ in at most maxDistance bits and their standardised 56 × 56 thumbnails differ by at most 0.015 on average. The pairs are listed in leaks.tsv in the run folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getMaxDistance <em>Max Distance</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getTrainTestPairs <em>Train Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getValidationTestPairs <em>Validation Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getTrainValidationPairs <em>Train Validation Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getSharedPatients <em>Shared Patients</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getLeakingTestImages <em>Leaking Test Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getTestImages <em>Test Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getMinCosine <em>Min Cosine</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getFeatureTrainTestPairs <em>Feature Train Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getFeatureValidationTestPairs <em>Feature Validation Test Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getFeatureTrainValidationPairs <em>Feature Train Validation Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getFeatureOnlyPairs <em>Feature Only Pairs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getFeatureCheckNote <em>Feature Check Note</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LeakCheck#getLeakFree <em>Leak Free</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getLeakCheck()
 * @model
 * @generated
 */
public interface LeakCheck extends EObject {
	/**
	 * Returns the value of the '<em><b>Max Distance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The largest hash distance, in bits, counted as a near-duplicate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Distance</em>' attribute.
	 * @see #setMaxDistance(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_MaxDistance()
	 * @model
	 * @generated
	 */
	int getMaxDistance();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getMaxDistance <em>Max Distance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Distance</em>' attribute.
	 * @see #getMaxDistance()
	 * @generated
	 */
	void setMaxDistance(int value);

	/**
	 * Returns the value of the '<em><b>Train Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Test Pairs</em>' attribute.
	 * @see #setTrainTestPairs(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_TrainTestPairs()
	 * @model
	 * @generated
	 */
	int getTrainTestPairs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getTrainTestPairs <em>Train Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Test Pairs</em>' attribute.
	 * @see #getTrainTestPairs()
	 * @generated
	 */
	void setTrainTestPairs(int value);

	/**
	 * Returns the value of the '<em><b>Validation Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Test Pairs</em>' attribute.
	 * @see #setValidationTestPairs(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_ValidationTestPairs()
	 * @model
	 * @generated
	 */
	int getValidationTestPairs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getValidationTestPairs <em>Validation Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Test Pairs</em>' attribute.
	 * @see #getValidationTestPairs()
	 * @generated
	 */
	void setValidationTestPairs(int value);

	/**
	 * Returns the value of the '<em><b>Train Validation Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Validation Pairs</em>' attribute.
	 * @see #setTrainValidationPairs(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_TrainValidationPairs()
	 * @model
	 * @generated
	 */
	int getTrainValidationPairs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getTrainValidationPairs <em>Train Validation Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Validation Pairs</em>' attribute.
	 * @see #getTrainValidationPairs()
	 * @generated
	 */
	void setTrainValidationPairs(int value);

	/**
	 * Returns the value of the '<em><b>Shared Patients</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patients with images in more than one split (none when the run splits by patient; an official split can have them).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared Patients</em>' attribute.
	 * @see #setSharedPatients(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_SharedPatients()
	 * @model
	 * @generated
	 */
	int getSharedPatients();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getSharedPatients <em>Shared Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared Patients</em>' attribute.
	 * @see #getSharedPatients()
	 * @generated
	 */
	void setSharedPatients(int value);

	/**
	 * Returns the value of the '<em><b>Leaking Test Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Test images with a near-duplicate, or their patient, in the training or validation images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leaking Test Images</em>' attribute.
	 * @see #setLeakingTestImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_LeakingTestImages()
	 * @model
	 * @generated
	 */
	int getLeakingTestImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getLeakingTestImages <em>Leaking Test Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leaking Test Images</em>' attribute.
	 * @see #getLeakingTestImages()
	 * @generated
	 */
	void setLeakingTestImages(int value);

	/**
	 * Returns the value of the '<em><b>Test Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Test Images</em>' attribute.
	 * @see #setTestImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_TestImages()
	 * @model
	 * @generated
	 */
	int getTestImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getTestImages <em>Test Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Images</em>' attribute.
	 * @see #getTestImages()
	 * @generated
	 */
	void setTestImages(int value);

	/**
	 * Returns the value of the '<em><b>Min Cosine</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The smallest cosine of two images' centred penultimate features counted as a near-duplicate by the check after training; 0 when the run made no feature check (switched off, or a model without features).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Min Cosine</em>' attribute.
	 * @see #setMinCosine(double)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_MinCosine()
	 * @model default="0.0"
	 * @generated
	 */
	double getMinCosine();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getMinCosine <em>Min Cosine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Cosine</em>' attribute.
	 * @see #getMinCosine()
	 * @generated
	 */
	void setMinCosine(double value);

	/**
	 * Returns the value of the '<em><b>Feature Train Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Train Test Pairs</em>' attribute.
	 * @see #setFeatureTrainTestPairs(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_FeatureTrainTestPairs()
	 * @model
	 * @generated
	 */
	int getFeatureTrainTestPairs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getFeatureTrainTestPairs <em>Feature Train Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Train Test Pairs</em>' attribute.
	 * @see #getFeatureTrainTestPairs()
	 * @generated
	 */
	void setFeatureTrainTestPairs(int value);

	/**
	 * Returns the value of the '<em><b>Feature Validation Test Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Validation Test Pairs</em>' attribute.
	 * @see #setFeatureValidationTestPairs(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_FeatureValidationTestPairs()
	 * @model
	 * @generated
	 */
	int getFeatureValidationTestPairs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getFeatureValidationTestPairs <em>Feature Validation Test Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Validation Test Pairs</em>' attribute.
	 * @see #getFeatureValidationTestPairs()
	 * @generated
	 */
	void setFeatureValidationTestPairs(int value);

	/**
	 * Returns the value of the '<em><b>Feature Train Validation Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Train Validation Pairs</em>' attribute.
	 * @see #setFeatureTrainValidationPairs(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_FeatureTrainValidationPairs()
	 * @model
	 * @generated
	 */
	int getFeatureTrainValidationPairs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getFeatureTrainValidationPairs <em>Feature Train Validation Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Train Validation Pairs</em>' attribute.
	 * @see #getFeatureTrainValidationPairs()
	 * @generated
	 */
	void setFeatureTrainValidationPairs(int value);

	/**
	 * Returns the value of the '<em><b>Feature Only Pairs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Feature near-duplicate pairs the perceptual hash did not find.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Only Pairs</em>' attribute.
	 * @see #setFeatureOnlyPairs(int)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_FeatureOnlyPairs()
	 * @model
	 * @generated
	 */
	int getFeatureOnlyPairs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getFeatureOnlyPairs <em>Feature Only Pairs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Only Pairs</em>' attribute.
	 * @see #getFeatureOnlyPairs()
	 * @generated
	 */
	void setFeatureOnlyPairs(int value);

	/**
	 * Returns the value of the '<em><b>Feature Check Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the feature check counted no pairs although it ran, when it could not tell copies from unrelated images (too many random pairs pass the threshold); empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Check Note</em>' attribute.
	 * @see #setFeatureCheckNote(String)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_FeatureCheckNote()
	 * @model
	 * @generated
	 */
	String getFeatureCheckNote();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getFeatureCheckNote <em>Feature Check Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Check Note</em>' attribute.
	 * @see #getFeatureCheckNote()
	 * @generated
	 */
	void setFeatureCheckNote(String value);

	/**
	 * Returns the value of the '<em><b>Leak Free</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The original test evaluation again on the test images that do not leak, when some do (and the rest has each label's positives and negatives).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leak Free</em>' containment reference.
	 * @see #setLeakFree(Evaluation)
	 * @see org.confounderlab.model.run.RunPackage#getLeakCheck_LeakFree()
	 * @model containment="true"
	 * @generated
	 */
	Evaluation getLeakFree();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LeakCheck#getLeakFree <em>Leak Free</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leak Free</em>' containment reference.
	 * @see #getLeakFree()
	 * @generated
	 */
	void setLeakFree(Evaluation value);

} // LeakCheck

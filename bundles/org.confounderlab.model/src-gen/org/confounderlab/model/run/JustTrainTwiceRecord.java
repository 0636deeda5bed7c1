/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Just Train Twice Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What just train twice (JTT) did: the identification model's epochs, its error set and how it was upweighted.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationEpochs <em>Identification Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.run.JustTrainTwiceRecord#getUpweight <em>Upweight</em>}</li>
 *   <li>{@link org.confounderlab.model.run.JustTrainTwiceRecord#getTrainImages <em>Train Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.JustTrainTwiceRecord#getErrors <em>Errors</em>}</li>
 *   <li>{@link org.confounderlab.model.run.JustTrainTwiceRecord#getErrorsByGroup <em>Errors By Group</em>}</li>
 *   <li>{@link org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationValidationAuc <em>Identification Validation Auc</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getJustTrainTwiceRecord()
 * @model
 * @generated
 */
public interface JustTrainTwiceRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Identification Epochs</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epochs the identification model trained.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identification Epochs</em>' attribute.
	 * @see #setIdentificationEpochs(int)
	 * @see org.confounderlab.model.run.RunPackage#getJustTrainTwiceRecord_IdentificationEpochs()
	 * @model default="0"
	 * @generated
	 */
	int getIdentificationEpochs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationEpochs <em>Identification Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identification Epochs</em>' attribute.
	 * @see #getIdentificationEpochs()
	 * @generated
	 */
	void setIdentificationEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Upweight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times as often an error-set image was drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upweight</em>' attribute.
	 * @see #setUpweight(double)
	 * @see org.confounderlab.model.run.RunPackage#getJustTrainTwiceRecord_Upweight()
	 * @model default="1.0"
	 * @generated
	 */
	double getUpweight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getUpweight <em>Upweight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upweight</em>' attribute.
	 * @see #getUpweight()
	 * @generated
	 */
	void setUpweight(double value);

	/**
	 * Returns the value of the '<em><b>Train Images</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training images scored by the identification model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Train Images</em>' attribute.
	 * @see #setTrainImages(int)
	 * @see org.confounderlab.model.run.RunPackage#getJustTrainTwiceRecord_TrainImages()
	 * @model default="0"
	 * @generated
	 */
	int getTrainImages();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getTrainImages <em>Train Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Images</em>' attribute.
	 * @see #getTrainImages()
	 * @generated
	 */
	void setTrainImages(int value);

	/**
	 * Returns the value of the '<em><b>Errors</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The error set: training images the identification model got wrong at 0.5, any label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Errors</em>' attribute.
	 * @see #setErrors(int)
	 * @see org.confounderlab.model.run.RunPackage#getJustTrainTwiceRecord_Errors()
	 * @model default="0"
	 * @generated
	 */
	int getErrors();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getErrors <em>Errors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errors</em>' attribute.
	 * @see #getErrors()
	 * @generated
	 */
	void setErrors(int value);

	/**
	 * Returns the value of the '<em><b>Errors By Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The error set's share of each subgroup of the experiment's first attribute, when it has one (where the shortcut fails).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Errors By Group</em>' attribute.
	 * @see #setErrorsByGroup(String)
	 * @see org.confounderlab.model.run.RunPackage#getJustTrainTwiceRecord_ErrorsByGroup()
	 * @model
	 * @generated
	 */
	String getErrorsByGroup();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getErrorsByGroup <em>Errors By Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Errors By Group</em>' attribute.
	 * @see #getErrorsByGroup()
	 * @generated
	 */
	void setErrorsByGroup(String value);

	/**
	 * Returns the value of the '<em><b>Identification Validation Auc</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identification model's validation AUC of the first label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identification Validation Auc</em>' attribute.
	 * @see #setIdentificationValidationAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getJustTrainTwiceRecord_IdentificationValidationAuc()
	 * @model default="NaN"
	 * @generated
	 */
	double getIdentificationValidationAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.JustTrainTwiceRecord#getIdentificationValidationAuc <em>Identification Validation Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identification Validation Auc</em>' attribute.
	 * @see #getIdentificationValidationAuc()
	 * @generated
	 */
	void setIdentificationValidationAuc(double value);

} // JustTrainTwiceRecord

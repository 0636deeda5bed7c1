/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Initial Weights Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.InitialWeightsRecord#getFile <em>File</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InitialWeightsRecord#getFormat <em>Format</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InitialWeightsRecord#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InitialWeightsRecord#getLoaded <em>Loaded</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InitialWeightsRecord#getInitialised <em>Initialised</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InitialWeightsRecord#getIgnored <em>Ignored</em>}</li>
 *   <li>{@link org.confounderlab.model.run.InitialWeightsRecord#getAdaptations <em>Adaptations</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord()
 * @model
 * @generated
 */
public interface InitialWeightsRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weights file as the experiment names it, resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InitialWeightsRecord#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * safetensors, PyTorch zip archive or Deeplearning4j model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InitialWeightsRecord#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the whole file, hexadecimal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.InitialWeightsRecord#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Loaded</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tensors (or, for a Deeplearning4j model, layers) whose values were taken from the file, by their name in the file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loaded</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord_Loaded()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLoaded();

	/**
	 * Returns the value of the '<em><b>Initialised</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Parameters initialised fresh instead, with the reason (a classifier with another number of outputs).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initialised</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord_Initialised()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getInitialised();

	/**
	 * Returns the value of the '<em><b>Ignored</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names in the file the model has no place for (counters such as num_batches_tracked, other heads).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ignored</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord_Ignored()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getIgnored();

	/**
	 * Returns the value of the '<em><b>Adaptations</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Changes made on the way in, in words (a first convolution summed over its input channels).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adaptations</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getInitialWeightsRecord_Adaptations()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAdaptations();

} // InitialWeightsRecord

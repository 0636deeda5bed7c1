/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Imported Model Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getFile <em>File</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getSha256 <em>Sha256</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getProducer <em>Producer</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getInput <em>Input</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getOutput <em>Output</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getSaliency <em>Saliency</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ImportedModelRecord#getCamLayers <em>Cam Layers</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord()
 * @model
 * @generated
 */
public interface ImportedModelRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ONNX file as the experiment names it, resolved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File</em>' attribute.
	 * @see #setFile(String)
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_File()
	 * @model
	 * @generated
	 */
	String getFile();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImportedModelRecord#getFile <em>File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File</em>' attribute.
	 * @see #getFile()
	 * @generated
	 */
	void setFile(String value);

	/**
	 * Returns the value of the '<em><b>Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the whole file, hexadecimal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sha256</em>' attribute.
	 * @see #setSha256(String)
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_Sha256()
	 * @model
	 * @generated
	 */
	String getSha256();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImportedModelRecord#getSha256 <em>Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sha256</em>' attribute.
	 * @see #getSha256()
	 * @generated
	 */
	void setSha256(String value);

	/**
	 * Returns the value of the '<em><b>Producer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The program that wrote the file and its version, with the opset (pytorch 1.13.1, opset 13).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Producer</em>' attribute.
	 * @see #setProducer(String)
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_Producer()
	 * @model
	 * @generated
	 */
	String getProducer();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImportedModelRecord#getProducer <em>Producer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Producer</em>' attribute.
	 * @see #getProducer()
	 * @generated
	 */
	void setProducer(String value);

	/**
	 * Returns the value of the '<em><b>Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image input: its name, element type and shape.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input</em>' attribute.
	 * @see #setInput(String)
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_Input()
	 * @model
	 * @generated
	 */
	String getInput();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImportedModelRecord#getInput <em>Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input</em>' attribute.
	 * @see #getInput()
	 * @generated
	 */
	void setInput(String value);

	/**
	 * Returns the value of the '<em><b>Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output read as the scores, with its shape and what it holds (logits passed through the experiment's activation, or probabilities the model computes itself).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output</em>' attribute.
	 * @see #setOutput(String)
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_Output()
	 * @model
	 * @generated
	 */
	String getOutput();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImportedModelRecord#getOutput <em>Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output</em>' attribute.
	 * @see #getOutput()
	 * @generated
	 */
	void setOutput(String value);

	/**
	 * Returns the value of the '<em><b>Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value read as the penultimate features, and how it was found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Features</em>' attribute.
	 * @see #setFeatures(String)
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_Features()
	 * @model
	 * @generated
	 */
	String getFeatures();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImportedModelRecord#getFeatures <em>Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Features</em>' attribute.
	 * @see #getFeatures()
	 * @generated
	 */
	void setFeatures(String value);

	/**
	 * Returns the value of the '<em><b>Saliency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How heat maps are computed: Grad-CAM at the named feature maps (exact for global average pooling followed by a linear layer), or occlusion and why.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Saliency</em>' attribute.
	 * @see #setSaliency(String)
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_Saliency()
	 * @model
	 * @generated
	 */
	String getSaliency();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ImportedModelRecord#getSaliency <em>Saliency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Saliency</em>' attribute.
	 * @see #getSaliency()
	 * @generated
	 */
	void setSaliency(String value);

	/**
	 * Returns the value of the '<em><b>Cam Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The values Grad-CAM can use, input side first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cam Layers</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getImportedModelRecord_CamLayers()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCamLayers();

} // ImportedModelRecord

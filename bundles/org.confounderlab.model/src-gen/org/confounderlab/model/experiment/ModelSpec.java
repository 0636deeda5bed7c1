/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getArchitecture <em>Architecture</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getInputSize <em>Input Size</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getWeightsFile <em>Weights File</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getOutputActivation <em>Output Activation</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getNormalisationMean <em>Normalisation Mean</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getNormalisationStd <em>Normalisation Std</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getOnnxFile <em>Onnx File</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getOnnxInput <em>Onnx Input</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getOnnxLayout <em>Onnx Layout</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getOnnxOutput <em>Onnx Output</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getOnnxFeatures <em>Onnx Features</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ModelSpec#getOutputLabels <em>Output Labels</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec()
 * @model
 * @generated
 */
public interface ModelSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Architecture</b></em>' attribute.
	 * The default value is <code>"RESNET18"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.Architecture}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Architecture</em>' attribute.
	 * @see org.confounderlab.model.experiment.Architecture
	 * @see #setArchitecture(Architecture)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_Architecture()
	 * @model default="RESNET18"
	 * @generated
	 */
	Architecture getArchitecture();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getArchitecture <em>Architecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Architecture</em>' attribute.
	 * @see org.confounderlab.model.experiment.Architecture
	 * @see #getArchitecture()
	 * @generated
	 */
	void setArchitecture(Architecture value);

	/**
	 * Returns the value of the '<em><b>Input Size</b></em>' attribute.
	 * The default value is <code>"224"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input Size</em>' attribute.
	 * @see #setInputSize(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_InputSize()
	 * @model default="224"
	 * @generated
	 */
	int getInputSize();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getInputSize <em>Input Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Size</em>' attribute.
	 * @see #getInputSize()
	 * @generated
	 */
	void setInputSize(int value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute.
	 * @see #setChannels(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_Channels()
	 * @model default="1"
	 * @generated
	 */
	int getChannels();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getChannels <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' attribute.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(int value);

	/**
	 * Returns the value of the '<em><b>Weights File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weights File</em>' attribute.
	 * @see #setWeightsFile(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_WeightsFile()
	 * @model
	 * @generated
	 */
	String getWeightsFile();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getWeightsFile <em>Weights File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weights File</em>' attribute.
	 * @see #getWeightsFile()
	 * @generated
	 */
	void setWeightsFile(String value);

	/**
	 * Returns the value of the '<em><b>Output Activation</b></em>' attribute.
	 * The default value is <code>"SIGMOID"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.OutputActivation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Output Activation</em>' attribute.
	 * @see org.confounderlab.model.experiment.OutputActivation
	 * @see #setOutputActivation(OutputActivation)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_OutputActivation()
	 * @model default="SIGMOID"
	 * @generated
	 */
	OutputActivation getOutputActivation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getOutputActivation <em>Output Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Activation</em>' attribute.
	 * @see org.confounderlab.model.experiment.OutputActivation
	 * @see #getOutputActivation()
	 * @generated
	 */
	void setOutputActivation(OutputActivation value);

	/**
	 * Returns the value of the '<em><b>Normalisation</b></em>' attribute.
	 * The default value is <code>"NONE"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.InputNormalisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How pixel values in [0, 1] are standardised before the model sees them, the same way in training, evaluation, every counterfactual variant (whose fill is chosen before) and Grad-CAM. Pretrained weights need the normalisation they were trained with: IMAGENET for torchvision and timm weights, TORCHXRAYVISION for TorchXRayVision's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisation</em>' attribute.
	 * @see org.confounderlab.model.experiment.InputNormalisation
	 * @see #setNormalisation(InputNormalisation)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_Normalisation()
	 * @model default="NONE"
	 * @generated
	 */
	InputNormalisation getNormalisation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getNormalisation <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisation</em>' attribute.
	 * @see org.confounderlab.model.experiment.InputNormalisation
	 * @see #getNormalisation()
	 * @generated
	 */
	void setNormalisation(InputNormalisation value);

	/**
	 * Returns the value of the '<em><b>Normalisation Mean</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With CUSTOM normalisation: the mean, one value for every channel or one per channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisation Mean</em>' attribute list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_NormalisationMean()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getNormalisationMean();

	/**
	 * Returns the value of the '<em><b>Normalisation Std</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With CUSTOM normalisation: the standard deviation, one value for every channel or one per channel.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisation Std</em>' attribute list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_NormalisationStd()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getNormalisationStd();

	/**
	 * Returns the value of the '<em><b>Onnx File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With architecture ONNX: the model file (a path relative to the experiment file), trained elsewhere and audited as it is: runs skip training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Onnx File</em>' attribute.
	 * @see #setOnnxFile(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_OnnxFile()
	 * @model
	 * @generated
	 */
	String getOnnxFile();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxFile <em>Onnx File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onnx File</em>' attribute.
	 * @see #getOnnxFile()
	 * @generated
	 */
	void setOnnxFile(String value);

	/**
	 * Returns the value of the '<em><b>Onnx Input</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With architecture ONNX: the name of the image input; blank when the model has a single input.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Onnx Input</em>' attribute.
	 * @see #setOnnxInput(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_OnnxInput()
	 * @model
	 * @generated
	 */
	String getOnnxInput();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxInput <em>Onnx Input</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onnx Input</em>' attribute.
	 * @see #getOnnxInput()
	 * @generated
	 */
	void setOnnxInput(String value);

	/**
	 * Returns the value of the '<em><b>Onnx Layout</b></em>' attribute.
	 * The default value is <code>"NCHW"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.TensorLayout}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With architecture ONNX: the order of the image input's dimensions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Onnx Layout</em>' attribute.
	 * @see org.confounderlab.model.experiment.TensorLayout
	 * @see #setOnnxLayout(TensorLayout)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_OnnxLayout()
	 * @model default="NCHW"
	 * @generated
	 */
	TensorLayout getOnnxLayout();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxLayout <em>Onnx Layout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onnx Layout</em>' attribute.
	 * @see org.confounderlab.model.experiment.TensorLayout
	 * @see #getOnnxLayout()
	 * @generated
	 */
	void setOnnxLayout(TensorLayout value);

	/**
	 * Returns the value of the '<em><b>Onnx Output</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With architecture ONNX: the output holding the scores, one per label; blank for the first output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Onnx Output</em>' attribute.
	 * @see #setOnnxOutput(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_OnnxOutput()
	 * @model
	 * @generated
	 */
	String getOnnxOutput();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxOutput <em>Onnx Output</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onnx Output</em>' attribute.
	 * @see #getOnnxOutput()
	 * @generated
	 */
	void setOnnxOutput(String value);

	/**
	 * Returns the value of the '<em><b>Onnx Features</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With architecture ONNX: the value holding the penultimate features; blank to find the input of the final linear layer after global pooling.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Onnx Features</em>' attribute.
	 * @see #setOnnxFeatures(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_OnnxFeatures()
	 * @model
	 * @generated
	 */
	String getOnnxFeatures();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ModelSpec#getOnnxFeatures <em>Onnx Features</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Onnx Features</em>' attribute.
	 * @see #getOnnxFeatures()
	 * @generated
	 */
	void setOnnxFeatures(String value);

	/**
	 * Returns the value of the '<em><b>Output Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * With architecture ONNX: the label each output column stands for, in the output's order (column i is outputLabels[i]); empty when the output has the experiment's labels in their order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Labels</em>' attribute list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getModelSpec_OutputLabels()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getOutputLabels();

} // ModelSpec

/**
 */
package org.confounderlab.model.experiment;

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

} // ModelSpec

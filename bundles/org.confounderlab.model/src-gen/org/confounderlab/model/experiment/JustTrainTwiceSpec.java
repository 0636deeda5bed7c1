/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Just Train Twice Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Just train twice (JTT, Liu et al., ICML 2021): an identification model trained for a few epochs by plain ERM; the training images it gets wrong (the error set, where a shortcut fails) are then drawn upweight times as often while the model is trained again from the start. Needs no group labels.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.JustTrainTwiceSpec#getIdentificationEpochs <em>Identification Epochs</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.JustTrainTwiceSpec#getUpweight <em>Upweight</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getJustTrainTwiceSpec()
 * @model
 * @generated
 */
public interface JustTrainTwiceSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Identification Epochs</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epochs of the identification model (the paper: a few, before it fits the minority groups too).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identification Epochs</em>' attribute.
	 * @see #setIdentificationEpochs(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getJustTrainTwiceSpec_IdentificationEpochs()
	 * @model default="1"
	 * @generated
	 */
	int getIdentificationEpochs();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.JustTrainTwiceSpec#getIdentificationEpochs <em>Identification Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identification Epochs</em>' attribute.
	 * @see #getIdentificationEpochs()
	 * @generated
	 */
	void setIdentificationEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Upweight</b></em>' attribute.
	 * The default value is <code>"20.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many times as often an error-set image is drawn (the paper's lambda, 6 to 100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Upweight</em>' attribute.
	 * @see #setUpweight(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getJustTrainTwiceSpec_Upweight()
	 * @model default="20.0"
	 * @generated
	 */
	double getUpweight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.JustTrainTwiceSpec#getUpweight <em>Upweight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upweight</em>' attribute.
	 * @see #getUpweight()
	 * @generated
	 */
	void setUpweight(double value);

} // JustTrainTwiceSpec

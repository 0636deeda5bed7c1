/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Last Layer Retraining Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Deep feature reweighting (DFR, Kirichenko, Izmailov and Wilson, ICLR 2023): after training, only the final layer is fitted again, by L2 logistic regression on the penultimate features of the validation images, with every group (a confounder's subgroup × the label's class) subsampled to the size of the smallest, the coefficients averaged over several such subsets. Cheap: no network is trained again.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getRegularisation <em>Regularisation</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getLastLayerRetrainingSpec()
 * @model
 * @generated
 */
public interface LastLayerRetrainingSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confounder whose subgroups are balanced: an attribute's name, or 'region NAME' (present or absent). Empty: the rebalancing attribute, else the first attribute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' attribute.
	 * @see #setGroups(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getLastLayerRetrainingSpec_Groups()
	 * @model
	 * @generated
	 */
	String getGroups();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getGroups <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Groups</em>' attribute.
	 * @see #getGroups()
	 * @generated
	 */
	void setGroups(String value);

	/**
	 * Returns the value of the '<em><b>Subsets</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many group-balanced subsets of the validation images are fitted; their coefficients are averaged.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsets</em>' attribute.
	 * @see #setSubsets(int)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getLastLayerRetrainingSpec_Subsets()
	 * @model default="10"
	 * @generated
	 */
	int getSubsets();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getSubsets <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsets</em>' attribute.
	 * @see #getSubsets()
	 * @generated
	 */
	void setSubsets(int value);

	/**
	 * Returns the value of the '<em><b>Regularisation</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The logistic regression's inverse regularisation strength C (scikit-learn's meaning), on standardised features; 0: chosen from the DFR paper's grid (1 … 0.01) by the worst-group AUC on held-out halves of the validation images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regularisation</em>' attribute.
	 * @see #setRegularisation(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getLastLayerRetrainingSpec_Regularisation()
	 * @model default="0.0"
	 * @generated
	 */
	double getRegularisation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.LastLayerRetrainingSpec#getRegularisation <em>Regularisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regularisation</em>' attribute.
	 * @see #getRegularisation()
	 * @generated
	 */
	void setRegularisation(double value);

} // LastLayerRetrainingSpec

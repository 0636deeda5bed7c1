/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distilled Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.DistilledLayer#getLayer <em>Layer</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.DistilledLayer#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistilledLayer()
 * @model
 * @generated
 */
public interface DistilledLayer extends EObject {
	/**
	 * Returns the value of the '<em><b>Layer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer</em>' attribute.
	 * @see #setLayer(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistilledLayer_Layer()
	 * @model
	 * @generated
	 */
	String getLayer();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistilledLayer#getLayer <em>Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer</em>' attribute.
	 * @see #getLayer()
	 * @generated
	 */
	void setLayer(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"5.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the layer's term; the term is also scaled by the label loss over its own value before training, so a weight of 1 starts it equal to the label loss (5, the default, makes the teacher's view outweigh the labels': weight 1 left most of a planted marker's use in place).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getDistilledLayer_Weight()
	 * @model default="5.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.DistilledLayer#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // DistilledLayer

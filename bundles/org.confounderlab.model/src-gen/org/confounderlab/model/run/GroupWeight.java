/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Weight</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One subgroup's sampling weights in group-balanced training (each epoch re-samples the training images by them): a positive weighs p / p_g and a negative (1 - p) / (1 - p_g), p the label's prevalence in the training set and p_g in the subgroup; 1 and 1 when the subgroup has only one class (it cannot be balanced).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.GroupWeight#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupWeight#getGroup <em>Group</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupWeight#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupWeight#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupWeight#getNegatives <em>Negatives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupWeight#getPositiveWeight <em>Positive Weight</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupWeight#getNegativeWeight <em>Negative Weight</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getGroupWeight()
 * @model
 * @generated
 */
public interface GroupWeight extends EObject {
	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.confounderlab.model.run.RunPackage#getGroupWeight_Attribute()
	 * @model
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupWeight#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see org.confounderlab.model.run.RunPackage#getGroupWeight_Group()
	 * @model
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupWeight#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getGroupWeight_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupWeight#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Positives</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positives</em>' attribute.
	 * @see #setPositives(int)
	 * @see org.confounderlab.model.run.RunPackage#getGroupWeight_Positives()
	 * @model default="0"
	 * @generated
	 */
	int getPositives();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupWeight#getPositives <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positives</em>' attribute.
	 * @see #getPositives()
	 * @generated
	 */
	void setPositives(int value);

	/**
	 * Returns the value of the '<em><b>Negatives</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negatives</em>' attribute.
	 * @see #setNegatives(int)
	 * @see org.confounderlab.model.run.RunPackage#getGroupWeight_Negatives()
	 * @model default="0"
	 * @generated
	 */
	int getNegatives();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupWeight#getNegatives <em>Negatives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negatives</em>' attribute.
	 * @see #getNegatives()
	 * @generated
	 */
	void setNegatives(int value);

	/**
	 * Returns the value of the '<em><b>Positive Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positive Weight</em>' attribute.
	 * @see #setPositiveWeight(double)
	 * @see org.confounderlab.model.run.RunPackage#getGroupWeight_PositiveWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getPositiveWeight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupWeight#getPositiveWeight <em>Positive Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positive Weight</em>' attribute.
	 * @see #getPositiveWeight()
	 * @generated
	 */
	void setPositiveWeight(double value);

	/**
	 * Returns the value of the '<em><b>Negative Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Negative Weight</em>' attribute.
	 * @see #setNegativeWeight(double)
	 * @see org.confounderlab.model.run.RunPackage#getGroupWeight_NegativeWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getNegativeWeight();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupWeight#getNegativeWeight <em>Negative Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Negative Weight</em>' attribute.
	 * @see #getNegativeWeight()
	 * @generated
	 */
	void setNegativeWeight(double value);

} // GroupWeight

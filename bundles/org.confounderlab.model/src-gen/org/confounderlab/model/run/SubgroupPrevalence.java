/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subgroup Prevalence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.SubgroupPrevalence#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupPrevalence#getValue <em>Value</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupPrevalence#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupPrevalence#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupPrevalence#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupPrevalence#getPrevalence <em>Prevalence</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getSubgroupPrevalence()
 * @model
 * @generated
 */
public interface SubgroupPrevalence extends EObject {
	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupPrevalence_Attribute()
	 * @model
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupPrevalence#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupPrevalence_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupPrevalence#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupPrevalence_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupPrevalence#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(int)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupPrevalence_N()
	 * @model default="0"
	 * @generated
	 */
	int getN();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupPrevalence#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(int value);

	/**
	 * Returns the value of the '<em><b>Positives</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positives</em>' attribute.
	 * @see #setPositives(int)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupPrevalence_Positives()
	 * @model default="0"
	 * @generated
	 */
	int getPositives();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupPrevalence#getPositives <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positives</em>' attribute.
	 * @see #getPositives()
	 * @generated
	 */
	void setPositives(int value);

	/**
	 * Returns the value of the '<em><b>Prevalence</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prevalence</em>' attribute.
	 * @see #setPrevalence(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupPrevalence_Prevalence()
	 * @model default="0.0"
	 * @generated
	 */
	double getPrevalence();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupPrevalence#getPrevalence <em>Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prevalence</em>' attribute.
	 * @see #getPrevalence()
	 * @generated
	 */
	void setPrevalence(double value);

} // SubgroupPrevalence

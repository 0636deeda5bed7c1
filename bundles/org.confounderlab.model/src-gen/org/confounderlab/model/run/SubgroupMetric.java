/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subgroup Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getValue <em>Value</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getPrevalence <em>Prevalence</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getSensitivity <em>Sensitivity</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getSpecificity <em>Specificity</em>}</li>
 *   <li>{@link org.confounderlab.model.run.SubgroupMetric#getThreshold <em>Threshold</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric()
 * @model
 * @generated
 */
public interface SubgroupMetric extends EObject {
	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Attribute()
	 * @model
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getAttribute <em>Attribute</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getValue <em>Value</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getLabel <em>Label</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_N()
	 * @model default="0"
	 * @generated
	 */
	int getN();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(int value);

	/**
	 * Returns the value of the '<em><b>Prevalence</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prevalence</em>' attribute.
	 * @see #setPrevalence(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Prevalence()
	 * @model default="0.0"
	 * @generated
	 */
	double getPrevalence();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getPrevalence <em>Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prevalence</em>' attribute.
	 * @see #getPrevalence()
	 * @generated
	 */
	void setPrevalence(double value);

	/**
	 * Returns the value of the '<em><b>Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auc</em>' attribute.
	 * @see #setAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Auc()
	 * @model default="0.0"
	 * @generated
	 */
	double getAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getAuc <em>Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Auc</em>' attribute.
	 * @see #getAuc()
	 * @generated
	 */
	void setAuc(double value);

	/**
	 * Returns the value of the '<em><b>Ci Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Lower</em>' attribute.
	 * @see #setCiLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_CiLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getCiLower <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Lower</em>' attribute.
	 * @see #getCiLower()
	 * @generated
	 */
	void setCiLower(double value);

	/**
	 * Returns the value of the '<em><b>Ci Upper</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Upper</em>' attribute.
	 * @see #setCiUpper(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_CiUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>Sensitivity</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sensitivity</em>' attribute.
	 * @see #setSensitivity(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Sensitivity()
	 * @model default="0.0"
	 * @generated
	 */
	double getSensitivity();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getSensitivity <em>Sensitivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sensitivity</em>' attribute.
	 * @see #getSensitivity()
	 * @generated
	 */
	void setSensitivity(double value);

	/**
	 * Returns the value of the '<em><b>Specificity</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Specificity</em>' attribute.
	 * @see #setSpecificity(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Specificity()
	 * @model default="0.0"
	 * @generated
	 */
	double getSpecificity();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getSpecificity <em>Specificity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Specificity</em>' attribute.
	 * @see #getSpecificity()
	 * @generated
	 */
	void setSpecificity(double value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The decision threshold of sensitivity and specificity (Youden's on the validation images).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.confounderlab.model.run.RunPackage#getSubgroupMetric_Threshold()
	 * @model default="0.5"
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.SubgroupMetric#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

} // SubgroupMetric

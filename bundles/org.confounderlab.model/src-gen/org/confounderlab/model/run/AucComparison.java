/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Auc Comparison</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getVariant <em>Variant</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getDeltaAuc <em>Delta Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getZ <em>Z</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getPValue <em>PValue</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.AucComparison#getMethod <em>Method</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getAucComparison()
 * @model
 * @generated
 */
public interface AucComparison extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' reference.
	 * @see #setBaseline(Evaluation)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_Baseline()
	 * @model
	 * @generated
	 */
	Evaluation getBaseline();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getBaseline <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Evaluation value);

	/**
	 * Returns the value of the '<em><b>Variant</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variant</em>' reference.
	 * @see #setVariant(Evaluation)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_Variant()
	 * @model
	 * @generated
	 */
	Evaluation getVariant();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getVariant <em>Variant</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variant</em>' reference.
	 * @see #getVariant()
	 * @generated
	 */
	void setVariant(Evaluation value);

	/**
	 * Returns the value of the '<em><b>Delta Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delta Auc</em>' attribute.
	 * @see #setDeltaAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_DeltaAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getDeltaAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getDeltaAuc <em>Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delta Auc</em>' attribute.
	 * @see #getDeltaAuc()
	 * @generated
	 */
	void setDeltaAuc(double value);

	/**
	 * Returns the value of the '<em><b>Z</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Z</em>' attribute.
	 * @see #setZ(double)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_Z()
	 * @model default="0.0"
	 * @generated
	 */
	double getZ();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getZ <em>Z</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Z</em>' attribute.
	 * @see #getZ()
	 * @generated
	 */
	void setZ(double value);

	/**
	 * Returns the value of the '<em><b>PValue</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>PValue</em>' attribute.
	 * @see #setPValue(double)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_PValue()
	 * @model default="0.0"
	 * @generated
	 */
	double getPValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getPValue <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>PValue</em>' attribute.
	 * @see #getPValue()
	 * @generated
	 */
	void setPValue(double value);

	/**
	 * Returns the value of the '<em><b>Ci Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Lower</em>' attribute.
	 * @see #setCiLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_CiLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getCiLower <em>Ci Lower</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_CiUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.confounderlab.model.run.RunPackage#getAucComparison_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.AucComparison#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

} // AucComparison

/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.LabelEvaluation#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LabelEvaluation#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LabelEvaluation#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LabelEvaluation#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LabelEvaluation#getCiMethod <em>Ci Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.LabelEvaluation#getRocPoints <em>Roc Points</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getLabelEvaluation()
 * @model
 * @generated
 */
public interface LabelEvaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getLabelEvaluation_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LabelEvaluation#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auc</em>' attribute.
	 * @see #setAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getLabelEvaluation_Auc()
	 * @model default="0.0"
	 * @generated
	 */
	double getAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LabelEvaluation#getAuc <em>Auc</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getLabelEvaluation_CiLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LabelEvaluation#getCiLower <em>Ci Lower</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getLabelEvaluation_CiUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LabelEvaluation#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>Ci Method</b></em>' attribute.
	 * The default value is <code>"DELONG"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.CiMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Method</em>' attribute.
	 * @see org.confounderlab.model.run.CiMethod
	 * @see #setCiMethod(CiMethod)
	 * @see org.confounderlab.model.run.RunPackage#getLabelEvaluation_CiMethod()
	 * @model default="DELONG"
	 * @generated
	 */
	CiMethod getCiMethod();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.LabelEvaluation#getCiMethod <em>Ci Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Method</em>' attribute.
	 * @see org.confounderlab.model.run.CiMethod
	 * @see #getCiMethod()
	 * @generated
	 */
	void setCiMethod(CiMethod value);

	/**
	 * Returns the value of the '<em><b>Roc Points</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.RocPoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Down-sampled ROC curve.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roc Points</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getLabelEvaluation_RocPoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<RocPoint> getRocPoints();

} // LabelEvaluation

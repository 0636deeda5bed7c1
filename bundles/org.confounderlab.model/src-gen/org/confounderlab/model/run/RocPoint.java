/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Roc Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.RocPoint#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RocPoint#getFpr <em>Fpr</em>}</li>
 *   <li>{@link org.confounderlab.model.run.RocPoint#getTpr <em>Tpr</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getRocPoint()
 * @model
 * @generated
 */
public interface RocPoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.confounderlab.model.run.RunPackage#getRocPoint_Threshold()
	 * @model default="0.0"
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RocPoint#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Fpr</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fpr</em>' attribute.
	 * @see #setFpr(double)
	 * @see org.confounderlab.model.run.RunPackage#getRocPoint_Fpr()
	 * @model default="0.0"
	 * @generated
	 */
	double getFpr();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RocPoint#getFpr <em>Fpr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fpr</em>' attribute.
	 * @see #getFpr()
	 * @generated
	 */
	void setFpr(double value);

	/**
	 * Returns the value of the '<em><b>Tpr</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tpr</em>' attribute.
	 * @see #setTpr(double)
	 * @see org.confounderlab.model.run.RunPackage#getRocPoint_Tpr()
	 * @model default="0.0"
	 * @generated
	 */
	double getTpr();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.RocPoint#getTpr <em>Tpr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tpr</em>' attribute.
	 * @see #getTpr()
	 * @generated
	 */
	void setTpr(double value);

} // RocPoint

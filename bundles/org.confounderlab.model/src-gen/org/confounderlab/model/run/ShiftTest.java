/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shift Test</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One label's AUC on an association-flipped test set (subgroup prevalences mirrored by rank, by re-sampling within each subgroup), with its DeLong interval, against the AUC on the whole test set. A shortcut model drops here; a sound one does not.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getCases <em>Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getInDistributionAuc <em>In Distribution Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ShiftTest#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getShiftTest()
 * @model
 * @generated
 */
public interface ShiftTest extends EObject {
	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_Attribute()
	 * @model
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getAttribute <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute</em>' attribute.
	 * @see #getAttribute()
	 * @generated
	 */
	void setAttribute(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' attribute.
	 * @see #setCases(int)
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_Cases()
	 * @model default="0"
	 * @generated
	 */
	int getCases();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getCases <em>Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cases</em>' attribute.
	 * @see #getCases()
	 * @generated
	 */
	void setCases(int value);

	/**
	 * Returns the value of the '<em><b>Positives</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positives</em>' attribute.
	 * @see #setPositives(int)
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_Positives()
	 * @model default="0"
	 * @generated
	 */
	int getPositives();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getPositives <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positives</em>' attribute.
	 * @see #getPositives()
	 * @generated
	 */
	void setPositives(int value);

	/**
	 * Returns the value of the '<em><b>Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Auc</em>' attribute.
	 * @see #setAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_Auc()
	 * @model default="0.0"
	 * @generated
	 */
	double getAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getAuc <em>Auc</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_CiLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getCiLower <em>Ci Lower</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_CiUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>In Distribution Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>In Distribution Auc</em>' attribute.
	 * @see #setInDistributionAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_InDistributionAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getInDistributionAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getInDistributionAuc <em>In Distribution Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>In Distribution Auc</em>' attribute.
	 * @see #getInDistributionAuc()
	 * @generated
	 */
	void setInDistributionAuc(double value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each subgroup's prevalence before and after, e.g. 'present 0.90 to 0.10 (n 40), absent 0.10 to 0.90 (n 38)'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' attribute.
	 * @see #setGroups(String)
	 * @see org.confounderlab.model.run.RunPackage#getShiftTest_Groups()
	 * @model
	 * @generated
	 */
	String getGroups();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ShiftTest#getGroups <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Groups</em>' attribute.
	 * @see #getGroups()
	 * @generated
	 */
	void setGroups(String value);

} // ShiftTest

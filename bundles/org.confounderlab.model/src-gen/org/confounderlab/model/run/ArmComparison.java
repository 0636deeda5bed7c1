/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Arm Comparison</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Paired DeLong test of one arm against another on the same test images.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getArm <em>Arm</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getTestSet <em>Test Set</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getCases <em>Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getDeltaAuc <em>Delta Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.ArmComparison#getPValue <em>PValue</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getArmComparison()
 * @model
 * @generated
 */
public interface ArmComparison extends EObject {
	/**
	 * Returns the value of the '<em><b>Seeds</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The seeds the test used: the mean AUC of the arm's seeds against the mean of the baseline's, one DeLong contrast over all their scores.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seeds</em>' attribute.
	 * @see #setSeeds(int)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_Seeds()
	 * @model default="1"
	 * @generated
	 */
	int getSeeds();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getSeeds <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seeds</em>' attribute.
	 * @see #getSeeds()
	 * @generated
	 */
	void setSeeds(int value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The test: paired DeLong, or DeLong clustered by patient with the number of patients.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Arm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arm</em>' attribute.
	 * @see #setArm(String)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_Arm()
	 * @model
	 * @generated
	 */
	String getArm();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getArm <em>Arm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arm</em>' attribute.
	 * @see #getArm()
	 * @generated
	 */
	void setArm(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

	/**
	 * Returns the value of the '<em><b>Test Set</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * shifted or in-distribution
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Test Set</em>' attribute.
	 * @see #setTestSet(String)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_TestSet()
	 * @model
	 * @generated
	 */
	String getTestSet();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getTestSet <em>Test Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Set</em>' attribute.
	 * @see #getTestSet()
	 * @generated
	 */
	void setTestSet(String value);

	/**
	 * Returns the value of the '<em><b>Cases</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cases</em>' attribute.
	 * @see #setCases(int)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_Cases()
	 * @model default="0"
	 * @generated
	 */
	int getCases();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getCases <em>Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cases</em>' attribute.
	 * @see #getCases()
	 * @generated
	 */
	void setCases(int value);

	/**
	 * Returns the value of the '<em><b>Delta Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delta Auc</em>' attribute.
	 * @see #setDeltaAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_DeltaAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getDeltaAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getDeltaAuc <em>Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delta Auc</em>' attribute.
	 * @see #getDeltaAuc()
	 * @generated
	 */
	void setDeltaAuc(double value);

	/**
	 * Returns the value of the '<em><b>Ci Lower</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ci Lower</em>' attribute.
	 * @see #setCiLower(double)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_CiLower()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiLower();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getCiLower <em>Ci Lower</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_CiUpper()
	 * @model default="0.0"
	 * @generated
	 */
	double getCiUpper();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getCiUpper <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ci Upper</em>' attribute.
	 * @see #getCiUpper()
	 * @generated
	 */
	void setCiUpper(double value);

	/**
	 * Returns the value of the '<em><b>PValue</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>PValue</em>' attribute.
	 * @see #setPValue(double)
	 * @see org.confounderlab.model.run.RunPackage#getArmComparison_PValue()
	 * @model default="1.0"
	 * @generated
	 */
	double getPValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.ArmComparison#getPValue <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>PValue</em>' attribute.
	 * @see #getPValue()
	 * @generated
	 */
	void setPValue(double value);

} // ArmComparison

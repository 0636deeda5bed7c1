/**
 */
package org.confounderlab.model.run;

import org.confounderlab.model.experiment.InterventionKind;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.Evaluation#getInterventionName <em>Intervention Name</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Evaluation#getInterventionKind <em>Intervention Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Evaluation#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Evaluation#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Evaluation#getLabels <em>Labels</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Evaluation#getPatients <em>Patients</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getEvaluation()
 * @model
 * @generated
 */
public interface Evaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Intervention Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intervention Name</em>' attribute.
	 * @see #setInterventionName(String)
	 * @see org.confounderlab.model.run.RunPackage#getEvaluation_InterventionName()
	 * @model
	 * @generated
	 */
	String getInterventionName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Evaluation#getInterventionName <em>Intervention Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention Name</em>' attribute.
	 * @see #getInterventionName()
	 * @generated
	 */
	void setInterventionName(String value);

	/**
	 * Returns the value of the '<em><b>Intervention Kind</b></em>' attribute.
	 * The default value is <code>"ORIGINAL"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.InterventionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intervention Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.InterventionKind
	 * @see #setInterventionKind(InterventionKind)
	 * @see org.confounderlab.model.run.RunPackage#getEvaluation_InterventionKind()
	 * @model default="ORIGINAL"
	 * @generated
	 */
	InterventionKind getInterventionKind();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Evaluation#getInterventionKind <em>Intervention Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.InterventionKind
	 * @see #getInterventionKind()
	 * @generated
	 */
	void setInterventionKind(InterventionKind value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(int)
	 * @see org.confounderlab.model.run.RunPackage#getEvaluation_N()
	 * @model default="0"
	 * @generated
	 */
	int getN();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Evaluation#getN <em>N</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getEvaluation_Positives()
	 * @model default="0"
	 * @generated
	 */
	int getPositives();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Evaluation#getPositives <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positives</em>' attribute.
	 * @see #getPositives()
	 * @generated
	 */
	void setPositives(int value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' containment reference list.
	 * The list contents are of type {@link org.confounderlab.model.run.LabelEvaluation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labels</em>' containment reference list.
	 * @see org.confounderlab.model.run.RunPackage#getEvaluation_Labels()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabelEvaluation> getLabels();

	/**
	 * Returns the value of the '<em><b>Patients</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The number of distinct patients among the n images (0: not counted). When some patient has several images, the AUC intervals and paired tests are clustered by patient (CLUSTERED_DELONG).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patients</em>' attribute.
	 * @see #setPatients(int)
	 * @see org.confounderlab.model.run.RunPackage#getEvaluation_Patients()
	 * @model default="0"
	 * @generated
	 */
	int getPatients();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Evaluation#getPatients <em>Patients</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patients</em>' attribute.
	 * @see #getPatients()
	 * @generated
	 */
	void setPatients(int value);

} // Evaluation

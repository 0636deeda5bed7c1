/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Finding#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Finding#getMessage <em>Message</em>}</li>
 *   <li>{@link org.confounderlab.model.run.Finding#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"INFO"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.run.FindingSeverity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.confounderlab.model.run.FindingSeverity
	 * @see #setSeverity(FindingSeverity)
	 * @see org.confounderlab.model.run.RunPackage#getFinding_Severity()
	 * @model default="INFO"
	 * @generated
	 */
	FindingSeverity getSeverity();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.confounderlab.model.run.FindingSeverity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(FindingSeverity value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.confounderlab.model.run.RunPackage#getFinding_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Finding#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.confounderlab.model.run.RunPackage#getFinding_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.Finding#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * URIs/fragments of the evidence objects or artifact paths.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getFinding_Evidence()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEvidence();

} // Finding

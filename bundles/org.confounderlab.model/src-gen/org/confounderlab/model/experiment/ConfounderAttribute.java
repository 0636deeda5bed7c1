/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Confounder Attribute</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.ConfounderAttribute#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ConfounderAttribute#getColumn <em>Column</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ConfounderAttribute#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.ConfounderAttribute#isProtected <em>Protected</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getConfounderAttribute()
 * @model
 * @generated
 */
public interface ConfounderAttribute extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getConfounderAttribute_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ConfounderAttribute#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column</em>' attribute.
	 * @see #setColumn(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getConfounderAttribute_Column()
	 * @model
	 * @generated
	 */
	String getColumn();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ConfounderAttribute#getColumn <em>Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column</em>' attribute.
	 * @see #getColumn()
	 * @generated
	 */
	void setColumn(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"CATEGORICAL"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.AttributeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.AttributeKind
	 * @see #setKind(AttributeKind)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getConfounderAttribute_Kind()
	 * @model default="CATEGORICAL"
	 * @generated
	 */
	AttributeKind getKind();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ConfounderAttribute#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.AttributeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AttributeKind value);

	/**
	 * Returns the value of the '<em><b>Protected</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Protected</em>' attribute.
	 * @see #setProtected(boolean)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getConfounderAttribute_Protected()
	 * @model default="false"
	 * @generated
	 */
	boolean isProtected();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.ConfounderAttribute#isProtected <em>Protected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Protected</em>' attribute.
	 * @see #isProtected()
	 * @generated
	 */
	void setProtected(boolean value);

} // ConfounderAttribute

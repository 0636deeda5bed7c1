/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dataset Association</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getCramersV <em>Cramers V</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getChiSquare <em>Chi Square</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getPValue <em>PValue</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getAttributeOnlyAuc <em>Attribute Only Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getDegreesOfFreedom <em>Degrees Of Freedom</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getMutualInformation <em>Mutual Information</em>}</li>
 *   <li>{@link org.confounderlab.model.run.DatasetAssociation#getN <em>N</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation()
 * @model
 * @generated
 */
public interface DatasetAssociation extends EObject {
	/**
	 * Returns the value of the '<em><b>Attribute</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute</em>' attribute.
	 * @see #setAttribute(String)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_Attribute()
	 * @model
	 * @generated
	 */
	String getAttribute();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getAttribute <em>Attribute</em>}' attribute.
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
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Cramers V</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cramers V</em>' attribute.
	 * @see #setCramersV(double)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_CramersV()
	 * @model default="0.0"
	 * @generated
	 */
	double getCramersV();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getCramersV <em>Cramers V</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cramers V</em>' attribute.
	 * @see #getCramersV()
	 * @generated
	 */
	void setCramersV(double value);

	/**
	 * Returns the value of the '<em><b>Chi Square</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chi Square</em>' attribute.
	 * @see #setChiSquare(double)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_ChiSquare()
	 * @model default="0.0"
	 * @generated
	 */
	double getChiSquare();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getChiSquare <em>Chi Square</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chi Square</em>' attribute.
	 * @see #getChiSquare()
	 * @generated
	 */
	void setChiSquare(double value);

	/**
	 * Returns the value of the '<em><b>PValue</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>PValue</em>' attribute.
	 * @see #setPValue(double)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_PValue()
	 * @model default="0.0"
	 * @generated
	 */
	double getPValue();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getPValue <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>PValue</em>' attribute.
	 * @see #getPValue()
	 * @generated
	 */
	void setPValue(double value);

	/**
	 * Returns the value of the '<em><b>Attribute Only Auc</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attribute Only Auc</em>' attribute.
	 * @see #setAttributeOnlyAuc(double)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_AttributeOnlyAuc()
	 * @model default="0.0"
	 * @generated
	 */
	double getAttributeOnlyAuc();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getAttributeOnlyAuc <em>Attribute Only Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attribute Only Auc</em>' attribute.
	 * @see #getAttributeOnlyAuc()
	 * @generated
	 */
	void setAttributeOnlyAuc(double value);

	/**
	 * Returns the value of the '<em><b>Degrees Of Freedom</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Degrees Of Freedom</em>' attribute.
	 * @see #setDegreesOfFreedom(int)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_DegreesOfFreedom()
	 * @model default="0"
	 * @generated
	 */
	int getDegreesOfFreedom();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getDegreesOfFreedom <em>Degrees Of Freedom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Degrees Of Freedom</em>' attribute.
	 * @see #getDegreesOfFreedom()
	 * @generated
	 */
	void setDegreesOfFreedom(int value);

	/**
	 * Returns the value of the '<em><b>Mutual Information</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mutual information between attribute and label, in nats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mutual Information</em>' attribute.
	 * @see #setMutualInformation(double)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_MutualInformation()
	 * @model default="0.0"
	 * @generated
	 */
	double getMutualInformation();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getMutualInformation <em>Mutual Information</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mutual Information</em>' attribute.
	 * @see #getMutualInformation()
	 * @generated
	 */
	void setMutualInformation(double value);

	/**
	 * Returns the value of the '<em><b>N</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>N</em>' attribute.
	 * @see #setN(int)
	 * @see org.confounderlab.model.run.RunPackage#getDatasetAssociation_N()
	 * @model default="0"
	 * @generated
	 */
	int getN();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.DatasetAssociation#getN <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>N</em>' attribute.
	 * @see #getN()
	 * @generated
	 */
	void setN(int value);

} // DatasetAssociation

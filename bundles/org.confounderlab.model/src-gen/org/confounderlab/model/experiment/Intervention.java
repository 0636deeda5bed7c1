/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Intervention</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.Intervention#getName <em>Name</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Intervention#getKind <em>Kind</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Intervention#getRegions <em>Regions</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Intervention#getFill <em>Fill</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.Intervention#getLabels <em>Labels</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getIntervention()
 * @model
 * @generated
 */
public interface Intervention extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getIntervention_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Intervention#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"ORIGINAL"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.InterventionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.InterventionKind
	 * @see #setKind(InterventionKind)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getIntervention_Kind()
	 * @model default="ORIGINAL"
	 * @generated
	 */
	InterventionKind getKind();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Intervention#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.confounderlab.model.experiment.InterventionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InterventionKind value);

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' reference list.
	 * The list contents are of type {@link org.confounderlab.model.experiment.Region}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' reference list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getIntervention_Regions()
	 * @model
	 * @generated
	 */
	EList<Region> getRegions();

	/**
	 * Returns the value of the '<em><b>Fill</b></em>' attribute.
	 * The default value is <code>"BLACK"</code>.
	 * The literals are from the enumeration {@link org.confounderlab.model.experiment.FillMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill</em>' attribute.
	 * @see org.confounderlab.model.experiment.FillMode
	 * @see #setFill(FillMode)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getIntervention_Fill()
	 * @model default="BLACK"
	 * @generated
	 */
	FillMode getFill();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.Intervention#getFill <em>Fill</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill</em>' attribute.
	 * @see org.confounderlab.model.experiment.FillMode
	 * @see #getFill()
	 * @generated
	 */
	void setFill(FillMode value);

	/**
	 * Returns the value of the '<em><b>Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of the labels evaluated under this intervention; empty = all labels of the dataset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Labels</em>' attribute list.
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getIntervention_Labels()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getLabels();

} // Intervention

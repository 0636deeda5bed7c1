/**
 */
package org.confounderlab.model.run;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Dro Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What online group DRO did: its groups with their training images and the group weights at the end of each epoch.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.GroupDroRecord#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupDroRecord#getStepSize <em>Step Size</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupDroRecord#getCells <em>Cells</em>}</li>
 *   <li>{@link org.confounderlab.model.run.GroupDroRecord#getEpochWeights <em>Epoch Weights</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.run.RunPackage#getGroupDroRecord()
 * @model
 * @generated
 */
public interface GroupDroRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confounder whose subgroups (× class) were the groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' attribute.
	 * @see #setGroups(String)
	 * @see org.confounderlab.model.run.RunPackage#getGroupDroRecord_Groups()
	 * @model
	 * @generated
	 */
	String getGroups();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupDroRecord#getGroups <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Groups</em>' attribute.
	 * @see #getGroups()
	 * @generated
	 */
	void setGroups(String value);

	/**
	 * Returns the value of the '<em><b>Step Size</b></em>' attribute.
	 * The default value is <code>"0.01"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group weights' step size eta.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step Size</em>' attribute.
	 * @see #setStepSize(double)
	 * @see org.confounderlab.model.run.RunPackage#getGroupDroRecord_StepSize()
	 * @model default="0.01"
	 * @generated
	 */
	double getStepSize();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupDroRecord#getStepSize <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Size</em>' attribute.
	 * @see #getStepSize()
	 * @generated
	 */
	void setStepSize(double value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Each group's training images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cells</em>' attribute.
	 * @see #setCells(String)
	 * @see org.confounderlab.model.run.RunPackage#getGroupDroRecord_Cells()
	 * @model
	 * @generated
	 */
	String getCells();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.run.GroupDroRecord#getCells <em>Cells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cells</em>' attribute.
	 * @see #getCells()
	 * @generated
	 */
	void setCells(String value);

	/**
	 * Returns the value of the '<em><b>Epoch Weights</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group weights q at the end of each epoch, one line per epoch: 'epoch 3: A/positive 0.21, …'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Epoch Weights</em>' attribute list.
	 * @see org.confounderlab.model.run.RunPackage#getGroupDroRecord_EpochWeights()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getEpochWeights();

} // GroupDroRecord

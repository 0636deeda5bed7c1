/**
 */
package org.confounderlab.model.experiment;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group Dro Spec</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Online group DRO (Sagawa et al., ICLR 2020): a weight per group (a confounder's subgroup × the first label's class) raised at every step by the group's loss, and the step minimising the weighted group losses, so the worst group drives training. Each example's loss is weighted in the final layer's loss.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.GroupDroSpec#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.GroupDroSpec#getStepSize <em>Step Size</em>}</li>
 * </ul>
 *
 * @see org.confounderlab.model.experiment.ExperimentPackage#getGroupDroSpec()
 * @model
 * @generated
 */
public interface GroupDroSpec extends EObject {
	/**
	 * Returns the value of the '<em><b>Groups</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The confounder whose subgroups (× class) are the groups: an attribute's name, or 'region NAME'. Empty: the rebalancing attribute, else the first attribute.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' attribute.
	 * @see #setGroups(String)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getGroupDroSpec_Groups()
	 * @model
	 * @generated
	 */
	String getGroups();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.GroupDroSpec#getGroups <em>Groups</em>}' attribute.
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
	 * The group weights' step size eta (the paper: 0.01).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step Size</em>' attribute.
	 * @see #setStepSize(double)
	 * @see org.confounderlab.model.experiment.ExperimentPackage#getGroupDroSpec_StepSize()
	 * @model default="0.01"
	 * @generated
	 */
	double getStepSize();

	/**
	 * Sets the value of the '{@link org.confounderlab.model.experiment.GroupDroSpec#getStepSize <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step Size</em>' attribute.
	 * @see #getStepSize()
	 * @generated
	 */
	void setStepSize(double value);

} // GroupDroSpec

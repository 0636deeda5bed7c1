/**
 */
package org.confounderlab.model.experiment.impl;

import org.confounderlab.model.experiment.ExperimentPackage;
import org.confounderlab.model.experiment.LastLayerRetrainingSpec;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Last Layer Retraining Spec</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.experiment.impl.LastLayerRetrainingSpecImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.LastLayerRetrainingSpecImpl#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.confounderlab.model.experiment.impl.LastLayerRetrainingSpecImpl#getRegularisation <em>Regularisation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LastLayerRetrainingSpecImpl extends EObjectImpl implements LastLayerRetrainingSpec {
	/**
	 * The default value of the '{@link #getGroups() <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected String groups = GROUPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsets() <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsets()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSETS_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getSubsets() <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsets()
	 * @generated
	 * @ordered
	 */
	protected int subsets = SUBSETS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegularisation() <em>Regularisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegularisation()
	 * @generated
	 * @ordered
	 */
	protected static final double REGULARISATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRegularisation() <em>Regularisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegularisation()
	 * @generated
	 * @ordered
	 */
	protected double regularisation = REGULARISATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LastLayerRetrainingSpecImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ExperimentPackage.Literals.LAST_LAYER_RETRAINING_SPEC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroups() {
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroups(String newGroups) {
		String oldGroups = groups;
		groups = newGroups;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__GROUPS, oldGroups, groups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubsets() {
		return subsets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsets(int newSubsets) {
		int oldSubsets = subsets;
		subsets = newSubsets;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__SUBSETS, oldSubsets, subsets));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRegularisation() {
		return regularisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegularisation(double newRegularisation) {
		double oldRegularisation = regularisation;
		regularisation = newRegularisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__REGULARISATION, oldRegularisation, regularisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__GROUPS:
				return getGroups();
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__SUBSETS:
				return getSubsets();
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__REGULARISATION:
				return getRegularisation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__GROUPS:
				setGroups((String)newValue);
				return;
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__SUBSETS:
				setSubsets((Integer)newValue);
				return;
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__REGULARISATION:
				setRegularisation((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__GROUPS:
				setGroups(GROUPS_EDEFAULT);
				return;
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__SUBSETS:
				setSubsets(SUBSETS_EDEFAULT);
				return;
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__REGULARISATION:
				setRegularisation(REGULARISATION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__GROUPS:
				return GROUPS_EDEFAULT == null ? groups != null : !GROUPS_EDEFAULT.equals(groups);
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__SUBSETS:
				return subsets != SUBSETS_EDEFAULT;
			case ExperimentPackage.LAST_LAYER_RETRAINING_SPEC__REGULARISATION:
				return regularisation != REGULARISATION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (groups: ");
		result.append(groups);
		result.append(", subsets: ");
		result.append(subsets);
		result.append(", regularisation: ");
		result.append(regularisation);
		result.append(')');
		return result.toString();
	}

} //LastLayerRetrainingSpecImpl

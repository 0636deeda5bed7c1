/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.GroupDroRecord;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Group Dro Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.GroupDroRecordImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupDroRecordImpl#getStepSize <em>Step Size</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupDroRecordImpl#getCells <em>Cells</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupDroRecordImpl#getEpochWeights <em>Epoch Weights</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GroupDroRecordImpl extends EObjectImpl implements GroupDroRecord {
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
	 * The default value of the '{@link #getStepSize() <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepSize()
	 * @generated
	 * @ordered
	 */
	protected static final double STEP_SIZE_EDEFAULT = 0.01;

	/**
	 * The cached value of the '{@link #getStepSize() <em>Step Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStepSize()
	 * @generated
	 * @ordered
	 */
	protected double stepSize = STEP_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCells() <em>Cells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCells()
	 * @generated
	 * @ordered
	 */
	protected static final String CELLS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCells() <em>Cells</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCells()
	 * @generated
	 * @ordered
	 */
	protected String cells = CELLS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEpochWeights() <em>Epoch Weights</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEpochWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<String> epochWeights;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroupDroRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.GROUP_DRO_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_DRO_RECORD__GROUPS, oldGroups, groups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStepSize() {
		return stepSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStepSize(double newStepSize) {
		double oldStepSize = stepSize;
		stepSize = newStepSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_DRO_RECORD__STEP_SIZE, oldStepSize, stepSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCells() {
		return cells;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCells(String newCells) {
		String oldCells = cells;
		cells = newCells;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_DRO_RECORD__CELLS, oldCells, cells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEpochWeights() {
		if (epochWeights == null) {
			epochWeights = new EDataTypeEList<String>(String.class, this, RunPackage.GROUP_DRO_RECORD__EPOCH_WEIGHTS);
		}
		return epochWeights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.GROUP_DRO_RECORD__GROUPS:
				return getGroups();
			case RunPackage.GROUP_DRO_RECORD__STEP_SIZE:
				return getStepSize();
			case RunPackage.GROUP_DRO_RECORD__CELLS:
				return getCells();
			case RunPackage.GROUP_DRO_RECORD__EPOCH_WEIGHTS:
				return getEpochWeights();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RunPackage.GROUP_DRO_RECORD__GROUPS:
				setGroups((String)newValue);
				return;
			case RunPackage.GROUP_DRO_RECORD__STEP_SIZE:
				setStepSize((Double)newValue);
				return;
			case RunPackage.GROUP_DRO_RECORD__CELLS:
				setCells((String)newValue);
				return;
			case RunPackage.GROUP_DRO_RECORD__EPOCH_WEIGHTS:
				getEpochWeights().clear();
				getEpochWeights().addAll((Collection<? extends String>)newValue);
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
			case RunPackage.GROUP_DRO_RECORD__GROUPS:
				setGroups(GROUPS_EDEFAULT);
				return;
			case RunPackage.GROUP_DRO_RECORD__STEP_SIZE:
				setStepSize(STEP_SIZE_EDEFAULT);
				return;
			case RunPackage.GROUP_DRO_RECORD__CELLS:
				setCells(CELLS_EDEFAULT);
				return;
			case RunPackage.GROUP_DRO_RECORD__EPOCH_WEIGHTS:
				getEpochWeights().clear();
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
			case RunPackage.GROUP_DRO_RECORD__GROUPS:
				return GROUPS_EDEFAULT == null ? groups != null : !GROUPS_EDEFAULT.equals(groups);
			case RunPackage.GROUP_DRO_RECORD__STEP_SIZE:
				return stepSize != STEP_SIZE_EDEFAULT;
			case RunPackage.GROUP_DRO_RECORD__CELLS:
				return CELLS_EDEFAULT == null ? cells != null : !CELLS_EDEFAULT.equals(cells);
			case RunPackage.GROUP_DRO_RECORD__EPOCH_WEIGHTS:
				return epochWeights != null && !epochWeights.isEmpty();
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
		result.append(", stepSize: ");
		result.append(stepSize);
		result.append(", cells: ");
		result.append(cells);
		result.append(", epochWeights: ");
		result.append(epochWeights);
		result.append(')');
		return result.toString();
	}

} //GroupDroRecordImpl

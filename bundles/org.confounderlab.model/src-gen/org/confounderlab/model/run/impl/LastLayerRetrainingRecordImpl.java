/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.LastLayerRetrainingRecord;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Last Layer Retraining Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getGroups <em>Groups</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getHeldOutImages <em>Held Out Images</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getCells <em>Cells</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getSubsetSize <em>Subset Size</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getSubsets <em>Subsets</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getRegularisation <em>Regularisation</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getValidationAucBefore <em>Validation Auc Before</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getValidationAucAfter <em>Validation Auc After</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getWorstGroupAucBefore <em>Worst Group Auc Before</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LastLayerRetrainingRecordImpl#getWorstGroupAucAfter <em>Worst Group Auc After</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LastLayerRetrainingRecordImpl extends EObjectImpl implements LastLayerRetrainingRecord {
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
	 * The default value of the '{@link #getHeldOutImages() <em>Held Out Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOutImages()
	 * @generated
	 * @ordered
	 */
	protected static final int HELD_OUT_IMAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeldOutImages() <em>Held Out Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOutImages()
	 * @generated
	 * @ordered
	 */
	protected int heldOutImages = HELD_OUT_IMAGES_EDEFAULT;

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
	 * The default value of the '{@link #getSubsetSize() <em>Subset Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsetSize()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSET_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSubsetSize() <em>Subset Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsetSize()
	 * @generated
	 * @ordered
	 */
	protected int subsetSize = SUBSET_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsets() <em>Subsets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsets()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBSETS_EDEFAULT = 0;

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
	protected static final double REGULARISATION_EDEFAULT = 1.0;

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
	 * The default value of the '{@link #getValidationAucBefore() <em>Validation Auc Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationAucBefore()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_AUC_BEFORE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getValidationAucBefore() <em>Validation Auc Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationAucBefore()
	 * @generated
	 * @ordered
	 */
	protected double validationAucBefore = VALIDATION_AUC_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidationAucAfter() <em>Validation Auc After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationAucAfter()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_AUC_AFTER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getValidationAucAfter() <em>Validation Auc After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationAucAfter()
	 * @generated
	 * @ordered
	 */
	protected double validationAucAfter = VALIDATION_AUC_AFTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAucBefore() <em>Worst Group Auc Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucBefore()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_BEFORE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getWorstGroupAucBefore() <em>Worst Group Auc Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucBefore()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAucBefore = WORST_GROUP_AUC_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorstGroupAucAfter() <em>Worst Group Auc After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucAfter()
	 * @generated
	 * @ordered
	 */
	protected static final double WORST_GROUP_AUC_AFTER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getWorstGroupAucAfter() <em>Worst Group Auc After</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorstGroupAucAfter()
	 * @generated
	 * @ordered
	 */
	protected double worstGroupAucAfter = WORST_GROUP_AUC_AFTER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LastLayerRetrainingRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.LAST_LAYER_RETRAINING_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__GROUPS, oldGroups, groups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeldOutImages() {
		return heldOutImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldOutImages(int newHeldOutImages) {
		int oldHeldOutImages = heldOutImages;
		heldOutImages = newHeldOutImages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES, oldHeldOutImages, heldOutImages));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__CELLS, oldCells, cells));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubsetSize() {
		return subsetSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsetSize(int newSubsetSize) {
		int oldSubsetSize = subsetSize;
		subsetSize = newSubsetSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE, oldSubsetSize, subsetSize));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSETS, oldSubsets, subsets));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__REGULARISATION, oldRegularisation, regularisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationAucBefore() {
		return validationAucBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationAucBefore(double newValidationAucBefore) {
		double oldValidationAucBefore = validationAucBefore;
		validationAucBefore = newValidationAucBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE, oldValidationAucBefore, validationAucBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationAucAfter() {
		return validationAucAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationAucAfter(double newValidationAucAfter) {
		double oldValidationAucAfter = validationAucAfter;
		validationAucAfter = newValidationAucAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER, oldValidationAucAfter, validationAucAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAucBefore() {
		return worstGroupAucBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAucBefore(double newWorstGroupAucBefore) {
		double oldWorstGroupAucBefore = worstGroupAucBefore;
		worstGroupAucBefore = newWorstGroupAucBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE, oldWorstGroupAucBefore, worstGroupAucBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWorstGroupAucAfter() {
		return worstGroupAucAfter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorstGroupAucAfter(double newWorstGroupAucAfter) {
		double oldWorstGroupAucAfter = worstGroupAucAfter;
		worstGroupAucAfter = newWorstGroupAucAfter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER, oldWorstGroupAucAfter, worstGroupAucAfter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__GROUPS:
				return getGroups();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES:
				return getHeldOutImages();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__CELLS:
				return getCells();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE:
				return getSubsetSize();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSETS:
				return getSubsets();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__REGULARISATION:
				return getRegularisation();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE:
				return getValidationAucBefore();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER:
				return getValidationAucAfter();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE:
				return getWorstGroupAucBefore();
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER:
				return getWorstGroupAucAfter();
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
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__GROUPS:
				setGroups((String)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES:
				setHeldOutImages((Integer)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__CELLS:
				setCells((String)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE:
				setSubsetSize((Integer)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSETS:
				setSubsets((Integer)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__REGULARISATION:
				setRegularisation((Double)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE:
				setValidationAucBefore((Double)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER:
				setValidationAucAfter((Double)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE:
				setWorstGroupAucBefore((Double)newValue);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER:
				setWorstGroupAucAfter((Double)newValue);
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
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__GROUPS:
				setGroups(GROUPS_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES:
				setHeldOutImages(HELD_OUT_IMAGES_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__CELLS:
				setCells(CELLS_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE:
				setSubsetSize(SUBSET_SIZE_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSETS:
				setSubsets(SUBSETS_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__REGULARISATION:
				setRegularisation(REGULARISATION_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE:
				setValidationAucBefore(VALIDATION_AUC_BEFORE_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER:
				setValidationAucAfter(VALIDATION_AUC_AFTER_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE:
				setWorstGroupAucBefore(WORST_GROUP_AUC_BEFORE_EDEFAULT);
				return;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER:
				setWorstGroupAucAfter(WORST_GROUP_AUC_AFTER_EDEFAULT);
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
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__GROUPS:
				return GROUPS_EDEFAULT == null ? groups != null : !GROUPS_EDEFAULT.equals(groups);
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__HELD_OUT_IMAGES:
				return heldOutImages != HELD_OUT_IMAGES_EDEFAULT;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__CELLS:
				return CELLS_EDEFAULT == null ? cells != null : !CELLS_EDEFAULT.equals(cells);
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSET_SIZE:
				return subsetSize != SUBSET_SIZE_EDEFAULT;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__SUBSETS:
				return subsets != SUBSETS_EDEFAULT;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__REGULARISATION:
				return regularisation != REGULARISATION_EDEFAULT;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_BEFORE:
				return validationAucBefore != VALIDATION_AUC_BEFORE_EDEFAULT;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__VALIDATION_AUC_AFTER:
				return validationAucAfter != VALIDATION_AUC_AFTER_EDEFAULT;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_BEFORE:
				return worstGroupAucBefore != WORST_GROUP_AUC_BEFORE_EDEFAULT;
			case RunPackage.LAST_LAYER_RETRAINING_RECORD__WORST_GROUP_AUC_AFTER:
				return worstGroupAucAfter != WORST_GROUP_AUC_AFTER_EDEFAULT;
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
		result.append(", heldOutImages: ");
		result.append(heldOutImages);
		result.append(", cells: ");
		result.append(cells);
		result.append(", subsetSize: ");
		result.append(subsetSize);
		result.append(", subsets: ");
		result.append(subsets);
		result.append(", regularisation: ");
		result.append(regularisation);
		result.append(", validationAucBefore: ");
		result.append(validationAucBefore);
		result.append(", validationAucAfter: ");
		result.append(validationAucAfter);
		result.append(", worstGroupAucBefore: ");
		result.append(worstGroupAucBefore);
		result.append(", worstGroupAucAfter: ");
		result.append(worstGroupAucAfter);
		result.append(')');
		return result.toString();
	}

} //LastLayerRetrainingRecordImpl

/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.GroupWeight;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Group Weight</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.GroupWeightImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupWeightImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupWeightImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupWeightImpl#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupWeightImpl#getNegatives <em>Negatives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupWeightImpl#getPositiveWeight <em>Positive Weight</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.GroupWeightImpl#getNegativeWeight <em>Negative Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GroupWeightImpl extends EObjectImpl implements GroupWeight {
	/**
	 * The default value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected static final String ATTRIBUTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAttribute() <em>Attribute</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttribute()
	 * @generated
	 * @ordered
	 */
	protected String attribute = ATTRIBUTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected String group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getPositives() <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositives()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITIVES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPositives() <em>Positives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositives()
	 * @generated
	 * @ordered
	 */
	protected int positives = POSITIVES_EDEFAULT;

	/**
	 * The default value of the '{@link #getNegatives() <em>Negatives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegatives()
	 * @generated
	 * @ordered
	 */
	protected static final int NEGATIVES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNegatives() <em>Negatives</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegatives()
	 * @generated
	 * @ordered
	 */
	protected int negatives = NEGATIVES_EDEFAULT;

	/**
	 * The default value of the '{@link #getPositiveWeight() <em>Positive Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositiveWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double POSITIVE_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPositiveWeight() <em>Positive Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositiveWeight()
	 * @generated
	 * @ordered
	 */
	protected double positiveWeight = POSITIVE_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getNegativeWeight() <em>Negative Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double NEGATIVE_WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getNegativeWeight() <em>Negative Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNegativeWeight()
	 * @generated
	 * @ordered
	 */
	protected double negativeWeight = NEGATIVE_WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroupWeightImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.GROUP_WEIGHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAttribute() {
		return attribute;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttribute(String newAttribute) {
		String oldAttribute = attribute;
		attribute = newAttribute;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_WEIGHT__ATTRIBUTE, oldAttribute, attribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(String newGroup) {
		String oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_WEIGHT__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_WEIGHT__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPositives() {
		return positives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositives(int newPositives) {
		int oldPositives = positives;
		positives = newPositives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_WEIGHT__POSITIVES, oldPositives, positives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNegatives() {
		return negatives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegatives(int newNegatives) {
		int oldNegatives = negatives;
		negatives = newNegatives;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_WEIGHT__NEGATIVES, oldNegatives, negatives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPositiveWeight() {
		return positiveWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositiveWeight(double newPositiveWeight) {
		double oldPositiveWeight = positiveWeight;
		positiveWeight = newPositiveWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_WEIGHT__POSITIVE_WEIGHT, oldPositiveWeight, positiveWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNegativeWeight() {
		return negativeWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNegativeWeight(double newNegativeWeight) {
		double oldNegativeWeight = negativeWeight;
		negativeWeight = newNegativeWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.GROUP_WEIGHT__NEGATIVE_WEIGHT, oldNegativeWeight, negativeWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.GROUP_WEIGHT__ATTRIBUTE:
				return getAttribute();
			case RunPackage.GROUP_WEIGHT__GROUP:
				return getGroup();
			case RunPackage.GROUP_WEIGHT__LABEL:
				return getLabel();
			case RunPackage.GROUP_WEIGHT__POSITIVES:
				return getPositives();
			case RunPackage.GROUP_WEIGHT__NEGATIVES:
				return getNegatives();
			case RunPackage.GROUP_WEIGHT__POSITIVE_WEIGHT:
				return getPositiveWeight();
			case RunPackage.GROUP_WEIGHT__NEGATIVE_WEIGHT:
				return getNegativeWeight();
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
			case RunPackage.GROUP_WEIGHT__ATTRIBUTE:
				setAttribute((String)newValue);
				return;
			case RunPackage.GROUP_WEIGHT__GROUP:
				setGroup((String)newValue);
				return;
			case RunPackage.GROUP_WEIGHT__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.GROUP_WEIGHT__POSITIVES:
				setPositives((Integer)newValue);
				return;
			case RunPackage.GROUP_WEIGHT__NEGATIVES:
				setNegatives((Integer)newValue);
				return;
			case RunPackage.GROUP_WEIGHT__POSITIVE_WEIGHT:
				setPositiveWeight((Double)newValue);
				return;
			case RunPackage.GROUP_WEIGHT__NEGATIVE_WEIGHT:
				setNegativeWeight((Double)newValue);
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
			case RunPackage.GROUP_WEIGHT__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case RunPackage.GROUP_WEIGHT__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case RunPackage.GROUP_WEIGHT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.GROUP_WEIGHT__POSITIVES:
				setPositives(POSITIVES_EDEFAULT);
				return;
			case RunPackage.GROUP_WEIGHT__NEGATIVES:
				setNegatives(NEGATIVES_EDEFAULT);
				return;
			case RunPackage.GROUP_WEIGHT__POSITIVE_WEIGHT:
				setPositiveWeight(POSITIVE_WEIGHT_EDEFAULT);
				return;
			case RunPackage.GROUP_WEIGHT__NEGATIVE_WEIGHT:
				setNegativeWeight(NEGATIVE_WEIGHT_EDEFAULT);
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
			case RunPackage.GROUP_WEIGHT__ATTRIBUTE:
				return ATTRIBUTE_EDEFAULT == null ? attribute != null : !ATTRIBUTE_EDEFAULT.equals(attribute);
			case RunPackage.GROUP_WEIGHT__GROUP:
				return GROUP_EDEFAULT == null ? group != null : !GROUP_EDEFAULT.equals(group);
			case RunPackage.GROUP_WEIGHT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.GROUP_WEIGHT__POSITIVES:
				return positives != POSITIVES_EDEFAULT;
			case RunPackage.GROUP_WEIGHT__NEGATIVES:
				return negatives != NEGATIVES_EDEFAULT;
			case RunPackage.GROUP_WEIGHT__POSITIVE_WEIGHT:
				return positiveWeight != POSITIVE_WEIGHT_EDEFAULT;
			case RunPackage.GROUP_WEIGHT__NEGATIVE_WEIGHT:
				return negativeWeight != NEGATIVE_WEIGHT_EDEFAULT;
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
		result.append(" (attribute: ");
		result.append(attribute);
		result.append(", group: ");
		result.append(group);
		result.append(", label: ");
		result.append(label);
		result.append(", positives: ");
		result.append(positives);
		result.append(", negatives: ");
		result.append(negatives);
		result.append(", positiveWeight: ");
		result.append(positiveWeight);
		result.append(", negativeWeight: ");
		result.append(negativeWeight);
		result.append(')');
		return result.toString();
	}

} //GroupWeightImpl

/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.SubgroupPrevalence;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subgroup Prevalence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupPrevalenceImpl#getPrevalence <em>Prevalence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubgroupPrevalenceImpl extends EObjectImpl implements SubgroupPrevalence {
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
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final String VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected String value = VALUE_EDEFAULT;

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
	 * The default value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected static final int N_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getN() <em>N</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN()
	 * @generated
	 * @ordered
	 */
	protected int n = N_EDEFAULT;

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
	 * The default value of the '{@link #getPrevalence() <em>Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevalence()
	 * @generated
	 * @ordered
	 */
	protected static final double PREVALENCE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPrevalence() <em>Prevalence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrevalence()
	 * @generated
	 * @ordered
	 */
	protected double prevalence = PREVALENCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubgroupPrevalenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.SUBGROUP_PREVALENCE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_PREVALENCE__ATTRIBUTE, oldAttribute, attribute));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getValue() {
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(String newValue) {
		String oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_PREVALENCE__VALUE, oldValue, value));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_PREVALENCE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getN() {
		return n;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setN(int newN) {
		int oldN = n;
		n = newN;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_PREVALENCE__N, oldN, n));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_PREVALENCE__POSITIVES, oldPositives, positives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrevalence() {
		return prevalence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrevalence(double newPrevalence) {
		double oldPrevalence = prevalence;
		prevalence = newPrevalence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_PREVALENCE__PREVALENCE, oldPrevalence, prevalence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.SUBGROUP_PREVALENCE__ATTRIBUTE:
				return getAttribute();
			case RunPackage.SUBGROUP_PREVALENCE__VALUE:
				return getValue();
			case RunPackage.SUBGROUP_PREVALENCE__LABEL:
				return getLabel();
			case RunPackage.SUBGROUP_PREVALENCE__N:
				return getN();
			case RunPackage.SUBGROUP_PREVALENCE__POSITIVES:
				return getPositives();
			case RunPackage.SUBGROUP_PREVALENCE__PREVALENCE:
				return getPrevalence();
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
			case RunPackage.SUBGROUP_PREVALENCE__ATTRIBUTE:
				setAttribute((String)newValue);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__VALUE:
				setValue((String)newValue);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__N:
				setN((Integer)newValue);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__POSITIVES:
				setPositives((Integer)newValue);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__PREVALENCE:
				setPrevalence((Double)newValue);
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
			case RunPackage.SUBGROUP_PREVALENCE__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__N:
				setN(N_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__POSITIVES:
				setPositives(POSITIVES_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_PREVALENCE__PREVALENCE:
				setPrevalence(PREVALENCE_EDEFAULT);
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
			case RunPackage.SUBGROUP_PREVALENCE__ATTRIBUTE:
				return ATTRIBUTE_EDEFAULT == null ? attribute != null : !ATTRIBUTE_EDEFAULT.equals(attribute);
			case RunPackage.SUBGROUP_PREVALENCE__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case RunPackage.SUBGROUP_PREVALENCE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.SUBGROUP_PREVALENCE__N:
				return n != N_EDEFAULT;
			case RunPackage.SUBGROUP_PREVALENCE__POSITIVES:
				return positives != POSITIVES_EDEFAULT;
			case RunPackage.SUBGROUP_PREVALENCE__PREVALENCE:
				return prevalence != PREVALENCE_EDEFAULT;
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
		result.append(", value: ");
		result.append(value);
		result.append(", label: ");
		result.append(label);
		result.append(", n: ");
		result.append(n);
		result.append(", positives: ");
		result.append(positives);
		result.append(", prevalence: ");
		result.append(prevalence);
		result.append(')');
		return result.toString();
	}

} //SubgroupPrevalenceImpl

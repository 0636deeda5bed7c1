/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.ShiftTest;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shift Test</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getPositives <em>Positives</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getInDistributionAuc <em>In Distribution Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ShiftTestImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShiftTestImpl extends EObjectImpl implements ShiftTest {
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
	 * The default value of the '{@link #getCases() <em>Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected static final int CASES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCases() <em>Cases</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCases()
	 * @generated
	 * @ordered
	 */
	protected int cases = CASES_EDEFAULT;

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
	 * The default value of the '{@link #getAuc() <em>Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAuc() <em>Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuc()
	 * @generated
	 * @ordered
	 */
	protected double auc = AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getCiLower() <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLower()
	 * @generated
	 * @ordered
	 */
	protected static final double CI_LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCiLower() <em>Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiLower()
	 * @generated
	 * @ordered
	 */
	protected double ciLower = CI_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCiUpper() <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double CI_UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCiUpper() <em>Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiUpper()
	 * @generated
	 * @ordered
	 */
	protected double ciUpper = CI_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInDistributionAuc() <em>In Distribution Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double IN_DISTRIBUTION_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getInDistributionAuc() <em>In Distribution Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInDistributionAuc()
	 * @generated
	 * @ordered
	 */
	protected double inDistributionAuc = IN_DISTRIBUTION_AUC_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShiftTestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.SHIFT_TEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__ATTRIBUTE, oldAttribute, attribute));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCases() {
		return cases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCases(int newCases) {
		int oldCases = cases;
		cases = newCases;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__CASES, oldCases, cases));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__POSITIVES, oldPositives, positives));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAuc() {
		return auc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuc(double newAuc) {
		double oldAuc = auc;
		auc = newAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__AUC, oldAuc, auc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCiLower() {
		return ciLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiLower(double newCiLower) {
		double oldCiLower = ciLower;
		ciLower = newCiLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__CI_LOWER, oldCiLower, ciLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCiUpper() {
		return ciUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiUpper(double newCiUpper) {
		double oldCiUpper = ciUpper;
		ciUpper = newCiUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__CI_UPPER, oldCiUpper, ciUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getInDistributionAuc() {
		return inDistributionAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInDistributionAuc(double newInDistributionAuc) {
		double oldInDistributionAuc = inDistributionAuc;
		inDistributionAuc = newInDistributionAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__IN_DISTRIBUTION_AUC, oldInDistributionAuc, inDistributionAuc));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SHIFT_TEST__GROUPS, oldGroups, groups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.SHIFT_TEST__ATTRIBUTE:
				return getAttribute();
			case RunPackage.SHIFT_TEST__LABEL:
				return getLabel();
			case RunPackage.SHIFT_TEST__CASES:
				return getCases();
			case RunPackage.SHIFT_TEST__POSITIVES:
				return getPositives();
			case RunPackage.SHIFT_TEST__AUC:
				return getAuc();
			case RunPackage.SHIFT_TEST__CI_LOWER:
				return getCiLower();
			case RunPackage.SHIFT_TEST__CI_UPPER:
				return getCiUpper();
			case RunPackage.SHIFT_TEST__IN_DISTRIBUTION_AUC:
				return getInDistributionAuc();
			case RunPackage.SHIFT_TEST__GROUPS:
				return getGroups();
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
			case RunPackage.SHIFT_TEST__ATTRIBUTE:
				setAttribute((String)newValue);
				return;
			case RunPackage.SHIFT_TEST__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.SHIFT_TEST__CASES:
				setCases((Integer)newValue);
				return;
			case RunPackage.SHIFT_TEST__POSITIVES:
				setPositives((Integer)newValue);
				return;
			case RunPackage.SHIFT_TEST__AUC:
				setAuc((Double)newValue);
				return;
			case RunPackage.SHIFT_TEST__CI_LOWER:
				setCiLower((Double)newValue);
				return;
			case RunPackage.SHIFT_TEST__CI_UPPER:
				setCiUpper((Double)newValue);
				return;
			case RunPackage.SHIFT_TEST__IN_DISTRIBUTION_AUC:
				setInDistributionAuc((Double)newValue);
				return;
			case RunPackage.SHIFT_TEST__GROUPS:
				setGroups((String)newValue);
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
			case RunPackage.SHIFT_TEST__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__CASES:
				setCases(CASES_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__POSITIVES:
				setPositives(POSITIVES_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__AUC:
				setAuc(AUC_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__CI_LOWER:
				setCiLower(CI_LOWER_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__CI_UPPER:
				setCiUpper(CI_UPPER_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__IN_DISTRIBUTION_AUC:
				setInDistributionAuc(IN_DISTRIBUTION_AUC_EDEFAULT);
				return;
			case RunPackage.SHIFT_TEST__GROUPS:
				setGroups(GROUPS_EDEFAULT);
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
			case RunPackage.SHIFT_TEST__ATTRIBUTE:
				return ATTRIBUTE_EDEFAULT == null ? attribute != null : !ATTRIBUTE_EDEFAULT.equals(attribute);
			case RunPackage.SHIFT_TEST__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.SHIFT_TEST__CASES:
				return cases != CASES_EDEFAULT;
			case RunPackage.SHIFT_TEST__POSITIVES:
				return positives != POSITIVES_EDEFAULT;
			case RunPackage.SHIFT_TEST__AUC:
				return auc != AUC_EDEFAULT;
			case RunPackage.SHIFT_TEST__CI_LOWER:
				return ciLower != CI_LOWER_EDEFAULT;
			case RunPackage.SHIFT_TEST__CI_UPPER:
				return ciUpper != CI_UPPER_EDEFAULT;
			case RunPackage.SHIFT_TEST__IN_DISTRIBUTION_AUC:
				return inDistributionAuc != IN_DISTRIBUTION_AUC_EDEFAULT;
			case RunPackage.SHIFT_TEST__GROUPS:
				return GROUPS_EDEFAULT == null ? groups != null : !GROUPS_EDEFAULT.equals(groups);
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
		result.append(", label: ");
		result.append(label);
		result.append(", cases: ");
		result.append(cases);
		result.append(", positives: ");
		result.append(positives);
		result.append(", auc: ");
		result.append(auc);
		result.append(", ciLower: ");
		result.append(ciLower);
		result.append(", ciUpper: ");
		result.append(ciUpper);
		result.append(", inDistributionAuc: ");
		result.append(inDistributionAuc);
		result.append(", groups: ");
		result.append(groups);
		result.append(')');
		return result.toString();
	}

} //ShiftTestImpl

/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.RunPackage;
import org.confounderlab.model.run.SubgroupMetric;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subgroup Metric</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getAttribute <em>Attribute</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getValue <em>Value</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getPrevalence <em>Prevalence</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getSensitivity <em>Sensitivity</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getSpecificity <em>Specificity</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.SubgroupMetricImpl#getThreshold <em>Threshold</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubgroupMetricImpl extends EObjectImpl implements SubgroupMetric {
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
	 * The default value of the '{@link #getSensitivity() <em>Sensitivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensitivity()
	 * @generated
	 * @ordered
	 */
	protected static final double SENSITIVITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSensitivity() <em>Sensitivity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensitivity()
	 * @generated
	 * @ordered
	 */
	protected double sensitivity = SENSITIVITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpecificity() <em>Specificity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecificity()
	 * @generated
	 * @ordered
	 */
	protected static final double SPECIFICITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSpecificity() <em>Specificity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpecificity()
	 * @generated
	 * @ordered
	 */
	protected double specificity = SPECIFICITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.5;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubgroupMetricImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.SUBGROUP_METRIC;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__ATTRIBUTE, oldAttribute, attribute));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__VALUE, oldValue, value));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__N, oldN, n));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__PREVALENCE, oldPrevalence, prevalence));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__AUC, oldAuc, auc));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__CI_LOWER, oldCiLower, ciLower));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__CI_UPPER, oldCiUpper, ciUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSensitivity() {
		return sensitivity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSensitivity(double newSensitivity) {
		double oldSensitivity = sensitivity;
		sensitivity = newSensitivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__SENSITIVITY, oldSensitivity, sensitivity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSpecificity() {
		return specificity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpecificity(double newSpecificity) {
		double oldSpecificity = specificity;
		specificity = newSpecificity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__SPECIFICITY, oldSpecificity, specificity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.SUBGROUP_METRIC__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.SUBGROUP_METRIC__ATTRIBUTE:
				return getAttribute();
			case RunPackage.SUBGROUP_METRIC__VALUE:
				return getValue();
			case RunPackage.SUBGROUP_METRIC__LABEL:
				return getLabel();
			case RunPackage.SUBGROUP_METRIC__N:
				return getN();
			case RunPackage.SUBGROUP_METRIC__PREVALENCE:
				return getPrevalence();
			case RunPackage.SUBGROUP_METRIC__AUC:
				return getAuc();
			case RunPackage.SUBGROUP_METRIC__CI_LOWER:
				return getCiLower();
			case RunPackage.SUBGROUP_METRIC__CI_UPPER:
				return getCiUpper();
			case RunPackage.SUBGROUP_METRIC__SENSITIVITY:
				return getSensitivity();
			case RunPackage.SUBGROUP_METRIC__SPECIFICITY:
				return getSpecificity();
			case RunPackage.SUBGROUP_METRIC__THRESHOLD:
				return getThreshold();
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
			case RunPackage.SUBGROUP_METRIC__ATTRIBUTE:
				setAttribute((String)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__VALUE:
				setValue((String)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__N:
				setN((Integer)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__PREVALENCE:
				setPrevalence((Double)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__AUC:
				setAuc((Double)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__CI_LOWER:
				setCiLower((Double)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__CI_UPPER:
				setCiUpper((Double)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__SENSITIVITY:
				setSensitivity((Double)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__SPECIFICITY:
				setSpecificity((Double)newValue);
				return;
			case RunPackage.SUBGROUP_METRIC__THRESHOLD:
				setThreshold((Double)newValue);
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
			case RunPackage.SUBGROUP_METRIC__ATTRIBUTE:
				setAttribute(ATTRIBUTE_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__N:
				setN(N_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__PREVALENCE:
				setPrevalence(PREVALENCE_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__AUC:
				setAuc(AUC_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__CI_LOWER:
				setCiLower(CI_LOWER_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__CI_UPPER:
				setCiUpper(CI_UPPER_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__SENSITIVITY:
				setSensitivity(SENSITIVITY_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__SPECIFICITY:
				setSpecificity(SPECIFICITY_EDEFAULT);
				return;
			case RunPackage.SUBGROUP_METRIC__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
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
			case RunPackage.SUBGROUP_METRIC__ATTRIBUTE:
				return ATTRIBUTE_EDEFAULT == null ? attribute != null : !ATTRIBUTE_EDEFAULT.equals(attribute);
			case RunPackage.SUBGROUP_METRIC__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case RunPackage.SUBGROUP_METRIC__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.SUBGROUP_METRIC__N:
				return n != N_EDEFAULT;
			case RunPackage.SUBGROUP_METRIC__PREVALENCE:
				return prevalence != PREVALENCE_EDEFAULT;
			case RunPackage.SUBGROUP_METRIC__AUC:
				return auc != AUC_EDEFAULT;
			case RunPackage.SUBGROUP_METRIC__CI_LOWER:
				return ciLower != CI_LOWER_EDEFAULT;
			case RunPackage.SUBGROUP_METRIC__CI_UPPER:
				return ciUpper != CI_UPPER_EDEFAULT;
			case RunPackage.SUBGROUP_METRIC__SENSITIVITY:
				return sensitivity != SENSITIVITY_EDEFAULT;
			case RunPackage.SUBGROUP_METRIC__SPECIFICITY:
				return specificity != SPECIFICITY_EDEFAULT;
			case RunPackage.SUBGROUP_METRIC__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
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
		result.append(", prevalence: ");
		result.append(prevalence);
		result.append(", auc: ");
		result.append(auc);
		result.append(", ciLower: ");
		result.append(ciLower);
		result.append(", ciUpper: ");
		result.append(ciUpper);
		result.append(", sensitivity: ");
		result.append(sensitivity);
		result.append(", specificity: ");
		result.append(specificity);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(')');
		return result.toString();
	}

} //SubgroupMetricImpl

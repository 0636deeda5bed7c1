/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.ArmComparison;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Arm Comparison</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getSeeds <em>Seeds</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getArm <em>Arm</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getTestSet <em>Test Set</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getCases <em>Cases</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getDeltaAuc <em>Delta Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ArmComparisonImpl#getPValue <em>PValue</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArmComparisonImpl extends EObjectImpl implements ArmComparison {
	/**
	 * The default value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected static final int SEEDS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getSeeds() <em>Seeds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeeds()
	 * @generated
	 * @ordered
	 */
	protected int seeds = SEEDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected String method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getArm() <em>Arm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArm()
	 * @generated
	 * @ordered
	 */
	protected static final String ARM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArm() <em>Arm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArm()
	 * @generated
	 * @ordered
	 */
	protected String arm = ARM_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected static final String BASELINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected String baseline = BASELINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTestSet() <em>Test Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestSet()
	 * @generated
	 * @ordered
	 */
	protected static final String TEST_SET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTestSet() <em>Test Set</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestSet()
	 * @generated
	 * @ordered
	 */
	protected String testSet = TEST_SET_EDEFAULT;

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
	 * The default value of the '{@link #getDeltaAuc() <em>Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeltaAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double DELTA_AUC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDeltaAuc() <em>Delta Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeltaAuc()
	 * @generated
	 * @ordered
	 */
	protected double deltaAuc = DELTA_AUC_EDEFAULT;

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
	 * The default value of the '{@link #getPValue() <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPValue()
	 * @generated
	 * @ordered
	 */
	protected static final double PVALUE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getPValue() <em>PValue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPValue()
	 * @generated
	 * @ordered
	 */
	protected double pValue = PVALUE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArmComparisonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.ARM_COMPARISON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeeds() {
		return seeds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeeds(int newSeeds) {
		int oldSeeds = seeds;
		seeds = newSeeds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__SEEDS, oldSeeds, seeds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(String newMethod) {
		String oldMethod = method;
		method = newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArm() {
		return arm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArm(String newArm) {
		String oldArm = arm;
		arm = newArm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__ARM, oldArm, arm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(String newBaseline) {
		String oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTestSet() {
		return testSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestSet(String newTestSet) {
		String oldTestSet = testSet;
		testSet = newTestSet;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__TEST_SET, oldTestSet, testSet));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__CASES, oldCases, cases));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDeltaAuc() {
		return deltaAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeltaAuc(double newDeltaAuc) {
		double oldDeltaAuc = deltaAuc;
		deltaAuc = newDeltaAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__DELTA_AUC, oldDeltaAuc, deltaAuc));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__CI_LOWER, oldCiLower, ciLower));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__CI_UPPER, oldCiUpper, ciUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPValue() {
		return pValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPValue(double newPValue) {
		double oldPValue = pValue;
		pValue = newPValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ARM_COMPARISON__PVALUE, oldPValue, pValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.ARM_COMPARISON__SEEDS:
				return getSeeds();
			case RunPackage.ARM_COMPARISON__METHOD:
				return getMethod();
			case RunPackage.ARM_COMPARISON__ARM:
				return getArm();
			case RunPackage.ARM_COMPARISON__BASELINE:
				return getBaseline();
			case RunPackage.ARM_COMPARISON__TEST_SET:
				return getTestSet();
			case RunPackage.ARM_COMPARISON__CASES:
				return getCases();
			case RunPackage.ARM_COMPARISON__DELTA_AUC:
				return getDeltaAuc();
			case RunPackage.ARM_COMPARISON__CI_LOWER:
				return getCiLower();
			case RunPackage.ARM_COMPARISON__CI_UPPER:
				return getCiUpper();
			case RunPackage.ARM_COMPARISON__PVALUE:
				return getPValue();
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
			case RunPackage.ARM_COMPARISON__SEEDS:
				setSeeds((Integer)newValue);
				return;
			case RunPackage.ARM_COMPARISON__METHOD:
				setMethod((String)newValue);
				return;
			case RunPackage.ARM_COMPARISON__ARM:
				setArm((String)newValue);
				return;
			case RunPackage.ARM_COMPARISON__BASELINE:
				setBaseline((String)newValue);
				return;
			case RunPackage.ARM_COMPARISON__TEST_SET:
				setTestSet((String)newValue);
				return;
			case RunPackage.ARM_COMPARISON__CASES:
				setCases((Integer)newValue);
				return;
			case RunPackage.ARM_COMPARISON__DELTA_AUC:
				setDeltaAuc((Double)newValue);
				return;
			case RunPackage.ARM_COMPARISON__CI_LOWER:
				setCiLower((Double)newValue);
				return;
			case RunPackage.ARM_COMPARISON__CI_UPPER:
				setCiUpper((Double)newValue);
				return;
			case RunPackage.ARM_COMPARISON__PVALUE:
				setPValue((Double)newValue);
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
			case RunPackage.ARM_COMPARISON__SEEDS:
				setSeeds(SEEDS_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__ARM:
				setArm(ARM_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__BASELINE:
				setBaseline(BASELINE_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__TEST_SET:
				setTestSet(TEST_SET_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__CASES:
				setCases(CASES_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__DELTA_AUC:
				setDeltaAuc(DELTA_AUC_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__CI_LOWER:
				setCiLower(CI_LOWER_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__CI_UPPER:
				setCiUpper(CI_UPPER_EDEFAULT);
				return;
			case RunPackage.ARM_COMPARISON__PVALUE:
				setPValue(PVALUE_EDEFAULT);
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
			case RunPackage.ARM_COMPARISON__SEEDS:
				return seeds != SEEDS_EDEFAULT;
			case RunPackage.ARM_COMPARISON__METHOD:
				return METHOD_EDEFAULT == null ? method != null : !METHOD_EDEFAULT.equals(method);
			case RunPackage.ARM_COMPARISON__ARM:
				return ARM_EDEFAULT == null ? arm != null : !ARM_EDEFAULT.equals(arm);
			case RunPackage.ARM_COMPARISON__BASELINE:
				return BASELINE_EDEFAULT == null ? baseline != null : !BASELINE_EDEFAULT.equals(baseline);
			case RunPackage.ARM_COMPARISON__TEST_SET:
				return TEST_SET_EDEFAULT == null ? testSet != null : !TEST_SET_EDEFAULT.equals(testSet);
			case RunPackage.ARM_COMPARISON__CASES:
				return cases != CASES_EDEFAULT;
			case RunPackage.ARM_COMPARISON__DELTA_AUC:
				return deltaAuc != DELTA_AUC_EDEFAULT;
			case RunPackage.ARM_COMPARISON__CI_LOWER:
				return ciLower != CI_LOWER_EDEFAULT;
			case RunPackage.ARM_COMPARISON__CI_UPPER:
				return ciUpper != CI_UPPER_EDEFAULT;
			case RunPackage.ARM_COMPARISON__PVALUE:
				return pValue != PVALUE_EDEFAULT;
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
		result.append(" (seeds: ");
		result.append(seeds);
		result.append(", method: ");
		result.append(method);
		result.append(", arm: ");
		result.append(arm);
		result.append(", baseline: ");
		result.append(baseline);
		result.append(", testSet: ");
		result.append(testSet);
		result.append(", cases: ");
		result.append(cases);
		result.append(", deltaAuc: ");
		result.append(deltaAuc);
		result.append(", ciLower: ");
		result.append(ciLower);
		result.append(", ciUpper: ");
		result.append(ciUpper);
		result.append(", pValue: ");
		result.append(pValue);
		result.append(')');
		return result.toString();
	}

} //ArmComparisonImpl

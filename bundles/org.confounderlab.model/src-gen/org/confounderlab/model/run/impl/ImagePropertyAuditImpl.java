/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.ImagePropertyAudit;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Property Audit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getProperty <em>Property</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getN <em>N</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#isHigherIsPositive <em>Higher Is Positive</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getDriftAuc <em>Drift Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getDriftCiLower <em>Drift Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getDriftCiUpper <em>Drift Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getDriftP <em>Drift P</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.ImagePropertyAuditImpl#getDriftNote <em>Drift Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImagePropertyAuditImpl extends EObjectImpl implements ImagePropertyAudit {
	/**
	 * The default value of the '{@link #getProperty() <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperty()
	 * @generated
	 * @ordered
	 */
	protected static final String PROPERTY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProperty() <em>Property</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperty()
	 * @generated
	 * @ordered
	 */
	protected String property = PROPERTY_EDEFAULT;

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
	 * The default value of the '{@link #getAuc() <em>Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double AUC_EDEFAULT = Double.NaN;

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
	protected static final double CI_LOWER_EDEFAULT = Double.NaN;

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
	protected static final double CI_UPPER_EDEFAULT = Double.NaN;

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
	 * The default value of the '{@link #isHigherIsPositive() <em>Higher Is Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHigherIsPositive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIGHER_IS_POSITIVE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHigherIsPositive() <em>Higher Is Positive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHigherIsPositive()
	 * @generated
	 * @ordered
	 */
	protected boolean higherIsPositive = HIGHER_IS_POSITIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftAuc() <em>Drift Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftAuc()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIFT_AUC_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getDriftAuc() <em>Drift Auc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftAuc()
	 * @generated
	 * @ordered
	 */
	protected double driftAuc = DRIFT_AUC_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftCiLower() <em>Drift Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftCiLower()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIFT_CI_LOWER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getDriftCiLower() <em>Drift Ci Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftCiLower()
	 * @generated
	 * @ordered
	 */
	protected double driftCiLower = DRIFT_CI_LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftCiUpper() <em>Drift Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftCiUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIFT_CI_UPPER_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getDriftCiUpper() <em>Drift Ci Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftCiUpper()
	 * @generated
	 * @ordered
	 */
	protected double driftCiUpper = DRIFT_CI_UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftP() <em>Drift P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftP()
	 * @generated
	 * @ordered
	 */
	protected static final double DRIFT_P_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getDriftP() <em>Drift P</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftP()
	 * @generated
	 * @ordered
	 */
	protected double driftP = DRIFT_P_EDEFAULT;

	/**
	 * The default value of the '{@link #getDriftNote() <em>Drift Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftNote()
	 * @generated
	 * @ordered
	 */
	protected static final String DRIFT_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDriftNote() <em>Drift Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriftNote()
	 * @generated
	 * @ordered
	 */
	protected String driftNote = DRIFT_NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImagePropertyAuditImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.IMAGE_PROPERTY_AUDIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProperty() {
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProperty(String newProperty) {
		String oldProperty = property;
		property = newProperty;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__PROPERTY, oldProperty, property));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__N, oldN, n));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__AUC, oldAuc, auc));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__CI_LOWER, oldCiLower, ciLower));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__CI_UPPER, oldCiUpper, ciUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHigherIsPositive() {
		return higherIsPositive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHigherIsPositive(boolean newHigherIsPositive) {
		boolean oldHigherIsPositive = higherIsPositive;
		higherIsPositive = newHigherIsPositive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE, oldHigherIsPositive, higherIsPositive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriftAuc() {
		return driftAuc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftAuc(double newDriftAuc) {
		double oldDriftAuc = driftAuc;
		driftAuc = newDriftAuc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_AUC, oldDriftAuc, driftAuc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriftCiLower() {
		return driftCiLower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftCiLower(double newDriftCiLower) {
		double oldDriftCiLower = driftCiLower;
		driftCiLower = newDriftCiLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER, oldDriftCiLower, driftCiLower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriftCiUpper() {
		return driftCiUpper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftCiUpper(double newDriftCiUpper) {
		double oldDriftCiUpper = driftCiUpper;
		driftCiUpper = newDriftCiUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER, oldDriftCiUpper, driftCiUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDriftP() {
		return driftP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftP(double newDriftP) {
		double oldDriftP = driftP;
		driftP = newDriftP;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_P, oldDriftP, driftP));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDriftNote() {
		return driftNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDriftNote(String newDriftNote) {
		String oldDriftNote = driftNote;
		driftNote = newDriftNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_NOTE, oldDriftNote, driftNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.IMAGE_PROPERTY_AUDIT__PROPERTY:
				return getProperty();
			case RunPackage.IMAGE_PROPERTY_AUDIT__LABEL:
				return getLabel();
			case RunPackage.IMAGE_PROPERTY_AUDIT__N:
				return getN();
			case RunPackage.IMAGE_PROPERTY_AUDIT__AUC:
				return getAuc();
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_LOWER:
				return getCiLower();
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_UPPER:
				return getCiUpper();
			case RunPackage.IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE:
				return isHigherIsPositive();
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_AUC:
				return getDriftAuc();
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER:
				return getDriftCiLower();
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER:
				return getDriftCiUpper();
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_P:
				return getDriftP();
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_NOTE:
				return getDriftNote();
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
			case RunPackage.IMAGE_PROPERTY_AUDIT__PROPERTY:
				setProperty((String)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__N:
				setN((Integer)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__AUC:
				setAuc((Double)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_LOWER:
				setCiLower((Double)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_UPPER:
				setCiUpper((Double)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE:
				setHigherIsPositive((Boolean)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_AUC:
				setDriftAuc((Double)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER:
				setDriftCiLower((Double)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER:
				setDriftCiUpper((Double)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_P:
				setDriftP((Double)newValue);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_NOTE:
				setDriftNote((String)newValue);
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
			case RunPackage.IMAGE_PROPERTY_AUDIT__PROPERTY:
				setProperty(PROPERTY_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__N:
				setN(N_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__AUC:
				setAuc(AUC_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_LOWER:
				setCiLower(CI_LOWER_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_UPPER:
				setCiUpper(CI_UPPER_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE:
				setHigherIsPositive(HIGHER_IS_POSITIVE_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_AUC:
				setDriftAuc(DRIFT_AUC_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER:
				setDriftCiLower(DRIFT_CI_LOWER_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER:
				setDriftCiUpper(DRIFT_CI_UPPER_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_P:
				setDriftP(DRIFT_P_EDEFAULT);
				return;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_NOTE:
				setDriftNote(DRIFT_NOTE_EDEFAULT);
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
			case RunPackage.IMAGE_PROPERTY_AUDIT__PROPERTY:
				return PROPERTY_EDEFAULT == null ? property != null : !PROPERTY_EDEFAULT.equals(property);
			case RunPackage.IMAGE_PROPERTY_AUDIT__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.IMAGE_PROPERTY_AUDIT__N:
				return n != N_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__AUC:
				return auc != AUC_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_LOWER:
				return ciLower != CI_LOWER_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__CI_UPPER:
				return ciUpper != CI_UPPER_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__HIGHER_IS_POSITIVE:
				return higherIsPositive != HIGHER_IS_POSITIVE_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_AUC:
				return driftAuc != DRIFT_AUC_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_LOWER:
				return driftCiLower != DRIFT_CI_LOWER_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_CI_UPPER:
				return driftCiUpper != DRIFT_CI_UPPER_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_P:
				return driftP != DRIFT_P_EDEFAULT;
			case RunPackage.IMAGE_PROPERTY_AUDIT__DRIFT_NOTE:
				return DRIFT_NOTE_EDEFAULT == null ? driftNote != null : !DRIFT_NOTE_EDEFAULT.equals(driftNote);
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
		result.append(" (property: ");
		result.append(property);
		result.append(", label: ");
		result.append(label);
		result.append(", n: ");
		result.append(n);
		result.append(", auc: ");
		result.append(auc);
		result.append(", ciLower: ");
		result.append(ciLower);
		result.append(", ciUpper: ");
		result.append(ciUpper);
		result.append(", higherIsPositive: ");
		result.append(higherIsPositive);
		result.append(", driftAuc: ");
		result.append(driftAuc);
		result.append(", driftCiLower: ");
		result.append(driftCiLower);
		result.append(", driftCiUpper: ");
		result.append(driftCiUpper);
		result.append(", driftP: ");
		result.append(driftP);
		result.append(", driftNote: ");
		result.append(driftNote);
		result.append(')');
		return result.toString();
	}

} //ImagePropertyAuditImpl

/**
 */
package org.confounderlab.model.run.impl;

import java.util.Collection;

import org.confounderlab.model.run.CiMethod;
import org.confounderlab.model.run.LabelEvaluation;
import org.confounderlab.model.run.RocPoint;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Label Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.LabelEvaluationImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LabelEvaluationImpl#getAuc <em>Auc</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LabelEvaluationImpl#getCiLower <em>Ci Lower</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LabelEvaluationImpl#getCiUpper <em>Ci Upper</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LabelEvaluationImpl#getCiMethod <em>Ci Method</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.LabelEvaluationImpl#getRocPoints <em>Roc Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelEvaluationImpl extends EObjectImpl implements LabelEvaluation {
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
	 * The default value of the '{@link #getCiMethod() <em>Ci Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiMethod()
	 * @generated
	 * @ordered
	 */
	protected static final CiMethod CI_METHOD_EDEFAULT = CiMethod.DELONG;

	/**
	 * The cached value of the '{@link #getCiMethod() <em>Ci Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCiMethod()
	 * @generated
	 * @ordered
	 */
	protected CiMethod ciMethod = CI_METHOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRocPoints() <em>Roc Points</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRocPoints()
	 * @generated
	 * @ordered
	 */
	protected EList<RocPoint> rocPoints;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelEvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.LABEL_EVALUATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LABEL_EVALUATION__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LABEL_EVALUATION__AUC, oldAuc, auc));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LABEL_EVALUATION__CI_LOWER, oldCiLower, ciLower));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LABEL_EVALUATION__CI_UPPER, oldCiUpper, ciUpper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CiMethod getCiMethod() {
		return ciMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCiMethod(CiMethod newCiMethod) {
		CiMethod oldCiMethod = ciMethod;
		ciMethod = newCiMethod == null ? CI_METHOD_EDEFAULT : newCiMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.LABEL_EVALUATION__CI_METHOD, oldCiMethod, ciMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RocPoint> getRocPoints() {
		if (rocPoints == null) {
			rocPoints = new EObjectContainmentEList<RocPoint>(RocPoint.class, this, RunPackage.LABEL_EVALUATION__ROC_POINTS);
		}
		return rocPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RunPackage.LABEL_EVALUATION__ROC_POINTS:
				return ((InternalEList<?>)getRocPoints()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.LABEL_EVALUATION__LABEL:
				return getLabel();
			case RunPackage.LABEL_EVALUATION__AUC:
				return getAuc();
			case RunPackage.LABEL_EVALUATION__CI_LOWER:
				return getCiLower();
			case RunPackage.LABEL_EVALUATION__CI_UPPER:
				return getCiUpper();
			case RunPackage.LABEL_EVALUATION__CI_METHOD:
				return getCiMethod();
			case RunPackage.LABEL_EVALUATION__ROC_POINTS:
				return getRocPoints();
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
			case RunPackage.LABEL_EVALUATION__LABEL:
				setLabel((String)newValue);
				return;
			case RunPackage.LABEL_EVALUATION__AUC:
				setAuc((Double)newValue);
				return;
			case RunPackage.LABEL_EVALUATION__CI_LOWER:
				setCiLower((Double)newValue);
				return;
			case RunPackage.LABEL_EVALUATION__CI_UPPER:
				setCiUpper((Double)newValue);
				return;
			case RunPackage.LABEL_EVALUATION__CI_METHOD:
				setCiMethod((CiMethod)newValue);
				return;
			case RunPackage.LABEL_EVALUATION__ROC_POINTS:
				getRocPoints().clear();
				getRocPoints().addAll((Collection<? extends RocPoint>)newValue);
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
			case RunPackage.LABEL_EVALUATION__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RunPackage.LABEL_EVALUATION__AUC:
				setAuc(AUC_EDEFAULT);
				return;
			case RunPackage.LABEL_EVALUATION__CI_LOWER:
				setCiLower(CI_LOWER_EDEFAULT);
				return;
			case RunPackage.LABEL_EVALUATION__CI_UPPER:
				setCiUpper(CI_UPPER_EDEFAULT);
				return;
			case RunPackage.LABEL_EVALUATION__CI_METHOD:
				setCiMethod(CI_METHOD_EDEFAULT);
				return;
			case RunPackage.LABEL_EVALUATION__ROC_POINTS:
				getRocPoints().clear();
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
			case RunPackage.LABEL_EVALUATION__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RunPackage.LABEL_EVALUATION__AUC:
				return auc != AUC_EDEFAULT;
			case RunPackage.LABEL_EVALUATION__CI_LOWER:
				return ciLower != CI_LOWER_EDEFAULT;
			case RunPackage.LABEL_EVALUATION__CI_UPPER:
				return ciUpper != CI_UPPER_EDEFAULT;
			case RunPackage.LABEL_EVALUATION__CI_METHOD:
				return ciMethod != CI_METHOD_EDEFAULT;
			case RunPackage.LABEL_EVALUATION__ROC_POINTS:
				return rocPoints != null && !rocPoints.isEmpty();
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
		result.append(" (label: ");
		result.append(label);
		result.append(", auc: ");
		result.append(auc);
		result.append(", ciLower: ");
		result.append(ciLower);
		result.append(", ciUpper: ");
		result.append(ciUpper);
		result.append(", ciMethod: ");
		result.append(ciMethod);
		result.append(')');
		return result.toString();
	}

} //LabelEvaluationImpl

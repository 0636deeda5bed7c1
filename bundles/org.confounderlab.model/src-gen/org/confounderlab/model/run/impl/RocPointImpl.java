/**
 */
package org.confounderlab.model.run.impl;

import org.confounderlab.model.run.RocPoint;
import org.confounderlab.model.run.RunPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Roc Point</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.confounderlab.model.run.impl.RocPointImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RocPointImpl#getFpr <em>Fpr</em>}</li>
 *   <li>{@link org.confounderlab.model.run.impl.RocPointImpl#getTpr <em>Tpr</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RocPointImpl extends EObjectImpl implements RocPoint {
	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.0;

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
	 * The default value of the '{@link #getFpr() <em>Fpr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpr()
	 * @generated
	 * @ordered
	 */
	protected static final double FPR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFpr() <em>Fpr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFpr()
	 * @generated
	 * @ordered
	 */
	protected double fpr = FPR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTpr() <em>Tpr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTpr()
	 * @generated
	 * @ordered
	 */
	protected static final double TPR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTpr() <em>Tpr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTpr()
	 * @generated
	 * @ordered
	 */
	protected double tpr = TPR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RocPointImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RunPackage.Literals.ROC_POINT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ROC_POINT__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFpr() {
		return fpr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFpr(double newFpr) {
		double oldFpr = fpr;
		fpr = newFpr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ROC_POINT__FPR, oldFpr, fpr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTpr() {
		return tpr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTpr(double newTpr) {
		double oldTpr = tpr;
		tpr = newTpr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RunPackage.ROC_POINT__TPR, oldTpr, tpr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RunPackage.ROC_POINT__THRESHOLD:
				return getThreshold();
			case RunPackage.ROC_POINT__FPR:
				return getFpr();
			case RunPackage.ROC_POINT__TPR:
				return getTpr();
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
			case RunPackage.ROC_POINT__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case RunPackage.ROC_POINT__FPR:
				setFpr((Double)newValue);
				return;
			case RunPackage.ROC_POINT__TPR:
				setTpr((Double)newValue);
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
			case RunPackage.ROC_POINT__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case RunPackage.ROC_POINT__FPR:
				setFpr(FPR_EDEFAULT);
				return;
			case RunPackage.ROC_POINT__TPR:
				setTpr(TPR_EDEFAULT);
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
			case RunPackage.ROC_POINT__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case RunPackage.ROC_POINT__FPR:
				return fpr != FPR_EDEFAULT;
			case RunPackage.ROC_POINT__TPR:
				return tpr != TPR_EDEFAULT;
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
		result.append(" (threshold: ");
		result.append(threshold);
		result.append(", fpr: ");
		result.append(fpr);
		result.append(", tpr: ");
		result.append(tpr);
		result.append(')');
		return result.toString();
	}

} //RocPointImpl
